package dev.tupu.extract.names;

import dev.tupu.model.EntityType;

import java.util.List;

/**
 * One known entity from a lexicon file.
 *
 * @param label the preferred name (the file's first name column)
 * @param type  its ontology class
 * @param names every name it is known by, the label first
 */
public record LexiconEntry(String label, EntityType type, List<String> names) {
    /** The names as written in text (without the exact-case marker). */
    public List<String> displayNames() {
        return names.stream().map(n -> n.startsWith("=") || n.startsWith("?") ? n.substring(1) : n).distinct().toList();
    }

    public String key() {
        return Names.key(type.core(), label);
    }
}
