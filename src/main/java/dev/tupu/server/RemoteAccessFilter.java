package dev.tupu.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

import java.io.IOException;

/**
 * Keeps the server from fetching anything from the network on a client's behalf (no server-side request forgery):
 * a query or update that uses {@code SERVICE}, or an update that uses {@code LOAD}, answers 403 at once unless the
 * server was started with {@code --allow-service}. Requests that do not parse go on to Jena, which reports the
 * syntax error. Direct bodies are read here (at most {@value #MAX_BODY} bytes) and handed on unchanged.
 */
final class RemoteAccessFilter implements Filter {
    static final int MAX_BODY = 4 * 1024 * 1024;
    private static final String TYPE = "https://javalin.io/documentation#forbiddenresponse";
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
                FilterRefusal.send(response, 413, "the request body is larger than " + MAX_BODY + " bytes", TYPE);
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
            FilterRefusal.send(response, 403, refusal, TYPE);
            return;
        }
        chain.doFilter(next, response);
    }

    private String refusal(String text) {
        try {
            if (update) {
                UpdateRequest request = UpdateFactory.create(text);
                for (Update u : request.getOperations()) {
                    if (u instanceof UpdateLoad) {
                        return "LOAD is disabled: the server does not fetch from the network (--allow-service enables it)";
                    }
                    if (u instanceof UpdateModify withWhere && withWhere.getWherePattern() != null
                            && usesService(withWhere.getWherePattern())) {
                        return serviceRefusal();
                    }
                }
                return null;
            }
            Query query = QueryFactory.create(text);
            return query.getQueryPattern() != null && usesService(query.getQueryPattern()) ? serviceRefusal() : null;
        } catch (RuntimeException syntaxError) {
            return null; // Jena answers it with its parser's message
        }
    }

    private static String serviceRefusal() {
        return "SERVICE is disabled: the server does not query other endpoints (--allow-service enables it)";
    }

    private static boolean usesService(org.apache.jena.sparql.syntax.Element pattern) {
        boolean[] found = {false};
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
