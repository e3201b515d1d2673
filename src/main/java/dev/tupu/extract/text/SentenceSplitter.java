package dev.tupu.extract.text;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds {@link Layer#SENTENCES}: splits at Chinese and Latin sentence ends and at line breaks, keeps closing quotes
 * and brackets with their sentence, trims surrounding white space, and cuts a run-on text with no punctuation
 * into pieces of at most {@value #MAX_LENGTH} chars (at a comma or space where there is one).
 */
public final class SentenceSplitter implements Stage {
    static final int MAX_LENGTH = 500;
    private static final String ENDS = "。！？!?；;…\n\r";
    private static final String CLOSERS = "”’」』）)】》\"'";
    private static final String SOFT_BREAKS = "，,、 ";

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Annotation apply(Annotation in) {
        return in.withSentences(split(in.original(), in.normalized()));
    }

    /** Splits {@code original}, reading punctuation from its same-length normalised form. */
    public List<Sentence> split(String original, String normalized) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = normalized.length();
        for (int i = 0; i < n; i++) {
            char c = normalized.charAt(i);
            boolean end = ENDS.indexOf(c) >= 0 || (c == '.' && isLatinFullStop(normalized, i));
            if (!end && i - start + 1 < MAX_LENGTH) {
                continue;
            }
            int cut = i + 1;
            if (end) {
                while (cut < n && (ENDS.indexOf(normalized.charAt(cut)) >= 0 && normalized.charAt(cut) != '\n'
                        || CLOSERS.indexOf(normalized.charAt(cut)) >= 0)) {
                    cut++;
                }
            } else {
                cut = softCut(normalized, start, cut);
            }
            add(sentences, original, start, cut);
            start = cut;
            i = cut - 1;
        }
        add(sentences, original, start, n);
        return sentences;
    }

    private static boolean isLatinFullStop(String text, int i) {
        boolean afterWord = i > 0 && Character.isLetter(text.charAt(i - 1)) && text.charAt(i - 1) < 0x3000;
        boolean beforeSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        return afterWord && beforeSpace;
    }

    /** A cut point for an over-long run: after the last soft break in its second half, else at the limit. */
    private static int softCut(String text, int start, int limit) {
        for (int j = limit - 1; j > start + MAX_LENGTH / 2; j--) {
            if (SOFT_BREAKS.indexOf(text.charAt(j)) >= 0) {
                return j + 1;
            }
        }
        // Never split a surrogate pair.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static void add(List<Sentence> sentences, String original, int start, int end) {
        while (start < end && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end, original.substring(start, end)));
        }
    }
}
