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

    /**
     * True when the vocabulary allows a subject of class {@code subject} and an object of class {@code object}
     * (the "from → to" column of the contract; {@code partOf} joins like with like, {@code collaboratesWith} too).
     */
    public boolean accepts(CoreType subject, CoreType object) {
        boolean person = subject == CoreType.PERSON;
        boolean org = subject == CoreType.ORGANIZATION;
        return switch (this) {
            case MEMBER_OF, WORKS_FOR, STUDIED_AT -> person && object == CoreType.ORGANIZATION;
            case LEFT_TEAM -> (person || org) && object == CoreType.ORGANIZATION;
            case LEADS -> person && (object == CoreType.ORGANIZATION || object == CoreType.PROJECT);
            case FOUNDED -> (person || org) && (object == CoreType.ORGANIZATION || object == CoreType.PROJECT);
            case DEVELOPED_BY -> subject == CoreType.PROJECT
                    && (object == CoreType.PERSON || object == CoreType.ORGANIZATION);
            case COMPARES_TO -> true;
            case ADVISED_BY -> person && object == CoreType.PERSON;
            case COLLABORATES_WITH -> subject == object && (person || org);
            case BASED_ON -> subject == CoreType.PROJECT && object == CoreType.PROJECT;
            case PART_OF -> subject == object && (org || subject == CoreType.PROJECT);
            case LOCATED_IN -> (org || subject == CoreType.PLACE) && object == CoreType.PLACE;
        };
    }

    /** Looks a relation up by its exact local name. */
    public static Optional<Relation> byLocalName(String name) {
        return Arrays.stream(values()).filter(r -> r.localName.equals(name)).findFirst();
    }
}
