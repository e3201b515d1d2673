package dev.tupu.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query action with a cap on result rows: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a
 * larger one, runs with {@code LIMIT maxRows}.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    RowCappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        boolean capped = q.isSelectType() || q.isConstructType() || q.isDescribeType();
        if (capped && (!q.hasLimit() || q.getLimit() > maxRows)) {
            Query limited = q.cloneQuery();
            limited.setLimit(maxRows);
            return Pair.create(decided.getLeft(), limited);
        }
        return decided;
    }
}
