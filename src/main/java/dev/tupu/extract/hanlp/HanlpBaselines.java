package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

import java.util.function.Consumer;

/** HanLP's own NER segmenters, as baselines for benchmarks: each consumes one text. Not thread-safe. */
public final class HanlpBaselines {
    private HanlpBaselines() {
    }

    /**
     * HanLP's perceptron lexical analyzer (segmentation, POS, NER) with the same models tupu ships, decoded by
     * HanLP's own Viterbi: the raw tagger tupu is measured against.
     */
    public static Consumer<String> perceptron() {
        return PerceptronModels.shared().newHanlpAnalyzer()::seg;
    }

    /**
     * The same analyzer decoding with {@link FactoredViterbiPerceptron}, as tupu's pipeline does: against it, the
     * pipeline's own overhead shows apart from the faster decoding.
     */
    public static Consumer<String> perceptronFactored() {
        return PerceptronModels.shared().newAnalyzer()::seg;
    }

    /** HanLP's Viterbi segmenter with its HMM person, place and organisation recognisers. */
    public static Consumer<String> hmm() {
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true).enableOrganizationRecognize(true);
        return segment::seg;
    }
}
