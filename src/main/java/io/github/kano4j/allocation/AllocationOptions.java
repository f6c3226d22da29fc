package io.github.kano4j.allocation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Allocation thresholds and defaults (METHODS.md §8.2, §11): floor tolerance τ = 0.10 (share allowed in the
 * low zone), top-box goal h* = 0.40 for attractive-like attributes, Better threshold 0.5, hurdle λ = 0,
 * stability threshold 0.70, sentences in English, and the measurement date of the survey.
 */
public final class AllocationOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Language of the plain-language sentences. */
    public enum Language {
        /** English. */
        EN,
        /** Simplified Chinese. */
        ZH
    }

    private double tau = 0.10;
    private double topBoxGoal = 0.40;
    private double betterThreshold = 0.5;
    private double hurdle = 0;
    private double lowStability = 0.70;
    private Language language = Language.EN;
    private LocalDate measuredAt;
    private String lowZone = "1-2";
    private String highZone = "5";

    private static final AllocationOptions DEFAULTS = new AllocationOptions();

    private AllocationOptions() {
    }

    private AllocationOptions(AllocationOptions o) {
        tau = o.tau;
        topBoxGoal = o.topBoxGoal;
        betterThreshold = o.betterThreshold;
        hurdle = o.hurdle;
        lowStability = o.lowStability;
        language = o.language;
        measuredAt = o.measuredAt;
        lowZone = o.lowZone;
        highZone = o.highZone;
    }

    /** The defaults of METHODS.md §11. */
    public static AllocationOptions defaults() {
        return DEFAULTS;
    }

    private AllocationOptions with(Consumer<AllocationOptions> change) {
        AllocationOptions copy = new AllocationOptions(this);
        change.accept(copy);
        return copy;
    }

    /** Floor tolerance τ: share of customers allowed in the low zone (default 0.10). */
    public AllocationOptions withTau(double tau) {
        check("tau", tau);
        return with(o -> o.tau = tau);
    }

    /** Top-box goal h* for attractive-like attributes (default 0.40). */
    public AllocationOptions withTopBoxGoal(double goal) {
        check("goal", goal);
        return with(o -> o.topBoxGoal = goal);
    }

    /** Better threshold for attractive-like evidence (default 0.5). */
    public AllocationOptions withBetterThreshold(double threshold) {
        check("threshold", threshold);
        return with(o -> o.betterThreshold = threshold);
    }

    /** Hurdle λ: the satisfaction gain per unit of fulfilment below which improvement does not pay (default 0). */
    public AllocationOptions withHurdle(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("The hurdle must be a non-negative number, was " + lambda);
        }
        return with(o -> o.hurdle = lambda);
    }

    /** Category stability below this counts as unstable (rule R9; default 0.70). */
    public AllocationOptions withLowStability(double threshold) {
        check("threshold", threshold);
        return with(o -> o.lowStability = threshold);
    }

    /** Language of the sentences (default English). */
    public AllocationOptions withLanguage(Language language) {
        return with(o -> o.language = java.util.Objects.requireNonNull(language));
    }

    /** The survey's measurement date, carried by every decision (categories drift over time). */
    public AllocationOptions withMeasuredAt(LocalDate date) {
        return with(o -> o.measuredAt = date);
    }

    /** How the low and high rating zones are named in sentences, e.g. "1-2" and "5" (the defaults). */
    public AllocationOptions withZoneNames(String low, String high) {
        return with(o -> {
            o.lowZone = java.util.Objects.requireNonNull(low);
            o.highZone = java.util.Objects.requireNonNull(high);
        });
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be in [0, 1], was " + v);
        }
    }

    public double tau() {
        return tau;
    }

    public double topBoxGoal() {
        return topBoxGoal;
    }

    public double betterThreshold() {
        return betterThreshold;
    }

    public double hurdle() {
        return hurdle;
    }

    public double lowStability() {
        return lowStability;
    }

    public Language language() {
        return language;
    }

    /** The measurement date, or null when not given. */
    public LocalDate measuredAt() {
        return measuredAt;
    }

    public String lowZone() {
        return lowZone;
    }

    public String highZone() {
        return highZone;
    }

    /** One line naming every threshold. */
    public String provenance() {
        return "tau=" + tau + ", top-box goal=" + topBoxGoal + ", better threshold=" + betterThreshold + ", hurdle="
                + hurdle + ", stability threshold=" + lowStability + ", rules=METHODS 8.4 (R1, R9, R2, R3-R8, R10)"
                + (measuredAt == null ? "" : ", measured " + measuredAt) + ", language="
                + language.name().toLowerCase(Locale.ROOT);
    }
}
