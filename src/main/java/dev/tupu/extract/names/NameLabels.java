package dev.tupu.extract.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels of the learned name tagger: {@code O}, and {@code B-}, {@code I-}, {@code E-}, {@code S-} (begin,
 * inside, end, single) for each name type. Says which label may follow which, and turns label sequences into spans
 * and back. Label 0 is {@code O}; the labels of type {@code t} are {@code 1 + 4t} to {@code 4 + 4t}.
 */
public final class NameLabels {
    private static final int B = 0;
    private static final int I = 1;
    private static final int E = 2;
    private static final int S = 3;
    private final List<String> types;
    private final boolean[][] allowed;
    private final boolean[] allowedFirst;

    /** A span of units {@code [start, end)} with its type's index. */
    public record Span(int start, int end, int type) {
    }

    public NameLabels(List<String> types) {
        this.types = List.copyOf(types);
        int n = size();
        allowed = new boolean[n][n];
        allowedFirst = new boolean[n];
        for (int a = 0; a < n; a++) {
            allowedFirst[a] = a == 0 || part(a) == B || part(a) == S;
            for (int b = 0; b < n; b++) {
                boolean open = a != 0 && (part(a) == B || part(a) == I);
                if (open) {
                    // Inside a name only I or E of the same type may follow.
                    allowed[a][b] = b != 0 && type(b) == type(a) && (part(b) == I || part(b) == E);
                } else {
                    allowed[a][b] = b == 0 || part(b) == B || part(b) == S;
                }
            }
        }
    }

    public List<String> types() {
        return types;
    }

    public int size() {
        return 1 + 4 * types.size();
    }

    /** True when label {@code b} may follow label {@code a}. */
    public boolean allowed(int a, int b) {
        return allowed[a][b];
    }

    /** True when a sentence may start with label {@code a}. */
    public boolean allowedFirst(int a) {
        return allowedFirst[a];
    }

    /** True when a sentence may end with label {@code a} (no name left open). */
    public boolean allowedLast(int a) {
        return a == 0 || part(a) == E || part(a) == S;
    }

    public String name(int label) {
        if (label == 0) {
            return "O";
        }
        return "BIES".charAt(part(label)) + "-" + types.get(type(label));
    }

    /** The spans a valid label sequence marks. */
    public List<Span> spans(int[] labels) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l == 0) {
                open = -1;
            } else if (part(l) == S) {
                out.add(new Span(i, i + 1, type(l)));
                open = -1;
            } else if (part(l) == B) {
                open = i;
            } else if (part(l) == E && open >= 0) {
                out.add(new Span(open, i + 1, type(l)));
                open = -1;
            }
        }
        return out;
    }

    /** The label of position {@code i} of a span of {@code length} units of type {@code type}. */
    public int label(int type, int i, int length) {
        int part = length == 1 ? S : i == 0 ? B : i == length - 1 ? E : I;
        return 1 + 4 * type + part;
    }

    private static int part(int label) {
        return (label - 1) % 4;
    }

    private static int type(int label) {
        return (label - 1) / 4;
    }

    /**
     * The best label sequence for emission scores {@code emissions[i][label]} and transition scores
     * {@code transitions[from][to]} (row {@code size()} holds the start scores), among the valid sequences whose
     * labels {@code mask} allows ({@code mask} null: all; {@code mask[i]} null: any label at {@code i}).
     */
    public int[] viterbi(float[][] emissions, float[][] transitions, boolean[][] mask) {
        int n = emissions.length;
        int size = size();
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] score = new float[size];
        float[] next = new float[size];
        int[][] back = new int[n][size];
        for (int b = 0; b < size; b++) {
            boolean ok = allowedFirst[b] && (mask == null || mask[0] == null || mask[0][b]);
            score[b] = ok ? transitions[size][b] + emissions[0][b] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int b = 0; b < size; b++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (mask == null || mask[i] == null || mask[i][b]) {
                    for (int a = 0; a < size; a++) {
                        if (allowed[a][b] && score[a] != Float.NEGATIVE_INFINITY) {
                            float s = score[a] + transitions[a][b];
                            if (s > top) {
                                top = s;
                                arg = a;
                            }
                        }
                    }
                }
                next[b] = top == Float.NEGATIVE_INFINITY ? top : top + emissions[i][b];
                back[i][b] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int last = 0;
        float top = Float.NEGATIVE_INFINITY;
        for (int b = 0; b < size; b++) {
            if (allowedLast(b) && score[b] > top) {
                top = score[b];
                last = b;
            }
        }
        best[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            best[i - 1] = back[i][best[i]];
        }
        return best;
    }
}
