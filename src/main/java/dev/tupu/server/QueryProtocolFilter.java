package dev.tupu.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * What the SPARQL protocol asks of query requests that Jena leaves open: a GET without a {@code query} parameter is a
 * bad request (400, not a missing resource), and a POST body must be UTF-8 (415 for another declared charset).
 */
final class QueryProtocolFilter implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String queryString = http.getQueryString();
        boolean hasQuery = queryString != null && (queryString.startsWith("query=") || queryString.contains("&query="));
        String charset = http.getCharacterEncoding();
        if (http.getMethod().equals("GET") && !hasQuery) {
            refuse(response, 400, "parameter query is required: GET /sparql?query=<SPARQL query, URL-encoded>");
        } else if (http.getMethod().equals("POST") && charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            refuse(response, 415, "the request body must be UTF-8, not " + charset);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(ServletResponse response, int status, String message) throws IOException {
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(status);
        out.setHeader("Connection", "close"); // the body was not read: the connection cannot carry another request
        out.setContentType("application/json;charset=utf-8");
        JSON.writeValue(out.getOutputStream(), new ErrorResponses.ErrorBody(message, status,
                "https://javalin.io/documentation#error-responses", Map.of()));
    }
}
