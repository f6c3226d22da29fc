package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;

import java.util.Optional;

/**
 * The continuous analysis of one attribute (DuMouchel in Berger et al. 1993, §IVb; docs/METHODS.md §4.1):
 * mean and standard deviation of the functional and dysfunctional scores over the valid pairs (Q and R
 * pairs excluded by default), and an optional quadrant label at the split (default 2):
 * F̄ &gt; s &amp; D̄ &lt; s → A; both &gt; s → O; F̄ &lt; s &amp; D̄ &gt; s → M; both &lt; s → I; a mean equal to
 * s → not classified. Guides warn there is no real basis for these quadrant labels; use them as a reading
 * aid only.
 *
 * @param scale              the scale's name
 * @param pairs              pairs averaged
 * @param functionalMean     F̄ (NaN with no pairs)
 * @param functionalSd       standard deviation of F (NaN with fewer than 2 pairs)
 * @param dysfunctionalMean  D̄
 * @param dysfunctionalSd    standard deviation of D
 * @param quadrant           the optional quadrant label
 */
public record ContinuousScores(String scale, long pairs, double functionalMean, double functionalSd,
        double dysfunctionalMean, double dysfunctionalSd, Optional<Category> quadrant) {
}
