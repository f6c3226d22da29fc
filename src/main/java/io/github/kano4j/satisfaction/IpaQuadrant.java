package io.github.kano4j.satisfaction;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;

import java.util.Optional;

/**
 * Importance–performance quadrants (Martilla &amp; James 1977; docs/METHODS.md §6.7), with importance taken as the
 * asymmetric impact (RIOCS) and cross-hairs at the data means by default. A value equal to a cross-hair
 * counts as high.
 */
public enum IpaQuadrant {
    /** High impact, low performance: increase. */
    CONCENTRATE_HERE("Concentrate here", "重点改进"),
    /** High impact, high performance: maintain. */
    KEEP_UP_THE_GOOD_WORK("Keep up the good work", "继续保持"),
    /** Low impact, low performance: no extra resources. */
    LOW_PRIORITY("Low priority", "低优先级"),
    /** Low impact, high performance: candidate for reduction. */
    POSSIBLE_OVERKILL("Possible overkill", "可能过度投入");

    private final String displayName;
    private final String chinese;

    IpaQuadrant(String displayName, String chinese) {
        this.displayName = displayName;
        this.chinese = chinese;
    }

    /** The quadrant's name in a language: 重点改进, 继续保持, 低优先级, 可能过度投入 in Chinese. */
    public String displayName(Language language) {
        Check.notNull(language, "language");
        return language.text(displayName, chinese);
    }

    /** The quadrant's usual name, e.g. "Concentrate here". */
    public String displayName() {
        return displayName;
    }

    /**
     * The quadrant of one attribute; empty when impact or performance is NaN.
     *
     * @param impact            derived importance (RIOCS)
     * @param performance       mean rating
     * @param impactCentre      the impact cross-hair
     * @param performanceCentre the performance cross-hair
     */
    public static Optional<IpaQuadrant> of(double impact, double performance, double impactCentre,
            double performanceCentre) {
        if (Double.isNaN(impact) || Double.isNaN(performance)) {
            return Optional.empty();
        }
        boolean highImpact = impact >= impactCentre;
        boolean highPerformance = performance >= performanceCentre;
        if (highImpact) {
            return Optional.of(highPerformance ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE);
        }
        return Optional.of(highPerformance ? POSSIBLE_OVERKILL : LOW_PRIORITY);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
