package dev.tupu.model;

import java.util.Arrays;
import java.util.Optional;

/** The relations of the vocabulary contract (except {@code mentions}, which links documents, not extracted). */
public enum Relation {
    MEMBER_OF("memberOf", false),
    WORKS_FOR("worksFor", false),
    LEFT_TEAM("leftTeam", false),
    LEADS("leads", false),
    FOUNDED("founded", false),
    DEVELOPED_BY("developedBy", false),
    COMPARES_TO("comparesTo", true),
    STUDIED_AT("studiedAt", false),
    ADVISED_BY("advisedBy", false),
    COLLABORATES_WITH("collaboratesWith", true),
    BASED_ON("basedOn", false),
    PART_OF("partOf", false),
    LOCATED_IN("locatedIn", false);

    private final String localName;
    private final boolean symmetric;

    Relation(String localName, boolean symmetric) {
        this.localName = localName;
        this.symmetric = symmetric;
    }

    /** The property's local name in the ontology, e.g. {@code leftTeam}. */
    public String localName() {
        return localName;
    }

    /** True for relations that hold both ways ({@code comparesTo}, {@code collaboratesWith}). */
    public boolean symmetric() {
        return symmetric;
    }

    /** Looks a relation up by its exact local name. */
    public static Optional<Relation> byLocalName(String name) {
        return Arrays.stream(values()).filter(r -> r.localName.equals(name)).findFirst();
    }
}
