package io.github.kano4j.io;

import java.util.Locale;

/**
 * The layouts of a Kano survey file ({@code KanoCsvReader.withLayout}): detected from the header unless set.
 */
public enum Layout {
    /** Detect from the header. */
    AUTO,
    /** One row per respondent, a functional and a dysfunctional column per attribute. */
    WIDE,
    /** One row per respondent × attribute: respondent, attribute, functional, dysfunctional[, importance]. */
    LONG,
    /** One row per answer pair with its count: attribute, functional, dysfunctional, count. */
    PAIR_COUNTS,
    /** One row per attribute with its category counts: attribute, a, o, m, i[, r, q]. */
    CATEGORY_COUNTS;

    /** Parses {@code auto, wide, long, pair-counts, category-counts}. */
    public static Layout parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown layout \"" + s + "\"; expected one of auto, wide, long, "
                    + "pair-counts, category-counts");
        }
    }
}
