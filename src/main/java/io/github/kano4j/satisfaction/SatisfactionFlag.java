package io.github.kano4j.satisfaction;

/** Machine-readable conditions of an indirect (satisfaction-survey) result, docs/METHODS.md §9. */
public enum SatisfactionFlag {
    /** Nobody rated the attribute in its low (or high) zone: that coefficient is not estimable. */
    EMPTY_ZONE,
    /** β^pen &gt; 0 or β^rew &lt; 0. */
    UNEXPECTED_SIGN,
    /** A dummy cell has fewer respondents than the minimum (default 30): unstable coefficient. */
    SMALL_CELL,
    /** A dummy's variance inflation factor exceeds the threshold (default 10). */
    HIGH_VIF,
    /** No hinge knot has observations on both sides. */
    KNOT_NOT_ESTIMABLE,
    /** Fewer respondents than model parameters: nothing is estimable. */
    TOO_FEW_RESPONDENTS,
    /** The overall rating is constant: no effect can be measured. */
    CONSTANT_OVERALL,
    /** A zone holds a single respondent: that coefficient has no standard error (NaN) and is never significant. */
    SINGLE_RESPONDENT_ZONE
}
