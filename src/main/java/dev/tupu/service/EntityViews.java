package dev.tupu.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The JSON shapes of entity lookups (Jackson writes these records as they are). */
public final class EntityViews {
    private EntityViews() {
    }

    /** A search hit: {@code id} is the value for {@code /api/entities/{id}}. */
    public record Hit(String id, String iri, String label, String type) {
    }

    /** One page of search hits. */
    public record Page(String q, String type, int limit, int offset, List<Hit> items) {
    }

    /** Another entity, as a relation's other end. */
    public record Ref(String id, String iri, String label, String type) {
    }

    /**
     * When a relation mention says its relation held, as the text gives it: an event's {@code point} in time, or a
     * state's {@code start} and/or {@code end} (each the lexical form of an xsd:gYear, xsd:gYearMonth or xsd:date:
     * {@code 2012}, {@code 2018-03}, {@code 2020-07-15}), and the expression as written with its char offsets into
     * the document text. A relative time the document's date could not resolve has only its text. Absent parts are
     * left out of the JSON.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Time(String point, String start, String end, String text, Integer textStart, Integer textEnd) {
    }

    /**
     * Where a relation was found. Offsets are char offsets into the document text; the {@code *InSentence} ones
     * are relative to the sentence, for highlighting. {@code time} is there only when the mention has one.
     */
    public record Provenance(String evidence, String document, String documentTitle, String sentence,
                             int sentenceStart, int sentenceEnd, int subjectStart, int subjectEnd, String subjectText,
                             int objectStart, int objectEnd, String objectText, int subjectStartInSentence,
                             int subjectEndInSentence, int objectStartInSentence, int objectEndInSentence,
                             String rule, double confidence, @JsonInclude(JsonInclude.Include.NON_NULL) Time time) {
    }

    /** A relation of the entity: outgoing (entity → other) or incoming (other → entity). */
    public record RelationView(String predicate, String direction, Ref other, double confidence,
                               List<Provenance> provenance) {
    }

    /** A document, as the source of a timeline entry. */
    public record DocumentRef(String id, String iri, String title) {
    }

    /**
     * One dated relation mention of an entity: the relation ({@code direction} as in {@link RelationView}), the other
     * entity, its time, the sentence that says so ({@code sentenceStart}: its offset in the document text) and the
     * document.
     */
    public record TimelineEntry(String evidence, String predicate, String direction, Ref other, Time time,
                                String sentence, int sentenceStart, DocumentRef document, double confidence) {
    }

    /** An entity's dated relation mentions, in time order (see {@code sparql/timeline.rq}). */
    public record Timeline(String id, String iri, String label, List<TimelineEntry> items) {
    }

    /** An entity with its labels, aliases, types and relations. */
    public record Detail(String id, String iri, String label, List<String> labels, List<String> aliases,
                         String type, List<String> types, List<String> documents, List<RelationView> outgoing,
                         List<RelationView> incoming) {
    }
}
