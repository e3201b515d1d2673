package dev.tupu.extract;

import dev.tupu.model.Extraction;

import java.time.LocalDate;

/** Turns a text into entities and relations; offsets in the result index into the text. */
public interface Extractor {

    /**
     * Extracts from a text whose publication date is {@code date} (null when unknown): relative time expressions
     * (去年, 今年初) resolve against it.
     */
    Extraction extract(String text, LocalDate date);

    /** Extracts from a text of unknown date. */
    default Extraction extract(String text) {
        return extract(text, null);
    }
}
