package dev.tupu;

import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import dev.tupu.store.TdbStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed graph with time on six of its relation mentions (src/test/resources/time/seed-times.ru), in an in-memory
 * store, built once per test JVM: what the serving tests read time from until the extraction writes it.
 */
public final class TimedSeedGraph {
    /** How many relation mentions the fixture dates (or gives a time text). */
    public static final int TIMED_MENTIONS = 6;
    private static TdbStore store;

    private TimedSeedGraph() {
    }

    public static synchronized GraphStore store() {
        if (store == null) {
            store = GraphStore.inMemory(Tupu.PREFIXES);
            store.writeGraphs(copyOf(SeedGraph.store()));
            String update;
            try {
                update = Files.readString(Path.of("src/test/resources/time/seed-times.ru"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute(update, store.dataset()));
            long timed = store.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds)
                        .query("SELECT (COUNT(?ev) AS ?n) { ?ev <" + Tupu.timeText.getURI() + "> ?t }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            if (timed != TIMED_MENTIONS) {
                throw new IllegalStateException("seed-times.ru timed " + timed + " relation mentions, not "
                        + TIMED_MENTIONS + ": has the seed's extraction changed?");
            }
        }
        return store;
    }

    /** Every named graph of {@code from}, copied, to write into another store. */
    public static List<GraphStore.GraphWrite> copyOf(GraphStore from) {
        return from.read(ds -> {
            List<GraphStore.GraphWrite> copies = new ArrayList<>();
            ds.listNames().forEachRemaining(name -> {
                Model copy = ModelFactory.createDefaultModel().add(ds.getNamedModel(name));
                copies.add(new GraphStore.GraphWrite(name, copy.getGraph(), false));
            });
            return copies;
        });
    }
}
