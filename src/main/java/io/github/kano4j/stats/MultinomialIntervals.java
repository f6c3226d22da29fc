package io.github.kano4j.stats;

import io.github.kano4j.internal.Check;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Simultaneous confidence intervals for multinomial proportions (Goodman 1965): with k categories,
 * N observations, count n_i and {@code A = χ²₁(1 − α/k)} (the Bonferroni-adjusted quantile of χ² with
 * one degree of freedom),
 * <pre>
 *   p_i ∈ [ A + 2n_i ∓ sqrt( A·(A + 4·n_i·(N − n_i)/N) ) ] / ( 2·(N + A) )
 * </pre>
 * All k intervals hold together with probability at least the level (asymptotically).
 */
public final class MultinomialIntervals {
    private MultinomialIntervals() {
    }

    /**
     * Goodman's simultaneous intervals, one per count; undefined (NaN) intervals when N = 0.
     *
     * @throws IllegalArgumentException if a count is negative, fewer than two categories are given, or the
     *                                  level is not in (0, 1)
     */
    public static Interval[] goodman(long[] counts, double level) {
        Check.notNull(counts, "counts");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The confidence level must be strictly between 0 and 1, was " + level);
        }
        if (counts.length < 2) {
            throw new IllegalArgumentException("Simultaneous intervals need at least two categories, got " + counts.length);
        }
        long n = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("Counts must not be negative, was " + c);
            }
            n += c;
        }
        Interval[] out = new Interval[counts.length];
        if (n == 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Interval.undefined(level, "goodman");
            }
            return out;
        }
        double a = CRITICAL.computeIfAbsent(new Key(level, counts.length), key -> new ChiSquaredDistribution(null, 1)
                .inverseCumulativeProbability(1 - (1 - key.level()) / key.k()));
        for (int i = 0; i < counts.length; i++) {
            double ni = counts[i];
            double root = Math.sqrt(a * (a + 4 * ni * (n - ni) / n));
            double lower = (a + 2 * ni - root) / (2 * (n + a));
            double upper = (a + 2 * ni + root) / (2 * (n + a));
            out[i] = new Interval(Math.max(0, lower), Math.min(1, upper), level, "goodman");
        }
        return out;
    }

    /** The critical values χ²₁(1 − α/k) computed so far: building the distribution costs more than the interval. */
    private static final Map<Key, Double> CRITICAL = new ConcurrentHashMap<>();

    /** A confidence level and a number of categories. */
    private record Key(double level, int k) {
    }
}
