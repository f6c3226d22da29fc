package io.github.kano4j.satisfaction;

import java.util.Optional;

/**
 * Importance–performance quadrants (Martilla &amp; James 1977; docs/METHODS.md §6.7), with importance taken as the
 * asymmetric impact (RIOCS) and cross-hairs at the data means by default. A value equal to a cross-hair
 * counts as high.
 */
public enum IpaQuadrant {
    /** High impact, low performance: increase. */
    CONCENTRATE_HERE("Concentrate here"),
    /** High impact, high performance: maintain. */
    KEEP_UP_THE_GOOD_WORK("Keep up the good work"),
    /** Low impact, low performance: no extra resources. */
    LOW_PRIORITY("Low priority"),
    /** Low impact, high performance: candidate for reduction. */
    POSSIBLE_OVERKILL("Possible overkill");

    private final String displayName;

    IpaQuadrant(String displayName) {
        this.displayName = displayName;
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
