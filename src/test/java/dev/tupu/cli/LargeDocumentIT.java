package dev.tupu.cli;

import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 20 MB article builds (in minutes, in the default heap of this machine kind) into a store that opens. */
class LargeDocumentIT {
    @Test
    void a_20_mb_article_builds(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Path.of("seeds/000_f81e6ebb9362b9de.txt"));
        Path article = Files.createDirectories(dir.resolve("in")).resolve("large.txt");
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 20 * 1024 * 1024) {
            text.append(seed.repeat(100)).append('\n');
        }
        Files.writeString(article, text);
        assertTrue(Files.size(article) >= 20 * 1024 * 1024);
        Process p = new ProcessBuilder("java", "-Xmx6g", "-jar", "target/tupu.jar", "build", "--input", article.toString(),
                "--store", dir.resolve("store").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("built 1 documents (0 failed)"), out);
        try (GraphStore store = GraphStore.open(dir.resolve("store"), Tupu.PREFIXES)) {
            assertTrue(store.tripleCount() > 1_000_000, "a large graph: " + store.tripleCount());
        }
    }
}
