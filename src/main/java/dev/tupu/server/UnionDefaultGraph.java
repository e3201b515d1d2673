package dev.tupu.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The dataset as the Graph Store Protocol serves it: its default graph is the union of the documents' named graphs,
 * the same graph SPARQL queries see as their default graph (TDB2 keeps a default graph of its own, always empty
 * here). {@link DefaultGraphWriteFilter} keeps writes away from it.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper {
    UnionDefaultGraph(DatasetGraph dataset) {
        super(dataset);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
