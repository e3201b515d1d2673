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
 * bad request (400, not a missing resource); a POST must say what its body is (400 without a Content-Type: the W3C
 * cases bad_query_missing_form_type and bad_query_missing_direct_type), and its body must be UTF-8 (415 for another
 * declared charset).
 */
final class QueryProtocolFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String queryString = http.getQueryString();
        boolean hasQuery = queryString != null && (queryString.startsWith("query=") || queryString.contains("&query="));
        String contentType = http.getContentType();
        String charset = http.getCharacterEncoding();
        boolean post = http.getMethod().equals("POST");
        if (http.getMethod().equals("GET") && !hasQuery) {
            FilterRefusal.send(response, 400, "parameter query is required: GET /sparql?query=<SPARQL query, URL-encoded>");
        } else if (post && (contentType == null || contentType.isBlank())) {
            FilterRefusal.send(response, 400, "a POST to /sparql needs a Content-Type: application/x-www-form-urlencoded "
                    + "(query=<URL-encoded query>) or application/sparql-query (the query itself)");
        } else if (post && charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            FilterRefusal.send(response, 415, "the request body must be UTF-8, not " + charset);
        } else {
            chain.doFilter(request, response);
        }
    }
}
