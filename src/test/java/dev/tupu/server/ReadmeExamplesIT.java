package dev.tupu.server;

import dev.tupu.SeedGraph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What README shows a user runs as written, against a server on README's port, and so does a Jena client. */
class ReadmeExamplesIT {
    private static final int README_PORT = 7878;
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

    /** The ```sh blocks of README that talk to the server with curl and nothing else. */
    private static List<String> curlBlocks() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            String body = block.group(1);
            boolean onlyCurl = body.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(" ")
                    && !l.startsWith("'") && !l.startsWith("PREFIX") && !l.startsWith("SELECT")).allMatch(l -> l.startsWith("curl "));
            if (body.contains("curl ") && onlyCurl) {
                blocks.add(body);
            }
        }
        return blocks;
    }

    @Test
    void the_curl_examples_in_readme_run_unchanged(@TempDir Path dir) throws Exception {
        List<String> blocks = curlBlocks();
        // README's commands run from the repository's root: give the working directory the files they read.
        Files.createDirectories(dir.resolve("queries"));
        try (var queries = Files.list(Path.of("queries"))) {
            for (Path q : queries.toList()) {
                Files.copy(q, dir.resolve("queries").resolve(q.getFileName()));
            }
        }
        assertTrue(blocks.size() >= 2, "README has curl examples");
        for (String block : blocks) {
            // Each example runs exactly as written; curl only learns to fail on an HTTP error status.
            String script = "set -euo pipefail\ncurl() { command curl --silent --show-error --fail-with-body \"$@\"; }\n" + block;
            ProcessBuilder run = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out.txt").toFile());
            run.environment().put("TUPU_TOKEN", TOKEN);
            Process p = run.start();
            p.getOutputStream().close();
            int exit = p.waitFor();
            assertEquals(0, exit, "README example failed:\n" + block + "\n--- output:\n" + Files.readString(dir.resolve("out.txt")));
        }
        assertTrue(Files.size(dir.resolve("graph.ttl")) > 10_000, "the export example wrote the graph");
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
