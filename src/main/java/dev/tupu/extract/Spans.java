package dev.tupu.extract;

import dev.tupu.model.Mention;

import java.util.Comparator;
import java.util.List;

/** Mentions indexed by position, to ask in log time whether a longer one contains a given span. */
public final class Spans {
    private final Mention[] byStart;
    /** For each index, the largest end among byStart[0..i]: lets a search stop early. */
    private final int[] maxEndSoFar;

    public Spans(List<Mention> mentions) {
        byStart = mentions.toArray(new Mention[0]);
        java.util.Arrays.sort(byStart, Comparator.comparingInt(Mention::start));
        maxEndSoFar = new int[byStart.length];
        int max = -1;
        for (int i = 0; i < byStart.length; i++) {
            max = Math.max(max, byStart[i].end());
            maxEndSoFar[i] = max;
        }
    }

    /** True when a mention longer than {@code inner} covers it. */
    public boolean containsLonger(Mention inner) {
        int lo = 0;
        int hi = byStart.length - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart[mid].start() <= inner.start()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = last; i >= 0 && maxEndSoFar[i] >= inner.end(); i--) {
            Mention m = byStart[i];
            if (m.end() >= inner.end() && m.length() > inner.length()) {
                return true;
            }
        }
        return false;
    }
}
