package dev.tupu.extract;

/**
 * Feature hashes to dense row numbers (0, 1, 2, ... in the order added): an open-addressing table of primitive
 * longs, each key stored beside its row so a lookup touches one cache line and allocates nothing. Not thread-safe
 * while adding; safe to read from many threads once built.
 */
public final class FeatureIndex {
    private static final long EMPTY = 0L;
    /** Slot {@code i} is {@code table[2i]} (the key) and {@code table[2i + 1]} (its row). */
    private long[] table;
    private int slots;
    private int size;
    private int zeroRow = -1;

    public FeatureIndex(int expected) {
        // At most three quarters full: probes stay short, and a model's table fits in less memory.
        slots = Integer.highestOneBit(Math.max(16, expected + expected / 3)) << 1;
        table = new long[slots * 2];
    }

    public int size() {
        return size;
    }

    /** The row of {@code key}, or -1. */
    public int get(long key) {
        if (key == EMPTY) {
            return zeroRow;
        }
        int mask = slots - 1;
        int i = slot(key, mask);
        while (true) {
            long k = table[2 * i];
            if (k == key) {
                return (int) table[2 * i + 1];
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
            if (zeroRow < 0) {
                zeroRow = size++;
            }
            return zeroRow;
        }
        if ((long) (size + 1) * 4 > (long) slots * 3) {
            grow();
        }
        int mask = slots - 1;
        int i = slot(key, mask);
        while (true) {
            long k = table[2 * i];
            if (k == key) {
                return (int) table[2 * i + 1];
            }
            if (k == EMPTY) {
                table[2 * i] = key;
                table[2 * i + 1] = size;
                return size++;
            }
            i = (i + 1) & mask;
        }
    }

    /** Each key with its row. */
    public void forEach(KeyRow action) {
        if (zeroRow >= 0) {
            action.accept(EMPTY, zeroRow);
        }
        for (int i = 0; i < slots; i++) {
            if (table[2 * i] != EMPTY) {
                action.accept(table[2 * i], (int) table[2 * i + 1]);
            }
        }
    }

    /** A key and its row. */
    @FunctionalInterface
    public interface KeyRow {
        void accept(long key, int row);
    }

    private void grow() {
        long[] old = table;
        int oldSlots = slots;
        slots *= 2;
        table = new long[slots * 2];
        int mask = slots - 1;
        for (int j = 0; j < oldSlots; j++) {
            long k = old[2 * j];
            if (k != EMPTY) {
                int i = slot(k, mask);
                while (table[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[2 * i] = k;
                table[2 * i + 1] = old[2 * j + 1];
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
