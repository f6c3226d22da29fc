package io.github.kano4j.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Intervals for means.
 */
public final class Means {
    private Means() {
    }

    /**
     * The t interval of a mean, {@code mean ± t(n − 1; 1 − (1 − level)/2) · sd / √n}; undefined with fewer than two
     * observations or an undefined standard deviation.
     *
     * @param sd the sample standard deviation (n − 1)
     */
    public static Interval tInterval(long n, double mean, double sd, double level, String method) {
        if (n < 2 || Double.isNaN(sd) || Double.isNaN(mean)) {
            return Interval.undefined(level, method);
        }
        double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(1 - (1 - level) / 2);
        double half = t * sd / Math.sqrt(n);
        return new Interval(mean - half, mean + half, level, method);
    }

    /**
     * The t interval of a weighted mean with Kish's effective sample size (docs/METHODS.md §7.6):
     * {@code mean ± t(n_eff − 1) · sd / √n_eff}; undefined when n_eff ≤ 1 or the standard deviation is undefined.
     * Without weights n_eff = n and this is {@link #tInterval(long, double, double, double, String)}.
     *
     * @param sd the weighted standard deviation, with the n_eff/(n_eff − 1) correction
     */
    public static Interval tIntervalEffective(double effectiveN, double mean, double sd, double level, String method) {
        if (!(effectiveN > 1) || Double.isNaN(sd) || Double.isNaN(mean)) {
            return Interval.undefined(level, method);
        }
        double t = new TDistribution(null, effectiveN - 1.0).inverseCumulativeProbability(1 - (1 - level) / 2);
        double half = t * sd / Math.sqrt(effectiveN);
        return new Interval(mean - half, mean + half, level, method);
    }
}
