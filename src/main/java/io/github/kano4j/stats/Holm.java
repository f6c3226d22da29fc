package io.github.kano4j.stats;

import io.github.kano4j.internal.Check;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's (1979) step-down adjustment of p-values for multiple tests: sort the m defined p-values
 * ascending, {@code p̃_(i) = max_{j ≤ i} min(1, (m − j + 1)·p_(j))}. NaN p-values (tests not performed) stay
 * NaN and do not count towards m.
 */
public final class Holm {
    private Holm() {
    }

    /** The Holm-adjusted p-values, in the input order. */
    public static double[] adjust(double[] p) {
        Check.notNull(p, "p");
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[m++] = i;
            }
        }
        Integer[] defined = Arrays.copyOf(order, m);
        Arrays.sort(defined, Comparator.comparingDouble(i -> p[i]));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = defined[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            out[i] = running;
        }
        return out;
    }
}
