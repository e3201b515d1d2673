package dev.tupu.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Graph Store Protocol writes name their graph ({@code ?graph=IRI}): the default graph is the read-only union of the
 * documents' graphs ({@link UnionDefaultGraph}), so a PUT, POST or DELETE on {@code ?default}, or on the whole
 * dataset, answers 405 in the one JSON error shape. Reads pass.
 */
final class DefaultGraphWriteFilter implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (READS.contains(http.getMethod()) || http.getParameter("graph") != null) {
            chain.doFilter(request, response);
            return;
        }
        ((HttpServletResponse) response).setHeader("Allow", "GET, HEAD, OPTIONS");
        FilterRefusal.send(response, 405, "the default graph is the union of the documents' named graphs and cannot "
                + "be written: " + http.getMethod() + " a named graph with ?graph=IRI (a document's graph is its IRI)");
    }
}
