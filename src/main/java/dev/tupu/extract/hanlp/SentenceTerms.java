package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.seg.common.Term;
import dev.tupu.extract.Annotation;
import dev.tupu.model.Sentence;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs a HanLP segmenter sentence by sentence over the normalised text; token offsets are into the original. */
final class SentenceTerms {
    private SentenceTerms() {
    }

    static List<Token> tokens(Annotation in, Function<String, List<Term>> segmenter) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : in.sentences()) {
            String text = in.normalized().substring(sentence.start(), sentence.end());
            for (Term term : segmenter.apply(text)) {
                int start = sentence.start() + term.offset;
                int end = start + term.word.length();
                if (term.offset >= 0 && end <= sentence.end()) {
                    tokens.add(new Token(start, end, term.word, term.nature == null ? "x" : term.nature.toString()));
                }
            }
        }
        return tokens;
    }
}
