package io.github.kano4j.questionnaire;

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
}
