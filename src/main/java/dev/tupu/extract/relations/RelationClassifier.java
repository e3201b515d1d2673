package dev.tupu.extract.relations;

import dev.tupu.extract.FeatureIndex;
import dev.tupu.extract.WeightRows;
import dev.tupu.model.Relation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned relation classifier's model: multinomial logistic regression over {@link PairFeatures}, whose
 * labels are "none" and the vocabulary relations it was trained for; each relation has the probability threshold
 * above which it is stated ({@link #threshold}), chosen on held-out data. Read-only once loaded: one instance
 * serves every thread. Made by {@code tupu train --only relations} ({@code train/RelationClassifierTrainer}),
 * shipped as {@code models/relations.bin.gz} with its manifest {@code models/relations.json}.
 */
public final class RelationClassifier {
    private static final String MAGIC = "tupu-relations-2";
    private static final String RESOURCE = "/models/relations.bin.gz";
    private static volatile RelationClassifier shared;

    private final List<Relation> relations;
    private final FeatureIndex index;
    private final float[] weights;
    private final float[] thresholds;

    /**
     * @param relations  the labels after "none" (label {@code i + 1} is {@code relations.get(i)})
     * @param weights    {@code index.size() × (relations.size() + 1)} scores, row by row
     * @param thresholds per relation, the probability above which it is stated (above 1: never)
     */
    public RelationClassifier(List<Relation> relations, FeatureIndex index, float[] weights, float[] thresholds) {
        this.relations = List.copyOf(relations);
        this.index = index;
        this.weights = weights;
        this.thresholds = thresholds;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The probability threshold of a relation the model knows. */
    public float threshold(int relation) {
        return thresholds[relation];
    }

    public RelationClassifier withThresholds(float[] values) {
        return new RelationClassifier(relations, index, weights, values.clone());
    }

    /**
     * The same model keeping only its {@code max} strongest features (by their largest weight): the weakest change
     * almost no decision and cost memory, lookups and size in the jar.
     */
    public RelationClassifier pruned(int max) {
        int size = relations.size() + 1;
        int rows = index.size();
        if (rows <= max) {
            return this;
        }
        float[] strength = new float[rows];
        for (int r = 0; r < rows; r++) {
            for (int l = 0; l < size; l++) {
                strength[r] = Math.max(strength[r], Math.abs(weights[r * size + l]));
            }
        }
        float[] sorted = strength.clone();
        java.util.Arrays.sort(sorted);
        float cut = sorted[rows - max];
        FeatureIndex kept = new FeatureIndex(max);
        float[] keptWeights = new float[max * size];
        index.forEach((key, row) -> {
            if (strength[row] >= cut && kept.size() < max) {
                System.arraycopy(weights, row * size, keptWeights, kept.add(key) * size, size);
            }
        });
        return new RelationClassifier(relations, kept, java.util.Arrays.copyOf(keptWeights, kept.size() * size),
                thresholds);
    }

    /** The probability of each label: [none, relations...]. */
    public double[] probabilities(long[] features) {
        int size = relations.size() + 1;
        double[] scores = new double[size];
        for (long f : features) {
            int row = index.get(f);
            if (row >= 0) {
                for (int l = 0; l < size; l++) {
                    scores[l] += weights[row * size + l];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int l = 0; l < size; l++) {
            scores[l] = Math.exp(scores[l] - max);
            sum += scores[l];
        }
        for (int l = 0; l < size; l++) {
            scores[l] /= sum;
        }
        return scores;
    }

    public static boolean available() {
        return WeightRows.hasResource(RESOURCE);
    }

    public static RelationClassifier shared() {
        if (shared == null) {
            synchronized (RelationClassifier.class) {
                if (shared == null) {
                    shared = WeightRows.loadResource(RESOURCE, "run 'tupu train --only relations'",
                            RelationClassifier::read);
                }
            }
        }
        return shared;
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeUTF(MAGIC);
        out.writeInt(relations.size());
        for (int i = 0; i < relations.size(); i++) {
            out.writeUTF(relations.get(i).localName());
            out.writeFloat(thresholds[i]);
        }
        int size = relations.size() + 1;
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        WeightRows.write(out, index, size, scale, (row, l) -> (short) Math.round(weights[row * size + l] / scale));
        out.flush();
    }

    public static RelationClassifier read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a tupu relation model");
        }
        int count = in.readInt();
        List<Relation> relations = new ArrayList<>();
        float[] thresholds = new float[count];
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            relations.add(Relation.byLocalName(name).orElseThrow(() -> new IOException("unknown relation " + name)));
            thresholds[i] = in.readFloat();
        }
        int size = count + 1;
        WeightRows rows = WeightRows.read(in, size);
        float[] weights = new float[rows.weights().length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rows.weights()[i] * rows.scale();
        }
        return new RelationClassifier(relations, rows.index(), weights, thresholds);
    }
}
