package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.seg.common.Term;
import dev.tupu.extract.Annotation;
import dev.tupu.model.Sentence;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a HanLP segmenter sentence by sentence over the normalised text; token offsets are into the original.
 * Latin-script words (CEO, GPT-3, Yann) are words of their own, tagged nx as HanLP tags Latin strings, and the Chinese
 * text between them is segmented alone: the models learned from People's Daily 1998, which has almost no Latin
 * script, and glue it to the characters around it (联席CEO王 / 小明).
 */
final class SentenceTerms {
    static final String LATIN_TAG = "nx";
    /** A Latin word: letters and digits with inner joiners (GPT-3, Node.js, C++), at least one letter. */
    private static final Pattern LATIN_WORD = Pattern.compile(
            "(?<![A-Za-z0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]+(?:[-._&][A-Za-z0-9]+)*(?:\\+\\+|#)?");

    private SentenceTerms() {
    }

    static List<Token> tokens(Annotation in, Function<String, List<Term>> segmenter) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : in.sentences()) {
            String text = in.normalized().substring(sentence.start(), sentence.end());
            Matcher latin = LATIN_WORD.matcher(text);
            int from = 0;
            while (latin.find()) {
                if (latin.start() > from) {
                    add(tokens, sentence.start() + from, text.substring(from, latin.start()), segmenter);
                }
                tokens.add(new Token(sentence.start() + latin.start(), sentence.start() + latin.end(), latin.group(),
                        LATIN_TAG));
                from = latin.end();
            }
            if (from < text.length()) {
                add(tokens, sentence.start() + from, text.substring(from), segmenter);
            }
        }
        return tokens;
    }

    /** The terms of {@code text}, which starts at {@code base} in the whole text; white space at its ends is none. */
    private static void add(List<Token> tokens, int base, String text, Function<String, List<Term>> segmenter) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        int trail = text.length();
        while (trail > lead && Character.isWhitespace(text.charAt(trail - 1))) {
            trail--;
        }
        if (lead == trail) {
            return;
        }
        base += lead;
        text = text.substring(lead, trail);
        for (Term term : segmenter.apply(text)) {
            int start = base + term.offset;
            int end = start + term.word.length();
            if (term.offset >= 0 && term.offset + term.word.length() <= text.length()) {
                tokens.add(new Token(start, end, term.word, term.nature == null ? "x" : term.nature.toString()));
            }
        }
    }
}
