package dev.tupu.server;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SERVICE is refused wherever it sits in a query or an update, and nothing else is. */
class RemoteAccessFilterTest {
    private static final String S = "SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }";
    private final RemoteAccessFilter queries = new RemoteAccessFilter(false);
    private final RemoteAccessFilter updates = new RemoteAccessFilter(true);

    @Test
    void service_is_refused_wherever_it_sits_in_a_query() {
        for (String query : List.of(
                "SELECT * { " + S + " }",
                "SELECT * { { SELECT * { " + S + " } } }",
                "SELECT * { ?a ?b ?c OPTIONAL { " + S + " } }",
                "SELECT * { ?a ?b ?c FILTER EXISTS { " + S + " } }",
                "SELECT * { ?a ?b ?c FILTER NOT EXISTS { { SELECT * { " + S + " } } } }",
                "SELECT * { ?a ?b ?c OPTIONAL { ?x ?y ?z FILTER(?z = 1 || EXISTS { " + S + " }) } }",
                "SELECT * { ?a ?b ?c MINUS { " + S + " } }",
                "SELECT * { GRAPH ?g { " + S + " } }",
                "SELECT * { { ?a ?b ?c } UNION { " + S + " } }",
                "SELECT * { ?a ?b ?c BIND(EXISTS { " + S + " } AS ?x) }",
                "SELECT (EXISTS { " + S + " } AS ?e) { ?a ?b ?c }",
                "SELECT * { ?a ?b ?c } ORDER BY (EXISTS { " + S + " })",
                "SELECT * { ?a ?b ?c } ORDER BY (EXISTS { " + S + " }) LIMIT 3",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c } GROUP BY (EXISTS { " + S + " })",
                "SELECT (SUM(IF(EXISTS { " + S + " }, 1, 0)) AS ?n) { ?a ?b ?c }",
                "SELECT ?a (COUNT(*) AS ?n) { ?a ?b ?c } GROUP BY ?a HAVING (EXISTS { " + S + " })",
                "SELECT * { SERVICE SILENT ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://127.0.0.1:9/x> } }",
                "ASK { { SELECT * { ?a ?b ?c FILTER EXISTS { " + S + " } } } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * { " + S + " } } }",
                "DESCRIBE ?s WHERE { " + S + " }")) {
            String refusal = queries.refusal(query);
            assertTrue(refusal != null && refusal.startsWith("SERVICE is disabled"), query);
        }
    }

    @Test
    void service_and_load_are_refused_wherever_they_sit_in_an_update() {
        for (String update : List.of(
                "LOAD <http://127.0.0.1:9/data.ttl>",
                "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { " + S + " }",
                "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { " + S + " } }",
                "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } } ; "
                        + "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { { SELECT * { " + S + " } } }",
                "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o OPTIONAL { " + S + " } }")) {
            assertTrue(updates.refusal(update) != null, update);
        }
    }

    @Test
    void queries_and_updates_without_service_pass_even_when_they_say_the_word() {
        for (String query : List.of("ASK { ?s ?p ?o }", "SELECT * { ?s <http://example.org/SERVICE> \"SERVICE\" }",
                "SELECT * { ?a ?b ?c FILTER EXISTS { ?a ?b ?d } } ORDER BY ?c", "SELECT * WHERE {")) {
            assertNull(queries.refusal(query), query);
        }
        for (String update : List.of("INSERT DATA { GRAPH <urn:g> { <urn:service> <urn:b> \"SERVICE\" } }",
                "DELETE WHERE { GRAPH <urn:g> { ?s ?p ?o } }", "CLEAR GRAPH <urn:g>")) {
            assertNull(updates.refusal(update), update);
        }
    }
}
