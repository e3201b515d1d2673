package dev.tupu.extract.names;

import dev.tupu.extract.FeatureIndex;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The learned name tagger's model: a linear score per (feature, label) and per pair of adjacent labels, decoded
 * with Viterbi over {@link NameLabels}' valid sequences. Features come from {@link NameFeatures}. Read-only once
 * loaded, so one instance serves every thread. Made by {@code tupu train} ({@code train/NameTaggerTrainer}), shipped
 * as {@code models/names.bin.gz} with its manifest {@code models/names.json}.
 */
public final class NameTagger {
    private static final String MAGIC = "tupu-names-1";
    private static final String RESOURCE = "/models/names.bin.gz";
    private static volatile NameTagger shared;

    private final NameLabels labels;
    private final FeatureIndex index;
    private final float[] weights;
    private final float[][] transitions;

    /**
     * @param weights     {@code index.size() × labels.size()} scores, row by row
     * @param transitions {@code (labels.size() + 1) × labels.size()}: from each label, then from the start
     */
    public NameTagger(NameLabels labels, FeatureIndex index, float[] weights, float[][] transitions) {
        this.labels = labels;
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
    }

    public NameLabels labels() {
        return labels;
    }

    /** The best labels for a sentence's unit features. */
    public int[] tag(long[][] features) {
        int size = labels.size();
        float[][] emissions = new float[features.length][size];
        for (int i = 0; i < features.length; i++) {
            float[] e = emissions[i];
            for (long f : features[i]) {
                int row = index.get(f);
                if (row >= 0) {
                    int base = row * size;
                    for (int l = 0; l < size; l++) {
                        e[l] += weights[base + l];
                    }
                }
            }
        }
        return labels.viterbi(emissions, transitions, null);
    }

    /** True when the jar carries a trained model. */
    public static boolean available() {
        return NameTagger.class.getResource(RESOURCE) != null;
    }

    /** The shipped model, loaded once. */
    public static NameTagger shared() {
        if (shared == null) {
            synchronized (NameTagger.class) {
                if (shared == null) {
                    try (InputStream in = NameTagger.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing from the class path: run 'tupu train'");
                        }
                        shared = read(new GZIPInputStream(in, 1 << 16));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return shared;
    }

    /**
     * Writes the model: weights as 16-bit integers with one scale (about four significant digits, plenty for a
     * perceptron's scores), rows whose weights are all zero left out.
     */
    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeUTF(MAGIC);
        out.writeInt(labels.types().size());
        for (String type : labels.types()) {
            out.writeUTF(type);
        }
        int size = labels.size();
        for (float[] row : transitions) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        List<long[]> rows = new ArrayList<>();
        index.forEach((key, row) -> {
            boolean any = false;
            for (int l = 0; l < size && !any; l++) {
                any = Math.round(weights[row * size + l] / scale) != 0;
            }
            if (any) {
                rows.add(new long[] {key, row});
            }
        });
        out.writeFloat(scale);
        out.writeInt(rows.size());
        for (long[] r : rows) {
            out.writeLong(r[0]);
            int base = (int) r[1] * size;
            for (int l = 0; l < size; l++) {
                out.writeShort((short) Math.round(weights[base + l] / scale));
            }
        }
        out.flush();
    }

    public static NameTagger read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a tupu name-tagger model");
        }
        int typeCount = in.readInt();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < typeCount; i++) {
            types.add(in.readUTF());
        }
        NameLabels labels = new NameLabels(types);
        int size = labels.size();
        float[][] transitions = new float[size + 1][size];
        for (float[] row : transitions) {
            for (int l = 0; l < size; l++) {
                row[l] = in.readFloat();
            }
        }
        float scale = in.readFloat();
        int rows = in.readInt();
        FeatureIndex index = new FeatureIndex(rows);
        float[] weights = new float[rows * size];
        for (int r = 0; r < rows; r++) {
            index.add(in.readLong());
            for (int l = 0; l < size; l++) {
                weights[r * size + l] = in.readShort() * scale;
            }
        }
        return new NameTagger(labels, index, weights, transitions);
    }
}
