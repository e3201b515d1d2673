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
 * Guards Jena's write endpoints (SPARQL Update, Graph Store writes): a request that writes needs the token, else
 * 401 in tupu's JSON error shape. Reads (GET, HEAD, OPTIONS on the Graph Store) pass.
 */
final class WriteFilter implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private final TokenGuard guard;
    private final boolean everyMethodWrites;

    /** @param everyMethodWrites true for the update endpoint, where even a GET is refused */
    WriteFilter(TokenGuard guard, boolean everyMethodWrites) {
        this.guard = guard;
        this.everyMethodWrites = everyMethodWrites;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        boolean writes = everyMethodWrites ? !http.getMethod().equals("OPTIONS") : !READS.contains(http.getMethod());
        String refusal = writes ? guard.refusal(http.getHeader("Authorization")) : null;
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        ((HttpServletResponse) response).setHeader("WWW-Authenticate", "Bearer realm=\"tupu\"");
        FilterRefusal.send(response, 401, refusal);
    }
}
