package dev.tupu.support;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Loads and parses the SPARQL queries kept as {@code .rq} files on the class path. */
public final class SparqlResources {
    private SparqlResources() {
    }

    public static Query load(String name) {
        return QueryFactory.create(Resources.text("/sparql/" + name));
    }
}
