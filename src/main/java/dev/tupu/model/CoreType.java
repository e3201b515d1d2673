package dev.tupu.model;

/** The four entity classes of the vocabulary contract that every extracted entity falls under. */
public enum CoreType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    PROJECT("Project"),
    PLACE("Place");

    private final String localName;

    CoreType(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the ontology, e.g. {@code Organization}. */
    public String localName() {
        return localName;
    }
}
