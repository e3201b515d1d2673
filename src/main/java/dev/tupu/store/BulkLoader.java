package dev.tupu.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads folders of N-Quads (or TriG), such as the Spark job's output or {@code tupu export --format nquads}, into a
 * store: one named graph per document, a graph already stored replaced, as {@code build} replaces it. The steps:
 * <ol>
 *   <li>find the files and check every one whole before loading any ({@link QuadFiles}): a file that does not parse
 *       is reported with its line and column, and nothing of it is loaded;</li>
 *   <li>put the good files into batches of whole files (files that share a graph go into one batch), each up to
 *       {@link Options#batchDocuments()} graphs;</li>
 *   <li>load each batch in one TDB2 write transaction through Jena's bulk loader: a graph already stored with exactly
 *       these quads is left alone (so a rerun after a crash only loads what is missing), another version of it is
 *       deleted, then the quads are streamed to the loader and committed. A crash leaves each batch, so each
 *       document, whole or absent. A remote store gets the batch's new graphs in one request and each stored one
 *       replaced by a Graph Store PUT ({@link RemoteStore#writeGraphs}), each atomic at the server.</li>
 * </ol>
 */
public final class BulkLoader {
    private static final MonitorOutput SILENT = (format, args) -> { };

    /**
     * Which of Jena's TDB2 loaders writes a batch. Only {@link #BASIC} and {@link #SEQUENTIAL} are transactional
     * through a crash (Jena's documentation); the others are faster on large loads into a fresh store but a crash
     * while they finish can leave the store damaged.
     */
    public enum Loader {
        SEQUENTIAL, BASIC, PHASED, PARALLEL;

        public static Loader parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the loader must be sequential, basic, phased or parallel, not '"
                        + name + "'");
            }
        }

        boolean crashSafe() {
            return this == SEQUENTIAL || this == BASIC;
        }

        DataLoader create(DatasetGraph dsg) {
            return switch (this) {
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, SILENT);
                case BASIC -> LoaderFactory.basicLoader(dsg, SILENT);
                case PHASED -> LoaderFactory.phasedLoader(dsg, SILENT);
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, SILENT);
            };
        }
    }

    /**
     * @param batchDocuments at most this many graphs a transaction (a batch holds whole files, so one large file
     *                       may exceed it)
     * @param loader         the TDB2 loader (ignored for a remote store)
     */
    public record Options(int batchDocuments, Loader loader) {
        public Options {
            if (batchDocuments < 1) {
                throw new IllegalArgumentException("the batch must be at least 1 document");
            }
        }
    }

    /** A file that cannot be loaded, and why (with the line and column for a syntax error). */
    public record Failure(Path file, String problem) {
        @Override
        public String toString() {
            return file + ": " + problem;
        }
    }

    /** Told after each batch has committed. */
    public interface Progress {
        Progress NONE = (batch, batches, graphs, quads) -> { };

        void batchCommitted(int batch, int batches, int graphs, long quads);
    }

    /**
     * What a load did: graphs {@code loaded} (new), {@code replaced} (another version was stored) and
     * {@code unchanged} (stored already with exactly these quads), {@code quads} written.
     */
    public record Summary(int files, List<Failure> failures, int loaded, int replaced, int unchanged, long quads,
                          long millis) {
    }

    private final GraphStore store;

    public BulkLoader(GraphStore store) {
        this.store = store;
    }

    /** Loads every good file of {@code input}; the bad ones are reported in the summary and nothing of them loaded. */
    public Summary load(Path input, Options options, Progress progress) {
        long started = System.nanoTime();
        List<Path> files = QuadFiles.files(input);
        List<QuadFiles.Checked> good = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                good.add(QuadFiles.check(file));
            } catch (QuadFiles.Malformed e) {
                failures.add(new Failure(file, e.getMessage()));
            }
        }
        List<List<QuadFiles.Checked>> batches = batches(good, options.batchDocuments());
        // A remote store is asked once which graphs it holds: those are replaced one by one, the others sent together.
        Set<String> remoteGraphs = store instanceof TdbStore ? Set.of() : store.read(ds -> {
            Set<String> names = new HashSet<>();
            ds.listNames().forEachRemaining(names::add);
            return names;
        });
        Tally tally = new Tally();
        for (int i = 0; i < batches.size(); i++) {
            List<QuadFiles.Checked> batch = batches.get(i);
            long quadsBefore = tally.quads;
            int graphs = batch.stream().mapToInt(c -> c.graphs().size()).sum();
            if (store instanceof TdbStore tdb) {
                loadIntoTdb(tdb, batch, options.loader(), tally);
            } else {
                loadIntoRemote(batch, remoteGraphs, tally);
            }
            progress.batchCommitted(i + 1, batches.size(), graphs, tally.quads - quadsBefore);
        }
        return new Summary(files.size(), failures, tally.loaded, tally.replaced, tally.unchanged, tally.quads,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Counts kept across batches. */
    private static final class Tally {
        int loaded;
        int replaced;
        int unchanged;
        long quads;
    }

    /**
     * Whole files in order, batched up to {@code maxGraphs} graphs; files that share a graph are kept in one batch
     * (at the place of the first), so each graph is written by one transaction.
     */
    static List<List<QuadFiles.Checked>> batches(List<QuadFiles.Checked> files, int maxGraphs) {
        int[] parent = new int[files.size()];
        Map<String, Integer> firstFile = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            parent[i] = i;
            for (String graph : files.get(i).graphs()) {
                Integer other = firstFile.putIfAbsent(graph, i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, List<QuadFiles.Checked>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(files.get(i));
        }
        List<List<QuadFiles.Checked>> batches = new ArrayList<>();
        List<QuadFiles.Checked> open = new ArrayList<>();
        Set<String> openGraphs = new HashSet<>();
        for (List<QuadFiles.Checked> group : groups.values()) {
            Set<String> groupGraphs = new HashSet<>();
            group.forEach(c -> groupGraphs.addAll(c.graphs()));
            if (!open.isEmpty() && openGraphs.size() + groupGraphs.size() > maxGraphs) {
                batches.add(open);
                open = new ArrayList<>();
                openGraphs = new HashSet<>();
            }
            open.addAll(group);
            openGraphs.addAll(groupGraphs);
        }
        if (!open.isEmpty()) {
            batches.add(open);
        }
        return batches;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** One batch through a TDB2 loader: with a crash-safe one, one write transaction. */
    private void loadIntoTdb(TdbStore tdb, List<QuadFiles.Checked> batch, Loader kind, Tally tally) {
        DatasetGraph dsg = tdb.dataset().asDatasetGraph();
        Set<Node> graphs = graphNodes(batch);
        // Into an empty store nothing is replaced; the sequential loader then detaches all indexes but one while it
        // loads, so the store is not even asked. (This process holds the store: it cannot change in between.)
        boolean empty = Txn.calculateRead(dsg, dsg::isEmpty);
        // A crash-safe loader's write transaction takes the comparison and the deletes too; the others run transactions
        // of their own, so the deletes go first, in one of ours.
        Stored stored = empty || kind.crashSafe() ? Stored.NONE
                : Txn.calculateWrite(dsg, () -> clearStored(dsg, batch, graphs));
        DataLoader loader = kind.create(dsg);
        loader.startBulk(); // a crash-safe loader begins its write transaction
        try {
            if (!empty && kind.crashSafe()) {
                stored = clearStored(dsg, batch, graphs);
            }
            stream(batch, stored.unchanged(), loader.stream());
            loader.finishBulk(); // and commits it
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        tally.quads += loader.countQuads();
        tally.unchanged += stored.unchanged().size();
        tally.replaced += stored.replaced();
        tally.loaded += graphs.size() - stored.unchanged().size() - stored.replaced();
    }

    private static Set<Node> graphNodes(List<QuadFiles.Checked> batch) {
        Set<Node> graphs = new LinkedHashSet<>();
        batch.forEach(c -> c.graphs().forEach(g -> graphs.add(NodeFactory.createURI(g))));
        return graphs;
    }

    /** Of a batch's graphs already in the store: those stored with the same quads, and how many were deleted. */
    private record Stored(Set<Node> unchanged, int replaced) {
        static final Stored NONE = new Stored(Set.of(), 0);
    }

    /**
     * Inside a write transaction: the batch's graphs the store already holds are compared with the batch's version;
     * the same quads are kept (and left out of the load), another version is deleted. Only those graphs are read.
     */
    private static Stored clearStored(DatasetGraph dsg, List<QuadFiles.Checked> batch, Set<Node> graphs) {
        Set<Node> stored = new HashSet<>();
        for (Node g : graphs) {
            if (dsg.containsGraph(g)) {
                stored.add(g);
            }
        }
        if (stored.isEmpty()) {
            return Stored.NONE;
        }
        DatasetGraph incoming = DatasetGraphFactory.createGeneral();
        for (QuadFiles.Checked file : batch) {
            QuadFiles.parse(file.file(), new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (stored.contains(quad.getGraph())) {
                        incoming.add(quad);
                    }
                }
            });
        }
        Set<Node> unchanged = new HashSet<>();
        for (Node g : stored) {
            Graph now = dsg.getGraph(g);
            Graph next = incoming.getGraph(g);
            if (now.size() == next.size() && now.isIsomorphicWith(next)) {
                unchanged.add(g);
            } else {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
        }
        return new Stored(unchanged, stored.size() - unchanged.size());
    }

    /** The batch's quads to {@code sink}, leaving out the graphs in {@code skip}. */
    private static void stream(List<QuadFiles.Checked> batch, Set<Node> skip, StreamRDF sink) {
        StreamRDF filtered = skip.isEmpty() ? sink : new StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                if (!skip.contains(quad.getGraph())) {
                    super.quad(quad);
                }
            }
        };
        for (QuadFiles.Checked file : batch) {
            QuadFiles.parse(file.file(), new StreamRDFWrapper(filtered) {
                // One loader stream for many files: the files' own start/finish must not end it.
                @Override
                public void start() {
                }

                @Override
                public void finish() {
                }
            });
        }
    }

    /**
     * One batch to a remote store: the graphs read into memory; those the store did not hold sent together, each one
     * it held replaced with a Graph Store PUT ({@link RemoteStore#writeGraphs}).
     */
    private void loadIntoRemote(List<QuadFiles.Checked> batch, Set<String> stored, Tally tally) {
        DatasetGraph incoming = DatasetGraphFactory.createGeneral();
        for (QuadFiles.Checked file : batch) {
            QuadFiles.parse(file.file(), new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    incoming.add(quad);
                }
            });
        }
        List<GraphStore.GraphWrite> writes = new ArrayList<>();
        incoming.listGraphNodes().forEachRemaining(g -> {
            Graph graph = incoming.getGraph(g);
            boolean existed = stored.contains(g.getURI());
            writes.add(new GraphStore.GraphWrite(g.getURI(), graph, existed));
            tally.quads += graph.size();
            if (existed) {
                tally.replaced++;
            } else {
                tally.loaded++;
            }
        });
        store.writeGraphs(writes);
    }
}
