package dev.tupu.extract.hanlp;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.extract.names.TaggedNameRecognizer;
import dev.tupu.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * Adds {@link Layer#CANDIDATES}: the names HanLP's HMM recognisers find, as a second opinion beside the trained
 * model (its person recogniser knows surnames and given-name characters the model may not have seen). They rank
 * below the model's names where the two overlap.
 */
public final class HmmNameRecognizer implements Stage {
    private final HanlpSegmenter segmenter = new HanlpSegmenter();
    private final TaggedNameRecognizer names = new TaggedNameRecognizer(TaggedNameRecognizer.HMM,
            HanlpDictionary.commonWords());

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        Annotation tagged = names.apply(segmenter.apply(in));
        List<Mention> added = tagged.candidates().subList(in.candidates().size(), tagged.candidates().size());
        return in.plusCandidates(added);
    }
}
