package io.github.kano4j.questionnaire;

import java.util.Set;
import java.util.StringJoiner;

/**
 * Machine-readable conditions attached to a {@link KanoResult} (docs/METHODS.md §9).
 */
public enum Flag {
    /** No answer pair was counted (N = 0); the attribute is unclassified. */
    EMPTY,
    /** Q &gt; 0 and Q ≥ every other count: the question's wording is suspect; labelled Q by the guard. */
    HIGH_Q,
    /** The two largest counts among M, O, A, I, R are equal; the order M &gt; O &gt; A &gt; I &gt; R decided. */
    TIE,
    /** n4 below the minimum for Fong's and the χ² test (default 12): tests not applied. */
    LOW_N,
    /** Fong's test finds the top two categories not significantly different. */
    MIXED,
    /** Total strength (A + O + M)/N below the threshold (default 0.50). */
    LOW_TOTAL_STRENGTH,
    /** n4 = 0 (only R and Q answers): Better, Worse and their derived numbers are NaN. */
    NO_VALID_ANSWERS,
    /** 12 ≤ n4 &lt; 20: the χ² expected counts are below 5. */
    SMALL_EXPECTED,
    /** n4 below the small-sample warning level (default 100, docs/METHODS.md §7.5). */
    SMALL_SAMPLE,
    /** Some pairs with a missing or invalid answer were counted as Q by the policy; Q is inflated. */
    COUNTED_AS_Q_BY_POLICY,
    /** Better and Worse divide by all answers (R and Q included), which shrinks both. */
    DENOMINATOR_ALL,
    /** Only category counts were available (no answer pairs), so the continuous analysis is NaN. */
    NO_ANSWER_PAIRS,
    /** The continuous scale has a different number of levels from the evaluation table. */
    CONTINUOUS_SCALE_MISMATCH,
    /** Bootstrap category stability below the threshold (default 0.70, docs/METHODS.md §7.5). */
    LOW_STABILITY,
    /** Q share of N at or above the threshold (default 0.10): the question may be unclear. */
    HIGH_Q_SHARE,
    /** R share of N at or above the threshold (default 0.10): possible segments or misread polarity. */
    HIGH_R_SHARE,
    /** Other attributes of the survey have importance ratings, this one has none (no Yang category). */
    NO_IMPORTANCE;

    /** The flags in declaration order, comma-separated, e.g. {@code "MIXED, SMALL_SAMPLE"}. */
    public static String sorted(Set<Flag> flags) {
        StringJoiner j = new StringJoiner(", ");
        for (Flag f : values()) {
            if (flags.contains(f)) {
                j.add(f.name());
            }
        }
        return j.toString();
    }
}
