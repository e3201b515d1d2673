package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.model.perceptron.PerceptronLexicalAnalyzer;
import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;

import java.util.Set;

/**
 * Adds {@link Layer#TOKENS} with the trained perceptron models (segmentation, part of speech, named entities):
 * a recognised person, place or organisation is one token tagged nr, ns or nt. Offsets are into the original text.
 * The models decode with {@link FactoredViterbiPerceptron}: HanLP's labels, with a fraction of its arithmetic.
 * The analyzer keeps configuration in mutable fields: one per instance, not thread-safe.
 */
public final class PerceptronSegmenter implements Stage {
    private final PerceptronLexicalAnalyzer analyzer;

    /** Words, parts of speech and HanLP's named entities (nr, ns, nt words). */
    public PerceptronSegmenter(PerceptronModels models) {
        this(models, true);
    }

    /** @param names false for words and parts of speech only (names then come from another stage) */
    public PerceptronSegmenter(PerceptronModels models, boolean names) {
        analyzer = names ? models.newAnalyzer() : models.newWordAnalyzer();
        analyzer.enableOffset(true);
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
        return in.withTokens(SentenceTerms.tokens(in, analyzer::seg));
    }
}
