package io.github.kano4j.allocation;

import io.github.kano4j.internal.Check;

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
 */
public record AttributeFacts(String attribute, double mean, double shareLow, double shareHigh, double benchmark,
        double unitCost, double importance, double tau, String group) {

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
                newGroup);
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
        return Double.isNaN(tau) ? out : out.withTau(tau);
    }
}
