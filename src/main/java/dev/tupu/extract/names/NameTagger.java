package dev.tupu.extract.names;

import dev.tupu.extract.FeatureIndex;
import dev.tupu.extract.WeightRows;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned name tagger's model: a linear score per (feature, label) and per pair of adjacent labels, decoded
 * with Viterbi over {@link NameLabels}' valid sequences. Features come from {@link NameFeatures}. Read-only once
 * loaded, so one instance serves every thread.
 * <p>
 * The training corpora draw names by different conventions (MSRA marks 中 in 中美 a place, People's Daily 1998 marks
 * nothing inside the abbreviation 中美), so beside each feature the model learns a copy per {@linkplain #styles()
 * style} (a corpus's conventions, after Daumé's "frustratingly easy" domain adaptation): decoding in a style adds
 * that style's copies to the shared weights; decoding in no style ({@link #NO_STYLE}) reads the shared ones alone.
 * Made by {@code tupu train} ({@code train/NameTaggerTrainer}), shipped
 * as {@code models/names.bin.gz} with its manifest {@code models/names.json}.
 */
public final class NameTagger {
    private static final String MAGIC = "tupu-names-2";
    private static final String MAGIC_WITHOUT_STYLES = "tupu-names-1";
    /** Decoding with the shared weights alone. */
    public static final int NO_STYLE = -1;
    /** The name of {@link #NO_STYLE}. */
    public static final String SHARED = "shared";
    /** The style whose copies are the mean of the corpora's ({@link #withMeanStyle}). */
    public static final String MEAN_STYLE = "mean";
    private static final String RESOURCE = "/models/names.bin.gz";
    private static volatile NameTagger shared;

    private final NameLabels labels;
    private final List<String> styles;
    private final FeatureIndex index;
    /** Scores as 16-bit integers, {@code index.size() × labels.size()}, row by row: the real score is × scale. */
    private final short[] weights;
    private final float scale;
    private final float[][] transitions;

    /**
     * @param styles      the annotation styles whose feature copies the model holds, numbered by their place here
     * @param weights     {@code index.size() × labels.size()} scores, row by row
     * @param transitions {@code (labels.size() + 1) × labels.size()}: from each label, then from the start
     */
    public NameTagger(NameLabels labels, List<String> styles, FeatureIndex index, float[] weights,
                      float[][] transitions) {
        this.labels = labels;
        this.styles = List.copyOf(styles);
        this.index = index;
        this.transitions = transitions;
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        this.scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        this.weights = new short[weights.length];
        for (int i = 0; i < weights.length; i++) {
            this.weights[i] = (short) Math.round(weights[i] / scale);
        }
    }

    private NameTagger(NameLabels labels, List<String> styles, FeatureIndex index, short[] weights, float scale,
                       float[][] transitions) {
        this.labels = labels;
        this.styles = List.copyOf(styles);
        this.index = index;
        this.weights = weights;
        this.scale = scale;
        this.transitions = transitions;
    }

    public NameLabels labels() {
        return labels;
    }

    /** The annotation styles the model knows, in their numbering. */
    public List<String> styles() {
        return styles;
    }

    /**
     * The number of a style, for {@link #tag}; {@link #SHARED}, {@link #NO_STYLE}.
     *
     * @throws IllegalArgumentException naming the known styles, when the model has no such style
     */
    public int style(String name) {
        if (SHARED.equals(name)) {
            return NO_STYLE;
        }
        int style = styles.indexOf(name);
        if (style < 0) {
            throw new IllegalArgumentException("no name style '" + name + "' in the model; it knows " + styles);
        }
        return style;
    }

    /** The best labels for a sentence's unit features, with the shared weights alone. */
    public int[] tag(long[][] features) {
        return tag(features, null, NO_STYLE);
    }

    /**
     * The best labels for a sentence's unit features read in {@code style} ({@link #NO_STYLE}: the shared weights
     * alone), looking features up through {@code cache} (one per thread; a text's characters and words recur, and
     * the model's table is far larger than the processor's caches).
     */
    public int[] tag(long[][] features, RowCache cache, int style) {
        int size = labels.size();
        float[][] emissions = new float[features.length][size];
        int[] sum = new int[size];
        for (int i = 0; i < features.length; i++) {
            java.util.Arrays.fill(sum, 0);
            for (long f : features[i]) {
                add(sum, cache == null ? index.get(f) : cache.row(f, index), size);
                if (style != NO_STYLE) {
                    long styled = NameFeatures.styled(f, style);
                    add(sum, cache == null ? index.get(styled) : cache.row(styled, index), size);
                }
            }
            for (int l = 0; l < size; l++) {
                emissions[i][l] = sum[l] * scale;
            }
        }
        return labels.viterbi(emissions, transitions, null);
    }

    private void add(int[] sum, int row, int size) {
        if (row >= 0) {
            int base = row * size;
            for (int l = 0; l < size; l++) {
                sum[l] += weights[base + l];
            }
        }
    }

