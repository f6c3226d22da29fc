package io.github.kano4j.allocation;

import io.github.kano4j.Category;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The resource-allocation decision for one attribute (docs/METHODS.md §8.3).
 */
public final class AllocationDecision {
    private final String attribute;
    private final Strategy strategy;
    private final String evidence;
    private final Optional<Category> basis;
    private final String confidence;
    private final double mean;
    private final double shareLow;
    private final double shareHigh;
    private final Optional<Boundary> floor;
    private final Optional<Boundary> target;
    private final Optional<Boundary> ceiling;
    private final double reducibleMargin;
    private final double expectedGain;
    private final double upside;
    private final int priority;
    private final List<RuleFired> rules;
    private final String sentence;
    private final Optional<LocalDate> measuredAt;

    AllocationDecision(String attribute, Strategy strategy, String evidence, Optional<Category> basis,
            String confidence, double mean, double shareLow, double shareHigh, Optional<Boundary> floor,
            Optional<Boundary> target, Optional<Boundary> ceiling, double reducibleMargin, double expectedGain,
            double upside, int priority, List<RuleFired> rules, String sentence, Optional<LocalDate> measuredAt) {
        rules = List.copyOf(rules);
        this.attribute = attribute;
        this.strategy = strategy;
        this.evidence = evidence;
        this.basis = basis;
        this.confidence = confidence;
        this.mean = mean;
        this.shareLow = shareLow;
        this.shareHigh = shareHigh;
        this.floor = floor;
        this.target = target;
        this.ceiling = ceiling;
        this.reducibleMargin = reducibleMargin;
        this.expectedGain = expectedGain;
        this.upside = upside;
        this.priority = priority;
        this.rules = rules;
        this.sentence = sentence;
        this.measuredAt = measuredAt;
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

    /** The category the rules applied (M-like, O-like, …; the protective one when mixed) */
    public Optional<Category> basis() {
        return basis;
    }

    /** What supports the category, e.g. "Fong significant, stability 0.97". */
    public String confidence() {
        return confidence;
    }

    /** Current mean rating P̄ (NaN when unknown) */
    public double mean() {
        return mean;
    }

    /** Current s_L. */
    public double shareLow() {
        return shareLow;
    }

    /** Current s_H. */
    public double shareHigh() {
        return shareHigh;
    }

    /** The level performance must not fall below. */
    public Optional<Boundary> floor() {
        return floor;
    }

    /** The level to improve to (INCREASE) */
    public Optional<Boundary> target() {
        return target;
    }

    /** The level beyond which more investment returns nothing or less than the hurdle. */
    public Optional<Boundary> ceiling() {
        return ceiling;
    }

    /** How far performance may fall before hitting the floor (NaN when none applies) */
    public double reducibleMargin() {
        return reducibleMargin;
    }

    /** ΔOS from reaching the target (PRCA units) or the questionnaire proxy. */
    public double expectedGain() {
        return expectedGain;
    }

    /** Β^rew × the share in the middle zone: the gain if all middle ratings became top ratings. */
    public double upside() {
        return upside;
    }

    /** Rank among INCREASE decisions (1 = first), 0 otherwise. */
    public int priority() {
        return priority;
    }

    /** Every rule whose condition holds, with the numbers it used. */
    public List<RuleFired> rules() {
        return rules;
    }

    /** A plain-language instruction. */
    public String sentence() {
        return sentence;
    }

    /** The survey's measurement date, when given. */
    public Optional<LocalDate> measuredAt() {
        return measuredAt;
    }

    /** A rule whose condition held, with the numbers it used. */
    public record RuleFired(String id, String detail) {
        @Override
        public String toString() {
            return id + " (" + detail + ")";
        }
    }

    /** The rule ids, e.g. {@code [R2, R10]}. */
    public List<String> ruleIds() {
        return rules.stream().map(RuleFired::id).toList();
    }

    AllocationDecision withPriority(int rank) {
        return new AllocationDecision(attribute, strategy, evidence, basis, confidence, mean, shareLow, shareHigh, floor,
                target, ceiling, reducibleMargin, expectedGain, upside, rank, rules, sentence, measuredAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllocationDecision o && Objects.equals(attribute, o.attribute)
                && Objects.equals(strategy, o.strategy) && Objects.equals(evidence, o.evidence)
                && Objects.equals(basis, o.basis) && Objects.equals(confidence, o.confidence)
                && Objects.equals(mean, o.mean) && Objects.equals(shareLow, o.shareLow)
                && Objects.equals(shareHigh, o.shareHigh) && Objects.equals(floor, o.floor)
                && Objects.equals(target, o.target) && Objects.equals(ceiling, o.ceiling)
                && Objects.equals(reducibleMargin, o.reducibleMargin)
                && Objects.equals(expectedGain, o.expectedGain)
                && Objects.equals(upside, o.upside) && Objects.equals(priority, o.priority)
                && Objects.equals(rules, o.rules) && Objects.equals(sentence, o.sentence)
                && Objects.equals(measuredAt, o.measuredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, strategy, evidence, basis, confidence, mean, shareLow, shareHigh,
                floor, target, ceiling, reducibleMargin, expectedGain, upside, priority, rules, sentence,
                measuredAt);
    }
}
