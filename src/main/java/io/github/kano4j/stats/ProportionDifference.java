package io.github.kano4j.stats;

/**
 * The difference of two independent proportions p̂₁ − p̂₂: the pooled two-proportion z-test and
 * Newcombe's (1998) hybrid-score interval built from the two Wilson intervals (l_i, u_i):
 * <pre>
 *   L = d − sqrt((p̂₁ − l₁)² + (u₂ − p̂₂)²),   U = d + sqrt((u₁ − p̂₁)² + (p̂₂ − l₂)²)
 *   z = d / sqrt(p̄(1 − p̄)(1/n₁ + 1/n₂)),  p̄ = (k₁ + k₂)/(n₁ + n₂),  p = 2·(1 − Φ(|z|))
 * </pre>
 *
 * @param difference d = p̂₁ − p̂₂ (NaN when a group is empty)
 * @param z          the pooled z statistic (NaN when undefined, e.g. p̄ ∈ {0, 1})
 * @param p          two-sided p-value of z
 * @param interval   Newcombe's hybrid-score interval for d
 */
public record ProportionDifference(double difference, double z, double p, Interval interval) {

    /** Compares k₁ of n₁ with k₂ of n₂ at the given confidence level. */
    public static ProportionDifference of(long k1, long n1, long k2, long n2, double level) {
        if (n1 == 0 || n2 == 0) {
            return new ProportionDifference(Double.NaN, Double.NaN, Double.NaN, Interval.undefined(level, "newcombe"));
        }
        double p1 = (double) k1 / n1;
        double p2 = (double) k2 / n2;
        double d = p1 - p2;
        Interval w1 = Proportions.wilson(k1, n1, level);
        Interval w2 = Proportions.wilson(k2, n2, level);
        double lower = d - Math.sqrt(sq(p1 - w1.lower()) + sq(w2.upper() - p2));
        double upper = d + Math.sqrt(sq(w1.upper() - p1) + sq(p2 - w2.lower()));
        double pooled = (double) (k1 + k2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double z = se == 0 ? Double.NaN : d / se;
        return new ProportionDifference(d, z, Proportions.twoSidedNormalP(z),
                new Interval(lower, upper, level, "newcombe"));
    }

    private static double sq(double x) {
        return x * x;
    }
}
