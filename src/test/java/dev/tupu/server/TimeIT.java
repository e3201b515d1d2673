package dev.tupu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.TimedSeedGraph;
import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time served from a graph that has it (the seed graph with time on six relation mentions, {@link TimedSeedGraph}):
 * in the REST relation entries, in an entity's timeline, in document views, as Linked Data and in the HTML page.
 */
class TimeIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LI_MU = "person-李沐";
    static TupuServer server;
    static String base;

    @BeforeAll
    static void start() {
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0), TimedSeedGraph.store());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path, null);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String documentText() throws Exception {
        return json("/api/documents/000_f81e6ebb9362b9de").get("text").asText();
    }

    /** The provenance entries of the entity's {@code predicate} relations to {@code other}. */
    private static List<JsonNode> provenance(JsonNode relations, String predicate, String otherLabel) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : relations) {
            if (r.get("predicate").asText().equals(predicate) && r.at("/other/label").asText().equals(otherLabel)) {
                r.get("provenance").forEach(out::add);
            }
        }
        return out;
    }

    private static JsonNode timeOf(List<JsonNode> provenance, String sentencePart) {
        return provenance.stream().filter(p -> p.get("sentence").asText().contains(sentencePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no provenance with '" + sentencePart + "' in " + provenance))
                .get("time");
    }

    @Test
    void relation_entries_carry_the_time_of_each_mention_that_has_one() throws Exception {
        JsonNode outgoing = json("/api/entities/" + enc(LI_MU)).get("outgoing");
        String text = documentText();

        JsonNode left = timeOf(provenance(outgoing, "leftTeam", "百度"), "2012年");
        assertEquals("2012", left.get("point").asText());
        assertEquals("2012年", left.get("text").asText());
        assertEquals("2012年", text.substring(left.get("textStart").asInt(), left.get("textEnd").asInt()),
                "the time's offsets slice the document text");
        assertFalse(left.has("start") || left.has("end"), left.toString());

        JsonNode baidu = timeOf(provenance(outgoing, "worksFor", "百度"), "2011");
        assertEquals("2011", baidu.get("start").asText());
        assertEquals("2012", baidu.get("end").asText(), "a range is one text with both ends");
        assertEquals(baidu.get("text").asText(), text.substring(baidu.get("textStart").asInt(), baidu.get("textEnd").asInt()));

        assertEquals("2012", timeOf(provenance(outgoing, "studiedAt", "卡内基梅隆大学"), "2012年").get("start").asText());
        JsonNode sjtu = timeOf(provenance(outgoing, "studiedAt", "上海交通大学"), "2004年");
        assertEquals("2004", sjtu.get("end").asText());
        assertFalse(sjtu.has("start") || sjtu.has("point"));
    }

    @Test
    void a_mention_without_a_time_has_no_time_and_an_unresolved_one_only_its_text() throws Exception {
        JsonNode outgoing = json("/api/entities/" + enc(LI_MU)).get("outgoing");
        for (JsonNode p : provenance(outgoing, "advisedBy", "Alex Smola")) {
            assertFalse(p.has("time"), "no time is attached where the clause states none: " + p);
        }
        assertTrue(timeOf(provenance(outgoing, "studiedAt", "上海交通大学"), "硕士毕业") == null,
                "the other 上海交通大学 mention says no time");
        JsonNode early = timeOf(provenance(outgoing, "leads", "李沐团队"), "今年初");
        assertEquals("今年初", early.get("text").asText());
        assertFalse(early.has("point") || early.has("start") || early.has("end"), early.toString());
    }

    @Test
    void relations_of_one_predicate_and_document_views_carry_the_time_too() throws Exception {
        JsonNode left = json("/api/entities/" + enc(LI_MU) + "/relations?predicate=leftTeam");
        assertEquals("2012", timeOf(provenance(left, "leftTeam", "百度"), "2012年").get("point").asText());
        JsonNode relations = json("/api/documents/000_f81e6ebb9362b9de").get("relations");
        int timed = 0;
        for (JsonNode r : relations) {
            assertTrue(r.get("evidence").asText().startsWith(Iris.EVIDENCE));
            if (r.has("time")) {
                timed++;
                if (r.get("predicate").asText().equals("leftTeam") && r.get("objectLabel").asText().equals("百度")) {
                    assertEquals("2012", r.at("/time/point").asText());
                }
            }
        }
        assertEquals(TimedSeedGraph.TIMED_MENTIONS, timed, "each timed mention, and no other, carries its time");
    }

    @Test
    void the_timeline_lists_an_entitys_dated_relations_in_time_order() throws Exception {
        JsonNode timeline = json("/api/entities/" + enc(LI_MU) + "/timeline");
        assertEquals(LI_MU, timeline.get("id").asText());
        assertEquals("李沐", timeline.get("label").asText());
        List<String> steps = new ArrayList<>();
        for (JsonNode item : timeline.get("items")) {
            JsonNode t = item.get("time");
            String when = t.has("point") ? t.get("point").asText() : t.has("start") ? t.get("start").asText() : t.get("end").asText();
            steps.add(when + " " + item.get("predicate").asText() + " " + item.at("/other/label").asText());
            assertEquals("outgoing", item.get("direction").asText());
            assertTrue(item.get("sentence").asText().contains(t.get("text").asText()), item.toString());
            assertEquals("000_f81e6ebb9362b9de", item.at("/document/id").asText());
            assertFalse(item.at("/document/title").asText().isBlank());
            assertTrue(item.at("/other/id").asText().startsWith("org-"), item.toString());
            assertEquals("Organization", item.at("/other/type").asText());
        }
        assertEquals(List.of("2004 studiedAt 上海交通大学", "2011 worksFor 百度", "2012 leftTeam 百度",
                "2012 studiedAt 卡内基梅隆大学"), steps, "dated relations only, earliest first; 今年初 has no value");
    }

    @Test
    void the_timeline_shows_incoming_relations_by_month_and_is_empty_or_404_as_it_should() throws Exception {
        JsonNode team = json("/api/entities/" + enc("org-mxnet团队") + "/timeline").get("items");
        assertEquals(1, team.size(), team.toString());
        assertEquals("incoming", team.get(0).get("direction").asText());
        assertEquals("developedBy", team.get(0).get("predicate").asText());
        assertEquals("MXNet", team.get(0).at("/other/label").asText());
        assertEquals("2018-03", team.get(0).at("/time/start").asText());
        assertEquals(0, json("/api/entities/" + enc("project-tensorflow") + "/timeline").get("items").size());
        HttpResponse<String> unknown = get("/api/entities/no-such-entity/timeline", null);
        assertEquals(404, unknown.statusCode());
        JsonNode error = JSON.readTree(unknown.body());
        assertEquals(404, error.get("status").asInt());
        assertTrue(error.get("title").asText().contains("no-such-entity"));
    }

    @Test
    void time_is_served_as_linked_data_and_on_the_entity_page() throws Exception {
        String mention = json("/api/entities/" + enc(LI_MU) + "/timeline").get("items").get(2).get("evidence").asText();
        HttpResponse<String> turtle = get("/rdf/ev/" + enc(Iris.evidenceKey(mention).orElseThrow()) + ".ttl", null);
        Model m = RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel();
        var point = m.getResource(mention).getProperty(Tupu.pointInTime).getLiteral();
        assertEquals("2012", point.getLexicalForm());
        assertEquals(XSDDatatype.XSDgYear.getURI(), point.getDatatypeURI());
        HttpResponse<String> page = get("/page/" + enc(LI_MU), "text/html");
        assertTrue(page.body().contains("<span class=time>2011–2012</span>") && page.body().contains("<span class=time>2012</span>")
                && page.body().contains("今年初 (undated)"), page.body());
        HttpResponse<String> evidencePage = get("/page/ev/" + enc(Iris.evidenceKey(mention).orElseThrow()), "text/html");
        assertTrue(evidencePage.body().contains("<mark>2012年</mark>"), "the time is marked in its sentence");
    }

    @Test
    void the_graph_with_time_conforms_to_the_shacl_shapes() {
        Model data = TimedSeedGraph.store().read(ds -> ModelFactory.createDefaultModel().add(ds.getUnionModel()));
        ValidationReport report = ShaclValidator.get().validate(RDFParser.source("ontology/shapes.ttl").toGraph(), data.getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }
}
