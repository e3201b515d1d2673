package dev.tupu.store;

import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TdbStoreTest {
    private static final int ENTITIES = 3_000;

    /** A document with more new nodes than TDB2 buffers for the writer's cache (1,000). */
    private static Model largeDocument() {
        Model m = ModelFactory.createDefaultModel();
        Resource doc = m.createResource(Iris.document("big")).addProperty(RDF.type, Tupu.Document);
        for (int i = 0; i < ENTITIES; i++) {
            doc.addProperty(Tupu.mentions, m.createResource(Iris.entity("e" + i)));
        }
        return m;
    }

    /** Asks for each entity by its IRI, as a client looking one up does. */
    private static long entitiesFound(org.apache.jena.query.Dataset ds) {
        Model union = ds.getUnionModel();
        long found = 0;
        for (int i = 0; i < ENTITIES; i++) {
            found += union.contains(null, Tupu.mentions, union.createResource(Iris.entity("e" + i))) ? 1 : 0;
        }
        return found;
    }

    /**
     * A reader whose snapshot began before a commit, and asks after it for nodes the commit added, must not hide them
     * from the readers after it. TDB2's cache of absent nodes did: the reader recorded them as absent, and as the
     * writer's own cache had kept only 1,000 of the new nodes, later queries did not find the others until a writer
     * touched them again (ConcurrencyIT saw a document missing from one query and present in the next, once in some
     * sixty runs).
     */
    @Test
    void a_reader_older_than_a_commit_does_not_hide_its_nodes_from_later_readers(@TempDir Path dir) throws Exception {
        ExecutorService oldReader = Executors.newSingleThreadExecutor();
        try (TdbStore store = TdbStore.open(dir.resolve("store"), Tupu.PREFIXES)) {
            CountDownLatch snapshotTaken = new CountDownLatch(1);
            CountDownLatch committed = new CountDownLatch(1);
            Future<Long> seenByOldReader = oldReader.submit(() -> store.read(ds -> {
                snapshotTaken.countDown();
                await(committed);
                return entitiesFound(ds);
            }));
            snapshotTaken.await(30, TimeUnit.SECONDS);
            store.replaceGraph(Iris.document("big"), largeDocument());
            committed.countDown();

            assertEquals(0, seenByOldReader.get(30, TimeUnit.SECONDS), "the old snapshot has none of them");
            assertEquals(ENTITIES, (long) store.read(TdbStoreTest::entitiesFound), "a reader after the commit finds all");
        } finally {
            oldReader.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
