package dev.tupu.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The embedded store: a TDB2 dataset on disk, always used inside transactions. One named graph per document; the
 * default graph seen by queries is the union of all named graphs.
 */
public final class TdbStore implements GraphStore {
    /**
     * TDB2's defaults without its cache of nodes known to be absent. A reader whose snapshot predates a commit records
     * the commit's new nodes there as absent; the writer's cache keeps only 1,000 of the nodes it adds, so the others
     * stayed hidden from every later query until written again (TdbStoreTest). Without the cache, a lookup of an
     * absent node reads the node index, as a lookup of a present one not cached does.
     */
    private static final StoreParams PARAMS = StoreParams.builder(StoreParams.getDftStoreParams())
            .nodeMissCacheSize(0).prefixNodeMissCacheSize(0).build();

    private final Dataset dataset;
    private final PrefixMapping prefixes;
    private final String location;

    private TdbStore(Dataset dataset, PrefixMapping prefixes, String location) {
        this.dataset = dataset;
        this.location = location;
        this.prefixes = prefixes;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the TDB2 store in {@code directory}. */
    public static TdbStore open(Path directory, PrefixMapping prefixes) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store directory " + directory + ": " + e.getMessage(), e);
        }
        try {
            Dataset dataset = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(directory.toString(), PARAMS));
            Txn.executeRead(dataset, () -> { }); // TDB2 connects lazily: take the lock now, to report it here
            return new TdbStore(dataset, prefixes, directory.toString());
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            throw new StoreException("the store " + directory + " is in use by another process (" + e.getMessage()
                    + "), such as a running 'tupu serve': stop it, or use another --store", e);
        }
    }

    /** An in-memory transactional store, for tests. */
    public static TdbStore inMemory(PrefixMapping prefixes) {
        return new TdbStore(DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.mem(), PARAMS)), prefixes,
                "(in memory)");
    }

    /** Counts write transactions begun (SPARQL Update and Graph Store writes through Fuseki included). */
    @Override
    public long stableVersion() {
        var coordinator = org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(dataset.asDatasetGraph());
        return coordinator.countActiveWriter() > 0 ? -1 : coordinator.countBeginWrite();
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    /** All graphs of {@code writes} in one write transaction: after a crash, all of them or none (CrashIT). */
    @Override
    public void writeGraphs(List<GraphWrite> writes) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (GraphWrite write : writes) {
                Node graph = NodeFactory.createURI(write.graphIri());
                if (write.existed()) {
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                }
                write.graph().find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /** Removes the named graph {@code graphIri}, and nothing else; true if it held anything. */
    @Override
    public boolean removeGraph(String graphIri) {
        Node graph = NodeFactory.createURI(graphIri);
        return Txn.calculateWrite(dataset, () -> {
            boolean had = dataset.asDatasetGraph().contains(graph, Node.ANY, Node.ANY, Node.ANY);
            dataset.asDatasetGraph().deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return had;
        });
    }

    /** Runs {@code work} in a read transaction. */
    @Override
    public <T> T read(Function<Dataset, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(dataset));
    }

    /** Distinct triples of the union graph. */
    @Override
    public long tripleCount() {
        return read(ds -> ds.asDatasetGraph().getUnionGraph().size());
    }

    /** Quads in all named graphs. */
    @Override
    public long quadCount() {
        return read(ds -> {
            long n = 0;
            var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph()) {
                    n++;
                }
            }
            return n;
        });
    }

    @Override
    public void export(OutputStream out, RDFFormat format) {
        Txn.executeRead(dataset, () -> QuadExport.write(dataset.asDatasetGraph().find(), prefixes, out, format));
    }

    /** Closes the store and releases it: TDB2 caches a store per directory, and keeps its lock until expelled. */
    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
