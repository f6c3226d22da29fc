package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.stats.Interval;

import java.util.Map;

/**
 * The bootstrap of one attribute (Efron &amp; Tibshirani 1993; docs/METHODS.md §7.1): {@code replicates}
 * multinomial resamples of its N category answers (equivalent to resampling respondents for one attribute),
 * seeded. Percentile intervals of Better, |Worse| and Better − |Worse| over the replicates where they are
 * defined ({@code undefined} counts the others), and <b>category stability</b>: the share of replicates in
 * which the configured rule decides the reported category.
 *
 * @param replicates      resamples drawn
 * @param seed            the attribute's seed (derived from the analysis seed and the attribute's position)
 * @param undefined       replicates with n4 = 0 (coefficients undefined), excluded from the intervals
 * @param better          percentile interval of Better
 * @param absWorse        percentile interval of |Worse|
 * @param asymmetry       percentile interval of Better − |Worse|
 * @param stability       share of replicates reproducing the reported category
 * @param categoryShares  share of replicates deciding each category
 */
public record BootstrapSummary(int replicates, long seed, int undefined, Interval better, Interval absWorse,
        Interval asymmetry, double stability, Map<Category, Double> categoryShares) {

    /** Copies the map. */
    public BootstrapSummary {
        categoryShares = Map.copyOf(categoryShares);
    }
}
