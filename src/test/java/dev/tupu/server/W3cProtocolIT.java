package dev.tupu.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The W3C SPARQL 1.1 Protocol test suite's query and bad-request cases (src/test/resources/w3c/sparql11-protocol,
 * copied from w3c/rdf-tests), run as the manifest writes them against tupu's {@code /sparql}: each request's method,
 * path, headers and body, and each response's expected status class, format and boolean.
 */
class W3cProtocolIT {
    private static final Path SUITE = Path.of("src/test/resources/w3c/sparql11-protocol");
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String HTS = "http://www.w3.org/2011/http-statusCodes#";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Model MANIFEST = RDFParser.source(SUITE.resolve("manifest.ttl")).toModel();
    private static TupuServer server;
    private static String base;

    /** The query cases, the bad query requests, and an update sent by GET to the query endpoint. */
    private static boolean isQueryCase(String name) {
        return name.startsWith("query_") || name.startsWith("bad_query") || name.equals("bad_multiple_queries")
                || name.equals("bad_update_get");
    }

    @BeforeAll
    static void start() {
        GraphStore store = GraphStore.inMemory(Tupu.PREFIXES);
        for (int i = 1; i <= 3; i++) {
            Model data = RDFParser.source(SUITE.resolve("data" + i + ".nt")).toModel();
            store.replaceGraph("http://kasei.us/2009/09/sparql/data/data" + i + ".rdf", data);
        }
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0), store);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Property p(String ns, String local) {
        return MANIFEST.createProperty(ns + local);
    }

    private static List<Resource> cases() {
        Resource manifest = MANIFEST.listSubjectsWithProperty(p(MF, "entries")).next();
        List<Resource> out = new ArrayList<>();
        for (RDFNode entry : manifest.getPropertyResourceValue(p(MF, "entries")).as(RDFList.class).asJavaList()) {
            if (isQueryCase(entry.asResource().getLocalName())) {
                out.add(entry.asResource());
            }
        }
        return out;
    }

    @Test
    void the_suite_has_21_query_and_bad_request_cases() {
        assertEquals(21, cases().size(), cases().toString());
    }

    @TestFactory
    Stream<DynamicTest> every_query_and_bad_request_case_passes() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.getLocalName(), () -> run(c)));
    }

    private static void run(Resource testCase) throws Exception {
        Resource connection = testCase.getPropertyResourceValue(p(MF, "action"));
        for (RDFNode r : connection.getPropertyResourceValue(p(HT, "requests")).as(RDFList.class).asJavaList()) {
            Resource request = r.asResource();
            HttpResponse<byte[]> response = HTTP.send(build(request), HttpResponse.BodyHandlers.ofByteArray());
            check(testCase.getLocalName(), request.getPropertyResourceValue(p(HT, "resp")), response);
        }
    }

    private static HttpRequest build(Resource request) {
        String method = request.getProperty(p(HT, "methodName")).getString();
        // Every path in the manifest starts with /sparql/, to be replaced by the endpoint's path.
        String path = request.getProperty(p(HT, "absolutePath")).getString().replaceFirst("^/sparql/", TupuServer.SPARQL_PATH);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        Resource content = request.getPropertyResourceValue(p(HT, "body"));
        if (content != null) {
            Charset charset = Charset.forName(content.getProperty(p(CNT, "characterEncoding")).getString());
            body = HttpRequest.BodyPublishers.ofByteArray(content.getProperty(p(CNT, "chars")).getString().getBytes(charset));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
        Resource headers = request.getPropertyResourceValue(p(HT, "headers"));
        if (headers != null) {
            for (RDFNode h : headers.as(RDFList.class).asJavaList()) {
                builder.header(h.asResource().getProperty(p(HT, "fieldName")).getString(),
                        h.asResource().getProperty(p(HT, "fieldValue")).getString());
            }
        }
        return builder.build();
    }

    private static void check(String name, Resource expected, HttpResponse<byte[]> response) throws Exception {
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
        Set<String> statuses = new java.util.HashSet<>();
        for (Statement s : expected.listProperties(p(MF, "expectedStatus")).toList()) {
            statuses.add(s.getResource().getURI().substring(HTS.length()));
        }
        String got = "StatusCode" + response.statusCode() / 100 + "xx";
        assertTrue(statuses.contains(got), name + ": expected " + statuses + ", got " + response.statusCode() + " " + body);
        if (response.statusCode() >= 400) {
            assertEquals("application/json", type, name + ": an error is tupu's JSON error");
            assertEquals(response.statusCode(), JSON.readTree(body).get("status").asInt(), name);
            assertFalse(body.contains("\tat "), name + ": no stack trace");
        }
        Statement format = expected.getProperty(p(MF, "expectedFormat"));
        if (format != null) {
            switch (format.getString()) {
                case "boolean" -> assertTrue(Set.of("application/sparql-results+json", "application/sparql-results+xml")
                        .contains(type), name + ": boolean results, not " + type);
                case "tabular" -> assertTrue(Set.of("application/sparql-results+json", "application/sparql-results+xml",
                        "text/csv", "text/tab-separated-values").contains(type), name + ": tabular results, not " + type);
                case "RDF" -> {
                    Lang lang = RDFLanguages.contentTypeToLang(type);
                    assertTrue(lang != null && RDFLanguages.isTriples(lang), name + ": RDF, not " + type);
                    RDFParser.fromString(body, lang).toModel(); // parses
                }
                default -> throw new AssertionError(name + ": unknown expected format " + format.getString());
            }
        }
        Statement bool = expected.getProperty(p(MF, "expectedBoolean"));
        if (bool != null) {
            boolean answer = type.endsWith("json") ? JSON.readTree(body).get("boolean").asBoolean()
                    : body.contains("<boolean>true</boolean>");
            assertEquals(bool.getBoolean(), answer, name + ": " + body);
        }
    }
}
