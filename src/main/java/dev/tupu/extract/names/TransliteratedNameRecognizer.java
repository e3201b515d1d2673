package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: foreign person names written in Chinese with a middle dot between their parts
 * (托马斯·安德森, 约书亚·本吉奥, 卡尔・赫尔曼), in any of the dots in use (·, ・, •, ‧). A name counts when most of its
 * characters are ones transliteration uses (a dotted 中国·北京 is not a person); up to four parts. Where a segmenter
 * ran, the name keeps to its words' edges (主席约翰·史密斯: not 席约翰·史密).
 */
public final class TransliteratedNameRecognizer implements Stage {
    public static final String SOURCE = "transliterated";
    private static final Pattern DOTTED = Pattern.compile(
            "\\p{IsHan}{1,8}(?:\\s?[·・•‧]\\s?\\p{IsHan}{1,8}){1,3}");
    private static final double SHARE = 0.75;
    private final Predicate<Character> transliteration;

    /** @param transliteration true for a character common in transliterated names */
    public TransliteratedNameRecognizer(Predicate<Character> transliteration) {
        this.transliteration = transliteration;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        List<Mention> found = new ArrayList<>();
        Matcher m = DOTTED.matcher(text);
        while (m.find()) {
            int[] span = atWordEdges(text, name(text, m.start(), m.end()), in.tokens(), m.end());
            if (span != null) {
                found.add(new Mention(span[0], span[1], in.original().substring(span[0], span[1]),
                        EntityType.PERSON, null, SOURCE));
            }
        }
        return in.plusCandidates(found);
    }

    /**
     * The name's span moved to the segmenter's word edges where words were read: a name does not start inside a word
     * (主席约翰·史密斯: 席 ends the title 主席) and ends with the word it ends in (史密斯), within the dotted match.
     */
    private static int[] atWordEdges(String text, int[] span, List<Token> tokens, int matchEnd) {
        if (span == null || tokens.isEmpty()) {
            return span;
        }
        int from = span[0];
        int to = span[1];
        Token first = WordAlignment.tokenAt(tokens, from);
        if (first != null && first.start() < from) {
            from = first.end();
        }
        Token last = WordAlignment.tokenAt(tokens, to - 1);
        if (last != null && last.end() > to && last.end() <= matchEnd) {
            to = last.end();
        }
        return to - from >= 3 && hasDot(text, from, to) ? new int[] {from, to} : null;
    }

    /** True when a dot stands between two characters of {@code [from, to)} (the words' edges kept a part each side). */
    private static boolean hasDot(String text, int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if ("·・•‧".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name within a dotted match: its first part may run on from the words before it and its last part into the
     * words after (任命了约翰·史密斯为): the outer parts keep only the transliteration characters next to the
     * dots. Null when the name is not a transliteration.
     */
    private int[] name(String text, int start, int end) {
        int firstDot = start;
        while ("·・•‧".indexOf(text.charAt(firstDot)) < 0) {
            firstDot++;
        }
        int lastDot = end - 1;
        while ("·・•‧".indexOf(text.charAt(lastDot)) < 0) {
            lastDot--;
        }
        int from = firstDot;
        while (from > start && transliteration.test(text.charAt(from - 1))) {
            from--;
        }
        int to = lastDot + 1;
        while (to < end && (transliteration.test(text.charAt(to)) || Character.isWhitespace(text.charAt(to)))) {
            to++;
        }
        while (to > lastDot + 1 && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (firstDot - from < 1 || to - lastDot < 2) {
            return null;
        }
        int all = 0;
        int fitting = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                all++;
                fitting += transliteration.test(c) ? 1 : 0;
            }
        }
        return all >= 3 && fitting >= SHARE * all ? new int[] {from, to} : null;
    }
}
