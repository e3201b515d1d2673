package dev.tupu.train;

import dev.tupu.extract.FeatureIndex;
import dev.tupu.extract.relations.RelationClassifier;
import dev.tupu.model.Relation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the {@link RelationClassifier}: multinomial logistic regression over candidate pairs' features, by
 * stochastic gradient descent with AdaGrad step sizes and a small L2 penalty, in a fixed pseudo-random order.
 * Features seen fewer than {@code minCount} times are dropped.
 */
public final class RelationClassifierTrainer {
    private final List<Relation> relations;
    private final int epochs;
    private final int minCount;
    private final double rate;
    private final double l2;
    private final long seed;

    /** A candidate pair: its feature hashes and its label (0 none, {@code i + 1} the i-th relation). */
    public record Candidate(long[] features, int label) {
    }

    public RelationClassifierTrainer(List<Relation> relations, int epochs, int minCount, double rate, double l2,
                                     long seed) {
        this.relations = List.copyOf(relations);
        this.epochs = epochs;
        this.minCount = minCount;
        this.rate = rate;
        this.l2 = l2;
        this.seed = seed;
    }

    public RelationClassifier train(List<Candidate> candidates, Consumer<String> log) {
        FeatureIndex all = new FeatureIndex(1 << 18);
        int[] counts = new int[1 << 18];
        for (Candidate c : candidates) {
            for (long f : c.features()) {
                int row = all.add(f);
                if (row >= counts.length) {
                    counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                }
                counts[row]++;
            }
        }
        FeatureIndex index = new FeatureIndex(all.size());
        int[] seen = counts;
        all.forEach((key, row) -> {
            if (seen[row] >= minCount) {
                index.add(key);
            }
        });
        List<int[]> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            int[] r = new int[c.features().length];
            int n = 0;
            for (long f : c.features()) {
                int row = index.get(f);
                if (row >= 0) {
                    r[n++] = row;
                }
            }
            rows.add(java.util.Arrays.copyOf(r, n));
        }
        int size = relations.size() + 1;
        float[] w = new float[index.size() * size];
        float[] g2 = new float[w.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        double[] p = new double[size];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            double loss = 0;
            for (int i : order) {
                int[] x = rows.get(i);
                int y = candidates.get(i).label();
                double max = Double.NEGATIVE_INFINITY;
                for (int l = 0; l < size; l++) {
                    double s = 0;
                    for (int f : x) {
                        s += w[f * size + l];
                    }
                    p[l] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int l = 0; l < size; l++) {
                    p[l] = Math.exp(p[l] - max);
                    sum += p[l];
                }
                for (int l = 0; l < size; l++) {
                    p[l] /= sum;
                }
                loss -= Math.log(Math.max(1e-12, p[y]));
                for (int l = 0; l < size; l++) {
                    double grad = p[l] - (l == y ? 1 : 0);
                    for (int f : x) {
                        int k = f * size + l;
                        double g = grad + l2 * w[k];
                        g2[k] += (float) (g * g);
                        w[k] -= (float) (rate * g / Math.sqrt(g2[k] + 1e-8));
                    }
                }
            }
            log.accept(String.format("epoch %d: mean loss %.4f", epoch, loss / Math.max(1, candidates.size())));
        }
        float[] thresholds = new float[relations.size()];
        java.util.Arrays.fill(thresholds, 0.5f);
        return new RelationClassifier(relations, index, w, thresholds);
    }
}
