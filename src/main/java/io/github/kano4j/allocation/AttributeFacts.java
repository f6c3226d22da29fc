package io.github.kano4j.allocation;

import io.github.kano4j.internal.Check;
import io.github.kano4j.satisfaction.GapAnalysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Optional facts about an attribute from an attribute sheet: current performance (overrides the survey), a
 * benchmark, the unit cost of improvement, importance and a floor tolerance of its own. NaN = not given.
 *
 * @param attribute  the attribute
 * @param mean       current mean rating
 * @param shareLow   current share in the low zone, in [0, 1]
 * @param shareHigh  current share in the high zone, in [0, 1]
 * @param benchmark  competitor or target mean rating
 * @param unitCost   cost of moving one percentage point of customers, positive
 * @param importance importance (any positive scale; used to order ties and, optionally, weight gains)
 * @param tau        this attribute's floor tolerance τ, in [0, 1] (the plan's τ when NaN)
 * @param group      the group (department, process / technology / people) the plan rolls up by; empty for none
 * @param adequate   mean adequate expectation from a gap survey: the floor (see
 *                   {@link AttributeEvidence#withExpectations(double, double, double)})
 * @param desired    mean desired expectation from a gap survey: the target
 * @param perception mean perception in that gap survey: the current value of both
 */
public record AttributeFacts(String attribute, double mean, double shareLow, double shareHigh, double benchmark,
        double unitCost, double importance, double tau, String group, double adequate, double desired,
        double perception) {

    /** Facts without expectations. */
    public AttributeFacts(String attribute, double mean, double shareLow, double shareHigh, double benchmark,
            double unitCost, double importance, double tau, String group) {
        this(attribute, mean, shareLow, shareHigh, benchmark, unitCost, importance, tau, group, Double.NaN,
                Double.NaN, Double.NaN);
    }

    /** Facts without a group. */
    public AttributeFacts(String attribute, double mean, double shareLow, double shareHigh, double benchmark,
            double unitCost, double importance, double tau) {
        this(attribute, mean, shareLow, shareHigh, benchmark, unitCost, importance, tau, "");
    }

    /** Only a group: every value unknown. */
    public static AttributeFacts ofGroup(String attribute, String group) {
        return new AttributeFacts(attribute, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, group);
    }

    /** The same facts in another group. */
    public AttributeFacts withGroup(String newGroup) {
        return new AttributeFacts(attribute, mean, shareLow, shareHigh, benchmark, unitCost, importance, tau,
                newGroup, adequate, desired, perception);
    }

    /** The same facts with expectations from a gap survey (NaN = not measured). */
    public AttributeFacts withExpectations(double newAdequate, double newDesired, double newPerception) {
        return new AttributeFacts(attribute, mean, shareLow, shareHigh, benchmark, unitCost, importance, tau, group,
                newAdequate, newDesired, newPerception);
    }

    /** The group of every attribute that has one, in the map's order. */
    public static Map<String, String> groupsOf(Map<String, AttributeFacts> facts) {
        Check.notNull(facts, "facts");
        Map<String, String> out = new LinkedHashMap<>();
        facts.forEach((name, f) -> {
            if (!f.group().isEmpty()) {
                out.put(name, f.group());
            }
        });
        return out;
    }

    /** The stated importance of every attribute that has one, in the map's order. */
    public static Map<String, Double> importanceOf(Map<String, AttributeFacts> facts) {
        Check.notNull(facts, "facts");
        Map<String, Double> out = new LinkedHashMap<>();
        facts.forEach((name, f) -> {
            if (!Double.isNaN(f.importance())) {
                out.put(name, f.importance());
            }
        });
        return out;
    }

    /**
     * The facts with each attribute's expectations from a gap analysis added (attributes only in the gap survey get
     * facts of their own): with the zone of tolerance measured, the mean adequate expectation is the floor and the
     * mean desired one the target, against the mean perception of the same respondents; with one expectation
     * level, that level is only the target (an expectation of excellence, not a minimum) [lib].
     */
    public static Map<String, AttributeFacts> withGaps(Map<String, AttributeFacts> facts, GapAnalysis gaps) {
        Check.notNull(facts, "facts");
        Check.notNull(gaps, "gaps");
        Map<String, AttributeFacts> out = new LinkedHashMap<>(facts);
        for (GapAnalysis.GapResult r : gaps.results()) {
            boolean zone = r.zoneN() > 0;
            double adequate = zone ? r.adequateMean() : Double.NaN;
            double desired = zone ? r.desiredMean() : r.expectationMean();
            double perception = zone ? r.zonePerceptionMean() : r.perceptionMean();
            if (Double.isNaN(perception)) {
                continue;
            }
            AttributeFacts base = out.getOrDefault(r.attribute(), ofGroup(r.attribute(), ""));
            out.put(r.attribute(), base.withExpectations(adequate, desired, perception));
        }
        return out;
    }

    /**
     * Checks the values: shares and τ in [0, 1], a positive unit cost, a non-negative importance; an empty group
     * is no group.
     */
    public AttributeFacts {
        Check.notNull(attribute, "attribute");
        group = Check.notNull(group, "group").strip();
        checkShare("shareLow", shareLow);
        checkShare("shareHigh", shareHigh);
        checkShare("tau", tau);
        Check.argument(Double.isNaN(unitCost) || (unitCost > 0 && !Double.isInfinite(unitCost)),
                "The unit cost of '" + attribute + "' must be a positive number, was " + unitCost);
        Check.argument(Double.isNaN(importance) || (importance >= 0 && !Double.isInfinite(importance)),
                "The importance of '" + attribute + "' must not be negative, was " + importance);
    }

    private static void checkShare(String name, double v) {
        Check.argument(Double.isNaN(v) || (v >= 0 && v <= 1), "The " + name + " must be a share in [0, 1], was " + v);
    }

    /** Applies the facts to evidence: every value given replaces the evidence's own. */
    public AttributeEvidence applyTo(AttributeEvidence e) {
        AttributeEvidence out = e.withPerformance(Double.isNaN(mean) ? e.mean() : mean,
                Double.isNaN(shareLow) ? e.shareLow() : shareLow, Double.isNaN(shareHigh) ? e.shareHigh() : shareHigh);
        out = out.withFacts(Double.isNaN(benchmark) ? e.benchmark() : benchmark,
                Double.isNaN(unitCost) ? e.unitCost() : unitCost, Double.isNaN(importance) ? e.importance() : importance);
        if (!Double.isNaN(perception)) {
            out = out.withExpectations(adequate, desired, perception);
        }
        return Double.isNaN(tau) ? out : out.withTau(tau);
    }
}
