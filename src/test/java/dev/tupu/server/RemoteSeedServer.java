package dev.tupu.server;

import dev.tupu.SeedGraph;
import dev.tupu.store.FusekiProcess;
import dev.tupu.store.GraphStore;

/** tupu serving the seed graph from a standalone Fuseki server: what the Remote*IT suites run against. */
final class RemoteSeedServer implements AutoCloseable {
    private final FusekiProcess fuseki;
    final TupuServer server;

    private RemoteSeedServer(FusekiProcess fuseki, TupuServer server) {
        this.fuseki = fuseki;
        this.server = server;
    }

    static RemoteSeedServer start() {
        FusekiProcess fuseki = FusekiProcess.start(true);
        GraphStore remote = fuseki.store();
        SeedGraph.build(remote);
        return new RemoteSeedServer(fuseki, TupuServer.start(new ServerConfig("127.0.0.1", 0), remote));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        fuseki.close();
    }
}
