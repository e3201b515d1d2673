package dev.tupu.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The storage side of {@code build} alone: the quads of an export, one named graph per document, written into a fresh
 * TDB2 store through {@link GraphStore#writeGraphs} in batches, as {@code build} writes them; extraction left out,
 * so the figure compares with a bulk loader's on the same data.
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    public static int run(Path nquads, int batch, PrefixMapping prefixes) throws IOException {
        DatasetGraph source = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(source, nquads.toString());
        List<GraphStore.GraphWrite> writes = new ArrayList<>();
        long quads = 0;
        for (Iterator<Node> it = source.listGraphNodes(); it.hasNext(); ) {
            Node name = it.next();
            Graph graph = source.getGraph(name);
            writes.add(new GraphStore.GraphWrite(name.getURI(), graph, false));
            quads += graph.size();
        }
        Path directory = Files.createTempDirectory("tupu-store-bench-");
        try (TdbStore store = GraphStore.open(directory.resolve("tdb2"), prefixes)) {
            long started = System.nanoTime();
            for (int i = 0; i < writes.size(); i += batch) {
                store.writeGraphs(writes.subList(i, Math.min(writes.size(), i + batch)));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("stored %,d quads in %,d named graphs (%d a transaction) in %.2f s: %,.0f quads/s%n",
                    quads, writes.size(), batch, seconds, quads / seconds);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }
}
