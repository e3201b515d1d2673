package dev.tupu.extract;

import dev.tupu.model.CoreType;
import dev.tupu.model.Mention;
import dev.tupu.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves third-person pronouns (他, 她) and plural ones (他们, 二人, 两人) to the persons they most likely mean:
 * among the persons named in this sentence before the pronoun or in the {@value #WINDOW} sentences before it, the
 * most salient one (named most often in the text so far; the latest on a tie).
 */
final class Antecedents {
    static final int WINDOW = 3;
    private final List<Mention> persons;
    private final List<Sentence> sentences;

    Antecedents(List<Mention> argumentMentions, List<Sentence> sentences) {
        this.persons = argumentMentions.stream().filter(m -> m.type().core() == CoreType.PERSON).toList();
        this.sentences = sentences;
    }

    /** Up to {@code count} persons a pronoun at {@code offset} in sentence {@code sentence} refers to. */
    List<Mention> resolve(int offset, Sentence sentence, int count) {
        int windowStart = sentences.get(Math.max(0, sentence.index() - WINDOW)).start();
        Map<String, Integer> salience = new HashMap<>();
        Map<String, Mention> latest = new LinkedHashMap<>();
        for (Mention m : persons) {
            if (m.start() >= offset) {
                break;
            }
            salience.merge(m.key(), 1, Integer::sum);
            if (m.start() >= windowStart) {
                latest.remove(m.key());
                latest.put(m.key(), m);
            }
        }
        List<Mention> candidates = new ArrayList<>(latest.values());
        // Latest first, then a stable sort by salience keeps the latest among equals.
        java.util.Collections.reverse(candidates);
        candidates.sort((a, b) -> Integer.compare(salience.get(b.key()), salience.get(a.key())));
        return candidates.subList(0, Math.min(count, candidates.size()));
    }
}
