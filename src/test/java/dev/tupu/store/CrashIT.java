package dev.tupu.store;

import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SIGKILL in the middle of {@code build} over many documents: the store opens cleanly, holds only whole documents,
 * and a second build reaches exactly the triple count of an uninterrupted build.
 */
class CrashIT {
    private static final Path JAR = Path.of("target/tupu.jar");
    private static final int DOCUMENTS = 40;
    private static Path input;
    private static Map<String, Long> wholeDocument;
    private static long uninterrupted;
    private static long buildMillis;

    @BeforeAll
    static void referenceBuild(@TempDir Path dir) throws Exception {
        input = Files.createDirectories(dir.resolve("articles"));
        String seed = Files.readString(Path.of("seeds/000_f81e6ebb9362b9de.txt"));
        String[] paragraphs = seed.split("\n");
        for (int i = 0; i < DOCUMENTS; i++) {
            // Different documents: a different slice of paragraphs each, so graphs differ in size.
            StringBuilder text = new StringBuilder("第" + i + "篇\n");
            for (int p = i % 7; p < paragraphs.length; p += 1 + i % 3) {
                text.append(paragraphs[p]).append('\n');
            }
            Files.writeString(input.resolve(String.format("doc%02d.txt", i)), text);
        }
        Path reference = dir.resolve("reference");
        long started = System.nanoTime();
        assertBuildSucceeds(reference, "the uninterrupted build");
        buildMillis = (System.nanoTime() - started) / 1_000_000;
        wholeDocument = graphSizes(reference);
        assertEquals(DOCUMENTS, wholeDocument.size());
        try (GraphStore store = GraphStore.open(reference, Tupu.PREFIXES)) {
            uninterrupted = store.tripleCount();
        }
    }

    /**
     * Batches of three documents a transaction, so a kill can fall between commits and leave some documents stored.
     * What the build prints goes to {@code STORE.log} beside the store.
     */
    private static Process build(Path store) throws Exception {
        return new ProcessBuilder("java", "-jar", JAR.toString(), "build", "--input", input.toString(), "--store",
                store.toString(), "--batch", "3").redirectErrorStream(true)
                .redirectOutput(log(store).toFile()).start();
    }

    private static void assertBuildSucceeds(Path store, String which) throws Exception {
        int exit = build(store).waitFor();
        if (exit != 0) {
            fail(which + " exited with " + exit + ":\n" + Files.readString(log(store)));
        }
    }

    private static Path log(Path store) {
        return store.resolveSibling(store.getFileName() + ".log");
    }

    private static Map<String, Long> graphSizes(Path storeDir) {
        try (GraphStore store = GraphStore.open(storeDir, Tupu.PREFIXES)) {
            return store.read(ds -> {
                Map<String, Long> sizes = new HashMap<>();
                ds.listNames().forEachRemaining(name -> sizes.put(name, ds.getNamedModel(name).size()));
                return sizes;
            });
        }
    }

    @RepeatedTest(10)
    void a_killed_build_leaves_only_whole_documents_and_a_rebuild_completes_the_store(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Process first = build(store);
        // Kill it while documents are being written: between 40% and 80% of an uninterrupted build's time.
        long waitMillis = (long) (buildMillis * (0.4 + 0.4 * Math.random()));
        assertTrue(!first.waitFor(waitMillis, TimeUnit.MILLISECONDS), "the build is still running when it is killed");
        first.destroyForcibly(); // SIGKILL on Linux
        first.waitFor();

        Map<String, Long> after = graphSizes(store);
        for (var graph : after.entrySet()) {
            assertEquals(wholeDocument.get(graph.getKey()), graph.getValue(), graph.getKey() + " is whole");
        }
        assertTrue(after.size() < DOCUMENTS, "the kill came before the end: " + after.size() + " documents");

        assertBuildSucceeds(store, "the second build");
        try (GraphStore reopened = GraphStore.open(store, Tupu.PREFIXES)) {
            assertEquals(uninterrupted, reopened.tripleCount());
        }
        assertEquals(wholeDocument.keySet(), graphSizes(store).keySet());
    }

    @Test
    void a_store_path_that_is_a_file_gives_a_clear_error(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Process p = new ProcessBuilder("java", "-jar", JAR.toString(), "build", "--input", input.toString(), "--store",
                file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(3, p.waitFor(), out);
        assertTrue(out.contains("not-a-directory") && !out.contains("\tat "), out);
    }

}
