package dev.tupu.extract;

import dev.tupu.model.Extraction;

/** Turns a text into entities and relations; offsets in the result index into the text. */
public interface Extractor {
    Extraction extract(String text);
}
