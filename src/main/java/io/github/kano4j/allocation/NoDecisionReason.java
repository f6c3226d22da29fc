package io.github.kano4j.allocation;

/** Why an attribute got {@link Strategy#NO_DECISION} (docs/METHODS.md §8.6); every such decision names one. */
public enum NoDecisionReason {
    /** The questionnaire could not tell the two leading categories apart (Fong's test not significant). */
    MIXED_CATEGORY,
    /** The bootstrap reproduced the category too rarely (stability below the threshold). */
    UNSTABLE_CATEGORY,
    /** The questionnaire category and the satisfaction survey's factor type disagree. */
    SURVEYS_DISAGREE,
    /** The category is known but current performance is not: the plan states the floor and asks for ratings. */
    NO_PERFORMANCE_DATA,
    /** Neither a questionnaire category nor a factor type is available. */
    NO_CATEGORY_EVIDENCE,
    /** The questionnaire category is Q: the question was probably misunderstood. */
    QUESTIONABLE
}
