package dev.tupu.extract.names;

import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one feature function of the learned name tagger, called by training ({@code train/NameTaggerTrainer}) and by
 * decoding ({@link LearnedNameRecognizer}) alike, so the two cannot drift apart.
 * <p>
 * A sentence is cut into {@linkplain Unit units}: each Han character, each run of Latin letters and digits (GPT,
 * A100, 990), each other visible character; white space separates units and is never one. Each unit gets about
 * twenty features, as 64-bit hashes: the forms of the units around it and their pairs, their script, and what the
 * word segmenter says of the word the unit lies in (its part of speech, where in the word the unit is, the word
 * itself, its neighbours' tags).
 */
public final class NameFeatures {
    /** Script classes of a unit. */
    static final int HAN = 1;
    static final int UPPER = 2;
    static final int LOWER = 3;
    static final int DIGIT = 4;
    static final int PUNCT = 5;
    static final int OTHER = 6;

    private static final long BOS = hash("<s>");
    private static final long EOS = hash("</s>");
    private static final long NONE = hash("<none>");
    private static final int MAX_WORD = 8;
    private static final long STYLE_SALT = 0x5DEECE66DL;

    /**
     * One unit of a sentence.
     *
     * @param start char offset in the text (UTF-16 code units)
     * @param end   char offset just past it
     * @param kind  its script class
     * @param form  the hash of its form (a Han character itself, a Latin run in lower case)
     */
    public record Unit(int start, int end, int kind, long form) {
    }

    private NameFeatures() {
    }

    /** The units of {@code text[from, to)}, in order. */
    public static List<Unit> units(String text, int from, int to) {
        List<Unit> units = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (isLatinOrDigit(c)) {
                int j = i + 1;
                while (j < to && isLatinOrDigit(text.charAt(j))) {
                    j++;
                }
                String run = text.substring(i, j);
                units.add(new Unit(i, j, latinKind(run), hash(shapeOrWord(run))));
                i = j;
                continue;
            }
            int width = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            int cp = text.codePointAt(i);
            int kind = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? HAN
                    : Character.isLetterOrDigit(cp) ? OTHER : PUNCT;
            units.add(new Unit(i, i + width, kind, mix(0x9E3779B97F4A7C15L, cp)));
            i += width;
        }
        return units;
    }

    /**
     * The features of each unit, given the tokens of the word segmenter over the same text (in text order; tokens
     * outside the units' span are ignored).
     */
    public static long[][] features(String text, List<Unit> units, List<Token> tokens) {
        int n = units.size();
        long[] form = new long[n];
        int[] kind = new int[n];
        for (int i = 0; i < n; i++) {
            form[i] = units.get(i).form();
            kind[i] = units.get(i).kind();
        }
        // The word (token) each unit lies in: its tag, the unit's position in it (B, M, E, S), its neighbours' tags.
        long[] posTag = new long[n];
        long[] word = new long[n];
        long[] prevTag = new long[n];
        long[] nextTag = new long[n];
        long[] prevWord = new long[n];
        long[] nextWord = new long[n];
        int[] place = new int[n];
        // Each token's tag and word hashed once (a word's units share them).
        long[] tagHash = new long[tokens.size()];
        long[] wordHash = new long[tokens.size()];
        long[] caseWordHash = new long[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            boolean fits = token.word().length() <= MAX_WORD;
            tagHash[k] = hash(token.tag());
            wordHash[k] = fits ? hash(token.word().toLowerCase(Locale.ROOT)) : NONE;
            caseWordHash[k] = fits ? hash(token.word()) : NONE;
        }
        int t = 0;
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            while (t < tokens.size() && tokens.get(t).end() <= u.start()) {
                t++;
            }
            if (t < tokens.size() && tokens.get(t).start() <= u.start()) {
                Token token = tokens.get(t);
                boolean first = token.start() >= u.start() || i == 0 || units.get(i - 1).end() <= token.start();
                boolean last = token.end() <= u.end() || i == n - 1 || units.get(i + 1).start() >= token.end();
                place[i] = first && last ? 3 : first ? 0 : last ? 2 : 1;
                posTag[i] = tagHash[t];
                word[i] = wordHash[t];
                prevTag[i] = t > 0 ? tagHash[t - 1] : BOS;
                nextTag[i] = t + 1 < tokens.size() ? tagHash[t + 1] : EOS;
                prevWord[i] = t > 0 ? caseWordHash[t - 1] : NONE;
                nextWord[i] = t + 1 < tokens.size() ? caseWordHash[t + 1] : NONE;
            } else {
                place[i] = 3;
                posTag[i] = NONE;
                word[i] = NONE;
                prevTag[i] = NONE;
                nextTag[i] = NONE;
                prevWord[i] = NONE;
                nextWord[i] = NONE;
            }
        }
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            long m2 = i >= 2 ? form[i - 2] : BOS;
            long m1 = i >= 1 ? form[i - 1] : BOS;
            long p1 = i + 1 < n ? form[i + 1] : EOS;
            long p2 = i + 2 < n ? form[i + 2] : EOS;
            int k1 = i >= 1 ? kind[i - 1] : 0;
            int kn = i + 1 < n ? kind[i + 1] : 0;
            long where = place[i];
            out[i] = new long[] {
                    feature(1, 0, 0),
                    feature(2, m2, 0),
                    feature(3, m1, 0),
                    feature(4, form[i], 0),
                    feature(5, p1, 0),
                    feature(6, p2, 0),
                    feature(7, m1, form[i]),
                    feature(8, form[i], p1),
                    feature(9, m2, m1),
                    feature(10, p1, p2),
                    feature(11, m1, p1),
                    feature(12, k1 * 64L + kind[i] * 8L + kn, 0),
                    feature(13, posTag[i], where),
                    feature(14, word[i], where),
                    feature(15, mix(prevTag[i], posTag[i]), where),
                    feature(16, mix(posTag[i], nextTag[i]), where),
                    feature(17, prevWord[i], where),
                    feature(18, nextWord[i], where),
                    feature(19, mix(m1, form[i]), p1),
            };
        }
        return out;
    }

    /**
     * The copy of {@code feature} that fires only in texts of one annotation style (a training corpus's conventions,
     * numbered by the model): the tagger learns it beside the shared feature.
     */
    public static long styled(long feature, int style) {
        return mix(feature, STYLE_SALT + style);
    }

    private static long feature(int template, long a, long b) {
        return mix(mix(template * 0xD6E8FEB86659FD93L, a), b);
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int latinKind(String run) {
        char c = run.charAt(0);
        return c >= '0' && c <= '9' ? DIGIT : Character.isUpperCase(c) ? UPPER : LOWER;
    }

    /** A Latin run in lower case; a number by its shape (how many digits), so years and counts generalise. */
    private static String shapeOrWord(String run) {
        boolean digits = run.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        if (digits) {
            return "#" + Math.min(run.length(), 5);
        }
        return run.toLowerCase(Locale.ROOT);
    }

    static long hash(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h, s.length());
    }

    /** A 64-bit mix of two values (the finaliser of SplitMix64 over their combination). */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
