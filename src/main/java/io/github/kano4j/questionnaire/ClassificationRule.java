package io.github.kano4j.questionnaire;

import java.util.Locale;

/**
 * How one category is chosen for an attribute from its category counts (docs/METHODS.md §2).
 * Whatever the rule, every result also reports the plain mode, category and total strength, Fong's test,
 * the exact binomial test, χ², the Better–Worse quadrant and the (O+A+M) vs (I+R+Q) label, so rules
 * can be compared.
 */
public enum ClassificationRule {
    /**
     * Library default (docs/METHODS.md §2.7): the mode when Fong's test says the top two differ; otherwise
     * the attribute is {@code MIXED(top1/top2)} and the operational category is whichever of the two
     * comes first in M &gt; O &gt; A &gt; I &gt; R (Berger et al. 1993; Matzler et al. 1996; Fong 1996).
     */
    FONG_M_O_A_I("moai"),
    /** The most frequent of M, O, A, I, R, ties broken M &gt; O &gt; A &gt; I &gt; R (Berger et al. 1993). */
    PLAIN_MODE("mode"),
    /**
     * stp25kano's code: the mode when category strength exceeds the band (default 0.06), otherwise the
     * first of M, O, A, I, R among the top two.
     */
    STRENGTH_BAND("band"),
    /**
     * If O + A + M &gt; I + R + Q the largest of M, O, A (ties M → O → A), otherwise the largest of I, R, Q
     * (ties I → R → Q); equality goes to the I/R/Q branch (docs/METHODS.md §2.6).
     */
    OAM_VS_IRQ("aom"),
    /** The quadrant of (|Worse|, Better) at the configured thresholds (docs/METHODS.md §3.2). */
    BETTER_WORSE_QUADRANT("quadrant");

    private final String shortName;

    ClassificationRule(String shortName) {
        this.shortName = shortName;
    }

    /** The short name used on the command line, e.g. {@code moai}. */
    public String shortName() {
        return shortName;
    }

    /**
     * The rule with the given short name ({@code mode, moai, band, aom, quadrant}) or enum name.
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static ClassificationRule parse(String name) {
        String key = name == null ? "" : name.strip();
        for (ClassificationRule r : values()) {
            if (r.shortName.equalsIgnoreCase(key) || r.name().equalsIgnoreCase(key.replace('-', '_'))) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown classification rule \"" + name
                + "\"; expected one of mode, moai, band, aom, quadrant");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
