package dev.tupu.rdf;

import dev.tupu.extract.names.Names;
import dev.tupu.model.Entity;
import dev.tupu.model.Extraction;
import dev.tupu.model.RelationMention;
import dev.tupu.model.RelationTime;
import dev.tupu.model.SourceDocument;
import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.util.XSDNumUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Turns one document's extraction into the RDF of its named graph: the {@code Document} (title, source, hash,
 * ingest time, text, its date when known, {@code mentions}), each entity (types, labels, aliases), each place an entity is mentioned
 * ({@code EntityMention}: entity, offsets), each relation as a plain triple, and for each place a relation was found
 * a {@code RelationMention} that reifies the triple with its provenance.
 */
public final class GraphMapper {

    public Model toModel(SourceDocument doc, Extraction extraction) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Tupu.PREFIXES);
        Resource document = model.createResource(Iris.document(doc.id()))
                .addProperty(RDF.type, Tupu.Document)
                .addProperty(Tupu.title, doc.title())
                .addProperty(Tupu.sourcePath, doc.sourcePath())
                .addProperty(Tupu.contentHash, contentHash(doc.text()))
                .addProperty(Tupu.extractor, dev.tupu.support.Version.NAME)
                .addProperty(Tupu.generatedAtTime, dateTime(doc))
                .addProperty(Tupu.text, doc.text());
        if (doc.date() != null) {
            document.addProperty(Tupu.date, model.createTypedLiteral(doc.date().toString(), XSDDatatype.XSDdate));
        }
        for (Entity entity : extraction.entities().values()) {
            Resource r = model.createResource(Iris.entity(entity.key()))
                    .addProperty(RDF.type, Tupu.type(entity.type()))
                    .addProperty(RDF.type, Tupu.coreType(entity.type()))
                    .addProperty(RDFS.label, tagged(model, entity.label()));
            for (String alias : entity.aliases()) {
                r.addProperty(Tupu.altLabel, tagged(model, alias));
            }
            document.addProperty(Tupu.mentions, r);
        }
        for (dev.tupu.model.Mention mention : extraction.mentions()) {
            model.createResource(Iris.evidence(doc.id(), "mention|" + mention.start() + "|" + mention.end() + "|" + mention.key()))
                    .addProperty(RDF.type, Tupu.EntityMention)
                    .addProperty(Tupu.mentionOf, model.createResource(Iris.entity(mention.key())))
                    .addProperty(Tupu.inDocument, document)
                    .addLiteral(Tupu.start, integer(model, mention.start()))
                    .addLiteral(Tupu.end, integer(model, mention.end()));
        }
        for (RelationMention rel : extraction.relations()) {
            Resource subject = model.createResource(Iris.entity(rel.subject().key()));
            Resource object = model.createResource(Iris.entity(rel.object().key()));
            subject.addProperty(Tupu.relation(rel.relation()), object);
            String fingerprint = rel.subject().key() + "|" + rel.relation() + "|" + rel.object().key() + "|"
                    + rel.sentence().start() + "|" + rel.subject().start() + "|" + rel.object().start() + "|" + rel.rule();
            Resource evidence = model.createResource(Iris.evidence(doc.id(), fingerprint))
                    .addProperty(RDF.type, Tupu.RelationMention)
                    .addProperty(RDF.subject, subject)
                    .addProperty(RDF.predicate, Tupu.relation(rel.relation()))
                    .addProperty(RDF.object, object)
                    .addProperty(Tupu.wasDerivedFrom, document)
                    .addProperty(Tupu.sentence, rel.sentence().text())
                    .addLiteral(Tupu.sentenceStart, integer(model, rel.sentence().start()))
                    .addLiteral(Tupu.sentenceEnd, integer(model, rel.sentence().end()))
                    .addLiteral(Tupu.subjectStart, integer(model, rel.subject().start()))
                    .addLiteral(Tupu.subjectEnd, integer(model, rel.subject().end()))
                    .addProperty(Tupu.subjectText, rel.subject().text())
                    .addLiteral(Tupu.objectStart, integer(model, rel.object().start()))
                    .addLiteral(Tupu.objectEnd, integer(model, rel.object().end()))
                    .addProperty(Tupu.objectText, rel.object().text())
                    .addProperty(Tupu.rule, rel.rule())
                    .addLiteral(Tupu.confidence, canonicalDouble(model, rel.confidence()));
            if (rel.time() != null) {
                addTime(model, evidence, rel.time());
            }
        }
        return model;
    }

    /** When the relation's clause dates it: point, start, end (typed by precision), the text and its offsets. */
    private static void addTime(Model model, Resource evidence, RelationTime time) {
        if (time.point() != null) {
            evidence.addLiteral(Tupu.pointInTime, temporal(model, time.point()));
        }
        if (time.start() != null) {
            evidence.addLiteral(Tupu.startTime, temporal(model, time.start()));
        }
        if (time.end() != null) {
            evidence.addLiteral(Tupu.endTime, temporal(model, time.end()));
        }
        evidence.addProperty(Tupu.timeText, time.text())
                .addLiteral(Tupu.timeTextStart, integer(model, time.textStart()))
                .addLiteral(Tupu.timeTextEnd, integer(model, time.textEnd()));
    }

    /** 2012 as xsd:gYear, 2019-03 as xsd:gYearMonth, 2020-07-15 as xsd:date. */
    static Literal temporal(Model model, String value) {
        var type = switch (value.length()) {
            case 4 -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear;
            case 7 -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth;
            default -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate;
        };
        return model.createTypedLiteral(value, type);
    }

    /** A document's {@code tupu:contentHash}: {@code sha256:} and the hex SHA-256 of its text in UTF-8. */
    public static String contentHash(String text) {
        return "sha256:" + Iris.sha256(text);
    }

    private static Literal tagged(Model model, String label) {
        return model.createLiteral(label, Names.hasHan(label) ? "zh" : "en");
    }

    private static Literal integer(Model model, int value) {
        return model.createTypedLiteral(BigInteger.valueOf(value));
    }

    /**
     * An {@code xsd:double} in the lexical form Jena gives doubles back ({@code 0.68e0}: SPARQL's, with an exponent),
     * which is how TDB2 returns a double it stores as a value: so a document's graph is the same RDF terms in memory,
     * in the Spark job's N-Quads and in the store.
     */
    private static Literal canonicalDouble(Model model, double value) {
        return model.createTypedLiteral(XSDNumUtils.stringForm(value), XSDDatatype.XSDdouble);
    }

    private static Literal dateTime(SourceDocument doc) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(doc.ingestedAt().toEpochMilli());
        return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(calendar);
    }

}
