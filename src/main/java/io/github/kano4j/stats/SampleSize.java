package io.github.kano4j.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Planning the survey: how many respondents an attribute needs (docs/METHODS.md §7.5, worked example 14).
 * <ul>
 *   <li>{@link #forMargin}: a ±h interval on a share p (Better, |Worse|, a category share) at a confidence level,
 *       {@code n = ⌈deff · z² · p(1 − p) / h²⌉} — 385 for ±0.05 and 97 for ±0.10 at 95 % with p = 0.5 (the largest
 *       n over p); {@code deff} the design effect of a weighted or clustered sample (1 for a simple random one).</li>
 *   <li>{@link #forFong}: Fong's test telling the two most frequent categories apart when their true shares are
 *       p₁ &gt; p₂, with a given power. Fong rejects "no difference" when {@code (p̂₁ − p̂₂)/√(V₀/n) ≥ c} with
 *       {@code V₀ = (p₁ + p₂)(2 − p₁ − p₂)/2} and c = 1.65; p̂₁ − p̂₂ has variance {@code V₁/n},
 *       {@code V₁ = p₁ + p₂ − (p₁ − p₂)²}, so {@code n = ⌈deff · ((c·√V₀ + z_power·√V₁)/(p₁ − p₂))²⌉}.</li>
 * </ul>
 * Counts are per segment, in answers that reach the four main categories (the attribute's n4): divide by the
 * expected share of M, O, A, I answers (about 0.9) for respondents to invite.
 */
public final class SampleSize {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private SampleSize() {
    }

    /**
     * Respondents for a ±{@code margin} interval on a share near {@code p} at {@code confidence}.
     *
     * @param margin        half-width of the interval, in (0, 1)
     * @param confidence    confidence level, in (0, 1)
     * @param p             the expected share, in [0, 1] (0.5 when unknown: the largest n)
     * @param designEffect  the design effect, ≥ 1 for weighted or clustered samples
     */
    public static long forMargin(double margin, double confidence, double p, double designEffect) {
        check(margin > 0 && margin < 1, "The margin must be strictly between 0 and 1, was " + margin);
        check(p >= 0 && p <= 1, "The share must be in [0, 1], was " + p);
        check(designEffect > 0 && !Double.isInfinite(designEffect), "The design effect must be positive, was "
                + designEffect);
        double z = Proportions.z(confidence);
        return (long) Math.ceil(designEffect * z * z * p * (1 - p) / (margin * margin) - 1e-9);
    }

    /**
     * Respondents for Fong's test to separate categories with true shares {@code p1 > p2} with probability
     * {@code power}.
     *
     * @param critical     Fong's critical value (1.65 by default, {@code KanoOptions.fongCritical()})
     * @param power        the probability of a significant result when the shares are as given, in (0, 1)
     * @param designEffect the design effect, ≥ 1 for weighted or clustered samples
     */
    public static long forFong(double p1, double p2, double critical, double power, double designEffect) {
        check(p1 > p2 && p2 >= 0 && p1 + p2 <= 1, "The shares must satisfy 1 >= p1 + p2, p1 > p2 >= 0, were " + p1
                + " and " + p2);
        check(critical > 0 && !Double.isInfinite(critical), "The critical value must be positive, was " + critical);
        check(power > 0 && power < 1, "The power must be strictly between 0 and 1, was " + power);
        check(designEffect > 0 && !Double.isInfinite(designEffect), "The design effect must be positive, was "
                + designEffect);
        double d = p1 - p2;
        double v0 = (p1 + p2) * (2 - p1 - p2) / 2;
        double v1 = p1 + p2 - d * d;
        double zPower = STANDARD_NORMAL.inverseCumulativeProbability(power);
        double root = (critical * Math.sqrt(v0) + zPower * Math.sqrt(v1)) / d;
        return (long) Math.ceil(designEffect * root * root - 1e-9);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
