package dev.tupu.service;

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
     * Where a relation was found. Offsets are char offsets into the document text; the {@code *InSentence} ones
     * are relative to the sentence, for highlighting.
     */
    public record Provenance(String evidence, String document, String documentTitle, String sentence,
                             int sentenceStart, int sentenceEnd, int subjectStart, int subjectEnd, String subjectText,
                             int objectStart, int objectEnd, String objectText, int subjectStartInSentence,
                             int subjectEndInSentence, int objectStartInSentence, int objectEndInSentence,
                             String rule, double confidence) {
    }

    /** A relation of the entity: outgoing (entity → other) or incoming (other → entity). */
    public record RelationView(String predicate, String direction, Ref other, double confidence,
                               List<Provenance> provenance) {
    }

    /** An entity with its labels, aliases, types and relations. */
    public record Detail(String id, String iri, String label, List<String> labels, List<String> aliases,
                         String type, List<String> types, List<String> documents, List<RelationView> outgoing,
                         List<RelationView> incoming) {
    }
}
