package dev.tupu.extract.resolve;

import dev.tupu.model.CoreType;
import dev.tupu.model.Mention;
import dev.tupu.model.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves third-person pronouns (他, 她) and plural ones (他们, 二人, 两人) to the persons they most likely mean:
 * among the persons named in this sentence before the pronoun or in the {@value #WINDOW} sentences before it, the
 * most salient one (named most often in the text so far; the latest on a tie). Indexed, so a long text costs
 * log time per pronoun.
 */
public final class Antecedents {
    static final int WINDOW = 3;
    private final List<Mention> persons;
    private final int[] starts;
    private final Map<String, int[]> startsByKey = new HashMap<>();
    private final List<Sentence> sentences;

    public Antecedents(List<Mention> argumentMentions, List<Sentence> sentences) {
        this.persons = argumentMentions.stream().filter(m -> m.type().core() == CoreType.PERSON).toList();
        this.starts = persons.stream().mapToInt(Mention::start).toArray();
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (Mention m : persons) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m.start());
        }
        byKey.forEach((k, v) -> startsByKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.sentences = sentences;
    }

    /** Up to {@code count} persons a pronoun at {@code offset} in sentence {@code sentence} refers to. */
    public List<Mention> resolve(int offset, Sentence sentence, int count) {
        int windowStart = sentences.get(Math.max(0, sentence.index() - WINDOW)).start();
        int from = firstAtOrAfter(starts, windowStart);
        int to = firstAtOrAfter(starts, offset);
        Map<String, Mention> latest = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Mention m = persons.get(i);
            latest.remove(m.key());
            latest.put(m.key(), m);
        }
        List<Mention> candidates = new ArrayList<>(latest.values());
        // Latest first, then a stable sort by salience keeps the latest among equals.
        java.util.Collections.reverse(candidates);
        candidates.sort((a, b) -> Integer.compare(salience(b.key(), offset), salience(a.key(), offset)));
        return candidates.subList(0, Math.min(count, candidates.size()));
    }

    /**
     * The subject an elided clause continues, if plain: the one person named in the sentence before {@code sentence}
     * (none when that sentence names no person or several: the reader could not tell either).
     */
    public List<Mention> continued(Sentence sentence) {
        if (sentence.index() == 0) {
            return List.of();
        }
        Sentence previous = sentences.get(sentence.index() - 1);
        int from = firstAtOrAfter(starts, previous.start());
        int to = firstAtOrAfter(starts, previous.end());
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            keys.add(persons.get(i).key());
        }
        return keys.size() == 1 ? List.of(persons.get(from)) : List.of();
    }

    /** How often the person was named before {@code offset}. */
    private int salience(String key, int offset) {
        return firstAtOrAfter(startsByKey.get(key), offset);
    }

    private static int firstAtOrAfter(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }
}
