package dev.tupu.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * How tupu's learned models (the name tagger, the relation classifier) store their weights and are found in the jar:
 * a row of 16-bit weights per feature hash, all sharing one scale (about four significant digits, plenty for linear
 * scores), rows whose weights are all zero left out; models shipped gzipped on the class path, loaded once.
 *
 * @param index   feature hash to row
 * @param weights {@code index.size() × width} weights, row by row; the real weight is × {@code scale}
 * @param scale   what one unit of a stored weight is worth
 */
public record WeightRows(FeatureIndex index, short[] weights, float scale) {

    /** A row's weight at a label, as it is to be stored. */
    @FunctionalInterface
    public interface Stored {
        short at(int row, int label);
    }

    /** Reads a model from a stream. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Writes the scale and every row with a weight that is not zero, as {@link #read} reads them. */
    public static void write(DataOutputStream out, FeatureIndex index, int width, float scale, Stored weights)
            throws IOException {
        List<long[]> rows = new ArrayList<>();
        index.forEach((key, row) -> {
            boolean any = false;
            for (int l = 0; l < width && !any; l++) {
                any = weights.at(row, l) != 0;
            }
            if (any) {
                rows.add(new long[] {key, row});
            }
        });
        out.writeFloat(scale);
        out.writeInt(rows.size());
        for (long[] r : rows) {
            out.writeLong(r[0]);
            for (int l = 0; l < width; l++) {
                out.writeShort(weights.at((int) r[1], l));
            }
        }
    }

    /** Reads what {@link #write} wrote, rows of {@code width} weights. */
    public static WeightRows read(DataInputStream in, int width) throws IOException {
        float scale = in.readFloat();
        int rows = in.readInt();
        FeatureIndex index = new FeatureIndex(rows);
        short[] weights = new short[rows * width];
        for (int r = 0; r < rows; r++) {
            index.add(in.readLong());
            for (int l = 0; l < width; l++) {
                weights[r * width + l] = in.readShort();
            }
        }
        return new WeightRows(index, weights, scale);
    }

    /** Reads the gzipped model at {@code resource} on the class path; {@code hint} says how to make it if missing. */
    public static <T> T loadResource(String resource, String hint, Reader<T> reader) {
        try (InputStream in = WeightRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path: " + hint);
            }
            return reader.read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the class path carries {@code resource}. */
    public static boolean hasResource(String resource) {
        return WeightRows.class.getResource(resource) != null;
    }
}
