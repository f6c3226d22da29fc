package io.github.kano4j.questionnaire;

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

    /** "significant", "not significant" or "n/a". */
    public String verdict() {
        return !applicable ? "n/a" : significant ? "significant" : "not significant";
    }
}
