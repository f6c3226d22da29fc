package io.github.kano4j.allocation;

/**
 * Optional facts about an attribute from an attribute sheet: current performance (overrides the survey),
 * a benchmark, the unit cost of improvement and importance. NaN = not given.
 *
 * @param attribute the attribute
 * @param mean      current mean rating
 * @param shareLow  current share in the low zone
 * @param shareHigh current share in the high zone
 * @param benchmark competitor or target mean rating
 * @param unitCost  cost of moving one percentage point of customers
 * @param importance importance
 */
public record AttributeFacts(String attribute, double mean, double shareLow, double shareHigh, double benchmark,
        double unitCost, double importance) {

    /** Applies the facts to evidence: given performance numbers replace the survey's. */
    public AttributeEvidence applyTo(AttributeEvidence e) {
        AttributeEvidence out = e.withPerformance(Double.isNaN(mean) ? e.mean() : mean,
                Double.isNaN(shareLow) ? e.shareLow() : shareLow, Double.isNaN(shareHigh) ? e.shareHigh() : shareHigh);
        return out.withFacts(benchmark, unitCost, importance);
    }
}
