package io.github.kano4j.allocation;

import io.github.kano4j.Category;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The resource-allocation decision for one attribute (docs/METHODS.md §8.3): the strategy, the category the rules
 * applied, the floor, target and ceiling as numbers with their current values, the reducible margin, the
 * expected gain with its unit, the priority tier and rank, the reason when there is no decision, every rule that
 * fired and a plain-language sentence.
 */
public final class AllocationDecision {
    private final String attribute;
    private final Strategy strategy;
    private final String evidence;
    private final Category basis;
    private final String confidence;
    private final double mean;
    private final double shareLow;
    private final double shareHigh;
    private final Boundary floor;
    private final Boundary target;
    private final Boundary ceiling;
    private final double reducibleMargin;
    private final double expectedGain;
    private final String gainUnit;
    private final double upside;
    private final int priority;
    private final Tier tier;
    private final NoDecisionReason reason;
    private final double importance;
    private final List<RuleFired> rules;
    private final String sentence;
    private final LocalDate measuredAt;

    /** A rule whose condition held, with the numbers it used. */
    public record RuleFired(Rule rule, String detail) {
        /** The rule id, e.g. {@code R3}. */
        public String id() {
            return rule.name();
        }

        @Override
        public String toString() {
            return id() + " (" + detail + ")";
        }
    }

    /** The mutable twin the allocator fills; copied once into the immutable decision. */
    static final class Values {
        String attribute;
        Strategy strategy = Strategy.NO_DECISION;
        String evidence = "";
        Category basis;
        String confidence = "";
        double mean = Double.NaN;
        double shareLow = Double.NaN;
        double shareHigh = Double.NaN;
        Boundary floor;
        Boundary target;
        Boundary ceiling;
        double reducibleMargin = Double.NaN;
        double expectedGain = Double.NaN;
        String gainUnit = "";
        double upside = Double.NaN;
        int priority;
        Tier tier;
        NoDecisionReason reason;
        double importance = Double.NaN;
        List<RuleFired> rules = new ArrayList<>();
        String sentence = "";
        LocalDate measuredAt;
        /** For sentences only: the goal after a one-dimensional attribute's floor is met. */
        Boundary nextGoal;

        Values() {
        }

        Values(AllocationDecision d) {
            attribute = d.attribute;
            strategy = d.strategy;
            evidence = d.evidence;
            basis = d.basis;
            confidence = d.confidence;
            mean = d.mean;
            shareLow = d.shareLow;
            shareHigh = d.shareHigh;
            floor = d.floor;
            target = d.target;
            ceiling = d.ceiling;
            reducibleMargin = d.reducibleMargin;
            expectedGain = d.expectedGain;
            gainUnit = d.gainUnit;
            upside = d.upside;
            priority = d.priority;
            tier = d.tier;
            reason = d.reason;
            importance = d.importance;
            rules = new ArrayList<>(d.rules);
            sentence = d.sentence;
            measuredAt = d.measuredAt;
        }

        AllocationDecision build() {
            return new AllocationDecision(this);
        }
    }

    private AllocationDecision(Values v) {
        attribute = Objects.requireNonNull(v.attribute);
        strategy = v.strategy;
        evidence = v.evidence;
        basis = v.basis;
        confidence = v.confidence;
        mean = v.mean;
        shareLow = v.shareLow;
        shareHigh = v.shareHigh;
        floor = v.floor;
        target = v.target;
        ceiling = v.ceiling;
        reducibleMargin = v.reducibleMargin;
        expectedGain = v.expectedGain;
        gainUnit = v.gainUnit;
        upside = v.upside;
        priority = v.priority;
        tier = v.tier;
        reason = v.reason;
        importance = v.importance;
        rules = List.copyOf(v.rules);
        sentence = v.sentence;
        measuredAt = v.measuredAt;
    }

    /** A copy with some values changed. */
    AllocationDecision with(Consumer<Values> change) {
        Values v = new Values(this);
        change.accept(v);
        return v.build();
    }

    /** The attribute. */
    public String attribute() {
        return attribute;
    }

    /** INCREASE, MAINTAIN, REDUCE, REMOVE or NO_DECISION. */
    public Strategy strategy() {
        return strategy;
    }

