package dev.tupu.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An ontology class an entity can have: a core class or one of its subclasses. */
public enum EntityType {
    PERSON("Person", CoreType.PERSON),
    ORGANIZATION("Organization", CoreType.ORGANIZATION),
    COMPANY("Company", CoreType.ORGANIZATION),
    UNIVERSITY("University", CoreType.ORGANIZATION),
    RESEARCH_LAB("ResearchLab", CoreType.ORGANIZATION),
    TEAM("Team", CoreType.ORGANIZATION),
    COMMUNITY("Community", CoreType.ORGANIZATION),
    MEDIA_OUTLET("MediaOutlet", CoreType.ORGANIZATION),
    PROJECT("Project", CoreType.PROJECT),
    SOFTWARE("Software", CoreType.PROJECT),
    PROGRAMMING_LANGUAGE("ProgrammingLanguage", CoreType.PROJECT),
    MODEL("Model", CoreType.PROJECT),
    DATASET("Dataset", CoreType.PROJECT),
    BOOK("Book", CoreType.PROJECT),
    PRODUCT("Product", CoreType.PROJECT),
    PLACE("Place", CoreType.PLACE),
    COUNTRY("Country", CoreType.PLACE),
    CITY("City", CoreType.PLACE),
    REGION("Region", CoreType.PLACE);

    private final String localName;
    private final CoreType core;

    EntityType(String localName, CoreType core) {
        this.localName = localName;
        this.core = core;
    }

    /** The class's local name in the ontology, e.g. {@code University}. */
    public String localName() {
        return localName;
    }

    /** The vocabulary class this one is a subclass of (or is). */
    public CoreType core() {
        return core;
    }

    /** Looks a class up by its local name, ignoring case. */
    public static Optional<EntityType> byLocalName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.localName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
