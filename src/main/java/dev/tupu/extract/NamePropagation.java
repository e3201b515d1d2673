package dev.tupu.extract;

import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds {@link Layer#CANDIDATES}: once a name is recognised somewhere in a text, its other occurrences are mentions
 * too (the segmenter may have glued one of them to a neighbour, as in X团队). Latin names must stand as whole
 * words. Names of one character are not propagated.
 */
public final class NamePropagation implements Stage {
    public static final String SOURCE = "propagated";

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        Map<String, Mention> names = new LinkedHashMap<>();
        for (Mention m : in.candidates()) {
            if (!LexiconRecognizer.SOURCE.equals(m.source()) && m.length() >= 2) {
                names.putIfAbsent(in.normalized().substring(m.start(), m.end()), m);
            }
        }
        List<Mention> found = new ArrayList<>();
        String text = in.normalized();
        for (var name : names.entrySet()) {
            int at = text.indexOf(name.getKey());
            while (at >= 0) {
                int end = at + name.getKey().length();
                boolean wholeWord = (at == 0 || !Names.isLatinWordChar(text.charAt(at - 1)))
                        && (end >= text.length() || !Names.isLatinWordChar(text.charAt(end)));
                if (wholeWord) {
                    found.add(new Mention(at, end, in.original().substring(at, end), name.getValue().type(), null,
                            SOURCE));
                }
                at = text.indexOf(name.getKey(), end);
            }
        }
        return in.plusCandidates(found);
    }
}
