package io.github.kano4j.allocation;

import java.util.Locale;

/**
 * A performance level used as a floor, target or ceiling: a metric, a direction and a value, e.g.
 * "share rating in the low zone ≤ 0.10" or "mean rating ≥ 3.9".
 *
 * @param metric the measured quantity
 * @param value  the level
 */
public record Boundary(Metric metric, double value) {

    /** The quantity a boundary is about, with the direction that is good. */
    public enum Metric {
        /** s_L, the share rating in the low zone: should be at most the value. */
        SHARE_LOW("share in low zone", "<="),
        /** s_H, the share rating in the high zone: should be at least the value. */
        SHARE_HIGH("share in high zone", ">="),
        /** P̄, the mean rating: should be at least the value. */
        MEAN("mean rating", ">="),
        /** x, fulfilment on the Kano curve in [0, 1]: up to the value. */
        FULFILMENT("fulfilment", "<=");

        private final String description;
        private final String relation;

        Metric(String description, String relation) {
            this.description = description;
            this.relation = relation;
        }

        /** E.g. "share in low zone". */
        public String description() {
            return description;
        }

        /** "&lt;=" or "&gt;=". */
        public String relation() {
            return relation;
        }
    }

    /** E.g. {@code share_low <= 0.1000}. */
    public String code() {
        return metric.name().toLowerCase(Locale.ROOT) + " " + metric.relation + " " + format(value);
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    @Override
    public String toString() {
        return metric.description + " " + metric.relation + " " + format(value);
    }
}
