package dev.tupu.server;

import java.time.Duration;
import java.util.Optional;

/**
 * How to serve, loaded once from flags and environment and passed down.
 *
 * @param host         a loopback address (this machine only, the default) or {@code 0.0.0.0} (every interface)
 * @param port         the port; 0 picks a free one
 * @param token        the bearer token writes need; without one, every write answers 401
 * @param queryTimeout the longest a SPARQL query may run; a request's {@code timeout} parameter can only lower it
 * @param allowService whether SPARQL {@code SERVICE} may make the server fetch from other endpoints
 * @param maxRows      the most rows (or triples) a SPARQL query returns; a larger LIMIT is lowered to it
 */
public record ServerConfig(String host, int port, Optional<String> token, Duration queryTimeout, boolean allowService,
                           long maxRows) {
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_ROWS = 10_000;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (token.isPresent() && token.get().length() < 16) {
            throw new IllegalArgumentException("the token must be at least 16 characters long");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row cap must be positive");
        }
    }

    /** With the default row cap. */
    public ServerConfig(String host, int port, Optional<String> token, Duration queryTimeout, boolean allowService) {
        this(host, port, token, queryTimeout, allowService, DEFAULT_MAX_ROWS);
    }

    /** Read-only serving on a host and port, with the defaults for the rest. */
    public ServerConfig(String host, int port) {
        this(host, port, Optional.empty(), DEFAULT_QUERY_TIMEOUT, false, DEFAULT_MAX_ROWS);
    }

    boolean loopbackOnly() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
