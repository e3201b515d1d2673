package dev.tupu.service;

import dev.tupu.support.Resources;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;


/** Loads and parses the SPARQL queries kept as {@code .rq} files on the class path. */
final class SparqlResources {
    private SparqlResources() {
    }

    static Query load(String name) {
        return QueryFactory.create(Resources.text("/sparql/" + name));
    }
}
