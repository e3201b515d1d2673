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

    @Override
    public Integer call() throws InterruptedException {
        GraphStore store = storeOption.open();
        TupuServer server = TupuServer.start(new ServerConfig(host, port), store);
        String base = "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + server.port();
        System.out.println("tupu is serving " + storeOption.store + " (" + store.tripleCount() + " triples)");
        System.out.println("  SPARQL endpoint  " + base + TupuServer.SPARQL_PATH);
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
