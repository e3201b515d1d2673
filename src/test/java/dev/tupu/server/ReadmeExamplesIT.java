package dev.tupu.server;

import dev.tupu.SeedGraph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What README shows a user runs as written, against a server on README's port, and so does a Jena client. */
class ReadmeExamplesIT {
    private static final int README_PORT = ReadmeExamples.README_PORT;
    private static final String TOKEN = "readme-examples-token-0123456789";
    private static TupuServer server;

    @BeforeAll
    static void start() {
        server = TupuServer.start(new ServerConfig("127.0.0.1", README_PORT, Optional.of(TOKEN), Duration.ofSeconds(10),
                false), SeedGraph.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_curl_examples_in_readme_run_unchanged(@TempDir Path dir) throws Exception {
        ReadmeExamples.runCurlExamples(dir, TOKEN);
    }

    @Test
    void a_jena_rdfconnection_client_works_against_the_server() {
        try (RDFConnection conn = RDFConnectionRemote.newBuilder()
                .destination("http://127.0.0.1:" + README_PORT)
                .queryEndpoint("sparql").updateEndpoint("update").gspEndpoint("data").build()) {
            List<String> labels = new ArrayList<>();
            conn.querySelect("PREFIX tupu: <https://tupu.dev/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?l WHERE { ?p a tupu:Person ; rdfs:label ?l }", (QuerySolution row) -> labels.add(row.getLiteral("l").getString()));
            assertTrue(labels.contains("李沐"), labels.toString());
            assertTrue(conn.queryAsk("ASK { ?s ?p ?o }"));
            assertFalse(conn.fetch("https://tupu.dev/doc/000_f81e6ebb9362b9de").isEmpty(), "Graph Store read of a document's graph");
            assertThrows(Exception.class, () -> conn.update("CLEAR ALL"), "an update without the token is refused");
        }
    }
}
