package dev.tupu.service;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads and parses the SPARQL queries kept as {@code .rq} files on the class path. */
final class SparqlResources {
    private SparqlResources() {
    }

    static Query load(String name) {
        try (InputStream in = SparqlResources.class.getResourceAsStream("/sparql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sparql/" + name + " is missing from the class path");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
