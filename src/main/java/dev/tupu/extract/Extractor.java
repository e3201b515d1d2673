package dev.tupu.extract;

import dev.tupu.model.Extraction;

/** Turns a text into entities and relations; offsets in the result index into the text. */
public interface Extractor {
    Extraction extract(String text);

    /**
     * Extracts from a text whose publication date is {@code date} (null when unknown): relative time expressions
     * (去年, 今年初) resolve against it.
     */
    default Extraction extract(String text, java.time.LocalDate date) {
        return extract(text);
    }
}
