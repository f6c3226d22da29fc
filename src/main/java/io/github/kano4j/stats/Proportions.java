package io.github.kano4j.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * Intervals and tail probabilities for binomial proportions.
 */
public final class Proportions {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Proportions() {
    }

    /** The two-sided critical value {@code z = Φ⁻¹(1 − (1 − level)/2)}; 1.959964… for 0.95. */
    public static double z(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The confidence level must be strictly between 0 and 1, was " + level);
        }
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /**
     * Wilson's (1927) score interval for k successes in n trials:
     * <pre>
     *   centre     = (p̂ + z²/(2n)) / (1 + z²/n)
     *   half-width = z · sqrt( p̂(1 − p̂)/n + z²/(4n²) ) / (1 + z²/n)
     * </pre>
     * defined for every n ≥ 1 (k = 0 gives lower 0, k = n upper 1), clamped to [0, 1]. For n = 0 both
     * limits are NaN.
     *
     * @throws IllegalArgumentException if k or n is negative or k &gt; n
     */
    public static Interval wilson(long k, long n, double level) {
        checkCounts(k, n);
        if (n == 0) {
            return Interval.undefined(level, "wilson");
        }
        double z = z(level);
        double p = (double) k / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n)) / (1 + z2n);
        double lower = k == 0 ? 0 : Math.max(0, centre - half);
        double upper = k == n ? 1 : Math.min(1, centre + half);
        return new Interval(lower, upper, level, "wilson");
    }

    /**
     * The Wilson interval of a weighted share with Kish's effective sample size in place of n (docs/METHODS.md
     * §7.6, the design-effect approximation): the formula above with p̂ the weighted share and n = n_eff. A share of
     * 0 gives lower 0, of 1 upper 1; NaN limits for n_eff = 0.
     *
     * @throws IllegalArgumentException if the share is not in [0, 1] or n_eff is negative
     */
    public static Interval wilsonEffective(double share, double effectiveN, double level) {
        if (effectiveN == 0 || Double.isNaN(share)) {
            return Interval.undefined(level, "wilson (n_eff)");
        }
        if (!(share >= 0 && share <= 1) || !(effectiveN > 0)) {
            throw new IllegalArgumentException("A share in [0, 1] and a positive n_eff are needed, were " + share + " and "
                    + effectiveN);
        }
        double z = z(level);
        double n = effectiveN;
        double z2n = z * z / n;
        double centre = (share + z2n / 2) / (1 + z2n);
        double half = z * Math.sqrt(share * (1 - share) / n + z2n / (4.0 * n)) / (1 + z2n);
        double lower = share == 0 ? 0 : Math.max(0, centre - half);
        double upper = share == 1 ? 1 : Math.min(1, centre + half);
        return new Interval(lower, upper, level, "wilson (n_eff)");
    }

    /**
     * The Wald interval {@code p̂ ± z·sqrt(p̂(1 − p̂)/n)}, for comparison only (degenerate at p̂ ∈ {0, 1}),
     * clamped to [0, 1]; NaN for n = 0.
     */
    public static Interval wald(long k, long n, double level) {
        checkCounts(k, n);
        if (n == 0) {
            return Interval.undefined(level, "wald");
        }
        double z = z(level);
        double p = (double) k / n;
        double half = z * Math.sqrt(p * (1 - p) / n);
        return new Interval(Math.max(0, p - half), Math.min(1, p + half), level, "wald");
    }

    /**
     * Two-sided normal tail probability {@code 2·(1 − Φ(|z|))}, computed as {@code erfc(|z|/√2)} so that
     * tiny p-values keep their precision; NaN for NaN.
     */
    public static double twoSidedNormalP(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    private static void checkCounts(long k, long n) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("Need 0 <= k <= n, were k=" + k + ", n=" + n);
        }
    }
}
