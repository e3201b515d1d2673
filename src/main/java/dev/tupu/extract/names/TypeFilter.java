package dev.tupu.extract.names;

import dev.tupu.model.EntityType;

import java.util.HashSet;
import java.util.Set;

/** Which entity types a rule accepts: {@code Person,Organization,!Team} takes persons and non-team organisations. */
public record TypeFilter(Set<String> accepted, Set<String> excluded) {

    public static TypeFilter parse(String spec) {
        Set<String> accepted = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        for (String part : spec.split(",")) {
            String name = part.strip();
            if (name.startsWith("!")) {
                excluded.add(requireType(name.substring(1)));
            } else if (!name.isEmpty()) {
                accepted.add(requireType(name));
            }
        }
        return new TypeFilter(Set.copyOf(accepted), Set.copyOf(excluded));
    }

    private static String requireType(String name) {
        return EntityType.byLocalName(name).orElseThrow(() -> new IllegalArgumentException("unknown type " + name))
                .localName();
    }

    public boolean accepts(EntityType type) {
        if (excluded.contains(type.localName())) {
            return false;
        }
        return accepted.contains(type.localName()) || accepted.contains(type.core().localName());
    }
}
