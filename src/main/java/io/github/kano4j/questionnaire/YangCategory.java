package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;

import java.util.Optional;

/**
 * Yang's (2005) refined Kano categories: the four main categories split by self-stated importance at the
 * mean (or median) importance of all attributes; a value equal to the split is high (docs/METHODS.md §5.1).
 */
public enum YangCategory {
    /** Attractive, high importance. */
    HIGHLY_ATTRACTIVE("Highly attractive"),
    /** Attractive, low importance. */
    LESS_ATTRACTIVE("Less attractive"),
    /** One-dimensional, high importance. */
    HIGH_VALUE_ADDED("High value-added"),
    /** One-dimensional, low importance. */
    LOW_VALUE_ADDED("Low value-added"),
    /** Must-be, high importance. */
    CRITICAL("Critical"),
    /** Must-be, low importance. */
    NECESSARY("Necessary"),
    /** Indifferent, high importance. */
    POTENTIAL("Potential"),
    /** Indifferent, low importance. */
    CARE_FREE("Care-free");

    private final String displayName;

    YangCategory(String displayName) {
        this.displayName = displayName;
    }

    /** Yang's name, e.g. "Critical". */
    public String displayName() {
        return displayName;
    }

    /** The refined category of a main category at high or low importance; empty for R and Q. */
    public static Optional<YangCategory> of(Category category, boolean highImportance) {
        return Optional.ofNullable(switch (category) {
            case A -> highImportance ? HIGHLY_ATTRACTIVE : LESS_ATTRACTIVE;
            case O -> highImportance ? HIGH_VALUE_ADDED : LOW_VALUE_ADDED;
            case M -> highImportance ? CRITICAL : NECESSARY;
            case I -> highImportance ? POTENTIAL : CARE_FREE;
            default -> null;
        });
    }

    @Override
    public String toString() {
        return displayName;
    }
}
