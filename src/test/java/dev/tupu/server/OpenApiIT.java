package dev.tupu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /openapi.json describes every route the server registers; Swagger UI is served from the jar. */
class OpenApiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TupuServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0), GraphStore.inMemory(Tupu.PREFIXES));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_registered_route_is_in_the_spec_with_responses() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(get("/openapi.json").body());
        assertEquals("3.0.3", spec.get("openapi").asText());
        assertFalse(server.routes().isEmpty());
        for (String route : server.routes()) {
            String[] parts = route.split(" ", 2);
            JsonNode operation = spec.at("/paths/" + parts[1].replace("~", "~0").replace("/", "~1") + "/"
                    + parts[0].toLowerCase(Locale.ROOT));
            assertFalse(operation.isMissingNode(), route + " is described");
            assertTrue(operation.has("summary") && operation.get("responses").size() > 0, route + " has a summary and responses");
        }
        for (String jena : new String[] {"/sparql", "/update", "/data"}) {
            assertTrue(spec.get("paths").has(jena), jena + " is described");
        }
    }

    @Test
    void every_schema_reference_resolves() throws Exception {
        String text = get("/openapi.json").body();
        JsonNode schemas = new ObjectMapper().readTree(text).at("/components/schemas");
        Matcher refs = Pattern.compile("\"#/components/schemas/([A-Za-z]+)\"").matcher(text);
        int count = 0;
        while (refs.find()) {
            assertTrue(schemas.has(refs.group(1)), refs.group(1));
            count++;
        }
        assertTrue(count > 10);
    }

    @Test
    void swagger_ui_is_served_from_the_jar() throws Exception {
        var page = get("/docs");
        assertEquals(200, page.statusCode());
        Matcher script = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        var bundle = get(script.group(1));
        assertEquals(200, bundle.statusCode());
        assertTrue(bundle.body().length() > 100_000);
    }
}
