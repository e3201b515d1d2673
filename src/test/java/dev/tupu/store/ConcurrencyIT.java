package dev.tupu.store;

import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readers running while documents are ingested and deleted always see each document entirely or not at all. */
class ConcurrencyIT {
    private static final int DOCUMENTS = 4;
    private static final int TRIPLES_PER_DOCUMENT = 3_000;

    private static Model document(int n) {
        Model m = ModelFactory.createDefaultModel();
        Resource doc = m.createResource(Iris.document("c" + n)).addProperty(RDF.type, Tupu.Document);
        for (int i = 0; i < TRIPLES_PER_DOCUMENT - 1; i++) {
            doc.addProperty(Tupu.mentions, m.createResource(Iris.entity("e" + n + "-" + i)));
        }
        return m;
    }

    @RepeatedTest(10)
    void readers_see_whole_documents_while_writers_ingest_and_delete(@TempDir Path dir) throws Exception {
        List<Model> docs = new ArrayList<>();
        for (int n = 0; n < DOCUMENTS; n++) {
            docs.add(document(n));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger snapshots = new AtomicInteger();
        try (GraphStore store = GraphStore.open(dir.resolve("store"), Tupu.PREFIXES)) {
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int round = 0; round < 40; round++) {
                        int n = round % DOCUMENTS;
                        store.replaceGraph(Iris.document("c" + n), docs.get(n));
                        if (round % 3 == 2) {
                            store.removeGraph(Iris.document("c" + ((n + 1) % DOCUMENTS)));
                        }
                    }
                } finally {
                    writing.set(false);
                }
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        store.read(ds -> {
                            int present = 0;
                            for (int n = 0; n < DOCUMENTS; n++) {
                                // Counted by iterating: what a reader of the snapshot actually gets.
                                long size = ds.getNamedModel(Iris.document("c" + n)).listStatements().toList().size();
                                assertTrue(size == 0 || size == TRIPLES_PER_DOCUMENT, "document c" + n + " has " + size);
                                present += size > 0 ? 1 : 0;
                            }
                            int inUnion = ds.getUnionModel().listSubjectsWithProperty(RDF.type, Tupu.Document).toList().size();
                            assertTrue(inUnion == present, "the union graph agrees with the named graphs: " + inUnion + " vs " + present);
                            return null;
                        });
                        // One SPARQL query, as a client of the server reads: each graph whole or absent, and the
                        // documents seen through the union graph are the documents seen through their named graphs.
                        String perGraph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
                        String bothViews = "SELECT (COUNT(DISTINCT ?u) AS ?union) (COUNT(DISTINCT ?d) AS ?named) WHERE { "
                                + "{ ?u a <" + Tupu.Document.getURI() + "> } UNION { GRAPH ?g { ?d a <" + Tupu.Document.getURI() + "> } } }";
                        store.read(ds -> {
                            try (QueryExecution qe = QueryExecution.dataset(ds).query(perGraph).build()) {
                                qe.execSelect().forEachRemaining(row -> assertTrue(
                                        row.getLiteral("n").getLong() == TRIPLES_PER_DOCUMENT, row.toString()));
                            }
                            try (QueryExecution qe = QueryExecution.dataset(ds).query(bothViews).build()) {
                                var row = qe.execSelect().next();
                                assertTrue(row.getLiteral("union").getInt() == row.getLiteral("named").getInt(),
                                        "one query, two views: " + row);
                            }
                            return null;
                        });
                        snapshots.incrementAndGet();
                    }
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<?> reader : readers) {
                reader.get(60, TimeUnit.SECONDS); // rethrows a reader's failed assertion
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(snapshots.get() > 5, "readers ran during the writes: " + snapshots.get());
    }
}
