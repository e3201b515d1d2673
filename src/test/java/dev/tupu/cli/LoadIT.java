package dev.tupu.cli;

import dev.tupu.Commands;
import dev.tupu.Commands.Run;
import dev.tupu.Quads;
import dev.tupu.store.FusekiProcess;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tupu load}, run as a user runs it: into TDB2 and into a remote store, with good files and bad. */
class LoadIT {
    private static final Node SEED_GRAPH = NodeFactory.createURI("https://tupu.dev/doc/000_f81e6ebb9362b9de");

    @TempDir
    static Path work;
    private static Path built;
    private static Path seedQuads;

    @BeforeAll
    static void buildTheSeed() throws Exception {
        built = work.resolve("built");
        Commands.tupu(work, "build", "--input", "seeds", "--store", built.toString()).exits(0);
        seedQuads = work.resolve("seed.nq");
        Commands.tupu(work, "export", "--store", built.toString(), "--format", "nquads", "--output", seedQuads.toString())
                .exits(0);
    }

    @Test
    void a_malformed_file_is_reported_by_name_and_line_and_none_of_it_is_loaded() throws Exception {
        Path input = Files.createDirectories(work.resolve("mixed"));
        Files.copy(seedQuads, input.resolve("seed.nq"));
        Files.writeString(input.resolve("broken.nq"), """
                <https://tupu.dev/id/a> <https://tupu.dev/ontology#p> "one" <https://tupu.dev/doc/broken> .
                <https://tupu.dev/id/b> <https://tupu.dev/ontology#p> "two <https://tupu.dev/doc/broken> .
                <https://tupu.dev/id/c> <https://tupu.dev/ontology#p> "three" <https://tupu.dev/doc/broken> .
                """);
        Files.writeString(input.resolve("triples.nq"), "<https://tupu.dev/id/a> <https://tupu.dev/ontology#p> \"x\" .\n");
        Files.writeString(input.resolve("manifest.jsonl"), "{\"id\": \"not data\"}\n");
        Path store = work.resolve("mixed-store");
        Run run = Commands.tupu(work, "load", "--input", input.toString(), "--store", store.toString())
                .exits(Main.PARTIAL_FAILURE);
        assertTrue(run.err().contains("broken.nq: line 3"), "the file and the line: " + run.err());
        assertTrue(run.err().contains("triples.nq: ") && run.err().contains("outside a named graph"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertTrue(run.out().startsWith("loaded 1 documents from 3 files (2 failed)"), run.out());
        DatasetGraph stored = export(store);
        assertEquals(List.of(SEED_GRAPH), graphs(stored), "nothing of the bad files");
        Quads.assertSame(Quads.read(seedQuads), stored, "the good file, whole");
    }

    @Test
    void a_document_already_stored_is_replaced_not_merged_as_build_replaces_it() throws Exception {
        Path store = work.resolve("replaced");
        Commands.tupu(work, "build", "--input", "seeds", "--store", store.toString()).exits(0);
        // Another version of the seed's graph: a label changed, and every quad about one entity gone.
        DatasetGraph edited = Quads.read(seedQuads);
        Node mxnet = NodeFactory.createURI("https://tupu.dev/id/project-mxnet");
        edited.deleteAny(SEED_GRAPH, mxnet, Node.ANY, Node.ANY);
        Node libai = NodeFactory.createURI("https://tupu.dev/id/org-百度");
        edited.deleteAny(SEED_GRAPH, libai, RDFS.label.asNode(), Node.ANY);
        edited.add(SEED_GRAPH, libai, RDFS.label.asNode(), NodeFactory.createLiteralLang("百度公司", "zh"));
        Path input = Files.createDirectories(work.resolve("edited"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input.resolve("seed.nq.gz")))) {
            RDFDataMgr.write(out, edited, Lang.NQUADS);
        }
        Run run = Commands.tupu(work, "load", "--input", input.toString(), "--store", store.toString()).exits(0);
        assertTrue(run.out().contains("0 new, 1 replaced, 0 already stored"), run.out());
        Quads.assertSame(edited, export(store), "the stored graph is the loaded version, nothing of the old one");
    }

    @Test
    void a_remote_store_gets_new_documents_in_one_request_and_stored_ones_replaced() throws Exception {
        // Two documents: the seed's graph, and a copy of it under another name.
        Path input = Files.createDirectories(work.resolve("remote-input"));
        Files.copy(seedQuads, input.resolve("seed.nq"));
        Files.writeString(input.resolve("copy.nq"), Files.readString(seedQuads)
                .replace("<https://tupu.dev/doc/000_f81e6ebb9362b9de> .", "<https://tupu.dev/doc/copy> ."));
        DatasetGraph expected = Quads.read(input);
        assertEquals(2, graphs(expected).size());
        try (FusekiProcess fuseki = FusekiProcess.start(true)) {
            Run first = Commands.tupu(work, "load", "--input", input.toString(), "--store", fuseki.url()).exits(0);
            assertTrue(first.out().startsWith("loaded 2 documents from 2 files (0 failed): 2 new, 0 replaced"), first.out());
            Run again = Commands.tupu(work, "load", "--input", input.toString(), "--store", fuseki.url()).exits(0);
            assertTrue(again.out().contains(": 0 new, 2 replaced"), again.out());
            Path exported = work.resolve("remote.nq");
            Commands.tupu(work, "export", "--store", fuseki.url(), "--format", "nquads", "--output", exported.toString())
                    .exits(0);
            Quads.assertSame(expected, Quads.read(exported), "loading twice leaves one copy of each, whole");
        }
    }

    @Test
    void usage_errors_say_what_is_wrong_without_a_stack_trace() throws Exception {
        String store = work.resolve("usage").toString();
        Run missing = Commands.tupu(work, "load", "--input", work.resolve("nothing").toString(), "--store", store)
                .exits(Main.USAGE);
        assertTrue(missing.err().contains("no such file or directory"), missing.err());
        Path text = Files.writeString(work.resolve("article.txt"), "张伟加入百度。", StandardCharsets.UTF_8);
        Run notQuads = Commands.tupu(work, "load", "--input", text.toString(), "--store", store).exits(Main.USAGE);
        assertTrue(notQuads.err().contains("not N-Quads or TriG"), notQuads.err());
        Run loader = Commands.tupu(work, "load", "--input", seedQuads.toString(), "--store", store, "--loader", "fast")
                .exits(Main.USAGE);
        assertTrue(loader.err().contains("sequential, basic, phased or parallel"), loader.err());
        assertFalse((missing.err() + notQuads.err() + loader.err()).contains("\tat "));
    }

    private static DatasetGraph export(Path store) throws Exception {
        Path file = Files.createTempFile(work, "export", ".nq");
        Commands.tupu(work, "export", "--store", store.toString(), "--format", "nquads", "--output", file.toString())
                .exits(0);
        return Quads.read(file);
    }

    private static List<Node> graphs(DatasetGraph dsg) {
        List<Node> graphs = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        return graphs;
    }
}
