package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.model.perceptron.PerceptronLexicalAnalyzer;
import com.hankcs.hanlp.seg.common.Term;
import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.Sentence;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds {@link Layer#TOKENS} with the trained perceptron models (segmentation, part of speech, named entities):
 * a recognised person, place or organisation is one token tagged nr, ns or nt. Offsets are into the original text.
 * The analyzer keeps configuration in mutable fields: one per instance, not thread-safe.
 */
public final class PerceptronSegmenter implements Stage {
    private final PerceptronLexicalAnalyzer analyzer;

    public PerceptronSegmenter(PerceptronModels models) {
        analyzer = new PerceptronLexicalAnalyzer(models.segmentation, models.partOfSpeech, models.entities);
        analyzer.enableOffset(true);
        analyzer.enableCustomDictionary(false);
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Annotation apply(Annotation in) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : in.sentences()) {
            String text = in.normalized().substring(sentence.start(), sentence.end());
            for (Term term : analyzer.seg(text)) {
                int start = sentence.start() + term.offset;
                int end = start + term.word.length();
                if (term.offset >= 0 && end <= sentence.end()) {
                    tokens.add(new Token(start, end, term.word, term.nature == null ? "x" : term.nature.toString()));
                }
            }
        }
        return in.withTokens(tokens);
    }
}
