package dev.tupu.ontology;

import dev.tupu.model.EntityType;
import dev.tupu.model.Relation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyTest {
    private static final List<String> CLASSES = List.of("Person", "Organization", "Project", "Place", "Document");
    private static final List<String> RELATIONS = List.of("memberOf", "worksFor", "leftTeam", "leads", "founded",
            "developedBy", "comparesTo", "studiedAt", "advisedBy", "collaboratesWith", "basedOn", "partOf",
            "locatedIn", "mentions");
    private static final List<String> TIME = List.of("pointInTime", "startTime", "endTime", "timeText", "timeTextStart",
            "timeTextEnd");
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private final Model ontology = RDFParser.source("ontology/tupu.ttl").toModel();

    private Resource term(String local) {
        return ontology.createResource(Tupu.NS + local);
    }

    private boolean labelledInChineseAndEnglish(Resource r) {
        var langs = r.listProperties(RDFS.label).mapWith(s -> s.getLiteral().getLanguage()).toSet();
        return langs.contains("zh") && langs.contains("en");
    }

    @Test
    void declares_every_class_of_the_vocabulary_with_labels_and_a_comment() {
        for (String c : CLASSES) {
            Resource r = term(c);
            assertTrue(ontology.contains(r, RDF.type, OWL.Class), c + " is an owl:Class");
            assertTrue(labelledInChineseAndEnglish(r), c + " has zh and en labels");
            assertTrue(r.hasProperty(RDFS.comment), c + " has a comment");
        }
    }

    @Test
    void declares_every_relation_with_labels_and_marks_the_symmetric_ones() {
        for (String p : RELATIONS) {
            Resource r = term(p);
            assertTrue(ontology.contains(r, RDF.type, OWL.ObjectProperty), p + " is an owl:ObjectProperty");
            assertTrue(labelledInChineseAndEnglish(r), p + " has zh and en labels");
            assertTrue(r.hasProperty(RDFS.comment), p + " has a comment");
        }
        for (Relation relation : Relation.values()) {
            assertEquals(relation.symmetric(), ontology.contains(term(relation.localName()), RDF.type, OWL.SymmetricProperty),
                    relation.localName());
        }
    }

    @Test
    void every_subclass_the_code_uses_falls_under_its_core_class() {
        for (EntityType type : EntityType.values()) {
            Resource r = term(type.localName());
            assertTrue(ontology.contains(r, RDF.type, OWL.Class), type.localName() + " is declared");
            if (!type.localName().equals(type.core().localName())) {
                assertTrue(ontology.contains(r, RDFS.subClassOf, term(type.core().localName())),
                        type.localName() + " is a subclass of " + type.core().localName());
            }
        }
    }

    @Test
    void aligns_to_the_standard_vocabularies() {
        String turtle = ontology.listStatements().toList().toString();
        for (String iri : List.of("http://schema.org/worksFor", "http://schema.org/alumniOf", "http://schema.org/founder",
                "http://schema.org/memberOf", "http://www.wikidata.org/prop/direct/P108",
                "http://www.wikidata.org/prop/direct/P69", "http://www.wikidata.org/prop/direct/P112",
                "http://www.wikidata.org/prop/direct/P463", "http://www.wikidata.org/prop/direct/P178",
                "http://www.wikidata.org/prop/direct/P144", "http://www.wikidata.org/prop/direct/P361",
                "http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/prov#")) {
            assertTrue(turtle.contains(iri), "aligned to " + iri);
        }
    }

    @Test
    void declares_the_time_of_relation_mentions_once_each_on_the_mention() {
        for (String p : TIME) {
            Resource r = term(p);
            assertTrue(ontology.contains(r, RDF.type, OWL.DatatypeProperty), p + " is an owl:DatatypeProperty");
            assertTrue(ontology.contains(r, RDF.type, OWL.FunctionalProperty), p + ": at most one per mention");
            assertTrue(labelledInChineseAndEnglish(r), p + " has zh and en labels");
            assertTrue(r.hasProperty(RDFS.comment), p + " has a comment");
            assertTrue(ontology.contains(r, RDFS.domain, term("RelationMention")), p + " is said of a RelationMention");
            assertTrue(r.hasProperty(RDFS.range), p + " has a range");
        }
        for (String p : List.of("pointInTime", "startTime", "endTime")) {
            Resource range = term(p).getPropertyResourceValue(RDFS.range);
            assertTrue(range.hasProperty(RDF.type, RDFS.Datatype), p + "'s range is a datatype");
            List<String> members = range.getPropertyResourceValue(OWL.unionOf).as(org.apache.jena.rdf.model.RDFList.class)
                    .iterator().mapWith(n -> n.asResource().getURI()).toList();
            assertEquals(List.of(XSD + "gYear", XSD + "gYearMonth", XSD + "date"), members, p);
        }
        assertEquals(XSD + "string", term("timeText").getPropertyResourceValue(RDFS.range).getURI());
        assertEquals(XSD + "integer", term("timeTextStart").getPropertyResourceValue(RDFS.range).getURI());
        Resource date = ontology.createResource(Tupu.DCTERMS + "date");
        assertTrue(ontology.contains(date, RDF.type, OWL.DatatypeProperty), "dcterms:date, the document's date, is declared");
        assertEquals(List.of(Tupu.pointInTime, Tupu.startTime, Tupu.endTime, Tupu.timeText, Tupu.timeTextStart,
                Tupu.timeTextEnd).stream().map(Resource::getURI).toList(), TIME.stream().map(t -> Tupu.NS + t).toList(),
                "the Java constants name the same terms");
    }

    @Test
    void aligns_the_time_terms_with_wikidata_qualifiers_and_schema_org() {
        String wdt = "http://www.wikidata.org/prop/direct/";
        String pq = "http://www.wikidata.org/prop/qualifier/";
        assertSeeAlso("pointInTime", wdt + "P585", pq + "P585");
        assertSeeAlso("startTime", wdt + "P580", pq + "P580", "http://schema.org/startDate");
        assertSeeAlso("endTime", wdt + "P582", pq + "P582", "http://schema.org/endDate");
    }

    private void assertSeeAlso(String local, String... iris) {
        for (String iri : iris) {
            assertTrue(ontology.contains(term(local), RDFS.seeAlso, ontology.createResource(iri)), local + " → " + iri);
        }
    }
}
