package dev.tupu.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README's curl examples, run as written against whatever server listens on README's port (7878). */
public final class ReadmeExamples {
    public static final int README_PORT = 7878;

    private ReadmeExamples() {
    }

    /** The ```sh blocks of README that talk to the server with curl and nothing else. */
    static List<String> curlBlocks() throws Exception {
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

    /**
     * Runs every curl example in {@code dir} (given the queries/ folder they read), each failing on an HTTP error
     * status; {@code token} is the server's, for the examples that write.
     */
    public static void runCurlExamples(Path dir, String token) throws Exception {
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
            run.environment().put("TUPU_TOKEN", token);
            Process p = run.start();
            p.getOutputStream().close();
            int exit = p.waitFor();
            assertEquals(0, exit, "README example failed:\n" + block + "\n--- output:\n" + Files.readString(dir.resolve("out.txt")));
        }
        assertTrue(Files.size(dir.resolve("graph.ttl")) > 10_000, "the export example wrote the graph");
    }
}
