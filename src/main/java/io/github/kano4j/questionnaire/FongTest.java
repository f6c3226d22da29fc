package io.github.kano4j.questionnaire;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;

import io.github.kano4j.stats.Proportions;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Fong's (1996) test of whether the two most frequent categories differ, with the exact conditional
 * binomial alternative (docs/METHODS.md §2.4):
 * <pre>
 *   |a − b|  ≥  c · sqrt( (a + b)(2N − a − b) / (2N) )   ⇒  significant
 *   z_F = |a − b| / sqrt((a + b)(2N − a − b)/(2N)),   p_F = 2·(1 − Φ(z_F))
 *   exact: p = min(1, 2·P(X ≥ a)),  X ~ Binomial(a + b, ½)
 * </pre>
 * a ≥ b are the two largest counts among M, O, A, I, R (Q excluded); N includes Q; c defaults to 1.65.
 * Not applicable when n4 is below the minimum (default 12): lhs, rhs, z and p are then NaN. The exact
 * p-value is computed whenever a + b &gt; 0 (NaN otherwise).
 *
 * @param a           the largest count
 * @param b           the second-largest count
 * @param n           N, all answers including Q
 * @param critical    the critical value c
 * @param lhs         |a − b|
 * @param rhs         c · sqrt((a + b)(2N − a − b)/(2N))
 * @param z           z_F
 * @param p           p_F, two-sided
 * @param exactP      exact conditional binomial p, two-sided
 * @param applicable  whether n4 reached the minimum
 * @param significant whether lhs ≥ rhs (false when not applicable)
 */
public record FongTest(long a, long b, long n, double critical, double lhs, double rhs, double z, double p,
        double exactP, boolean applicable, boolean significant) {

    /**
     * The test of the two largest counts a ≥ b among N answers.
     *
     * @param n4       A + O + M + I, which decides applicability
     * @param critical the critical value c (1.65 by default)
     * @param minimumN4 below this n4 the test is not applied
     */
    public static FongTest of(long a, long b, long n, long n4, double critical, int minimumN4) {
        double exactP = Double.NaN;
        if (a + b > 0) {
            // P(X >= a) for X ~ Bin(a + b, 1/2) equals P(X <= b) by symmetry; the lower tail keeps precision.
            BinomialDistribution bin = new BinomialDistribution(null, (int) Math.min(Integer.MAX_VALUE, a + b), 0.5);
            exactP = Math.min(1.0, 2 * bin.cumulativeProbability((int) Math.min(Integer.MAX_VALUE, b)));
        }
        if (n4 < minimumN4 || n == 0) {
            return new FongTest(a, b, n, critical, Double.NaN, Double.NaN, Double.NaN, Double.NaN, exactP, false,
                    false);
        }
        double se = Math.sqrt((double) (a + b) * (2.0 * n - a - b) / (2.0 * n));
        double lhs = Math.abs(a - b);
        double rhs = critical * se;
        double z = se == 0 ? Double.NaN : lhs / se;
        return new FongTest(a, b, n, critical, lhs, rhs, z, Proportions.twoSidedNormalP(z), exactP, true,
                lhs >= rhs && se > 0);
    }

    /** "significant", "not significant" or "n/a". */
    public String verdict() {
        return !applicable ? "n/a" : significant ? "significant" : "not significant";
    }

    /** The verdict in a table cell: "sig", "n.s." or "n/a" in English; 显著, 不显著 or 不适用 in Chinese. */
    public String verdict(Language language) {
        Check.notNull(language, "language");
        return !applicable ? language.message("fongTest.n_a") : significant ? language.message("fongTest.sig")
                : language.message("fongTest.n_s");
    }
}
