package dev.tupu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.SeedGraph;
import dev.tupu.store.GraphStore;
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

/** Bad requests get a clear 4xx in the one JSON error shape, and nothing they carry changes the graph. */
class BadRequestsIT {
    private static final String TOKEN = "bad-requests-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INJECTIONS = List.of("\"", "'", "\" } ; DROP ALL ; #", "} ; DROP ALL ; #",
            "<http://example.org/a b>", "?s ?p ?o", "\\\" . } INSERT DATA { <a> <b> <c> } #", "沐\" || true || \"",
            "%00", "../../etc/passwd", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://127.0.0.1/x}");
    static TupuServer server;
    static String base;
    static GraphStore store;

    @BeforeAll
    static void start() {
        store = SeedGraph.store();
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0, Optional.of(TOKEN), Duration.ofSeconds(10), false), store);
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
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonError(HttpResponse<String> r, int status, String mentions) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals(status, error.get("status").asInt());
        assertTrue(error.get("title").asText().contains(mentions), error.get("title").asText());
        assertFalse(r.body().contains("\tat "), "no stack trace");
    }

    @Test
    void bad_parameters_name_the_parameter() throws Exception {
        assertJsonError(get("/api/entities?q=a&limit=-1", null), 400, "limit");
        assertJsonError(get("/api/entities?q=a&limit=abc", null), 400, "limit");
        assertJsonError(get("/api/entities?q=a&offset=-5", null), 400, "offset");
        assertJsonError(get("/api/entities?q=a&offset=99999999999999", null), 400, "offset");
        assertJsonError(get("/api/entities?q=a&type=Unicorn", null), 400, "type");
        assertJsonError(get("/api/entities/person-%E6%9D%8E%E6%B2%90/relations?predicate=likes", null), 400, "predicate");
        assertJsonError(get("/api/paths?from=a", null), 400, "to");
        assertJsonError(get("/api/export?format=pdf", null), 400, "format");
        assertJsonError(get("/api/entities?q=", null), 400, "q");
        var huge = get("/api/entities?q=a&offset=100000", null);
        assertEquals(200, huge.statusCode());
        assertEquals(0, JSON.readTree(huge.body()).get("items").size());
    }

    @Test
    void an_accept_header_without_json_answers_406() throws Exception {
        assertJsonError(get("/api/entities?q=mxnet", "text/csv"), 406, "application/json");
        assertEquals(200, get("/api/entities?q=mxnet", "application/json, text/plain").statusCode());
        assertEquals(200, get("/api/entities?q=mxnet", "*/*").statusCode());
    }

    @Test
    void an_oversized_body_answers_413() throws Exception {
        byte[] big = new byte[(int) TupuServer.MAX_BODY_BYTES + 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void injection_strings_in_every_parameter_change_nothing_and_leak_nothing() throws Exception {
        long before = store.tripleCount();
        for (String bad : INJECTIONS) {
            String e = enc(bad);
            for (String path : List.of("/api/entities?q=" + e, "/api/entities?q=a&type=" + e,
                    "/api/entities?q=" + e + "&limit=5&offset=0", "/api/entities/" + e,
                    "/api/entities/" + e + "/relations", "/api/entities/person-%E6%9D%8E%E6%B2%90/relations?predicate=" + e,
                    "/api/entities/" + e + "/export", "/api/paths?from=" + e + "&to=" + e, "/api/documents/" + e,
                    "/api/export?format=" + e, "/id/" + e, "/doc/" + e, "/page/" + e, "/api/entities/" + e + "/timeline",
                    "/ev/" + e, "/rdf/ev/" + e + ".ttl", "/page/ev/" + e, "/data?graph=" + e)) {
                var r = get(path, null);
                assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode() + " " + r.body());
                assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), path + " leaks: " + r.body());
                boolean html = r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
                assertFalse(html && r.body().contains("<script>alert"), path + " echoes markup unescaped into HTML");
            }
        }
        var search = JSON.readTree(get("/api/entities?q=" + enc("\" } ; DROP ALL ; #"), null).body());
        assertEquals(0, search.get("items").size(), "an injection string is only a string to look for");
        assertEquals(before, store.tripleCount(), "nothing changed");
    }
}
