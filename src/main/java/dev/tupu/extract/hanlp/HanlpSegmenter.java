package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;

import java.util.Set;

/**
 * Adds {@link Layer#TOKENS}: HanLP's Viterbi segmenter with its HMM person, transliterated-name, place and
 * organisation recognisers, run on each sentence of the normalised text. Token offsets are into the original text.
 * A HanLP {@link Segment} keeps its configuration in mutable fields, so each instance owns one: not thread-safe.
 */
public final class HanlpSegmenter implements Stage {
    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true);

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
        return in.withTokens(SentenceTerms.tokens(in, segment::seg));
    }
}
