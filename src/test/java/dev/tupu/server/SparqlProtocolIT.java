package dev.tupu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
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
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SPARQL 1.1 Protocol as the W3C protocol test cases exercise it (query and bad-request cases), plus the
 * Graph Store Protocol, SPARQL Update behind the token, timeouts and SERVICE. Named after the W3C cases.
 */
class SparqlProtocolIT {
    private static final String TOKEN = "test-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GraphStore store;
    private static TupuServer server;
    private static String base;

    @BeforeAll
    static void start() {
        store = GraphStore.inMemory(Tupu.PREFIXES);
        var g1 = ModelFactory.createDefaultModel();
        g1.add(g1.createResource("urn:x:a"), g1.createProperty("urn:x:p"), "one");
        var g2 = ModelFactory.createDefaultModel();
        g2.add(g2.createResource("urn:x:b"), g2.createProperty("urn:x:p"), "two");
        store.replaceGraph("urn:x:g1", g1);
        store.replaceGraph("urn:x:g2", g2);
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0, Optional.of(TOKEN), Duration.ofSeconds(3), false, 1), store);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
    }

    private static HttpRequest.Builder post(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return contentType == null ? b : b.header("Content-Type", contentType);
    }

    private static int count(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).at("/results/bindings").size();
    }

    @Test
    void query_get_query_post_form_and_query_post_direct() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        for (var request : List.of(get("/sparql?query=" + enc(q)),
                post("/sparql", "application/x-www-form-urlencoded", ("query=" + enc(q)).getBytes(StandardCharsets.UTF_8)),
                post("/sparql", "application/sparql-query", q.getBytes(StandardCharsets.UTF_8)))) {
            var r = send(request.header("Accept", "application/sparql-results+json"));
            assertEquals("2", JSON.readTree(r.body()).at("/results/bindings/0/n/value").asText(), r.body());
        }
    }

    @Test
    void query_dataset_default_graph_and_named_graphs_from_the_protocol() throws Exception {
        String q = "SELECT ?o WHERE { ?s ?p ?o }";
        var oneDefault = send(get("/sparql?query=" + enc(q) + "&default-graph-uri=" + enc("urn:x:g1"))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(1, count(oneDefault));
        assertTrue(oneDefault.body().contains("one") && !oneDefault.body().contains("two"));
        var named = send(get("/sparql?query=" + enc("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
                + "&named-graph-uri=" + enc("urn:x:g2")).header("Accept", "application/sparql-results+json"));
        assertEquals(1, count(named));
        assertTrue(named.body().contains("urn:x:g2"));
        var union = send(get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
                .header("Accept", "application/sparql-results+json"));
        assertEquals("2", JSON.readTree(union.body()).at("/results/bindings/0/n/value").asText(),
                "without a dataset description the default graph is the union of all graphs");
    }

    @Test
    void query_content_types_for_select_ask_construct_and_describe() throws Exception {
        String select = "SELECT * WHERE { ?s ?p ?o }";
        for (String type : new String[] {"application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values"}) {
            var r = send(get("/sparql?query=" + enc(select)).header("Accept", type));
            assertEquals(200, r.statusCode(), type);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type);
        }
        var ask = send(get("/sparql?query=" + enc("ASK { ?s ?p \"two\" }")).header("Accept", "application/sparql-results+xml"));
        assertTrue(ask.body().contains("<boolean>true</boolean>"), ask.body());
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML}) {
            String type = lang.getContentType().getContentTypeStr();
            var construct = send(get("/sparql?query=" + enc("CONSTRUCT WHERE { ?s ?p ?o }")).header("Accept", type));
            assertEquals(1, RDFParser.fromString(construct.body(), lang).toModel().size(), type + " (capped at 1)");
            var describe = send(get("/sparql?query=" + enc("DESCRIBE <urn:x:a>")).header("Accept", type));
            assertEquals(1, RDFParser.fromString(describe.body(), lang).toModel().size(), type);
        }
    }

    @Test
    void bad_query_requests_answer_4xx() throws Exception {
        String q = "ASK { ?s ?p ?o }";
        var missing = send(get("/sparql"));
        assertEquals(400, missing.statusCode(), "missing query");
        assertTrue(JSON.readTree(missing.body()).get("title").asText().contains("query"));
        assertEquals(400, send(get("/sparql?query=" + enc(q) + "&query=" + enc(q))).statusCode(), "bad-multiple-queries");
        var syntax = send(get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p }")));
        assertEquals(400, syntax.statusCode(), "bad-query-syntax");
        assertTrue(syntax.body().contains("line 1, column"), syntax.body());
        assertEquals(415, send(post("/sparql", "text/plain", q.getBytes(StandardCharsets.UTF_8))).statusCode(),
                "bad-query-wrong-media-type");
        for (String body : List.of("query=" + enc(q), q)) {
            var untyped = send(post("/sparql", null, body.getBytes(StandardCharsets.UTF_8)));
            assertEquals(400, untyped.statusCode(), "bad-query-missing-form-type, bad-query-missing-direct-type: " + body);
            assertEquals(400, JSON.readTree(untyped.body()).get("status").asInt());
            assertTrue(JSON.readTree(untyped.body()).get("title").asText().contains("Content-Type"), untyped.body());
        }
        byte[] latin1 = "ASK { ?s ?p \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1);
        int nonUtf8 = send(post("/sparql", "application/sparql-query; charset=ISO-8859-1", latin1)).statusCode();
        assertTrue(nonUtf8 == 400 || nonUtf8 == 415, "bad-query-non-utf8: " + nonUtf8);
        int update = send(post("/sparql", "application/sparql-update",
                "CLEAR ALL".getBytes(StandardCharsets.UTF_8))).statusCode();
        assertTrue(update >= 400 && update < 500, "bad-update-to-query-endpoint: " + update);
        var put = send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + enc(q)))
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertTrue(put.statusCode() == 405 || put.statusCode() == 400, "bad-query-method: " + put.statusCode());
        assertEquals(2, store.quadCount(), "nothing was changed");
    }

    @Test
    void updates_and_graph_store_writes_need_the_token() throws Exception {
        byte[] insert = "INSERT DATA { GRAPH <urn:x:g3> { <urn:x:c> <urn:x:p> \"three\" } }".getBytes(StandardCharsets.UTF_8);
        var refused = send(post("/update", "application/sparql-update", insert));
        assertEquals(401, refused.statusCode());
        JsonNode error = JSON.readTree(refused.body());
        assertEquals(401, error.get("status").asInt());
        assertFalse(refused.body().contains(TOKEN));
        assertEquals(401, send(post("/update", "application/sparql-update", insert)
                .header("Authorization", "Bearer wrong-token-0123456789")).statusCode());
        assertEquals(2, store.quadCount());
        try {
            assertEquals(204, send(post("/update", "application/sparql-update", insert)
                    .header("Authorization", "Bearer " + TOKEN)).statusCode());
            assertEquals(3, store.quadCount());
            graphStoreReadsAreOpenAndDeletesNeedTheToken();
        } finally {
            store.replaceGraph("urn:x:g3", ModelFactory.createDefaultModel());
        }
    }

    private void graphStoreReadsAreOpenAndDeletesNeedTheToken() throws Exception {
        var read = send(get("/data?graph=" + enc("urn:x:g3")).header("Accept", "application/n-triples"));
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("three"));
        var delete = HttpRequest.newBuilder(URI.create(base + "/data?graph=" + enc("urn:x:g3"))).DELETE();
        assertEquals(401, send(delete).statusCode());
        assertEquals(3, store.quadCount());
        assertTrue(send(delete.header("Authorization", "Bearer " + TOKEN)).statusCode() < 300);
        assertEquals(2, store.quadCount());
    }

    @Test
    void jenas_own_errors_answer_in_the_one_json_error_shape() throws Exception {
        var put = send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + enc("ASK {}")))
                .PUT(HttpRequest.BodyPublishers.noBody()));
        var syntax = send(get("/sparql?query=" + enc("ASK {")));
        var media = send(post("/sparql", "text/plain", "ASK {}".getBytes(StandardCharsets.UTF_8)));
        var noGraph = send(get("/data?graph=" + enc("urn:x:none")));
        var badUpdate = send(post("/update", "application/sparql-update", "CLEAR XYZ".getBytes(StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + TOKEN));
        for (var r : List.of(put, syntax, media, noGraph, badUpdate)) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
            JsonNode error = JSON.readTree(r.body());
            assertEquals(r.statusCode(), error.get("status").asInt());
            assertFalse(error.get("title").asText().isBlank());
            assertTrue(error.has("type") && error.has("details"), r.body());
        }
        assertTrue(JSON.readTree(syntax.body()).get("title").asText().contains("line 1, column"), syntax.body());
        assertEquals(2, store.quadCount(), "nothing was changed");
    }

    @Test
    void the_graph_store_default_graph_is_the_union_that_queries_see_and_writes_name_a_graph() throws Exception {
        var union = send(get("/data?default").header("Accept", "application/n-triples"));
        assertEquals(200, union.statusCode(), union.body());
        var graph = RDFParser.fromString(union.body(), Lang.NTRIPLES).toModel();
        assertEquals(2, graph.size(), "both documents' triples: " + union.body());
        var count = send(get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(String.valueOf(graph.size()), JSON.readTree(count.body()).at("/results/bindings/0/n/value").asText());
        byte[] turtle = "<urn:x:c> <urn:x:p> \"three\" .".getBytes(StandardCharsets.UTF_8);
        for (var write : List.of(
                HttpRequest.newBuilder(URI.create(base + "/data?default")).PUT(HttpRequest.BodyPublishers.ofByteArray(turtle)),
                HttpRequest.newBuilder(URI.create(base + "/data?default")).POST(HttpRequest.BodyPublishers.ofByteArray(turtle)),
                HttpRequest.newBuilder(URI.create(base + "/data?default")).DELETE(),
                HttpRequest.newBuilder(URI.create(base + "/data")).POST(HttpRequest.BodyPublishers.ofByteArray(turtle)))) {
            var r = send(write.header("Content-Type", "text/turtle").header("Authorization", "Bearer " + TOKEN));
            assertEquals(405, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).get("title").asText().contains("?graph="), r.body());
            assertEquals("GET, HEAD, OPTIONS", r.headers().firstValue("Allow").orElse(""));
        }
        assertEquals(2, store.quadCount(), "nothing was written");
    }

    @Test
    void service_nested_anywhere_gets_the_same_403_json_refusal() throws Exception {
        String service = "SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }";
        for (String query : List.of("SELECT * WHERE { { SELECT * WHERE { " + service + " } } }",
                "SELECT * WHERE { ?a ?b ?c OPTIONAL { " + service + " } }",
                "ASK { ?a ?b ?c FILTER EXISTS { " + service + " } }",
                "SELECT * WHERE { ?a ?b ?c FILTER NOT EXISTS { { SELECT * { " + service + " } } } }")) {
            for (var request : List.of(get("/sparql?query=" + enc(query)),
                    post("/sparql", "application/sparql-query", query.getBytes(StandardCharsets.UTF_8)),
                    post("/sparql", "application/x-www-form-urlencoded", ("query=" + enc(query)).getBytes(StandardCharsets.UTF_8)))) {
                var r = send(request);
                assertEquals(403, r.statusCode(), query + ": " + r.body());
                assertEquals(403, JSON.readTree(r.body()).get("status").asInt());
                assertTrue(JSON.readTree(r.body()).get("title").asText().startsWith("SERVICE is disabled"), r.body());
            }
        }
        var update = send(post("/update", "application/sparql-update", ("INSERT { GRAPH <urn:x:g9> { ?s ?p ?o } } WHERE { "
                + "?s ?p ?o FILTER EXISTS { { SELECT * { " + service + " } } } }").getBytes(StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + TOKEN));
        assertEquals(403, update.statusCode(), update.body());
        assertEquals(2, store.quadCount());
    }

    @Test
    void an_expensive_query_stops_at_the_timeout_while_other_requests_are_answered() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o "
                + ". ?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa . ?ab ?ac ?ad . ?ae ?af ?ag . ?ah ?ai ?aj . ?ak ?al ?am "
                + ". ?an ?ao ?ap . ?aq ?ar ?as . ?at ?au ?av . ?aw ?ax ?ay . ?az ?ba ?bb . ?bc ?bd ?be . ?bf ?bg ?bh "
                + ". ?bi ?bj ?bk . ?bl ?bm ?bn . ?bo ?bp ?bq . ?br ?bs ?bt . ?bu ?bv ?bw . ?bx ?by ?bz . ?ca ?cb ?cc }";
        var slow = HTTP.sendAsync(get("/sparql?query=" + enc(crossProduct) + "&timeout=1").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, send(get("/api/health")).statusCode(), "the server answers meanwhile");
        HttpResponse<String> r = slow.get();
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
    }

    @Test
    void results_are_capped_at_the_servers_row_limit() throws Exception {
        var r = send(get("/sparql?query=" + enc("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 100"))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(1, count(r), "this server returns at most 1 row");
    }

    @Test
    void service_and_load_cannot_make_the_server_fetch_unless_enabled() throws Exception {
        String service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        for (var request : List.of(get("/sparql?query=" + enc(service)),
                post("/sparql", "application/sparql-query", service.getBytes(StandardCharsets.UTF_8)),
                post("/sparql", "application/x-www-form-urlencoded", ("query=" + enc(service)).getBytes(StandardCharsets.UTF_8)))) {
            long started = System.nanoTime();
            var r = send(request);
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).get("title").asText().contains("SERVICE"), r.body());
            assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused at once");
        }
        for (String update : List.of("LOAD <http://127.0.0.1:9/data.ttl>",
                "INSERT { GRAPH <urn:x:g9> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")) {
            var r = send(post("/update", "application/sparql-update", update.getBytes(StandardCharsets.UTF_8))
                    .header("Authorization", "Bearer " + TOKEN));
            assertEquals(403, r.statusCode(), update + ": " + r.body());
        }
        var plain = send(get("/sparql?query=" + enc("ASK { ?s ?p ?o }")).header("Accept", "application/sparql-results+json"));
        assertEquals(200, plain.statusCode(), "other queries pass the filter");
        var direct = send(post("/sparql", "application/sparql-query", "ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, direct.statusCode(), "a direct body is handed on unchanged: " + direct.body());
        assertEquals(2, store.quadCount());
    }
}
