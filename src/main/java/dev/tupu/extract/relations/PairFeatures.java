package dev.tupu.extract.relations;

import dev.tupu.model.EntityType;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one feature function of the learned relation classifier, called by training
 * ({@code train/RelationClassifierTrainer}) and decoding ({@link LearnedRelations}) alike. A candidate is an ordered
 * pair of name spans in one sentence, subject first or second; its features, as 64-bit hashes:
 * the two types (vocabulary class and subclass) and their order; the distance; each word between them, the first
 * and the last, and each with the type pair; the two words before the first name and after the second; whether
 * a comma, another name or 的 stands between; and the word right before each name (a title: 创始人, 校长).
 */
public final class PairFeatures {
    private PairFeatures() {
    }

    /** A name span of the sentence, with its type. */
    public record Span(int start, int end, EntityType type) {
    }

    /**
     * @param text    the normalised text (offsets index into it)
     * @param tokens  the sentence's words, in order
     * @param subject the candidate subject
     * @param object  the candidate object
     * @param others  the sentence's other name spans
     */
    public static long[] features(String text, List<Token> tokens, Span subject, Span object, List<Span> others) {
        boolean subjectFirst = subject.start() < object.start();
        Span first = subjectFirst ? subject : object;
        Span second = subjectFirst ? object : subject;
        String order = subjectFirst ? "so" : "os";
        String pair = subject.type().core().localName() + ">" + object.type().core().localName() + ":" + order;
        String fine = subject.type().localName() + ">" + object.type().localName() + ":" + order;
        List<String> between = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Token t : tokens) {
            String w = t.word().strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (t.start() >= first.end() && t.end() <= second.start()) {
                between.add(w);
            } else if (t.end() <= first.start()) {
                before.add(w);
            } else if (t.start() >= second.end()) {
                after.add(w);
            }
        }
        int gap = Math.max(0, second.start() - first.end());
        String gapText = text.substring(first.end(), Math.max(first.end(), second.start()));
        List<Long> f = new ArrayList<>();
        add(f, "bias");
        add(f, "pair", pair);
        add(f, "fine", fine);
        add(f, "dist", pair, bucket(gap));
        add(f, "nwords", Integer.toString(Math.min(between.size(), 6)));
        for (String w : between) {
            add(f, "bw", order, w);
            add(f, "pbw", pair, w);
        }
        for (int i = 0; i + 1 < between.size(); i++) {
            add(f, "bw2", order, between.get(i) + "_" + between.get(i + 1));
        }
        add(f, "first", order, between.isEmpty() ? "<adj>" : between.get(0));
        add(f, "last", order, between.isEmpty() ? "<adj>" : between.get(between.size() - 1));
        add(f, "pfirst", pair, between.isEmpty() ? "<adj>" : between.get(0));
        add(f, "plast", pair, between.isEmpty() ? "<adj>" : between.get(between.size() - 1));
        add(f, "b1", order, before.isEmpty() ? "<s>" : before.get(before.size() - 1));
        add(f, "b2", order, before.size() < 2 ? "<s>" : before.get(before.size() - 2));
        add(f, "a1", order, after.isEmpty() ? "</s>" : after.get(0));
        add(f, "a2", order, after.size() < 2 ? "</s>" : after.get(1));
        add(f, "pa1", pair, after.isEmpty() ? "</s>" : after.get(0));
        add(f, "pb1", pair, before.isEmpty() ? "<s>" : before.get(before.size() - 1));
        // The words right next to each argument: a title before a person (校长X), a role after a name (X董事长).
        add(f, "sb1", order, wordBefore(tokens, subject.start()));
        add(f, "sa1", order, wordAfter(tokens, subject.end()));
        add(f, "ob1", order, wordBefore(tokens, object.start()));
        add(f, "oa1", order, wordAfter(tokens, object.end()));
        add(f, "comma", Boolean.toString(gapText.matches(".*[，,；;].*")));
        add(f, "de", order, Boolean.toString(gapText.contains("的")));
        int inside = 0;
        for (Span o : others) {
            if (o.start() >= first.end() && o.end() <= second.start()) {
                inside++;
                add(f, "midtype", o.type().core().localName());
            }
        }
        add(f, "mid", pair, Integer.toString(Math.min(inside, 2)));
        long[] out = new long[f.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.get(i);
        }
        return out;
    }

    private static String wordBefore(List<Token> tokens, int offset) {
        String w = "<s>";
        for (Token t : tokens) {
            if (t.end() <= offset) {
                w = t.word().strip().toLowerCase(Locale.ROOT);
            }
        }
        return w;
    }

    private static String wordAfter(List<Token> tokens, int offset) {
        for (Token t : tokens) {
            if (t.start() >= offset) {
                return t.word().strip().toLowerCase(Locale.ROOT);
            }
        }
        return "</s>";
    }

    private static String bucket(int gap) {
        return gap == 0 ? "0" : gap <= 2 ? "1-2" : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : gap <= 20 ? "11-20"
                : gap <= 40 ? "21-40" : "41+";
    }

    private static void add(List<Long> out, String... parts) {
        long h = 0xCBF29CE484222325L;
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                h ^= p.charAt(i);
                h *= 0x100000001B3L;
            }
            h ^= 0x1F;
            h *= 0x100000001B3L;
        }
        out.add(h ^ (h >>> 29));
    }
}
