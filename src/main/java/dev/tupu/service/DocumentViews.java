package dev.tupu.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The JSON shapes of the documents API. */
public final class DocumentViews {
    private DocumentViews() {
    }

    /**
     * A document as listed: {@code id} is the value for {@code /api/documents/{id}}; {@code date} is the date of the
     * text (YYYY-MM-DD), null when unknown.
     */
    public record Summary(String id, String iri, String title, String sourcePath, String contentHash,
                          String ingestedAt, String date, int entities, int relations) {
    }

    /** Where an entity is named in the text: char offsets into {@code text}. */
    public record Span(int start, int end, String text) {
    }

    /** An entity of the document, with every place the text names it. */
    public record EntityInDocument(String id, String iri, String label, String type, List<Span> mentions) {
    }

    /**
     * A relation found in the document, with where: {@code evidence} is its relation mention's IRI, {@code time} is
     * there only when the mention has one.
     */
    public record RelationInDocument(String subject, String subjectLabel, String predicate, String object,
                                     String objectLabel, String sentence, int sentenceStart, int subjectStart,
                                     int subjectEnd, int objectStart, int objectEnd, String rule, double confidence,
                                     String evidence,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) EntityViews.Time time) {
    }

    /** One document: its text, its entities and its relations. */
    public record Detail(String id, String iri, String title, String sourcePath, String contentHash,
                         String ingestedAt, String date, String text, List<EntityInDocument> entities,
                         List<RelationInDocument> relations) {
    }

    /** What an ingest added. */
    public record Added(String id, String iri, String title, String date, int entities, int relations, long triples,
                        List<String> entityLabels) {
    }
}
