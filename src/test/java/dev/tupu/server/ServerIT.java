package dev.tupu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.SeedGraph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real server on a random port over the seed graph, spoken to over HTTP. */
class ServerIT {
    static TupuServer server;
    static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0), SeedGraph.store());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sparql_ask_by_get_answers_true_in_sparql_json() throws Exception {
        var r = get("/sparql?query=" + enc("ASK{?s ?p ?o}"), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(JSON.readTree(r.body()).get("boolean").asBoolean());
    }

    @Test
    void sparql_select_by_post_form_and_post_direct_with_every_result_format() throws Exception {
        String query = "SELECT ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 3";
        var form = post("/sparql", "application/x-www-form-urlencoded", "query=" + enc(query), "application/sparql-results+json");
        assertEquals(200, form.statusCode());
        assertEquals(3, JSON.readTree(form.body()).at("/results/bindings").size());
        var direct = post("/sparql", "application/sparql-query", query, "application/sparql-results+xml");
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("<sparql"));
        var csv = get("/sparql?query=" + enc(query), "text/csv");
        assertTrue(csv.body().startsWith("l\r\n"), csv.body());
        var tsv = get("/sparql?query=" + enc(query), "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?l"), tsv.body());
    }

    @Test
    void sparql_construct_negotiates_turtle_ntriples_and_json_ld() throws Exception {
        String query = "CONSTRUCT { ?e a ?t } WHERE { ?e a ?t } LIMIT 5";
        for (var lang : new Lang[] {Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD}) {
            var r = get("/sparql?query=" + enc(query), lang.getContentType().getContentTypeStr());
            assertEquals(200, r.statusCode());
            Model m = RDFParser.fromString(r.body(), lang).toModel();
            assertEquals(5, m.size(), lang.getName());
        }
    }

    @Test
    void a_malformed_query_answers_400_with_the_parsers_message() throws Exception {
        var r = get("/sparql?query=" + enc("SELEC * WHERE"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("parse error") || r.body().contains("Encountered"), r.body());
    }

    @Test
    void the_sparql_endpoint_is_read_only() throws Exception {
        var r = post("/sparql", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "*/*");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        var ask = get("/sparql?query=" + enc("ASK { <urn:a> <urn:b> <urn:c> }"), "application/sparql-results+json");
        assertFalse(JSON.readTree(ask.body()).get("boolean").asBoolean());
    }

    @Test
    void entity_search_finds_a_person_by_part_of_the_name() throws Exception {
        var r = get("/api/entities?q=" + enc("沐"), null);
        assertEquals(200, r.statusCode());
        JsonNode items = JSON.readTree(r.body()).get("items");
        JsonNode first = items.get(0);
        assertEquals("李沐", first.get("label").asText(), "the exact-ish person comes first: " + items);
        assertEquals("Person", first.get("type").asText());
        assertEquals("person-李沐", first.get("id").asText());
    }

    @Test
    void entity_search_is_case_insensitive_ranks_exact_matches_first_and_filters_by_type() throws Exception {
        JsonNode items = JSON.readTree(get("/api/entities?q=mxnet", null).body()).get("items");
        assertEquals("MXNet", items.get(0).get("label").asText());
        JsonNode orgs = JSON.readTree(get("/api/entities?q=mxnet&type=Organization", null).body()).get("items");
        assertTrue(orgs.size() >= 1);
        orgs.forEach(o -> assertEquals("Organization", o.get("type").asText()));
        JsonNode page = JSON.readTree(get("/api/entities?q=a&limit=2&offset=1", null).body());
        assertEquals(2, page.get("items").size());
    }

    @Test
    void an_entity_lists_its_relations_with_provenance() throws Exception {
        var r = get("/api/entities/" + enc("person-李沐"), null);
        assertEquals(200, r.statusCode());
        JsonNode e = JSON.readTree(r.body());
        assertEquals("李沐", e.get("label").asText());
        assertTrue(e.get("types").toString().contains("Person"));
        JsonNode outgoing = e.get("outgoing");
        assertTrue(outgoing.size() >= 3);
        JsonNode provenance = outgoing.get(0).get("provenance").get(0);
        String sentence = provenance.get("sentence").asText();
        String subject = provenance.get("subjectText").asText();
        assertEquals(subject, sentence.substring(provenance.get("subjectStartInSentence").asInt(),
                provenance.get("subjectEndInSentence").asInt()));
        double confidence = provenance.get("confidence").asDouble();
        assertTrue(confidence > 0 && confidence <= 1);
        assertTrue(provenance.get("document").asText().startsWith("https://tupu.dev/doc/"));
    }

    @Test
    void relations_of_one_predicate() throws Exception {
        JsonNode rels = JSON.readTree(get("/api/entities/" + enc("person-李沐") + "/relations?predicate=worksFor", null).body());
        assertTrue(rels.size() >= 1);
        rels.forEach(rel -> assertEquals("worksFor", rel.get("predicate").asText()));
        var bad = get("/api/entities/" + enc("person-李沐") + "/relations?predicate=likes", null);
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("title").asText().contains("likes"));
    }

    @Test
    void unknown_entities_and_routes_answer_404_in_the_json_error_shape() throws Exception {
        for (String path : new String[] {"/api/entities/no-such-entity-xyz", "/api/no-such-route"}) {
            var r = get(path, null);
            assertEquals(404, r.statusCode());
            JsonNode error = JSON.readTree(r.body());
            assertEquals(404, error.get("status").asInt());
            assertFalse(error.get("title").asText().isBlank());
        }
    }

    @Test
    void bad_parameters_answer_400_with_a_clear_message() throws Exception {
        for (String path : new String[] {"/api/entities", "/api/entities?q=a&limit=x", "/api/entities?q=a&limit=100000",
                "/api/entities?q=a&type=Animal", "/api/export?format=docx"}) {
            var r = get(path, null);
            assertEquals(400, r.statusCode(), path);
            assertEquals(400, JSON.readTree(r.body()).get("status").asInt());
        }
    }

    @Test
    void export_serves_the_whole_graph_in_each_format() throws Exception {
        var turtle = get("/api/export?format=turtle", null);
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(SeedGraph.store().tripleCount(), RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel().size());
        var nt = get("/api/export?format=ntriples", null);
        assertEquals(SeedGraph.store().tripleCount(), RDFParser.fromString(nt.body(), Lang.NTRIPLES).toModel().size());
        var jsonld = get("/api/export?format=jsonld", null);
        assertEquals(200, jsonld.statusCode());
        var trig = get("/api/export?format=trig", null);
        assertEquals(200, trig.statusCode());
    }

    @Test
    void the_overview_shows_the_store_at_a_glance() throws Exception {
        var r = get("/api/overview", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode o = JSON.readTree(r.body());
        assertEquals(1, o.get("documents").asInt());
        assertEquals(SeedGraph.store().tripleCount(), o.get("triples").asLong());
        java.util.Map<String, Integer> classes = new java.util.HashMap<>();
        o.get("classes").forEach(c -> classes.put(c.get("name").asText(), c.get("count").asInt()));
        assertEquals(1, classes.get("Document"));
        assertTrue(classes.get("Person") >= 5 && classes.get("RelationMention") >= 40 && classes.get("Software") >= 1, classes.toString());
        boolean compared = false;
        for (JsonNode rel : o.get("relations")) {
            assertTrue(rel.get("mentions").asInt() >= rel.get("relations").asInt(), rel.toString());
            compared |= rel.get("predicate").asText().equals("comparesTo") && rel.get("relations").asInt() >= 3;
        }
        assertTrue(compared, o.get("relations").toString());
        JsonNode top = o.get("mostConnected");
        assertEquals(10, top.size());
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).get("degree").asInt() >= top.get(i).get("degree").asInt(), "most connected first");
        }
        assertTrue(top.get(0).get("degree").asInt() >= 10, top.get(0).toString());
        assertEquals(200, get("/api/entities/" + enc(top.get(0).get("id").asText()), null).statusCode(), "linked by id");
        assertEquals("000_f81e6ebb9362b9de", o.at("/latestDocuments/0/id").asText());
        assertFalse(o.at("/latestDocuments/0/title").asText().isBlank());
        java.util.Set<String> nodes = new java.util.HashSet<>();
        o.at("/graph/nodes").forEach(n -> nodes.add(n.get("id").asText()));
        assertTrue(nodes.size() >= 10 && nodes.contains(top.get(0).get("id").asText()), nodes.toString());
        assertTrue(o.at("/graph/edges").size() >= 10);
        for (JsonNode e : o.at("/graph/edges")) {
            assertTrue(nodes.contains(e.get("source").asText()) && nodes.contains(e.get("target").asText()), e.toString());
        }
    }

    @Test
    void health_reports_ok_and_the_graph_size() throws Exception {
        JsonNode health = JSON.readTree(get("/api/health", null).body());
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("triples").asLong() > 0);
    }
}
