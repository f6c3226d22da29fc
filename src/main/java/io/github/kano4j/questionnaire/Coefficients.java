package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;

import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.Proportions;

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

    /**
     * The coefficients of one attribute's counts.
     *
     * @param denominator n4 (the standard definition) or all answers
     * @param level       the confidence level of the Wilson intervals
     */
    public static Coefficients of(CategoryCounts counts, KanoOptions.Denominator denominator, double level) {
        long d = denominator == KanoOptions.Denominator.ALL ? counts.n() : counts.n4();
        if (d == 0) {
            Interval u = Interval.undefined(level, "wilson");
            double nan = Double.NaN;
            return new Coefficients(0, nan, nan, nan, u, u, u, nan, nan, nan, nan, nan);
        }
        long betterK = counts.a() + counts.o();
        long worseK = counts.o() + counts.m();
        double better = (double) betterK / d;
        double absWorse = (double) worseK / d;
        Interval betterCi = Proportions.wilson(betterK, d, level);
        Interval absWorseCi = Proportions.wilson(worseK, d, level);
        // Both derived numbers are linear in the shares, so their delta-method variances are the plug-in multinomial
        // variances (docs/METHODS.md §7.1), computed here from the counts so that a degenerate case is exactly 0:
        //   Var(Better − |Worse|) = ((A + M)·d − (A − M)²) / d³,   Var(ASC) = ((A + M + 4O)·d − (A + M + 2O)²) / (4d³)
        double am = counts.a() + counts.m();
        double diff = counts.a() - counts.m();
        double total = am + 2.0 * counts.o();
        double dd = d;
        double asymmetryVar = Math.max(0, am * dd - diff * diff) / (dd * dd * dd);
        double ascVar = Math.max(0, (am + 4.0 * counts.o()) * dd - total * total) / (4 * dd * dd * dd);
        double asymmetry = better - absWorse;
        return new Coefficients(d, better, absWorse == 0 ? 0.0 : -absWorse, absWorse, betterCi, absWorseCi,
                absWorseCi.negate(), better + absWorse, (better + absWorse) / 2, Math.sqrt(ascVar),
                asymmetry == 0 ? 0.0 : asymmetry, Math.sqrt(asymmetryVar));
    }

    /**
     * The coefficients from weighted shares (docs/METHODS.md §7.6): Better and Worse are ratios of weighted sums,
     * their Wilson intervals and the plug-in variances use the effective size of the denominator's answers,
     * {@code n_eff · (share of the denominator's categories)}; {@code denominator} is that size rounded.
     */
    static Coefficients ofWeighted(Weighting w, KanoOptions.Denominator denominator, double level) {
        double pa = w.share(Category.A);
        double po = w.share(Category.O);
        double pm = w.share(Category.M);
        double pi = w.share(Category.I);
        double part = denominator == KanoOptions.Denominator.ALL ? 1 : pa + po + pm + pi;
        double d = w.effectiveN() * part;
        if (!(part > 0) || !(d > 0)) {
            Interval u = Interval.undefined(level, "wilson (n_eff)");
            double nan = Double.NaN;
            return new Coefficients(0, nan, nan, nan, u, u, u, nan, nan, nan, nan, nan);
        }
        double better = Math.min(1, (pa + po) / part);
        double absWorse = Math.min(1, (po + pm) / part);
        Interval betterCi = Proportions.wilsonEffective(better, d, level);
        Interval absWorseCi = Proportions.wilsonEffective(absWorse, d, level);
        double qa = pa / part;
        double qo = po / part;
        double qm = pm / part;
        double asymmetryVar = Math.max(0, qa + qm - (qa - qm) * (qa - qm)) / d;
        double ascVar = Math.max(0, (qa + qm + 4 * qo) - (qa + qm + 2 * qo) * (qa + qm + 2 * qo)) / (4 * d);
        double asymmetry = better - absWorse;
        return new Coefficients(Math.round(d), better, absWorse == 0 ? 0.0 : -absWorse, absWorse, betterCi, absWorseCi,
                absWorseCi.negate(), better + absWorse, (better + absWorse) / 2, Math.sqrt(ascVar),
                asymmetry == 0 ? 0.0 : asymmetry, Math.sqrt(asymmetryVar));
    }
}
