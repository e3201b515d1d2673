package dev.tupu.model;

import java.util.Set;

/**
 * One real-world entity of a text, after resolution.
 *
 * @param key     a stable key: the same for the same entity in every document (builds its IRI)
 * @param label   its preferred name
 * @param type    its most specific ontology class
 * @param aliases other surface forms seen or known for it (excluding {@code label})
 */
public record Entity(String key, String label, EntityType type, Set<String> aliases) {
}
