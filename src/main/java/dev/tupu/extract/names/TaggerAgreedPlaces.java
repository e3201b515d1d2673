package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.CoreType;
import dev.tupu.model.Mention;

import java.util.List;
import java.util.Set;

/**
 * Corrects {@link Layer#CANDIDATES} when a text is read in one training corpus's style: a lexicon's place counts only
 * where the name tagger, reading that style, finds a name too. Corpora disagree about which places are names (CLUENER
 * marks 中国 inside an address, not in 中国市场); the tagger has learned each corpus's convention and the lexicon none.
 * Articles, read in the mean style, keep every lexicon place: no corpus's convention binds them.
 */
public final class TaggerAgreedPlaces implements Stage {

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        // which characters the tagger's names cover (one pass: a long text has many names)
        boolean[] tagged = new boolean[in.normalized().length() + 1];
        for (Mention c : in.candidates()) {
            if (TaggedNameRecognizer.MODEL.equals(c.source())) {
                java.util.Arrays.fill(tagged, c.start(), c.end(), true);
            }
        }
        List<Mention> kept = in.candidates().stream().filter(c -> !isLexiconPlace(c) || overlaps(tagged, c)).toList();
        return kept.size() == in.candidates().size() ? in : in.withCandidates(kept);
    }

    private static boolean isLexiconPlace(Mention m) {
        return LexiconRecognizer.SOURCE.equals(m.source()) && m.type().core() == CoreType.PLACE;
    }

    private static boolean overlaps(boolean[] tagged, Mention m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (tagged[i]) {
                return true;
            }
        }
        return false;
    }
}
