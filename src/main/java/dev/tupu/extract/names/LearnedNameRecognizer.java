package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.Sentence;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites {@link Layer#TOKENS} with the names the learned {@link NameTagger} finds: the words of each name become
 * one token tagged {@code nr} (person), {@code ns} (place) or {@code nt} (organisation), as a word-level named-entity
 * recogniser would leave them, so the recognisers after it read names from tags whichever model found them. A word
 * a name cuts is split at the name's edge. Needs the words and parts of speech of the segmenter (features), the
 * normalised text and its sentences. Reads names in one of the model's annotation styles ({@link NameTagger#styles()}).
 * Holds a cache of the model's rows: one instance per pipeline (per thread).
 */
public final class LearnedNameRecognizer implements Stage {
    private static final Map<String, String> TAGS = Map.of(
            "Person", "nr", "Place", "ns", "Organization", "nt");
    private final NameTagger tagger;
    private final int style;
    private final NameTagger.RowCache cache = new NameTagger.RowCache();

    /** @param style the number of a style of {@code tagger}, or {@link NameTagger#NO_STYLE} */
    public LearnedNameRecognizer(NameTagger tagger, int style) {
        this.tagger = tagger;
        this.style = style;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        List<Token> all = in.tokens();
        List<Token> out = new ArrayList<>(all.size());
        int t = 0;
        for (Sentence s : in.sentences()) {
            while (t < all.size() && all.get(t).start() < s.start()) {
                out.add(all.get(t++));
            }
            List<Token> tokens = new ArrayList<>();
            while (t < all.size() && all.get(t).start() < s.end()) {
                tokens.add(all.get(t++));
            }
            List<NameFeatures.Unit> units = NameFeatures.units(text, s.start(), s.end());
            if (units.isEmpty()) {
                out.addAll(tokens);
                continue;
            }
            int[] labels = tagger.tag(NameFeatures.features(text, units, tokens), cache, style);
            out.addAll(merge(text, tokens, names(units, tagger.labels().spans(labels))));
        }
        while (t < all.size()) {
            out.add(all.get(t++));
        }
        return in.withTokens(out);
    }

    /** Names as char spans with their tag. */
    private List<Token> names(List<NameFeatures.Unit> units, List<NameLabels.Span> spans) {
        List<Token> names = new ArrayList<>();
        for (NameLabels.Span span : spans) {
            int start = units.get(span.start()).start();
            int end = units.get(span.end() - 1).end();
            names.add(new Token(start, end, null, TAGS.get(tagger.labels().types().get(span.type()))));
        }
        return names;
    }

    /** The sentence's tokens with each name as one token; words a name overlaps keep only their parts outside it. */
    private static List<Token> merge(String text, List<Token> tokens, List<Token> names) {
        List<Token> out = new ArrayList<>();
        for (Token name : names) {
            out.add(new Token(name.start(), name.end(), text.substring(name.start(), name.end()), name.tag()));
        }
        int first = 0;
        for (Token token : tokens) {
            while (first < names.size() && names.get(first).end() <= token.start()) {
                first++;
            }
            int from = token.start();
            for (int n = first; n < names.size() && names.get(n).start() < token.end(); n++) {
                Token name = names.get(n);
                if (name.start() > from) {
                    out.add(new Token(from, name.start(), text.substring(from, name.start()), common(token.tag())));
                }
                from = Math.max(from, name.end());
            }
            if (from < token.end()) {
                out.add(new Token(from, token.end(), text.substring(from, token.end()), common(token.tag())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Token::start));
        return out;
    }

    /** The segmenter's name tags outside the tagger's names become a common noun's: the tagger decides names. */
    private static String common(String tag) {
        return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") ? "n" : tag;
    }
}
