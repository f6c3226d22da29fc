package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.internal.Check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How respondent weights entered an attribute's result (docs/METHODS.md §7.6): the weighted category shares,
 * Kish's effective sample size and the design effect, and the effective counts {@code n_eff · share} rounded to
 * whole numbers that the count-based tests (Fong, the exact binomial, χ², Goodman, the segment tests) and the
 * bootstrap use in place of the counts.
 *
 * @param shares          the weighted share of each category (Q by policy included), summing to 1
 * @param effectiveN      Kish's n_eff = (Σw)² / Σw² over all the attribute's answers
 * @param designEffect    n / n_eff, n the number of answers
 * @param effectiveCounts the effective counts, rounded
 */
public record Weighting(Map<Category, Double> shares, double effectiveN, double designEffect,
        CategoryCounts effectiveCounts) {

    /** Copies the shares. */
    public Weighting {
        Check.notNull(shares, "shares");
        Check.notNull(effectiveCounts, "effectiveCounts");
        shares = Collections.unmodifiableMap(new EnumMap<>(shares));
    }

    /**
     * The weighting of one attribute from its weighted category sums ({@link EvaluationTable#weigh}: sums of weights
     * by category, then sums of squared weights) and its number of answers.
     */
    static Weighting of(double[] sums, long answers) {
        Category[] all = Category.values();
        int k = all.length;
        double total = 0;
        double squares = 0;
        for (int c = 0; c < k; c++) {
            total += sums[c];
            squares += sums[k + c];
        }
        double neff = squares == 0 ? 0 : total * total / squares;
        Map<Category, Double> shares = new EnumMap<>(Category.class);
        long[] effective = new long[k];
        for (int c = 0; c < k; c++) {
            double share = total == 0 ? 0 : sums[c] / total;
            shares.put(all[c], share);
            effective[c] = Math.round(neff * share);
        }
        return new Weighting(shares, neff, neff == 0 ? Double.NaN : answers / neff, CategoryCounts.of(effective));
    }

    /** The weighted share of a category. */
    public double share(Category category) {
        return shares.get(category);
    }
}
