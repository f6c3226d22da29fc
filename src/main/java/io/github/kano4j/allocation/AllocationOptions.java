package io.github.kano4j.allocation;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Allocation thresholds and defaults (docs/METHODS.md §8.2, §8.6, §11): floor tolerance τ = 0.10 (share allowed in
 * the low zone), top-box goal h* = 0.40 for attractive-like attributes, Better threshold 0.5, hurdle λ = 0,
 * stability threshold 0.70, budget policy floors-first, penalty weight ψ = 1, sentences in English, and the
 * measurement date of the survey.
 */
public final class AllocationOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double tau;
    private final double topBoxGoal;
    private final double betterThreshold;
    private final double hurdle;
    private final double lowStability;
    private final Language language;
    private final LocalDate measuredAt;
    private final String lowZone;
    private final String highZone;
    private final BudgetPolicy policy;
    private final double penaltyWeight;
    private final boolean importanceWeighted;

    private static final AllocationOptions DEFAULTS = new AllocationOptions(new Values());

    private AllocationOptions(Values v) {
        tau = v.tau;
        topBoxGoal = v.topBoxGoal;
        betterThreshold = v.betterThreshold;
        hurdle = v.hurdle;
        lowStability = v.lowStability;
        language = v.language;
        measuredAt = v.measuredAt;
        lowZone = v.lowZone;
        highZone = v.highZone;
        policy = v.policy;
        penaltyWeight = v.penaltyWeight;
        importanceWeighted = v.importanceWeighted;
    }

    /** The mutable twin used by the one copy path. */
    private static final class Values {
        double tau = 0.10;
        double topBoxGoal = 0.40;
        double betterThreshold = 0.5;
        double hurdle = 0;
        double lowStability = 0.70;
        Language language = Language.EN;
        LocalDate measuredAt;
        String lowZone = "1-2";
        String highZone = "5";
        BudgetPolicy policy = BudgetPolicy.FLOORS_FIRST;
        double penaltyWeight = 1;
        boolean importanceWeighted;

        Values() {
        }

        Values(AllocationOptions o) {
            tau = o.tau;
            topBoxGoal = o.topBoxGoal;
            betterThreshold = o.betterThreshold;
            hurdle = o.hurdle;
            lowStability = o.lowStability;
            language = o.language;
            measuredAt = o.measuredAt;
            lowZone = o.lowZone;
            highZone = o.highZone;
            policy = o.policy;
            penaltyWeight = o.penaltyWeight;
            importanceWeighted = o.importanceWeighted;
        }
    }

    /** The defaults of docs/METHODS.md §11. */
    public static AllocationOptions defaults() {
        return DEFAULTS;
    }

    private AllocationOptions with(Consumer<Values> change) {
        Values v = new Values(this);
        change.accept(v);
        return new AllocationOptions(v);
    }

    /** Floor tolerance τ: share of customers allowed in the low zone (default 0.10), in [0, 1]. */
    public AllocationOptions withTau(double tau) {
        check("tau", tau);
        return with(o -> o.tau = tau);
    }

    /** Top-box goal h* for attractive-like attributes (default 0.40), in [0, 1]. */
    public AllocationOptions withTopBoxGoal(double goal) {
        check("goal", goal);
        return with(o -> o.topBoxGoal = goal);
    }

    /** Better threshold for attractive-like evidence (default 0.5), in [0, 1]. */
    public AllocationOptions withBetterThreshold(double threshold) {
        check("threshold", threshold);
        return with(o -> o.betterThreshold = threshold);
    }

    /** Hurdle λ: the satisfaction gain per unit of fulfilment below which improvement does not pay (default 0). */
    public AllocationOptions withHurdle(double lambda) {
        Check.argument(lambda >= 0 && !Double.isInfinite(lambda),
                "The hurdle must be a non-negative number, was " + lambda);
        return with(o -> o.hurdle = lambda);
    }

    /** Category stability below this counts as unstable (rule R9; default 0.70), in [0, 1]. */
    public AllocationOptions withLowStability(double threshold) {
        check("threshold", threshold);
        return with(o -> o.lowStability = threshold);
    }

    /** Language of the sentences (default English). */
    public AllocationOptions withLanguage(Language language) {
        Check.notNull(language, "language");
        return with(o -> o.language = language);
    }

    /** The survey's measurement date, carried by every decision (categories drift over time). */
    public AllocationOptions withMeasuredAt(LocalDate date) {
        Check.notNull(date, "date");
        return with(o -> o.measuredAt = date);
    }

    /** How the low and high rating zones are named in sentences, e.g. "1-2" and "5" (the defaults). */
    public AllocationOptions withZoneNames(String low, String high) {
        Check.notNull(low, "low");
        Check.notNull(high, "high");
        return with(o -> {
            o.lowZone = low;
            o.highZone = high;
        });
    }

    /** The budget policy (default {@link BudgetPolicy#FLOORS_FIRST}: broken floors are funded first). */
    public AllocationOptions withPolicy(BudgetPolicy policy) {
        Check.notNull(policy, "policy");
        return with(o -> o.policy = policy);
    }

    /**
     * The penalty weight ψ ≥ 1 (default 1): multiplies the gain of fixing a floor, to say that avoiding
     * dissatisfaction is worth more than creating delight (retention).
     */
    public AllocationOptions withPenaltyWeight(double psi) {
        Check.argument(psi >= 1 && !Double.isInfinite(psi), "The penalty weight must be a number >= 1, was " + psi);
        return with(o -> o.penaltyWeight = psi);
    }

    /** Whether gains are multiplied by importance ÷ mean importance (default false: importance only breaks ties). */
    public AllocationOptions withImportanceWeighting(boolean on) {
        return with(o -> o.importanceWeighted = on);
    }

    private static void check(String name, double v) {
        Check.argument(v >= 0 && v <= 1, "The parameter '" + name + "' must be in [0, 1], was " + v);
    }

    /** Floor tolerance τ. */
    public double tau() {
        return tau;
    }

    /** Top-box goal h*. */
    public double topBoxGoal() {
        return topBoxGoal;
    }

    /** Better threshold for attractive-like evidence. */
    public double betterThreshold() {
        return betterThreshold;
    }

    /** Hurdle λ. */
    public double hurdle() {
        return hurdle;
    }

    /** Stability threshold of rule R9. */
    public double lowStability() {
        return lowStability;
    }

    /** Language of the sentences. */
    public Language language() {
        return language;
    }

    /** The measurement date, when given. */
    public Optional<LocalDate> measuredAt() {
        return Optional.ofNullable(measuredAt);
    }

    /** The name of the low rating zone in sentences. */
    public String lowZone() {
        return lowZone;
    }

    /** The name of the high rating zone in sentences. */
    public String highZone() {
        return highZone;
    }

    /** The budget policy. */
    public BudgetPolicy policy() {
        return policy;
    }

    /** The penalty weight ψ. */
    public double penaltyWeight() {
        return penaltyWeight;
    }

    /** Whether gains are weighted by importance. */
    public boolean importanceWeighted() {
        return importanceWeighted;
    }

    /** Every setting by name, in a fixed order: the one list behind {@link #provenance()} and equality. */
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", policy.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("penaltyWeight", penaltyWeight);
        m.put("importanceWeighted", importanceWeighted);
        m.put("tau", tau);
        m.put("topBoxGoal", topBoxGoal);
        m.put("betterThreshold", betterThreshold);
        m.put("hurdle", hurdle);
        m.put("lowStability", lowStability);
        m.put("language", language.tag());
        m.put("measuredAt", measuredAt == null ? "not given" : measuredAt.toString());
        m.put("lowZone", lowZone);
        m.put("highZone", highZone);
        return Collections.unmodifiableMap(m);
    }

    /** One line naming the rules (docs/METHODS.md §8.4) and every setting. */
    public String provenance() {
        StringBuilder sb = new StringBuilder("rules=docs/METHODS.md §8.4 (R1, R9, R2, R3-R8, R10), tiers=§8.6");
        settings().forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllocationOptions a && a.settings().equals(settings());
    }

    @Override
    public int hashCode() {
        return settings().hashCode();
    }

    @Override
    public String toString() {
        return "AllocationOptions[" + provenance() + "]";
    }
}
