package dev.tupu.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Every test of {@link LinkedDataIT}, with the seed graph in a standalone Fuseki server instead of the embedded store. */
class RemoteLinkedDataIT extends LinkedDataIT {
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
