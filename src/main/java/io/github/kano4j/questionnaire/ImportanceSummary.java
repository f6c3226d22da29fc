package io.github.kano4j.questionnaire;

import io.github.kano4j.stats.Interval;

/**
 * Self-stated importance of one attribute (Berger et al. 1993 §IIb): number of ratings, mean, sample
 * standard deviation (n − 1) and the t interval {@code mean ± t(n−1; 1 − α/2) · sd/√n}. Mean NaN with no
 * rating; sd and interval NaN with fewer than two.
 *
 * @param n        ratings counted
 * @param mean     mean rating
 * @param sd       sample standard deviation
 * @param interval t interval of the mean
 */
public record ImportanceSummary(long n, double mean, double sd, Interval interval) {
}
