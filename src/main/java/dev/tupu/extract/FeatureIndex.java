package dev.tupu.extract;

import java.util.Arrays;

/**
 * Feature hashes to dense row numbers (0, 1, 2, ... in the order added): an open-addressing table of primitive
 * longs, so a lookup allocates nothing. Not thread-safe while adding; safe to read from many threads once built.
 */
public final class FeatureIndex {
    private static final long EMPTY = 0L;
    private long[] keys;
    private int[] rows;
    private int size;
    private boolean hasZero;
    private int zeroRow = -1;

    public FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
    }

    public int size() {
        return size;
    }

    /** The row of {@code key}, or -1. */
    public int get(long key) {
        if (key == EMPTY) {
            return hasZero ? zeroRow : -1;
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return rows[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The row of {@code key}, added at the end if new. */
    public int add(long key) {
        if (key == EMPTY) {
            if (!hasZero) {
                hasZero = true;
                zeroRow = size++;
            }
            return zeroRow;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return rows[i];
            }
            if (k == EMPTY) {
                keys[i] = key;
                rows[i] = size;
                return size++;
            }
            i = (i + 1) & mask;
        }
    }

    /** Each key with its row. */
    public void forEach(KeyRow action) {
        if (hasZero) {
            action.accept(EMPTY, zeroRow);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept(keys[i], rows[i]);
            }
        }
    }

    /** A key and its row. */
    @FunctionalInterface
    public interface KeyRow {
        void accept(long key, int row);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != EMPTY) {
                int i = slot(k, mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                rows[i] = oldRows[j];
            }
        }
        Arrays.fill(oldKeys, 0);
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
