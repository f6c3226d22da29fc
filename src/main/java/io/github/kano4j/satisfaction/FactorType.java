package io.github.kano4j.satisfaction;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;

import java.util.Optional;

/**
 * The factor type of an attribute derived from an ordinary satisfaction survey (docs/METHODS.md §6): the
 * asymmetry of its impact on overall satisfaction. These are <b>not</b> questionnaire Kano categories —
 * Mikulić &amp; Prebežac (2011) show that impact-based types and Kano categories can disagree — so they
 * live in their own type; {@link #kanoAnalogue()} is only a reading aid.
 */
public enum FactorType {
    /** Low performance hurts, high performance adds little: basic factor (reads like Kano M). */
    DISSATISFIER(Category.M, "dissatisfier", "基本因素"),
    /** Both low and high performance matter about equally: performance factor (reads like Kano O). */
    HYBRID(Category.O, "hybrid", "绩效因素"),
    /** High performance delights, low performance hurts little: excitement factor (reads like Kano A). */
    SATISFIER(Category.A, "satisfier", "兴奋因素"),
    /** Neither effect matters: low impact (reads like Kano I). */
    LOW_IMPACT(Category.I, "low impact", "低影响因素"),
    /** Not estimable (e.g. nobody rated the attribute in its low or high zone). */
    UNCLASSIFIED(null, "unclassified", "无法分类");

    private final Category analogue;
    private final String english;
    private final String chinese;

    FactorType(Category analogue, String english, String chinese) {
        this.analogue = analogue;
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * The name reports use: "dissatisfier", "hybrid", "satisfier", "low impact", "unclassified" in English;
     * 基本因素, 绩效因素, 兴奋因素, 低影响因素, 无法分类 in Chinese (in the language's script).
     */
    public String displayName(Language language) {
        Check.notNull(language, "language");
        return language.text(english, chinese);
    }

    /** The Kano category this type reads like (a reading aid, not a Kano classification). */
    public Optional<Category> kanoAnalogue() {
        return Optional.ofNullable(analogue);
    }
}
