package dev.tupu.cli;

import dev.tupu.server.ServerConfig;
import dev.tupu.server.TupuServer;
import dev.tupu.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the graph: SPARQL 1.1 at /sparql, REST under /api.",
        footer = {"", "Examples:", "  tupu serve", "  tupu serve --store /tmp/kg --port 8080 --host 0.0.0.0"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", defaultValue = "7878", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1 for this machine only (default), 0.0.0.0 for every interface")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:TUPU_TOKEN}",
            description = "bearer token that writes need (SPARQL Update, Graph Store writes, document ingest and "
                    + "delete); default: the TUPU_TOKEN environment variable; without one the server is read-only")
    String token;

    @Option(names = "--query-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "longest a SPARQL query may run (default: ${DEFAULT-VALUE} s)")
    int queryTimeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", description = "most rows a SPARQL query returns (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Option(names = "--allow-service", description = "let SPARQL SERVICE fetch from other endpoints (off by default)")
    boolean allowService;

    @Override
    public Integer call() throws InterruptedException {
        GraphStore store = storeOption.open();
        ServerConfig config = new ServerConfig(host, port, java.util.Optional.ofNullable(token).filter(t -> !t.isBlank()),
                java.time.Duration.ofSeconds(queryTimeoutSeconds), allowService, maxRows);
        TupuServer server = TupuServer.start(config, store);
        String base = "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + server.port();
        System.out.println("tupu is serving " + store.location() + " (" + store.tripleCount() + " triples)");
        System.out.println("  SPARQL endpoint  " + base + TupuServer.SPARQL_PATH);
        System.out.println("  SPARQL update    " + (store.writableDataset() ? base + TupuServer.UPDATE_PATH
                + (config.token().isPresent() ? " (token required)" : " (disabled: no --token)")
                : store.location() + " (the remote store's own endpoint)"));
        System.out.println("  graph store      " + base + TupuServer.DATA_PATH + "?graph=…");
        System.out.println("  web UI           " + base + "/");
        System.out.println("  API docs         " + base + "/docs (OpenAPI: " + base + "/openapi.json)");
        System.out.println("  REST API         " + base + "/api/entities?q=…");
        System.out.println("  health           " + base + "/api/health");
        System.out.println("Press Ctrl-C to stop.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
