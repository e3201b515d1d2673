package dev.tupu.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

import java.io.IOException;
import java.util.List;

/**
 * Keeps the server from fetching anything from the network on a client's behalf (no server-side request forgery):
 * a query or update that uses {@code SERVICE} anywhere (in a subquery, an OPTIONAL, a FILTER EXISTS, a BIND, an
 * ORDER BY or an aggregate), or an update that uses {@code LOAD}, answers 403 at once unless the server was started
 * with {@code --allow-service}. Requests that do not parse go on to Jena, which reports the syntax error. Direct
 * bodies are read here (at most {@value #MAX_BODY} bytes) and handed on unchanged.
 */
final class RemoteAccessFilter implements Filter {
    static final int MAX_BODY = 4 * 1024 * 1024;
    private final boolean update;

    /** @param update true on the update endpoint (the {@code update} parameter), false on the query endpoint */
    RemoteAccessFilter(boolean update) {
        this.update = update;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(java.util.Locale.ROOT);
        String text;
        ServletRequest next = request;
        if (http.getMethod().equals("POST") && (type.startsWith("application/sparql-query")
                || type.startsWith("application/sparql-update"))) {
            byte[] body = http.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                FilterRefusal.send(response, 413, "the request body is larger than " + MAX_BODY + " bytes");
                return;
            }
            CachedBodyRequest cached = new CachedBodyRequest(http, body);
            text = cached.bodyText();
            next = cached;
        } else {
            text = http.getParameter(update ? "update" : "query");
        }
        String refusal = text == null ? null : refusal(text);
        if (refusal != null) {
            FilterRefusal.send(response, 403, refusal);
            return;
        }
        chain.doFilter(next, response);
    }

    /** Why {@code text} may not run here, or null when it may (or does not parse: Jena reports that). */
    String refusal(String text) {
        try {
            if (update) {
                UpdateRequest request = UpdateFactory.create(text);
                for (Update u : request.getOperations()) {
                    if (u instanceof UpdateLoad) {
                        return "LOAD is disabled: the server does not fetch from the network (--allow-service enables it)";
                    }
                    if (u instanceof UpdateModify withWhere && withWhere.getWherePattern() != null
                            && usesService(Algebra.compile(withWhere.getWherePattern()))) {
                        return serviceRefusal();
                    }
                }
                return null;
            }
            Query query = QueryFactory.create(text);
            return query.getQueryPattern() != null && usesService(Algebra.compile(query)) ? serviceRefusal() : null;
        } catch (RuntimeException syntaxError) {
            return null; // Jena answers it with its parser's message
        }
    }

    private static String serviceRefusal() {
        return "SERVICE is disabled: the server does not query other endpoints (--allow-service enables it)";
    }

    /**
     * Whether {@code op} holds a {@code SERVICE} anywhere: in its operators, and in the graph patterns of the
     * EXISTS and NOT EXISTS of its expressions, which Jena's walker reaches for filters, BIND and projections but
     * not for ORDER BY conditions, GROUP BY keys and aggregates, walked here.
     */
    static boolean usesService(Op op) {
        boolean[] found = {false};
        ExprVisitor expressions = new ExprVisitorBase();
        OpVisitorBase[] visitor = new OpVisitorBase[1];
        visitor[0] = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }

            @Override
            public void visit(OpOrder order) {
                sortConditions(order.getConditions());
            }

            @Override
            public void visit(OpTopN top) {
                sortConditions(top.getConditions());
            }

            @Override
            public void visit(OpGroup group) {
                Walker.walk(group.getGroupVars(), visitor[0], expressions);
                for (ExprAggregator aggregate : group.getAggregators()) {
                    if (aggregate.getAggregator().getExprList() != null) {
                        Walker.walk(aggregate.getAggregator().getExprList(), visitor[0], expressions);
                    }
                }
            }

            private void sortConditions(List<SortCondition> conditions) {
                for (SortCondition condition : conditions) {
                    Walker.walk(condition.getExpression(), visitor[0], expressions);
                }
            }
        };
        Walker.walk(op, visitor[0], expressions);
        return found[0];
    }
}
