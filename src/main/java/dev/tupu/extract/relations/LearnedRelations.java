package dev.tupu.extract.relations;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.Mention;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds to {@link Layer#RELATIONS} what the learned {@link RelationClassifier} finds: every ordered pair of names
 * of a sentence, at most {@value #MAX_GAP} chars apart, whose classes the vocabulary allows for a relation the
 * model knows, is scored by {@link PairFeatures}; the most probable relation (other than none) is stated when its
 * probability passes the relation's threshold, with that probability as confidence and the rule {@code learned}. A relation the rules
 * already found in the sentence is not stated twice. Needs the words, the mentions and the rules' relations.
 */
public final class LearnedRelations implements Stage {
    public static final String RULE = "learned";
    static final int MAX_GAP = 50;
    private final RelationClassifier model;

    public LearnedRelations(RelationClassifier model) {
        this.model = model;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.RELATIONS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.RELATIONS);
    }

    @Override
    public Annotation apply(Annotation in) {
        List<Mention> names = RelationExtractor.outermost(in.mentions());
        Set<String> known = new HashSet<>();
        // A pair a title relates (前甲公司高管王五: worksFor) is what the title says, not what the model guesses.
        Set<String> titled = new HashSet<>();
        for (RelationMention r : in.relations()) {
            known.add(key(r.subject().key(), r.relation(), r.object().key(), r.sentence().index()));
            if (r.rule().startsWith("title")) {
                titled.add(pair(r.subject().key(), r.object().key(), r.sentence().index()));
            }
        }
        List<RelationMention> out = new ArrayList<>(in.relations());
        int n = 0;
        int t = 0;
        for (Sentence s : in.sentences()) {
            List<Mention> local = new ArrayList<>();
            while (n < names.size() && names.get(n).start() < s.start()) {
                n++;
            }
            for (int i = n; i < names.size() && names.get(i).start() < s.end(); i++) {
                if (names.get(i).end() <= s.end()) {
                    local.add(names.get(i));
                }
            }
            List<Token> tokens = new ArrayList<>();
            while (t < in.tokens().size() && in.tokens().get(t).start() < s.start()) {
                t++;
            }
            for (int i = t; i < in.tokens().size() && in.tokens().get(i).start() < s.end(); i++) {
                tokens.add(in.tokens().get(i));
            }
            for (RelationMention r : classify(in.normalized(), s, tokens, local)) {
                String k = key(r.subject().key(), r.relation(), r.object().key(), s.index());
                String reverse = key(r.object().key(), r.relation(), r.subject().key(), s.index());
                boolean byTitle = titled.contains(pair(r.subject().key(), r.object().key(), s.index()))
                        || titled.contains(pair(r.object().key(), r.subject().key(), s.index()));
                if (!known.contains(k) && !(r.relation().symmetric() && known.contains(reverse)) && !byTitle) {
                    known.add(k);
                    out.add(r);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt((RelationMention r) -> r.sentence().index())
                .thenComparingInt(r -> r.subject().start()));
        return in.withRelations(out);
    }

    private static String pair(String a, String b, int sentence) {
        return a + "|" + b + "|" + sentence;
    }

    /** The relations the model states between the names of one sentence. */
    public List<RelationMention> classify(String text, Sentence sentence, List<Token> tokens, List<Mention> names) {
        List<PairFeatures.Span> spans = names.stream()
                .map(m -> new PairFeatures.Span(m.start(), m.end(), m.type())).toList();
        PairFeatures.Words words = PairFeatures.words(tokens);
        List<RelationMention> out = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = 0; b < names.size(); b++) {
                Mention s = names.get(a);
                Mention o = names.get(b);
                if (a == b || s.key().equals(o.key()) || gap(s, o) > MAX_GAP || !anyFits(s, o)) {
                    continue;
                }
                double[] p = model.probabilities(PairFeatures.features(text, words, spans.get(a), spans.get(b), spans,
                        a, b));
                // The most probable relation, stated when its probability passes the relation's threshold (which
                // may be under "none"'s: the thresholds are chosen on held-out data).
                int best = 0;
                for (int l = 1; l < p.length; l++) {
                    if (best == 0 || p[l] > p[best]) {
                        best = l;
                    }
                }
                if (best > 0) {
                    Relation r = model.relations().get(best - 1);
                    if (p[best] >= model.threshold(best - 1) && r.accepts(s.type().core(), o.type().core())) {
                        out.add(new RelationMention(s, r, o, sentence, RULE, Math.round(p[best] * 100) / 100.0));
                    }
                }
            }
        }
        return out;
    }

    private boolean anyFits(Mention s, Mention o) {
        for (Relation r : model.relations()) {
            if (r.accepts(s.type().core(), o.type().core())) {
                return true;
            }
        }
        return false;
    }

    private static int gap(Mention a, Mention b) {
        return a.start() < b.start() ? b.start() - a.end() : a.start() - b.end();
    }

    private static String key(String s, Relation r, String o, int sentence) {
        return s + "|" + r + "|" + o + "|" + sentence;
    }
}
