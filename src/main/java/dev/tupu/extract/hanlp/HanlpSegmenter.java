package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
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
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : in.sentences()) {
            String text = in.normalized().substring(sentence.start(), sentence.end());
            for (Term term : segment.seg(text)) {
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
