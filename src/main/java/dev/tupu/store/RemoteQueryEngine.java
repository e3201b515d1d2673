package dev.tupu.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Evaluates a query over a {@link RemoteDatasetGraph} by sending it whole to the endpoint, instead of pattern by
 * pattern: a SELECT goes as it is; for CONSTRUCT, DESCRIBE and ASK the endpoint answers the WHERE clause as a
 * SELECT and Jena builds the graph or the answer from its rows, as it does for a local dataset.
 */
final class RemoteQueryEngine implements QueryEngineFactory {
    private static final RemoteQueryEngine INSTANCE = new RemoteQueryEngine();
    private static volatile boolean registered;

    static void register() {
        if (!registered) {
            synchronized (RemoteQueryEngine.class) {
                if (!registered) {
                    QueryEngineRegistry.addFactory(INSTANCE);
                    registered = true;
                }
            }
        }
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof RemoteDatasetGraph;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        java.util.Map<org.apache.jena.sparql.core.Var, org.apache.jena.graph.Node> given = new java.util.HashMap<>();
        if (input != null) {
            input.forEach(given::put);
        }
        Query sent = given.isEmpty() ? query : QueryTransformOps.transform(query, given);
        RowSet rows = ((RemoteDatasetGraph) dataset).select(asSelect(sent));
        return new PlanOp(Algebra.compile(sent), rows::close, QueryIterPlainWrapper.create(rows));
    }

    static Query asSelect(Query query) {
        if (query.isSelectType()) {
            return query;
        }
        Query select = query.cloneQuery();
        boolean ask = query.isAskType();
        select.setQuerySelectType();
        if (select.getQueryPattern() == null) {
            select.setQueryPattern(new ElementGroup()); // DESCRIBE <iri> without WHERE
        }
        select.setQueryResultStar(true);
        select.resetResultVars();
        if (ask) {
            select.setLimit(1);
        }
        return select;
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        throw new UnsupportedOperationException("algebra is not sent to a remote store; queries are");
    }
}
