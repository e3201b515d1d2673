package dev.tupu.rdf;

import dev.tupu.SeedGraph;
import dev.tupu.ontology.Tupu;
import dev.tupu.service.ExportFormat;
import dev.tupu.store.GraphStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph built from seeds/: what a user of it would check first. */
class SeedGraphIT {
    private final GraphStore store = SeedGraph.store();

    private List<QuerySolution> select(String query) {
        String prefixed = "PREFIX tupu: <" + Tupu.NS + ">\n"
                + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX prov: <http://www.w3.org/ns/prov#>\n" + query;
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(prefixed).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private boolean typed(String label, String type) {
        return !select("SELECT ?e { ?e rdfs:label|tupu:altLabel ?l ; a tupu:" + type
                + " FILTER(LCASE(STR(?l)) = LCASE(\"" + label + "\")) }").isEmpty();
    }

    @Test
    void holds_the_main_actors_with_their_types() {
        assertTrue(typed("李沐", "Person"));
        assertTrue(typed("亚马逊", "Organization"));
        for (String project : List.of("MXNet", "TensorFlow", "PyTorch", "Caffe2")) {
            assertTrue(typed(project, "Project"), project + " is a Project");
        }
    }

    @Test
    void frameworks_are_compared_and_the_evidence_can_be_queried() {
        var rows = select("SELECT ?sentence ?confidence { ?a tupu:comparesTo ?b . ?a a tupu:Project . ?b a tupu:Project ."
                + " ?ev rdf:subject ?a ; rdf:predicate tupu:comparesTo ; rdf:object ?b ;"
                + " tupu:sentence ?sentence ; tupu:confidence ?confidence }");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("confidence").getDouble() > 0
                && r.getLiteral("confidence").getDouble() <= 1));
    }

    @Test
    void left_team_and_works_for_facts_carry_provenance_with_offsets_into_the_document() {
        var rows = select("SELECT ?text ?ss ?se ?os ?oe ?st ?ot ?rule { ?p tupu:leftTeam|tupu:worksFor ?o ; rdfs:label ?pl ."
                + " ?ev rdf:subject ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc ; tupu:rule ?rule ;"
                + " tupu:subjectStart ?ss ; tupu:subjectEnd ?se ; tupu:objectStart ?os ; tupu:objectEnd ?oe ;"
                + " tupu:subjectText ?st ; tupu:objectText ?ot . ?doc tupu:text ?text . FILTER(?pl = \"李沐\"@zh) }");
        assertFalse(rows.isEmpty(), "李沐 has leftTeam or worksFor facts");
        for (QuerySolution r : rows) {
            String text = r.getLiteral("text").getString();
            assertEquals(r.getLiteral("st").getString(),
                    text.substring(r.getLiteral("ss").getInt(), r.getLiteral("se").getInt()));
            assertEquals(r.getLiteral("ot").getString(),
                    text.substring(r.getLiteral("os").getInt(), r.getLiteral("oe").getInt()));
        }
    }

    @Test
    void conforms_to_the_shacl_shapes() {
        Model shapes = RDFParser.source("ontology/shapes.ttl").toModel();
        Model data = store.read(ds -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(ds.getUnionModel());
            return copy;
        });
        ValidationReport report = ShaclValidator.get().validate(shapes.getGraph(), data.getGraph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.getModel().write(out, "TTL");
        assertTrue(report.conforms(), out.toString());
        assertTrue(data.size() > 500);
    }

    @Test
    void building_the_same_documents_again_replaces_their_graphs() throws Exception {
        try (GraphStore fresh = GraphStore.open(Files.createTempDirectory("tupu-twice-").resolve("tdb2"), Tupu.PREFIXES)) {
            SeedGraph.build(fresh);
            long once = fresh.tripleCount();
            long quadsOnce = fresh.quadCount();
            SeedGraph.build(fresh);
            assertEquals(once, fresh.tripleCount());
            assertEquals(quadsOnce, fresh.quadCount());
        }
    }

    @Test
    void every_export_format_parses_back_and_trig_keeps_one_named_graph_per_document() {
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(out, format.rdfFormat());
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.rdfFormat().getLang()).parse(parsed);
            boolean quads = format.rdfFormat().getLang().equals(Lang.TRIG) || format.rdfFormat().getLang().equals(Lang.NQUADS);
            long size = quads ? parsed.getUnionGraph().size() : parsed.getDefaultGraph().size();
            assertEquals(store.tripleCount(), size, format + " holds the whole graph");
            if (quads) {
                assertEquals(SeedGraph.summary().built(), parsed.size(), "one named graph per document");
            }
        }
    }

    @Test
    void turtle_export_uses_readable_prefixes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, ExportFormat.TURTLE.rdfFormat());
        String turtle = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(turtle.contains("PREFIX tupu:") || turtle.contains("@prefix tupu:"));
        assertTrue(turtle.contains("id:person-李沐"), "entity IRIs are written with the id: prefix");
    }
}
