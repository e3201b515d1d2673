package dev.tupu.extract.relations;

import dev.tupu.model.EntityType;
import dev.tupu.model.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one feature function of the learned relation classifier, called by training
 * ({@code train/RelationClassifierTrainer}) and decoding ({@link LearnedRelations}) alike. A candidate is an ordered
 * pair of name spans in one sentence, subject first or second; its features, as 64-bit hashes:
 * the two types (vocabulary class and subclass) and their order; the distance; each word between them, the first
 * and the last, and each with the type pair; the two words before the first name and after the second; whether
 * a comma, another name or 的 stands between; and the words right before and after each name (a title: 创始人, 校长).
 * The sentence's words are prepared once ({@link #words}) for all its pairs.
 */
public final class PairFeatures {
    private PairFeatures() {
    }

    /** A name span of the sentence, with its type. */
    public record Span(int start, int end, EntityType type) {
    }

    /** The words of a sentence, lower-cased once: their offsets and forms (a blank word's form is empty). */
    public record Words(int[] starts, int[] ends, String[] forms) {
    }

    public static Words words(List<Token> tokens) {
        int n = tokens.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] forms = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            starts[i] = t.start();
            ends[i] = t.end();
            forms[i] = t.word().strip().toLowerCase(Locale.ROOT);
        }
        return new Words(starts, ends, forms);
    }

    /** The features of one pair; {@code others} are the sentence's other name spans. */
    public static long[] features(String text, List<Token> tokens, Span subject, Span object, List<Span> others) {
        return features(text, words(tokens), subject, object, others, -1, -1);
    }

    /**
     * The features of one pair: {@code spans} are all the sentence's name spans, of which {@code skipA} and
     * {@code skipB} (indices) are the pair's own.
     */
    public static long[] features(String text, Words words, Span subject, Span object, List<Span> spans, int skipA,
                                  int skipB) {
        boolean subjectFirst = subject.start() < object.start();
        Span first = subjectFirst ? subject : object;
        Span second = subjectFirst ? object : subject;
        String order = subjectFirst ? "so" : "os";
        String pair = subject.type().core().localName() + ">" + object.type().core().localName() + ":" + order;
        String fine = subject.type().localName() + ">" + object.type().localName() + ":" + order;
        String[] forms = words.forms();
        int n = forms.length;
        // Word indices: those between the names, and the last two before and first two after (blank ones skipped).
        int[] between = new int[n];
        int nb = 0;
        int before1 = -1;
        int before2 = -1;
        int after1 = -1;
        int after2 = -1;
        for (int i = 0; i < n; i++) {
            if (forms[i].isEmpty()) {
                continue;
            }
            if (words.starts()[i] >= first.end() && words.ends()[i] <= second.start()) {
                between[nb++] = i;
            } else if (words.ends()[i] <= first.start()) {
                before2 = before1;
                before1 = i;
            } else if (words.starts()[i] >= second.end()) {
                if (after1 < 0) {
                    after1 = i;
                } else if (after2 < 0) {
                    after2 = i;
                }
            }
        }
        int gap = Math.max(0, second.start() - first.end());
        boolean comma = false;
        boolean de = false;
        for (int i = first.end(); i < second.start(); i++) {
            char c = text.charAt(i);
            comma |= c == '，' || c == ',' || c == '；' || c == ';';
            de |= c == '的';
        }
        Hashes f = new Hashes(32 + 3 * nb);
        f.add("bias");
        f.add("pair", pair);
        f.add("fine", fine);
        f.add("dist", pair, bucket(gap));
        f.add("nwords", Integer.toString(Math.min(nb, 6)));
        for (int k = 0; k < nb; k++) {
            f.add("bw", order, forms[between[k]]);
            f.add("pbw", pair, forms[between[k]]);
        }
        for (int k = 0; k + 1 < nb; k++) {
            f.addJoined("bw2", order, forms[between[k]], forms[between[k + 1]]);
        }
        String firstBetween = nb == 0 ? "<adj>" : forms[between[0]];
        String lastBetween = nb == 0 ? "<adj>" : forms[between[nb - 1]];
        f.add("first", order, firstBetween);
        f.add("last", order, lastBetween);
        f.add("pfirst", pair, firstBetween);
        f.add("plast", pair, lastBetween);
        String b1 = before1 < 0 ? "<s>" : forms[before1];
        String a1 = after1 < 0 ? "</s>" : forms[after1];
        f.add("b1", order, b1);
        f.add("b2", order, before2 < 0 ? "<s>" : forms[before2]);
        f.add("a1", order, a1);
        f.add("a2", order, after2 < 0 ? "</s>" : forms[after2]);
        f.add("pa1", pair, a1);
        f.add("pb1", pair, b1);
        // The words right next to each argument: a title before a person (校长X), a role after a name (X董事长).
        f.add("sb1", order, wordBefore(words, subject.start()));
        f.add("sa1", order, wordAfter(words, subject.end()));
        f.add("ob1", order, wordBefore(words, object.start()));
        f.add("oa1", order, wordAfter(words, object.end()));
        f.add("comma", Boolean.toString(comma));
        f.add("de", order, Boolean.toString(de));
        int inside = 0;
        for (int k = 0; k < spans.size(); k++) {
            Span o = spans.get(k);
            if (k != skipA && k != skipB && o.start() >= first.end() && o.end() <= second.start()) {
                inside++;
                f.add("midtype", o.type().core().localName());
            }
        }
        f.add("mid", pair, Integer.toString(Math.min(inside, 2)));
        return f.toArray();
    }

    private static String wordBefore(Words words, int offset) {
        String w = "<s>";
        for (int i = 0; i < words.forms().length; i++) {
            if (words.ends()[i] <= offset) {
                w = words.forms()[i];
            }
        }
        return w;
    }

    private static String wordAfter(Words words, int offset) {
        for (int i = 0; i < words.forms().length; i++) {
            if (words.starts()[i] >= offset) {
                return words.forms()[i];
            }
        }
        return "</s>";
    }

    private static String bucket(int gap) {
        return gap == 0 ? "0" : gap <= 2 ? "1-2" : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : gap <= 20 ? "11-20"
                : gap <= 40 ? "21-40" : "41+";
    }

    /** Feature hashes: FNV-1a over the parts, each part closed by a separator; no strings built. */
    private static final class Hashes {
        private long[] values;
        private int size;

        Hashes(int capacity) {
            values = new long[capacity];
        }

        void add(String... parts) {
            long h = 0xCBF29CE484222325L;
            for (String p : parts) {
                h = close(feed(h, p));
            }
            push(h);
        }

        /** {@code a + "_" + b} as one part, after {@code name} and {@code order}. */
        void addJoined(String name, String order, String a, String b) {
            long h = close(feed(0xCBF29CE484222325L, name));
            h = close(feed(h, order));
            h = close(feed(feed(feed(h, a), "_"), b));
            push(h);
        }

        private static long feed(long h, String s) {
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001B3L;
            }
            return h;
        }

        private static long close(long h) {
            return (h ^ 0x1F) * 0x100000001B3L;
        }

        private void push(long h) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = h ^ (h >>> 29);
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
