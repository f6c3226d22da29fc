package io.github.kano4j.allocation;

import io.github.kano4j.Category;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The resource-allocation decision for one attribute (METHODS.md §8.3).
 *
 * @param attribute       the attribute
 * @param strategy        INCREASE, MAINTAIN, REDUCE, REMOVE or NO_DECISION
 * @param evidence        the evidence used, e.g. "Kano M; factor type DISSATISFIER (IA -0.80)"
 * @param basis           the category the rules applied (M-like, O-like, …; the protective one when mixed)
 * @param confidence      what supports the category, e.g. "Fong significant, stability 0.97"
 * @param mean            current mean rating P̄ (NaN when unknown)
 * @param shareLow        current s_L
 * @param shareHigh       current s_H
 * @param floor           the level performance must not fall below
 * @param target          the level to improve to (INCREASE)
 * @param ceiling         the level beyond which more investment returns nothing or less than the hurdle
 * @param reducibleMargin how far performance may fall before hitting the floor (NaN when none applies)
 * @param expectedGain    ΔOS from reaching the target (PRCA units) or the questionnaire proxy
 * @param upside          β^rew × the share in the middle zone: the gain if all middle ratings became top ratings
 * @param priority        rank among INCREASE decisions (1 = first), 0 otherwise
 * @param rules           every rule whose condition holds, with the numbers it used
 * @param sentence        a plain-language instruction
 * @param measuredAt      the survey's measurement date, when given
 */
public record AllocationDecision(String attribute, Strategy strategy, String evidence, Optional<Category> basis,
        String confidence, double mean, double shareLow, double shareHigh, Optional<Boundary> floor,
        Optional<Boundary> target, Optional<Boundary> ceiling, double reducibleMargin, double expectedGain,
        double upside, int priority, List<RuleFired> rules, String sentence, Optional<LocalDate> measuredAt) {

    /** Copies the rule list. */
    public AllocationDecision {
        rules = List.copyOf(rules);
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
}