    /**
     * The same model keeping only its {@code max} strongest features (by their largest score): the weakest change
     * almost no decision and cost memory and lookups.
     */
    public NameTagger pruned(int max) {
        int size = labels.size();
        int rows = index.size();
        if (rows <= max) {
            return this;
        }
        int[] strength = new int[rows];
        for (int r = 0; r < rows; r++) {
            int s = 0;
            for (int l = 0; l < size; l++) {
                s = Math.max(s, Math.abs(weights[r * size + l]));
            }
            strength[r] = s;
        }
        int[] sorted = strength.clone();
        java.util.Arrays.sort(sorted);
        int cut = sorted[rows - max];
        FeatureIndex kept = new FeatureIndex(max);
        short[] keptWeights = new short[max * size];
        int[] count = {0};
        index.forEach((key, row) -> {
            if (strength[row] > cut || (strength[row] == cut && count[0] < max && strength[row] > 0)) {
                if (count[0] < max) {
                    int to = kept.add(key);
                    System.arraycopy(weights, row * size, keptWeights, to * size, size);
                    count[0]++;
                }
            }
        });
        return new NameTagger(labels, styles, kept, java.util.Arrays.copyOf(keptWeights, kept.size() * size), scale,
                transitions);
    }

    /**
     * The same model with one more style, {@code name}, whose copy of each feature weighs the mean of the styles'
     * copies (a style without one counts as zero): reading in it reads names as the training corpora do on average
     * (a text of no known corpus).
     */
    public NameTagger withMeanStyle(String name) {
        int size = labels.size();
        int mean = styles.size();
        List<String> grownStyles = new ArrayList<>(styles);
        grownStyles.add(name);
        // each row kept, and at most one mean row per row: twice the rows at most
        FeatureIndex grown = new FeatureIndex(index.size() * 2);
        short[] grownWeights = new short[index.size() * 2 * size];
        index.forEach((key, row) -> System.arraycopy(weights, row * size, grownWeights, grown.add(key) * size, size));
        int[] sum = new int[size];
        index.forEach((key, row) -> {
            java.util.Arrays.fill(sum, 0);
            boolean any = false;
            for (int s = 0; s < mean; s++) {
                int copy = index.get(NameFeatures.styled(key, s));
                if (copy >= 0) {
                    any = true;
                    add(sum, copy, size);
                }
            }
            if (any) {
                int to = grown.add(NameFeatures.styled(key, mean));
                for (int l = 0; l < size; l++) {
                    grownWeights[to * size + l] = (short) Math.round(sum[l] / (float) mean);
                }
            }
        });
        return new NameTagger(labels, grownStyles, grown, java.util.Arrays.copyOf(grownWeights, grown.size() * size),
                scale, transitions);
    }

    /** A small direct-mapped cache of feature rows, for one thread. */
    public static final class RowCache {
        private static final int SIZE = 1 << 13;
        private final long[] keys = new long[SIZE];
        private final int[] rows = new int[SIZE];
        private final boolean[] filled = new boolean[SIZE];

        int row(long key, FeatureIndex index) {
            int slot = (int) (key ^ (key >>> 29)) & (SIZE - 1);
            if (filled[slot] && keys[slot] == key) {
                return rows[slot];
            }
            int row = index.get(key);
            keys[slot] = key;
            rows[slot] = row;
            filled[slot] = true;
            return row;
        }
    }

    /** True when the jar carries a trained model. */
    public static boolean available() {
        return WeightRows.hasResource(RESOURCE);
    }

    /** The shipped model, loaded once. */
    public static NameTagger shared() {
        if (shared == null) {
            synchronized (NameTagger.class) {
                if (shared == null) {
                    shared = WeightRows.loadResource(RESOURCE, "run 'tupu train --only names'", NameTagger::read);
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
        out.writeInt(styles.size());
        for (String style : styles) {
            out.writeUTF(style);
        }
        int size = labels.size();
        for (float[] row : transitions) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
        WeightRows.write(out, index, size, scale, (row, l) -> weights[row * size + l]);
        out.flush();
    }

    public static NameTagger read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16));
        String magic = in.readUTF();
        if (!MAGIC.equals(magic) && !MAGIC_WITHOUT_STYLES.equals(magic)) {
            throw new IOException("not a tupu name-tagger model");
        }
        List<String> types = readStrings(in);
        List<String> styles = MAGIC.equals(magic) ? readStrings(in) : List.of();
        NameLabels labels = new NameLabels(types);
        int size = labels.size();
        float[][] transitions = new float[size + 1][size];
        for (float[] row : transitions) {
            for (int l = 0; l < size; l++) {
                row[l] = in.readFloat();
            }
        }
        WeightRows rows = WeightRows.read(in, size);
        return new NameTagger(labels, styles, rows.index(), rows.weights(), rows.scale(), transitions);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(in.readUTF());
        }
        return out;
    }
}
