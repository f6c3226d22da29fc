package io.github.kano4j.questionnaire;

import org.apache.commons.math3.special.Gamma;

/**
 * χ² goodness of fit of (M, O, A, I) against equal expected counts n4/4, df = 3 (docs/METHODS.md §2.5):
 * {@code χ² = Σ (X − n4/4)² / (n4/4)}. Kept for compatibility with stp25kano; it only says that the four
 * categories are not equally frequent. Not applicable (NaN) when n4 is below the minimum.
 *
 * @param statistic  χ²
 * @param df         degrees of freedom (3)
 * @param p          upper-tail p-value
 * @param applicable whether n4 reached the minimum
 */
public record GoodnessOfFit(double statistic, int df, double p, boolean applicable) {

    /** The test of one attribute's counts; not applicable below {@code minimumN4} or at n4 = 0. */
    public static GoodnessOfFit of(CategoryCounts counts, int minimumN4) {
        long n4 = counts.n4();
        if (n4 < minimumN4 || n4 == 0) {
            return new GoodnessOfFit(Double.NaN, 3, Double.NaN, false);
        }
        double e = n4 / 4.0;
        double stat = 0;
        for (long x : new long[] {counts.m(), counts.o(), counts.a(), counts.i()}) {
            stat += (x - e) * (x - e) / e;
        }
        // upper tail of chi-square(3) = Q(3/2, stat/2), the regularized upper incomplete gamma, exact in the tail
        return new GoodnessOfFit(stat, 3, Gamma.regularizedGammaQ(1.5, stat / 2), true);
    }
}
