package dev.tupu.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Every test of {@link ServerIT}, with the seed graph in a standalone Fuseki server instead of the embedded store. */
class RemoteServerIT extends ServerIT {
    private static RemoteSeedServer remote;

    @BeforeAll
    static void start() {
        remote = RemoteSeedServer.start();
        server = remote.server;
        base = remote.base();
    }

    @AfterAll
    static void stop() {
        remote.close();
    }
}
