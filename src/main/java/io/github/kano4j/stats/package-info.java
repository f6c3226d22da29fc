/**
 * Statistics that know nothing of Kano: proportion intervals (Wilson, Goodman), Newcombe differences, Holm
 * adjustment, the contingency-table homogeneity test, percentile intervals and exact multinomial resampling
 * (docs/METHODS.md §7).
 */
package io.github.kano4j.stats;
