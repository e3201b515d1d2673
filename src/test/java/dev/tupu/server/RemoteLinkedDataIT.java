package dev.tupu.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

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

    /** Every tenth subject IRI and every kind (each lookup is a few queries over HTTP to the remote store). */
    @Override
    List<String> checked(List<String> subjects) {
        List<String> sample = new java.util.ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            String iri = subjects.get(i);
            boolean firstOfKind = sample.stream().noneMatch(s -> kind(s).equals(kind(iri)));
            if (i % 10 == 0 || firstOfKind) {
                sample.add(iri);
            }
        }
        return sample;
    }

    /** {@code id/}, {@code doc/} or {@code ev/}. */
    private static String kind(String iri) {
        return iri.substring(0, iri.indexOf('/', dev.tupu.ontology.Iris.BASE.length()) + 1);
    }
}
