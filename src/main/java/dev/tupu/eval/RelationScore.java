package dev.tupu.eval;

/**
 * Counts for relations: of the triples predicted, how many the gold has (stated or inferred: precision); of the
 * triples the gold states explicitly, how many were found (the recall that counts); and of all gold triples.
 */
public record RelationScore(int predicted, int correct, int explicit, int explicitFound, int gold, int goldFound) {
    public static final RelationScore ZERO = new RelationScore(0, 0, 0, 0, 0, 0);

    static RelationScore predicted(boolean right) {
        return new RelationScore(1, right ? 1 : 0, 0, 0, 0, 0);
    }

    static RelationScore gold(boolean explicit, boolean found) {
        return new RelationScore(0, 0, explicit ? 1 : 0, explicit && found ? 1 : 0, 1, found ? 1 : 0);
    }

    public RelationScore plus(RelationScore o) {
        return new RelationScore(predicted + o.predicted, correct + o.correct, explicit + o.explicit,
                explicitFound + o.explicitFound, gold + o.gold, goldFound + o.goldFound);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Recall over the relations the text states. */
    public double recall() {
        return explicit == 0 ? 0 : (double) explicitFound / explicit;
    }

    /** Recall over every gold relation, inferred ones included. */
    public double recallAll() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.4f  R %.4f  F1 %.4f  (right %d of %d; explicit found %d of %d; all %.4f: %d of %d)",
                precision(), recall(), f1(), correct, predicted, explicitFound, explicit, recallAll(), goldFound, gold);
    }
}