    /** The evidence used, e.g. "Kano M; factor type DISSATISFIER (IA -0.80)". */
    public String evidence() {
        return evidence;
    }

    /** The category the rules applied (M-like, O-like, …; the protective one when uncertain). */
    public Optional<Category> basis() {
        return Optional.ofNullable(basis);
    }

    /** What supports the category, e.g. "Fong significant, stability 0.97". */
    public String confidence() {
        return confidence;
    }

    /** Current mean rating P̄ (NaN when unknown). */
    public double mean() {
        return mean;
    }

    /** Current share in the low zone s_L (NaN when unknown). */
    public double shareLow() {
        return shareLow;
    }

    /** Current share in the high zone s_H (NaN when unknown). */
    public double shareHigh() {
        return shareHigh;
    }

    /** The level performance must not fall below. */
    public Optional<Boundary> floor() {
        return Optional.ofNullable(floor);
    }

    /** The level to improve to (INCREASE). */
    public Optional<Boundary> target() {
        return Optional.ofNullable(target);
    }

    /** The level beyond which more investment returns nothing (or less than the hurdle). */
    public Optional<Boundary> ceiling() {
        return Optional.ofNullable(ceiling);
    }

    /** How far performance may fall before hitting the floor (NaN when none applies). */
    public double reducibleMargin() {
        return reducibleMargin;
    }

    /** The expected gain from reaching the target, in {@link #gainUnit()} (NaN when none). */
    public double expectedGain() {
        return expectedGain;
    }

    /**
     * The unit of the expected gain: "points of overall satisfaction (1-5)" (or the survey's scale) from PRCA, or
     * "Better/Worse units" from questionnaire proxies; empty when there is no gain.
     */
    public String gainUnit() {
        return gainUnit;
    }

    /** β^rew × the share in the middle zone: the gain if every middle rating became a top rating. */
    public double upside() {
        return upside;
    }

    /** Rank among INCREASE decisions (1 = first), 0 otherwise. */
    public int priority() {
        return priority;
    }

    /** The priority tier of an INCREASE decision. */
    public Optional<Tier> tier() {
        return Optional.ofNullable(tier);
    }

    /** Why there is no decision, when the strategy is NO_DECISION. */
    public Optional<NoDecisionReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** Importance (stated in the questionnaire or the attribute sheet; NaN when unknown). */
    public double importance() {
        return importance;
    }

    /** Every rule whose condition holds, with the numbers it used. */
    public List<RuleFired> rules() {
        return rules;
    }

    /** The rule ids, e.g. {@code [R2, R10]}. */
    public List<String> ruleIds() {
        return rules.stream().map(RuleFired::id).toList();
    }

    /** A plain-language instruction. */
    public String sentence() {
        return sentence;
    }

    /** The survey's measurement date, when given. */
    public Optional<LocalDate> measuredAt() {
        return Optional.ofNullable(measuredAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllocationDecision o && toString().equals(o.toString()) && rules.equals(o.rules)
                && Objects.equals(measuredAt, o.measuredAt) && Double.compare(upside, o.upside) == 0
                && Double.compare(importance, o.importance) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, strategy, sentence);
    }

    @Override
    public String toString() {
        return "AllocationDecision[" + attribute + ": " + strategy + (tier == null ? "" : " tier " + tier.number())
                + (reason == null ? "" : " (" + reason + ")") + ", basis " + (basis == null ? "-" : basis.letter())
                + ", floor " + (floor == null ? "-" : floor) + ", target " + (target == null ? "-" : target)
                + ", ceiling " + (ceiling == null ? "-" : ceiling) + ", margin " + Boundary.format(reducibleMargin)
                + ", gain " + Boundary.format(expectedGain) + (gainUnit.isEmpty() ? "" : " " + gainUnit)
                + ", priority " + priority + ", rules " + ruleIds() + ", evidence " + evidence + ", confidence "
                + confidence + ", mean " + Boundary.format(mean) + ", s_L " + Boundary.format(shareLow) + ", s_H "
                + Boundary.format(shareHigh) + ", sentence " + sentence + "]";
    }
}
