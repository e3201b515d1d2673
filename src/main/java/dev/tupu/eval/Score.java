package dev.tupu.eval;

/** Counts of true positives, false positives and false negatives, and the precision, recall and F1 they give. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.4f  R %.4f  F1 %.4f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
