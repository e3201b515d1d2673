package dev.tupu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents API, stats, paths and entity export, on a real server with a fresh store. */
class DocumentsApiIT {
    static final String TOKEN = "documents-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    static GraphStore store;
    static TupuServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = GraphStore.inMemory(Tupu.PREFIXES);
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0, Optional.of(TOKEN), Duration.ofSeconds(10), false), store);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private static JsonNode add(String json) throws Exception {
        var r = send(at("/api/documents").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static Model graphOf(String documentId) {
        return store.read(ds -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(ds.getNamedModel(Iris.document(documentId)));
            return copy;
        });
    }

    @Test
    void ingest_needs_the_token_and_answers_with_what_it_added() throws Exception {
        var refused = send(at("/api/documents").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("张伟加入了百度。")));
        assertEquals(401, refused.statusCode());
        assertEquals(401, JSON.readTree(refused.body()).get("status").asInt());

        JsonNode added = add("{\"title\": \"测试一\", \"source\": \"t/one.txt\", \"text\": \"２０１５年，张伟离开百度，加入了腾讯。\"}");
        assertEquals("t-one", added.get("id").asText());
        assertEquals("测试一", added.get("title").asText());
        assertTrue(added.get("relations").asInt() >= 1);
        assertTrue(added.get("entityLabels").toString().contains("百度"));

        JsonNode doc = JSON.readTree(send(at("/api/documents/t-one").GET()).body());
        String text = doc.get("text").asText();
        assertEquals("２０１５年，张伟离开百度，加入了腾讯。", text);
        for (JsonNode entity : doc.get("entities")) {
            for (JsonNode span : entity.get("mentions")) {
                assertEquals(span.get("text").asText(), text.substring(span.get("start").asInt(), span.get("end").asInt()));
            }
        }
        assertTrue(doc.get("relations").toString().contains("leftTeam"));
        assertTrue(JSON.readTree(send(at("/api/documents").GET()).body()).toString().contains("t/one.txt"));
    }

    @Test
    void an_entity_answer_follows_every_write_to_the_store() throws Exception {
        String path = "/api/entities/" + URLEncoder.encode("person-孙涛", StandardCharsets.UTF_8);
        assertEquals(404, send(at(path).GET()).statusCode());
        add("{\"source\": \"t/cache-a.txt\", \"text\": \"孙涛于2012年加入百度。\"}");
        JsonNode first = JSON.readTree(send(at(path).GET()).body());
        assertEquals(1, first.get("documents").size());
        assertEquals(first, JSON.readTree(send(at(path).GET()).body()), "asked again, the same answer");
        add("{\"source\": \"t/cache-b.txt\", \"text\": \"孙涛后来离开百度，加入了京东。\"}");
        JsonNode second = JSON.readTree(send(at(path).GET()).body());
        assertEquals(2, second.get("documents").size(), "the second document shows at once: " + second);
        assertTrue(second.toString().contains("leftTeam"), second.toString());
        for (String id : new String[] {"t-cache-a", "t-cache-b"}) {
            send(at("/api/documents/" + id).DELETE().header("Authorization", "Bearer " + TOKEN));
        }
        assertEquals(404, send(at(path).GET()).statusCode(), "gone with its documents");
    }

    @Test
    void deleting_one_document_leaves_every_other_documents_triples_intact() throws Exception {
        add("{\"source\": \"t/keep.txt\", \"text\": \"李明于2010年加入百度，担任研究员。\"}");
        add("{\"source\": \"t/drop.txt\", \"text\": \"王强也曾在百度工作，后来离开百度创办了一家公司。\"}");
        Model keepBefore = graphOf("t-keep");
        assertFalse(keepBefore.isEmpty());
        var del = at("/api/documents/t-drop").DELETE();
        assertEquals(401, send(del).statusCode());
        assertFalse(graphOf("t-drop").isEmpty());
        assertEquals(204, send(del.header("Authorization", "Bearer " + TOKEN)).statusCode());
        assertTrue(graphOf("t-drop").isEmpty());
        assertTrue(keepBefore.isIsomorphicWith(graphOf("t-keep")), "the other document's graph is unchanged");
        var baidu = send(at("/api/entities/" + URLEncoder.encode("org-百度", StandardCharsets.UTF_8)).GET());
        assertEquals(200, baidu.statusCode(), "an entity the kept document mentions is still there");
        assertEquals(404, send(at("/api/documents/t-drop").GET()).statusCode());
        assertEquals(404, send(at("/api/documents/t-drop").DELETE().header("Authorization", "Bearer " + TOKEN)).statusCode());
    }

    @Test
    void bad_documents_get_clear_errors() throws Exception {
        var empty = send(at("/api/documents").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"  \"}")));
        assertEquals(400, empty.statusCode());
        var notJson = send(at("/api/documents").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{text")));
        assertEquals(400, notJson.statusCode());
        var wrongType = send(at("/api/documents").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("%PDF")));
        assertEquals(415, wrongType.statusCode());
        assertEquals(415, JSON.readTree(wrongType.body()).get("status").asInt());
    }

    @Test
    void stats_paths_and_entity_export() throws Exception {
        add("{\"source\": \"t/path.txt\", \"text\": \"赵强毕业于清华大学。赵强后来加入了百度。\"}");
        JsonNode stats = JSON.readTree(send(at("/api/stats").GET()).body());
        assertTrue(stats.get("documents").asInt() >= 1);
        assertTrue(stats.at("/entities/Person").asInt() >= 1);
        assertTrue(stats.get("triples").asLong() > 0);

        String from = URLEncoder.encode("org-清华大学", StandardCharsets.UTF_8);
        String to = URLEncoder.encode("org-百度", StandardCharsets.UTF_8);
        JsonNode paths = JSON.readTree(send(at("/api/paths?from=" + from + "&to=" + to + "&maxHops=2").GET()).body());
        JsonNode path = paths.get("paths").get(0);
        assertEquals(2, path.size(), paths.toString());
        assertEquals("person-赵强", path.get(0).get("from").asText());
        assertFalse(path.get(0).get("forward").asBoolean() && path.get(0).get("to").asText().equals("person-赵强"));
        assertEquals(400, send(at("/api/paths?from=" + from + "&to=" + to + "&maxHops=9").GET()).statusCode());
        assertEquals(404, send(at("/api/paths?from=" + from + "&to=nobody").GET()).statusCode());

        var turtle = send(at("/api/entities/" + URLEncoder.encode("person-赵强", StandardCharsets.UTF_8) + "/export?format=turtle").GET());
        assertEquals(200, turtle.statusCode());
        Model m = RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel();
        assertTrue(m.contains(m.createResource(Iris.entity("person-赵强")), m.createProperty(Tupu.NS + "studiedAt"),
                m.createResource(Iris.entity("org-清华大学"))));
        assertTrue(turtle.body().contains("tupu:sentence"), "the evidence of its relations comes along");
    }

    @Test
    void a_document_date_is_kept_from_json_a_query_parameter_or_front_matter() throws Exception {
        JsonNode added = add("{\"source\": \"t/dated.txt\", \"date\": \"2024-05-01\", \"text\": \"周敏去年加入了百度。\"}");
        assertEquals("2024-05-01", added.get("date").asText());
        JsonNode doc = JSON.readTree(send(at("/api/documents/t-dated").GET()).body());
        assertEquals("2024-05-01", doc.get("date").asText());
        Model graph = graphOf("t-dated");
        assertEquals("2024-05-01", graph.getResource(Iris.document("t-dated")).getProperty(Tupu.date).getLiteral().getLexicalForm());
        boolean listed = false;
        for (JsonNode d : JSON.readTree(send(at("/api/documents").GET()).body())) {
            if (d.get("id").asText().equals("t-dated")) {
                listed = d.get("date").asText().equals("2024-05-01");
            }
        }
        assertTrue(listed, "the list shows the date");

        var plain = send(at("/api/documents?source=t/plain.txt&date=2023-01-31").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("周敏离开了百度。")));
        assertEquals("2023-01-31", JSON.readTree(plain.body()).get("date").asText(), plain.body());
        var markdown = send(at("/api/documents?source=t/front.md").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/markdown")
                .POST(HttpRequest.BodyPublishers.ofString("---\ndate: 2022-12-24\n---\n# 周敏\n周敏加入了腾讯。")));
        assertEquals("2022-12-24", JSON.readTree(markdown.body()).get("date").asText(), markdown.body());
        assertEquals("周敏", JSON.readTree(markdown.body()).get("title").asText(), "the title skips the front matter");
        JsonNode undated = add("{\"source\": \"t/undated.txt\", \"text\": \"周敏加入了腾讯。\"}");
        assertTrue(undated.get("date").isNull());
        assertFalse(graphOf("t-undated").getResource(Iris.document("t-undated")).hasProperty(Tupu.date));
    }

    @Test
    void a_bad_document_date_answers_400_naming_the_date() throws Exception {
        for (String body : new String[] {"{\"text\": \"周敏加入了腾讯。\", \"date\": \"2024-02-30\"}",
                "{\"text\": \"周敏加入了腾讯。\", \"date\": \"去年\"}", "{\"text\": \"周敏加入了腾讯。\", \"date\": 20240201}"}) {
            var r = send(at("/api/documents").header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            JsonNode error = JSON.readTree(r.body());
            assertEquals(400, error.get("status").asInt());
            assertTrue(error.get("title").asText().contains("date"), error.get("title").asText());
        }
        var front = send(at("/api/documents").header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/markdown")
                .POST(HttpRequest.BodyPublishers.ofString("---\ndate: 2024-13-01\n---\n周敏加入了腾讯。")));
        assertEquals(400, front.statusCode());
        assertTrue(JSON.readTree(front.body()).get("title").asText().contains("front matter"), front.body());
    }
}
