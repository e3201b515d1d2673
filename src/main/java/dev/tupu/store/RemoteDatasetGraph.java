package dev.tupu.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * A read-only view of a remote SPARQL 1.1 dataset as a Jena {@code DatasetGraph}: each {@code find} is one SELECT
 * sent to the endpoint (built from nodes, never from strings), and whole queries over it are sent as they are by
 * {@link RemoteQueryEngine}. So Jena's SPARQL protocol (Fuseki) and tupu's services work over it unchanged. Writes
 * go through the Graph Store Protocol in {@link RemoteStore}, not through this view.
 */
final class RemoteDatasetGraph extends DatasetGraphBaseFind {
    private static final Var G = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    private final Function<Query, RowSet> select;
    private final Transactional transactional = TransactionalNull.create();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    /** @param select runs a SELECT at the endpoint; the caller closes nothing, the rows are read to the end */
    RemoteDatasetGraph(Function<Query, RowSet> select) {
        this.select = select;
    }

    /** Runs a whole query at the endpoint (for {@link RemoteQueryEngine}). */
    RowSet select(Query query) {
        return select.apply(query);
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return quads(null, s, p, o, false);
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return quads(g, s, p, o, false);
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return quads(Node.ANY, s, p, o, false);
    }

    @Override
    public Iterator<Triple> findInUnionGraph(Node s, Node p, Node o) {
        List<Triple> triples = new ArrayList<>();
        quads(Node.ANY, s, p, o, true).forEachRemaining(q -> triples.add(q.asTriple()));
        return triples.iterator();
    }

    /** Matching quads; {@code graph} null is the default graph, ANY every named graph ({@code union}: distinct triples). */
    private Iterator<Quad> quads(Node graph, Node s, Node p, Node o, boolean union) {
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(or(s, S), or(p, P), or(o, O)));
        Element where = graph == null ? block : new ElementNamedGraph(union ? G : or(graph, G), block);
        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryPattern(where);
        query.setDistinct(union);
        List<Var> projected = new ArrayList<>();
        if (graph != null && !union && !graph.isConcrete()) {
            projected.add(G);
        }
        Node[] given = {s, p, o};
        Var[] vars = {S, P, O};
        for (int i = 0; i < 3; i++) {
            if (given[i] == null || !given[i].isConcrete()) {
                projected.add(vars[i]);
            }
        }
        if (projected.isEmpty()) {
            query.setQueryResultStar(true);
        } else {
            projected.forEach(query::addResultVar);
        }
        List<Quad> out = new ArrayList<>();
        RowSet rows = select.apply(query);
        try {
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node g = graph == null ? Quad.defaultGraphIRI : union ? Quad.unionGraph : value(row, graph, G);
                out.add(Quad.create(g, value(row, s, S), value(row, p, P), value(row, o, O)));
            }
        } finally {
            rows.close();
        }
        return out.iterator();
    }

    private static Node or(Node n, Var var) {
        return n == null || !n.isConcrete() ? var : n;
    }

    private static Node value(Binding row, Node given, Var var) {
        return given == null || !given.isConcrete() ? row.get(var) : given;
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(S, P, O));
        Query query = new Query();
        query.setQuerySelectType();
        query.setDistinct(true);
        query.addResultVar(G);
        query.setQueryPattern(new ElementNamedGraph(G, block));
        List<Node> graphs = new ArrayList<>();
        RowSet rows = select.apply(query);
        try {
            rows.forEachRemaining(row -> graphs.add(row.get(G)));
        } finally {
            rows.close();
        }
        return graphs.iterator();
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a remote store is written through the Graph Store Protocol, not this view");
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public void begin(TxnType type) {
        transactional.begin(type);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        transactional.begin(readWrite);
    }

    @Override
    public boolean promote(Promote mode) {
        return transactional.promote(mode);
    }

    @Override
    public void commit() {
        transactional.commit();
    }

    @Override
    public void abort() {
        transactional.abort();
    }

    @Override
    public void end() {
        transactional.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return transactional.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return transactional.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return transactional.isInTransaction();
    }
}
