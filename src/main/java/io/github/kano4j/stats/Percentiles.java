package io.github.kano4j.stats;

import io.github.kano4j.internal.Check;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Bootstrap percentile intervals (Efron &amp; Tibshirani 1993), quantile definition R-7 (NumPy's default). */
public final class Percentiles {
    private Percentiles() {
    }

    /** The central {@code level} interval of the first {@code n} values; undefined when n = 0. */
    public static Interval interval(double[] values, int n, double level) {
        Check.notNull(values, "values");
        if (n == 0) {
            return Interval.undefined(level, "percentile");
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(values, 0, n);
        double alpha = 1 - level;
        return new Interval(p.evaluate(100 * alpha / 2), p.evaluate(100 * (1 - alpha / 2)), level, "percentile");
    }
}
