package dev.tupu.extract.names;

import dev.tupu.model.Token;

import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a short Chinese name found by matching strings agrees with the segmenter's words: it does not when a longer
 * word the dictionary knows holds it (北大 in 北大荒, 中国 in 中国人, 马克思 in 马克思主义) or when it starts or ends inside
 * such a word (长沙 in 部长|沙龙, 上海市 in 上海|市民): the words read there are more likely than the name.
 */
final class WordAlignment {
    /** Chinese names of this many characters or fewer are checked (longer ones rarely arise by chance). */
    static final int SHORT = 3;
    private final Predicate<String> knownWord;

    /** @param knownWord true for a word the dictionary lists */
    WordAlignment(Predicate<String> knownWord) {
        this.knownWord = knownWord;
    }

    /** The lexicon matches in {@code text} that its words do not contradict, for {@link Lexicon#findAll(String, Predicate)}. */
    Predicate<Lexicon.Match> fits(String text, List<Token> tokens) {
        return match -> !contradicts(text, tokens, match.start(), match.end());
    }

    /** True when {@code [start, end)} of {@code text} is a short Chinese name that the words around it contradict. */
    private boolean contradicts(String text, List<Token> tokens, int start, int end) {
        return shortChinese(text, start, end) && (insideKnownWord(tokens, start, end) || cutsKnownWord(tokens, start, end));
    }

    private static boolean shortChinese(String text, int start, int end) {
        if (end - start > SHORT) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    /** True when a longer word of the segmenter that the dictionary knows holds the whole span. */
    private boolean insideKnownWord(List<Token> tokens, int start, int end) {
        Token t = tokenAt(tokens, start);
        return t != null && t.end() >= end && t.end() - t.start() > end - start && knownWord.test(t.word());
    }

    /** True when the span starts or ends inside a word of the segmenter that the dictionary knows. */
    private boolean cutsKnownWord(List<Token> tokens, int start, int end) {
        Token first = tokenAt(tokens, start);
        Token last = tokenAt(tokens, end - 1);
        return (first != null && first.start() < start && knownWord.test(first.word()))
                || (last != null && last.end() > end && knownWord.test(last.word()));
    }

    /** Where {@code name} occurs in {@code text} as whole words of the segmenter's, in text order. */
    static List<Integer> wholeWordOccurrences(String text, List<Token> tokens, String name) {
        List<Integer> starts = new java.util.ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            if (aligned(tokens, at, at + name.length())) {
                starts.add(at);
            }
        }
        return starts;
    }

    /** True when {@code [start, end)} begins and ends where the segmenter's words do. */
    static boolean aligned(List<Token> tokens, int start, int end) {
        Token first = tokenAt(tokens, start);
        Token last = tokenAt(tokens, end - 1);
        return first != null && last != null && first.start() == start && last.end() == end;
    }

    /** Function words and verbs of one character the segmenter glues to a rare name beside them (任星河, 被甲乙). */
    private static final String GLUED_BEFORE = "任在被由和与及的了将向从对为是把给跟同于";
    private static final String GLUED_AFTER = "的了在是和与及将也都被为";

    /**
     * True when {@code [start, end)} is aligned with the segmenter's words, or would be but for one function word or
     * verb glued to its edge (李强现/任星河/科技: 星河科技 after 任).
     */
    static boolean alignedOrGlued(List<Token> tokens, String text, int start, int end) {
        Token first = tokenAt(tokens, start);
        Token last = tokenAt(tokens, end - 1);
        if (first == null || last == null) {
            return false;
        }
        boolean startOk = first.start() == start
                || first.start() == start - 1 && GLUED_BEFORE.indexOf(text.charAt(start - 1)) >= 0;
        boolean endOk = last.end() == end || last.end() == end + 1 && GLUED_AFTER.indexOf(text.charAt(end)) >= 0;
        return startOk && endOk && (first != last || first.start() == start || last.end() == end);
    }

    /** The token holding character {@code at} (tokens in text order, not overlapping), or null. */
    static Token tokenAt(List<Token> tokens, int at) {
        int i = indexAt(tokens, at);
        return i < 0 ? null : tokens.get(i);
    }

    /** The index of the token holding character {@code at}, or -1. */
    static int indexAt(List<Token> tokens, int at) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= at) {
                lo = mid + 1;
            } else if (t.start() > at) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
