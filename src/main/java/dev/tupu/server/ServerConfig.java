package dev.tupu.server;

/**
 * How to serve: {@code host} is a loopback address (only this machine) or {@code 0.0.0.0} (every interface);
 * {@code port} 0 picks a free port.
 */
public record ServerConfig(String host, int port) {
    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
    }

    boolean loopbackOnly() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
