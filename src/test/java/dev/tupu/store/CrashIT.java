package dev.tupu.store;

import dev.tupu.ontology.Tupu;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SIGKILL in the middle of {@code build} and of {@code load} over many documents: the store opens cleanly, holds only
 * whole documents, and running the command again completes it, to exactly the triples of an uninterrupted build.
 * <p>
 * The kill is timed by what the process has done, not by the clock: both commands print a line when a batch has
 * committed, and the test kills as soon as it reads the first. So the kill lands after at least one commit and, with
 * dozens of batches still to come, long before the end, however loaded the machine. Should the process still manage
 * to finish first (the test's thread stalled for seconds), there was no crash to check: that run is skipped, not
 * failed.
 */
class CrashIT {
    private static final Path JAR = Path.of("target/tupu.jar");
    private static final int DOCUMENTS = 40;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static Path input;
    private static Path quads;
    private static Map<String, Long> wholeDocument;
    private static long uninterrupted;

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
        assertSucceeds(build(reference), reference, "the uninterrupted build");
        wholeDocument = graphSizes(reference);
        assertEquals(DOCUMENTS, wholeDocument.size());
        try (GraphStore store = GraphStore.open(reference, Tupu.PREFIXES)) {
            uninterrupted = store.tripleCount();
            // What load reads: the reference's quads, one N-Quads file per document.
            quads = Files.createDirectories(dir.resolve("quads"));
            store.read(ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    DatasetGraph one = DatasetGraphFactory.createGeneral();
                    one.addGraph(g, dsg.getGraph(g));
                    Path file = quads.resolve(g.getURI().substring(g.getURI().lastIndexOf('/') + 1) + ".nq");
                    try (OutputStream out = Files.newOutputStream(file)) {
                        RDFDataMgr.write(out, one, Lang.NQUADS);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                return null;
            });
        }
    }

    /** A build of three documents a transaction, so a kill falls between commits. */
    private static ProcessBuilder build(Path store) {
        return tupu("build", "--input", input.toString(), "--store", store.toString(), "--batch", "3");
    }

    /** A load of one document a transaction (each file holds one). */
    private static ProcessBuilder load(Path store) {
        return tupu("load", "--input", quads.toString(), "--store", store.toString(), "--batch", "1");
    }

    private static ProcessBuilder tupu(String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** What the command printed goes to {@code STORE.log} beside the store. */
    private static Path log(Path store) {
        return store.resolveSibling(store.getFileName() + ".log");
    }

    private static void assertSucceeds(ProcessBuilder command, Path store, String which) throws Exception {
        int exit = command.redirectOutput(log(store).toFile()).start().waitFor();
        if (exit != 0) {
            fail(which + " exited with " + exit + ":\n" + Files.readString(log(store)));
        }
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
    void a_build_killed_after_a_commit_leaves_only_whole_documents_and_a_rebuild_completes_the_store(@TempDir Path dir)
            throws Exception {
        Path store = dir.resolve("store");
        killAfterFirstCommit(build(store), store);
        assertOnlyWholeDocuments(store);
        assertSucceeds(build(store), store, "the second build");
        assertComplete(store);
    }

    @RepeatedTest(10)
    void a_load_killed_after_a_commit_leaves_only_whole_documents_and_a_reload_completes_the_store(@TempDir Path dir)
            throws Exception {
        Path store = dir.resolve("store");
        killAfterFirstCommit(load(store), store);
        assertOnlyWholeDocuments(store);
        assertSucceeds(load(store), store, "the second load");
        assertTrue(Files.readString(log(store)).contains("already stored and skipped"), Files.readString(log(store)));
        assertComplete(store);
    }

    /**
     * Starts the command and SIGKILLs it as soon as its output says a batch has committed. The process is then known
     * to have stored something and, with many batches to go, is still running.
     */
    private static void killAfterFirstCommit(ProcessBuilder command, Path store) throws Exception {
        Path log = log(store);
        Process p = command.redirectOutput(log.toFile()).start();
        while (p.isAlive() && !Files.readString(log).contains("committed")) {
            Thread.sleep(2);
        }
        p.destroyForcibly(); // SIGKILL on Linux
        int exit = p.waitFor();
        String output = Files.readString(log);
        if (!output.contains("committed")) {
            fail("the command ended (" + exit + ") without committing anything:\n" + output);
        }
        if (exit == 0) {
            Assumptions.abort("the command finished before the kill landed: no crash to check\n" + output);
        }
        assertEquals(SIGKILL_EXIT, exit, "killed, not failed:\n" + output);
    }

    private static void assertOnlyWholeDocuments(Path store) {
        Map<String, Long> after = graphSizes(store); // opens cleanly after the kill
        for (var graph : after.entrySet()) {
            assertEquals(wholeDocument.get(graph.getKey()), graph.getValue(), graph.getKey() + " is whole");
        }
        assertTrue(!after.isEmpty() && after.size() < DOCUMENTS,
                "killed after a commit and before the end: " + after.size() + " documents");
    }

    private static void assertComplete(Path store) {
        try (GraphStore reopened = GraphStore.open(store, Tupu.PREFIXES)) {
            assertEquals(uninterrupted, reopened.tripleCount());
        }
        assertEquals(wholeDocument, graphSizes(store));
    }

    @Test
    void a_store_path_that_is_a_file_gives_a_clear_error(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        for (ProcessBuilder command : List.of(build(file), load(file))) {
            Process p = command.start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(3, p.waitFor(), out);
            assertTrue(out.contains("not-a-directory") && !out.contains("\tat "), out);
        }
    }

    /** The quads load reads are the reference build's, document for document. */
    @Test
    void the_loaded_files_hold_the_reference_documents() {
        DatasetGraph all = DatasetGraphFactory.createGeneral();
        for (Path file : QuadFiles.files(quads)) {
            RDFParser.source(file).parse(all);
        }
        Map<String, Long> sizes = new HashMap<>();
        all.listGraphNodes().forEachRemaining(g -> sizes.put(g.getURI(), (long) all.getGraph(g).size()));
        assertEquals(wholeDocument, sizes);
    }
}
