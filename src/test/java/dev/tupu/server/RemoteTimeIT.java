package dev.tupu.server;

import dev.tupu.TimedSeedGraph;
import dev.tupu.store.FusekiProcess;
import dev.tupu.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Every test of {@link TimeIT}, with the timed seed graph in a standalone Fuseki server instead of the embedded store. */
class RemoteTimeIT extends TimeIT {
    private static FusekiProcess fuseki;

    @BeforeAll
    static void start() {
        fuseki = FusekiProcess.start(true);
        GraphStore remote = fuseki.store();
        remote.writeGraphs(TimedSeedGraph.copyOf(TimedSeedGraph.store()));
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0), remote);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        fuseki.close();
    }
}
