package dev.tupu.server;

import dev.tupu.store.FusekiProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.util.Optional;

/** Every test of {@link DocumentsApiIT} (ingest, list, delete, stats, paths), on an empty standalone Fuseki dataset. */
class RemoteDocumentsApiIT extends DocumentsApiIT {
    private static FusekiProcess fuseki;

    @BeforeAll
    static void start() {
        fuseki = FusekiProcess.start(true);
        store = fuseki.store();
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0, Optional.of(TOKEN), Duration.ofSeconds(10), false), store);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        fuseki.close();
    }
}
