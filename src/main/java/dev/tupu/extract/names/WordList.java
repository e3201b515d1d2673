package dev.tupu.extract.names;

import dev.tupu.support.Resources;

import java.util.LinkedHashSet;
import java.util.Set;

/** A class-path word list: one entry a line, {@code #} comments. */
public final class WordList {
    private WordList() {
    }

    public static Set<String> load(String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : Resources.lines(resource)) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return Set.copyOf(words);
    }
}
