package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds {@link Layer#CANDIDATES}: every known name of the {@link Lexicon} in the normalised text. */
public final class LexiconRecognizer implements Stage {
    public static final String SOURCE = "lexicon";
    private final Lexicon lexicon;

    public LexiconRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        List<Mention> found = new ArrayList<>();
        for (Lexicon.Match match : lexicon.findAll(in.normalized())) {
            found.add(new Mention(match.start(), match.end(), in.original().substring(match.start(), match.end()),
                    match.entry().type(), match.entry().key(), SOURCE));
        }
        return in.plusCandidates(found);
    }
}
