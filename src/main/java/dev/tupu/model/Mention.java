package dev.tupu.model;

/**
 * A span of the original text that names an entity.
 *
 * @param start  char offset of the first character in the original text (UTF-16 code units, as Java strings count)
 * @param end    char offset just past the last character (exclusive)
 * @param text   the original text of the span, {@code original.substring(start, end)}
 * @param type   the ontology class
 * @param key    the resolved entity's key: mentions of one real-world entity share it (set by resolution)
 * @param source which recogniser found it (lexicon, hanlp, latin, team, ...)
 */
public record Mention(int start, int end, String text, EntityType type, String key, String source) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public Mention withKey(String newKey) {
        return new Mention(start, end, text, type, newKey, source);
    }
}
