package dev.tupu.store;

import dev.tupu.SeedGraph;
import dev.tupu.extract.Pipelines;
import dev.tupu.ontology.Tupu;
import dev.tupu.rdf.GraphMapper;
import dev.tupu.service.CorpusBuilder;
import dev.tupu.service.IngestService;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The remote store (a standalone Fuseki) holds and answers exactly what the embedded store does. */
class RemoteStoreIT {
    private static final Node GENERATED_AT = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
    private static FusekiProcess fuseki;
    private static GraphStore remote;

    @BeforeAll
    static void start() {
        fuseki = FusekiProcess.start(true);
        remote = fuseki.store();
        SeedGraph.build(remote);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @Test
    void the_remote_store_holds_the_same_graphs_as_the_embedded_one() {
        DatasetGraph local = quads(SeedGraph.store());
        DatasetGraph there = quads(remote);
        assertEquals(SeedGraph.store().quadCount(), remote.quadCount());
        assertEquals(SeedGraph.store().tripleCount(), remote.tripleCount());
        assertTrue(IsoMatcher.isomorphic(local, there), "the same quads, but for the build time");
    }

    /** Each store's export as N-Quads, without the build time (the two builds ran at different moments). */
    private static DatasetGraph quads(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RDFFormat.NQUADS);
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(parsed);
        parsed.deleteAny(Node.ANY, Node.ANY, GENERATED_AT, Node.ANY);
        return parsed;
    }

    @Test
    void every_query_of_the_library_answers_the_same_on_both() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("queries"))) {
            files = listed.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            Query query = QueryFactory.create(Files.readString(file));
            assertEquals(answer(SeedGraph.store(), query), answer(remote, query), file.toString());
        }
    }

    /** The answer as sorted lines: rows for SELECT, the boolean for ASK, sorted N-Triples for graphs. */
    private static List<String> answer(GraphStore store, Query query) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                List<String> lines = new ArrayList<>();
                if (query.isSelectType()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                    lines.addAll(List.of(out.toString(StandardCharsets.UTF_8).split("\r\n")));
                } else if (query.isAskType()) {
                    lines.add(String.valueOf(qe.execAsk()));
                } else {
                    var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    model.listStatements().forEachRemaining(st -> lines.add(st.asTriple().toString()));
                }
                if (!query.hasOrderBy()) {
                    lines.sort(null);
                }
                return lines;
            }
        });
    }

    @Test
    void a_rebuild_skips_the_unchanged_document_and_replaces_a_changed_one() throws Exception {
        Path input = Files.createTempDirectory("tupu-remote-input-");
        Files.writeString(input.resolve("a.txt"), "张三于2019年加入百度。", StandardCharsets.UTF_8);
        Pipelines pipelines = new Pipelines();
        IngestService ingest = new IngestService(pipelines.newPipeline(), new GraphMapper(), remote, Clock.systemUTC());
        CorpusBuilder builder = new CorpusBuilder(pipelines::newPipeline, ingest, remote);
        assertEquals(1, builder.build(input, CorpusBuilder.Options.defaults(), CorpusBuilder.Progress.NONE).built());
        CorpusBuilder.Summary again = builder.build(input, CorpusBuilder.Options.defaults(), CorpusBuilder.Progress.NONE);
        assertEquals(0, again.built());
        assertEquals(1, again.unchanged());
        Files.writeString(input.resolve("a.txt"), "李四于2020年加入腾讯。", StandardCharsets.UTF_8);
        assertEquals(1, builder.build(input, CorpusBuilder.Options.defaults(), CorpusBuilder.Progress.NONE).built());
        String graph = "https://tupu.dev/doc/a";
        String labels = remote.read(ds -> {
            StringBuilder found = new StringBuilder();
            ds.getNamedModel(graph).listObjectsOfProperty(org.apache.jena.vocabulary.RDFS.label)
                    .forEachRemaining(o -> found.append(o.asLiteral().getString()).append(' '));
            return found.toString();
        });
        assertTrue(labels.contains("腾讯") && !labels.contains("百度"), labels);
        long before = remote.quadCount();
        assertTrue(remote.removeGraph(graph));
        assertFalse(remote.removeGraph(graph), "already gone");
        assertEquals(SeedGraph.store().quadCount(), remote.quadCount(), "only that document's graph went");
        assertTrue(before > remote.quadCount());
    }

    @Test
    void a_dataset_whose_default_graph_is_not_the_union_is_refused_with_the_reason() {
        try (FusekiProcess plain = FusekiProcess.start(false)) {
            var graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            graph.add(NodeFactory.createURI("urn:x:s"), RDF.type.asNode(), NodeFactory.createURI("urn:x:T"));
            GSP.service(plain.url()).graphName("urn:x:g").PUT(graph);
            StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(plain.url(), Tupu.PREFIXES));
            assertTrue(e.getMessage().contains("union"), e.getMessage());
        }
    }

    @Test
    void an_unreachable_store_is_reported_with_its_url() {
        StoreException e = assertThrows(StoreException.class,
                () -> GraphStore.open("http://127.0.0.1:9/ds", Tupu.PREFIXES));
        assertTrue(e.getMessage().contains("http://127.0.0.1:9/ds"), e.getMessage());
    }
}
