package dev.tupu.ontology;

import dev.tupu.model.EntityType;
import dev.tupu.model.Relation;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/** The tupu vocabulary (ontology/tupu.ttl) and the standard vocabularies the graph uses, as Jena terms. */
public final class Tupu {
    public static final String NS = Iris.ONTOLOGY + "#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final Resource Document = term("Document");
    public static final Resource RelationMention = term("RelationMention");
    public static final Resource EntityMention = term("EntityMention");
    public static final Property mentionOf = property("mentionOf");
    public static final Property inDocument = property("inDocument");
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property mentions = property("mentions");
    public static final Property altLabel = property("altLabel");
    public static final Property text = property("text");
    public static final Property sourcePath = property("sourcePath");
    public static final Property contentHash = property("contentHash");
    public static final Property extractor = property("extractor");
    public static final Property sentence = property("sentence");
    public static final Property sentenceStart = property("sentenceStart");
    public static final Property sentenceEnd = property("sentenceEnd");
    public static final Property subjectStart = property("subjectStart");
    public static final Property subjectEnd = property("subjectEnd");
    public static final Property subjectText = property("subjectText");
    public static final Property objectStart = property("objectStart");
    public static final Property objectEnd = property("objectEnd");
    public static final Property objectText = property("objectText");
    public static final Property rule = property("rule");
    public static final Property confidence = property("confidence");
    /** When the event a relation mention states happened (Wikidata P585): xsd:gYear, xsd:gYearMonth or xsd:date. */
    public static final Property pointInTime = property("pointInTime");
    /** When the state a relation mention states began (Wikidata P580, schema.org startDate). */
    public static final Property startTime = property("startTime");
    /** When the state a relation mention states ended (Wikidata P582, schema.org endDate). */
    public static final Property endTime = property("endTime");
    /** The time expression as written in the text. */
    public static final Property timeText = property("timeText");
    /** Offset of the time expression's first char in the document text (UTF-16 code units). */
    public static final Property timeTextStart = property("timeTextStart");
    /** Offset just past the time expression's last char (exclusive). */
    public static final Property timeTextEnd = property("timeTextEnd");

    public static final Property title = ResourceFactory.createProperty(DCTERMS + "title");
    /** A document's publication date, when known (xsd:date): relative time expressions resolve against it. */
    public static final Property date = ResourceFactory.createProperty(DCTERMS + "date");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property generatedAtTime = ResourceFactory.createProperty(PROV + "generatedAtTime");

    /** The prefixes written in exports and offered to queries. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("tupu", NS)
            .setNsPrefix("id", Iris.ENTITY)
            .setNsPrefix("doc", Iris.DOCUMENT)
            .setNsPrefix("ev", Iris.EVIDENCE)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("prov", PROV)
            .setNsPrefix("dcterms", DCTERMS)
            .setNsPrefix("skos", SKOS)
            .lock();

    private Tupu() {
    }

    public static Resource type(EntityType type) {
        return term(type.localName());
    }

    public static Resource coreType(EntityType type) {
        return term(type.core().localName());
    }

    public static Property relation(Relation relation) {
        return property(relation.localName());
    }

    private static Resource term(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
