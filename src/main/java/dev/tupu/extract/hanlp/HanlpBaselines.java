package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.model.perceptron.PerceptronLexicalAnalyzer;
import com.hankcs.hanlp.seg.Segment;

import java.util.function.Consumer;

/** HanLP's own NER segmenters, as baselines for benchmarks: each consumes one text. Not thread-safe. */
public final class HanlpBaselines {
    private HanlpBaselines() {
    }

    /** HanLP's perceptron lexical analyzer (segmentation, POS, NER) with the same models tupu ships. */
    public static Consumer<String> perceptron() {
        PerceptronModels models = PerceptronModels.shared();
        PerceptronLexicalAnalyzer analyzer = new PerceptronLexicalAnalyzer(models.segmentation, models.partOfSpeech,
                models.entities);
        analyzer.enableCustomDictionary(false);
        return analyzer::seg;
    }

    /** HanLP's Viterbi segmenter with its HMM person, place and organisation recognisers. */
    public static Consumer<String> hmm() {
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true).enableOrganizationRecognize(true);
        return segment::seg;
    }
}
