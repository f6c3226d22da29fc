package io.github.kano4j.satisfaction;

import io.github.kano4j.Category;

import java.util.Optional;

/**
 * The factor type of an attribute derived from an ordinary satisfaction survey (docs/METHODS.md §6): the
 * asymmetry of its impact on overall satisfaction. These are <b>not</b> questionnaire Kano categories —
 * Mikulić &amp; Prebežac (2011) show that impact-based types and Kano categories can disagree — so they
 * live in their own type; {@link #kanoAnalogue()} is only a reading aid.
 */
public enum FactorType {
    /** Low performance hurts, high performance adds little: basic factor (reads like Kano M). */
    DISSATISFIER(Category.M),
    /** Both low and high performance matter about equally: performance factor (reads like Kano O). */
    HYBRID(Category.O),
    /** High performance delights, low performance hurts little: excitement factor (reads like Kano A). */
    SATISFIER(Category.A),
    /** Neither effect matters: low impact (reads like Kano I). */
    LOW_IMPACT(Category.I),
    /** Not estimable (e.g. nobody rated the attribute in its low or high zone). */
    UNCLASSIFIED(null);

    private final Category analogue;

    FactorType(Category analogue) {
        this.analogue = analogue;
    }

    /** The Kano category this type reads like (a reading aid, not a Kano classification). */
    public Optional<Category> kanoAnalogue() {
        return Optional.ofNullable(analogue);
    }
}
