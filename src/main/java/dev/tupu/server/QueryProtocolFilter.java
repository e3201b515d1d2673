package dev.tupu.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * What the SPARQL protocol asks of query requests that Jena leaves open: a GET without a {@code query} parameter is a
 * bad request (400, not a missing resource), and a POST body must be UTF-8 (415 for another declared charset).
 */
final class QueryProtocolFilter implements Filter {
    private static final String TYPE = "https://javalin.io/documentation#error-responses";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String queryString = http.getQueryString();
        boolean hasQuery = queryString != null && (queryString.startsWith("query=") || queryString.contains("&query="));
        String charset = http.getCharacterEncoding();
        if (http.getMethod().equals("GET") && !hasQuery) {
            FilterRefusal.send(response, 400,
                    "parameter query is required: GET /sparql?query=<SPARQL query, URL-encoded>", TYPE);
        } else if (http.getMethod().equals("POST") && charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            FilterRefusal.send(response, 415, "the request body must be UTF-8, not " + charset, TYPE);
        } else {
            chain.doFilter(request, response);
        }
    }
}
