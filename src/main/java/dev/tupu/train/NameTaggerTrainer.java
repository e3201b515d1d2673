package dev.tupu.train;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Pipeline;
import dev.tupu.extract.FeatureIndex;
import dev.tupu.extract.names.NameFeatures;
import dev.tupu.extract.names.NameLabels;
import dev.tupu.extract.names.NameTagger;
import dev.tupu.model.Sentence;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the learned name tagger ({@link NameTagger}): an averaged structured perceptron over
 * {@link NameFeatures}, first-order label transitions, Viterbi over {@link NameLabels}' valid sequences.
 * <ol>
 *   <li>each text is normalised, split and segmented as the pipeline does (the {@code front} pipeline), so the
 *       features seen in training are those seen when decoding; each feature also gets its copy for the text's
 *       annotation style ({@link NameFeatures#styled}), so what one corpus's conventions alone say is learned
 *       there;</li>
 *   <li>each sentence's units get their gold labels from the text's names; a unit a name cuts in two, or inside a
 *       span of an {@linkplain NerCorpus#OPEN open} type, is left open: the training target there is the model's
 *       own best labelling consistent with the rest (so corpora that annotate differently do not fight);</li>
 *   <li>features seen fewer than {@code minCount} times are dropped;</li>
 *   <li>each epoch visits the sentences in a fixed pseudo-random order; a wrong labelling moves the weights towards
 *       the gold one; the model keeps the average of the weights over all steps.</li>
 * </ol>
 */
public final class NameTaggerTrainer {
    private final NameLabels labels;
    private final List<String> styles;
    private final int epochs;
    private final int minCount;
    private final long seed;

    /** One sentence ready for training: feature rows per unit, and each unit's gold label or -1 (open). */
    record Sequence(int[][] features, int[] gold) {
    }

    /**
     * A text to train on, its annotation style (one of the trainer's styles), and whether its names are only some of
     * its names (then what lies outside them is left open, not taken for no name).
     */
    public record Example(NerCorpus.Text text, String style, boolean partial) {
    }

    public NameTaggerTrainer(List<String> types, List<String> styles, int epochs, int minCount, long seed) {
        this.labels = new NameLabels(types);
        this.styles = List.copyOf(styles);
        this.epochs = epochs;
        this.minCount = minCount;
        this.seed = seed;
    }

    /** Trains on {@code examples}, reporting progress to {@code log}. */
    public NameTagger train(List<Example> examples, Pipeline front, Consumer<String> log) {
        List<long[][]> hashed = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        int done = 0;
        for (Example example : examples) {
            NerCorpus.Text text = example.text();
            int style = styles.indexOf(example.style());
            if (style < 0) {
                throw new IllegalArgumentException("style '" + example.style() + "' is not one of " + styles);
            }
            Annotation a = front.annotate(text.text());
            int t = 0;
            for (Sentence s : a.sentences()) {
                List<Token> tokens = new ArrayList<>();
                while (t < a.tokens().size() && a.tokens().get(t).start() < s.start()) {
                    t++;
                }
                for (int k = t; k < a.tokens().size() && a.tokens().get(k).start() < s.end(); k++) {
                    tokens.add(a.tokens().get(k));
                }
                List<NameFeatures.Unit> units = NameFeatures.units(a.normalized(), s.start(), s.end());
                if (units.isEmpty()) {
                    continue;
                }
                hashed.add(withStyle(NameFeatures.features(a.normalized(), units, tokens), style));
                golds.add(gold(units, text.spans(), example.partial()));
            }
            if (++done % 20000 == 0) {
                log.accept("prepared " + done + " of " + examples.size() + " texts");
            }
        }
        FeatureIndex index = index(hashed);
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < hashed.size(); i++) {
            long[][] h = hashed.get(i);
            int[][] rows = new int[h.length][];
            for (int u = 0; u < h.length; u++) {
                int[] r = new int[h[u].length];
                int n = 0;
                for (long f : h[u]) {
                    int row = index.get(f);
                    if (row >= 0) {
                        r[n++] = row;
                    }
                }
                rows[u] = java.util.Arrays.copyOf(r, n);
            }
            sequences.add(new Sequence(rows, golds.get(i)));
            hashed.set(i, null);
        }
        log.accept(String.format("%d sentences, %d features kept (seen at least %d times)", sequences.size(),
                index.size(), minCount));
        return perceptron(sequences, index, log);
    }

    /** Each unit's features followed by their copies for {@code style}. */
    private static long[][] withStyle(long[][] features, int style) {
        long[][] out = new long[features.length][];
        for (int u = 0; u < features.length; u++) {
            long[] shared = features[u];
            long[] both = java.util.Arrays.copyOf(shared, shared.length * 2);
            for (int f = 0; f < shared.length; f++) {
                both[shared.length + f] = NameFeatures.styled(shared[f], style);
            }
            out[u] = both;
        }
        return out;
    }

    /**
     * Each unit's label: a name's B/I/E/S, O outside names ({@code partial}: -1 there), -1 where the gold does not
     * say.
     */
    int[] gold(List<NameFeatures.Unit> units, List<NerCorpus.Span> spans, boolean partial) {
        int[] gold = new int[units.size()];
        if (partial) {
            java.util.Arrays.fill(gold, -1);
        }
        int first = units.get(0).start();
        int last = units.get(units.size() - 1).end();
        for (NerCorpus.Span span : spans) {
            if (span.end() <= first || span.start() >= last) {
                continue;
            }
            int from = -1;
            int to = -1;
            boolean clean = true;
            for (int u = 0; u < units.size(); u++) {
                NameFeatures.Unit unit = units.get(u);
                boolean inside = unit.start() >= span.start() && unit.end() <= span.end();
                boolean cut = unit.start() < span.end() && unit.end() > span.start() && !inside;
                clean &= !cut;
                if (inside || cut) {
                    from = from < 0 ? u : from;
                    to = u + 1;
                }
            }
            if (from < 0) {
                continue;
            }
            int type = labels.types().indexOf(span.type());
            boolean open = !clean || type < 0 || span.start() < first || span.end() > last;
            for (int u = from; u < to; u++) {
                gold[u] = open ? -1 : labels.label(type, u - from, to - from);
            }
        }
        return gold;
    }

    private FeatureIndex index(List<long[][]> hashed) {
        FeatureIndex all = new FeatureIndex(1 << 20);
        int[] counts = new int[1 << 20];
        for (long[][] sentence : hashed) {
            for (long[] unit : sentence) {
                for (long f : unit) {
                    int row = all.add(f);
                    if (row >= counts.length) {
                        counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[row]++;
                }
            }
        }
        FeatureIndex kept = new FeatureIndex(all.size() / 2);
        int[] seen = counts;
        all.forEach((key, row) -> {
            if (seen[row] >= minCount) {
                kept.add(key);
            }
        });
        return kept;
    }

    private NameTagger perceptron(List<Sequence> sequences, FeatureIndex index, Consumer<String> log) {
        int size = labels.size();
        float[] w = new float[index.size() * size];
        double[] wSteps = new double[w.length];
        float[][] trans = new float[size + 1][size];
        double[][] transSteps = new double[size + 1][size];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            long errors = 0;
            long units = 0;
            for (int i : order) {
                Sequence s = sequences.get(i);
                float[][] emissions = emissions(s.features(), w, size);
                int[] predicted = labels.viterbi(emissions, trans, null);
                int[] target = target(s, emissions, trans, predicted);
                units += predicted.length;
                for (int u = 0; u < predicted.length; u++) {
                    if (predicted[u] != target[u]) {
                        errors++;
                        for (int f : s.features()[u]) {
                            add(w, wSteps, f * size + target[u], 1, step);
                            add(w, wSteps, f * size + predicted[u], -1, step);
                        }
                    }
                    int gPrev = u == 0 ? size : target[u - 1];
                    int pPrev = u == 0 ? size : predicted[u - 1];
                    if (gPrev != pPrev || target[u] != predicted[u]) {
                        trans[gPrev][target[u]] += 1;
                        transSteps[gPrev][target[u]] += step;
                        trans[pPrev][predicted[u]] -= 1;
                        transSteps[pPrev][predicted[u]] -= step;
                    }
                }
                step++;
            }
            log.accept(String.format("epoch %d: %.4f of units wrong", epoch, errors / (double) Math.max(1, units)));
        }
        // The averaged weights: w - (sum of step × update) / steps.
        float[] averaged = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            averaged[i] = (float) (w[i] - wSteps[i] / step);
        }
        float[][] averagedTrans = new float[size + 1][size];
        for (int a = 0; a <= size; a++) {
            for (int b = 0; b < size; b++) {
                averagedTrans[a][b] = (float) (trans[a][b] - transSteps[a][b] / step);
            }
        }
        return new NameTagger(labels, styles, index, averaged, averagedTrans);
    }

    /** The gold labels where known; elsewhere the best labelling consistent with them. */
    private int[] target(Sequence s, float[][] emissions, float[][] trans, int[] predicted) {
        boolean open = false;
        boolean agrees = true;
        for (int u = 0; u < s.gold().length; u++) {
            open |= s.gold()[u] < 0;
            agrees &= s.gold()[u] < 0 || s.gold()[u] == predicted[u];
        }
        if (!open) {
            return s.gold();
        }
        if (agrees) {
            return predicted;
        }
        boolean[][] mask = new boolean[s.gold().length][];
        for (int u = 0; u < mask.length; u++) {
            if (s.gold()[u] >= 0) {
                mask[u] = new boolean[labels.size()];
                mask[u][s.gold()[u]] = true;
            }
        }
        return labels.viterbi(emissions, trans, mask);
    }

    private static float[][] emissions(int[][] features, float[] w, int size) {
        float[][] e = new float[features.length][size];
        for (int u = 0; u < features.length; u++) {
            float[] row = e[u];
            for (int f : features[u]) {
                int base = f * size;
                for (int l = 0; l < size; l++) {
                    row[l] += w[base + l];
                }
            }
        }
        return e;
    }

    private static void add(float[] w, double[] steps, int i, int delta, long step) {
        w[i] += delta;
        steps[i] += (double) delta * step;
    }
}
