package io.github.kano4j.questionnaire;

import io.github.kano4j.stats.Interval;

/**
 * Timko's customer-satisfaction coefficients (Berger et al. 1993; docs/METHODS.md §3) with intervals and the
 * derived single numbers of §3.3:
 * <pre>
 *   Better = (A + O)/d ∈ [0, 1],   Worse = −(O + M)/d ∈ [−1, 0],   d = A + O + M + I (default) or N
 *   total impact T = Better + |Worse|,   ASC = T/2,   asymmetry = Better − |Worse|
 * </pre>
 * Intervals for Better and |Worse| are Wilson score intervals; standard errors of ASC and
 * Better − |Worse| use the multinomial delta method (docs/METHODS.md §7.1) with
 * {@code Cov(B, |W|) = (O/d − B·|W|)/d}. Every value is NaN when d = 0.
 *
 * @param denominator       d
 * @param better            Better
 * @param worse             Worse, signed (≤ 0)
 * @param absWorse          |Worse|
 * @param betterInterval    Wilson interval of Better
 * @param absWorseInterval  Wilson interval of |Worse|
 * @param worseInterval     the interval of signed Worse, [−upper, −lower] of |Worse|
 * @param totalImpact       Better + |Worse|
 * @param asc               (Better + |Worse|)/2, the "average satisfaction coefficient"
 * @param ascSe             delta-method standard error of ASC
 * @param asymmetry         Better − |Worse| (&gt; 0 satisfier-leaning)
 * @param asymmetrySe       delta-method standard error of Better − |Worse|
 */
public record Coefficients(long denominator, double better, double worse, double absWorse, Interval betterInterval,
        Interval absWorseInterval, Interval worseInterval, double totalImpact, double asc, double ascSe,
        double asymmetry, double asymmetrySe) {
}
