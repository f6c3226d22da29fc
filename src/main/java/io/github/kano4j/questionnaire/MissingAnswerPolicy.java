package io.github.kano4j.questionnaire;

import java.util.Locale;

/**
 * What to do with an answer pair whose functional or dysfunctional answer is missing or not a valid
 * answer (docs/METHODS.md §1.3). Missing answers are never silently counted as Indifferent.
 */
public enum MissingAnswerPolicy {
    /** Default: the pair is not counted; the exclusion is reported with its reason. */
    DROP_PAIR,
    /**
     * The pair is counted as Questionable. This inflates the Q share and, with the all-answers
     * denominator, shrinks Better and Worse; results say so with a flag.
     */
    COUNT_AS_Q,
    /** The first missing or invalid answer stops the read with a message naming row, column and value. */
    FAIL;

    /**
     * Parses {@code drop}, {@code q} / {@code count-as-q}, {@code fail} or an enum name.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static MissingAnswerPolicy parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        switch (key) {
            case "drop":
            case "drop_pair":
                return DROP_PAIR;
            case "q":
            case "count_as_q":
                return COUNT_AS_Q;
            case "fail":
                return FAIL;
            default:
                throw new IllegalArgumentException("Unknown missing-answer policy \"" + name
                        + "\"; expected one of drop, count-as-q, fail");
        }
    }
}
