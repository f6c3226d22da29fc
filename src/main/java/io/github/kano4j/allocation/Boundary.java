package io.github.kano4j.allocation;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;

import java.util.Locale;

/**
 * A performance level used as a floor, target or ceiling, as numbers: a metric, its comparator, the value, and
 * the current value of the same metric (docs/METHODS.md §8.6), e.g. {@code share_low <= 0.10 (now 0.22)} or
 * {@code mean >= 3.90 (now 3.70)}. Text is derived from the numbers.
 *
 * @param metric  the measured quantity; its comparator says which direction is good
 * @param value   the level
 * @param current the current value of the metric (NaN when unknown)
 * @param rating  for {@link Metric#SHARE_BELOW}, the rating κ the share is counted below; NaN otherwise
 */
public record Boundary(Metric metric, double value, double current, double rating) {

    /** The quantity a boundary is about, with the comparator that is good. */
    public enum Metric {
        /** s_L, the share rating in the low zone: at most the value. */
        SHARE_LOW("share_low", "<="),
        /** s_H, the share rating in the high zone: at least the value. */
        SHARE_HIGH("share_high", ">="),
        /** The share rating strictly below the levelling-off knot κ: at most the value. */
        SHARE_BELOW("share_below", "<="),
        /** P̄, the mean rating: at least the value. */
        MEAN("mean", ">="),
        /** The gap survey's mean perception against the mean adequate expectation (the value): at least it. */
        PERCEPTION_VS_ADEQUATE("perception_vs_adequate", ">="),
        /** The gap survey's mean perception against the mean desired expectation (the value): at least it. */
        PERCEPTION_VS_DESIRED("perception_vs_desired", ">="),
        /** A rating on the attribute's scale: a ceiling beyond which more performance returns nothing measurable. */
        RATING("rating", "<="),
        /** Fulfilment on the Kano curve, a fraction in [0, 1] of full fulfilment — neither a rating nor a share. */
        FULFILMENT("fulfilment", "<=");

        private final String code;
        private final String comparator;

        Metric(String code, String comparator) {
            this.code = code;
            this.comparator = comparator;
        }

        /** The lowercase name used in CSV, e.g. {@code share_low}. */
        public String code() {
            return code;
        }

        /** {@code <=} or {@code >=}. */
        public String comparator() {
            return comparator;
        }
    }

    /** Checks the metric is given. */
    public Boundary {
        Check.notNull(metric, "metric");
    }

    /** A boundary whose current value is known (NaN when not). */
    public static Boundary of(Metric metric, double value, double current) {
        return new Boundary(metric, value, current, Double.NaN);
    }

    /** The comparator, {@code <=} or {@code >=}. */
    public String comparator() {
        return metric.comparator();
    }

    /** The metric's CSV name, with the rating for a share below a knot: {@code share_below_4}. */
    public String metricCode() {
        return metric == Metric.SHARE_BELOW ? "share_below_" + number(rating) : metric.code();
    }

    /** How far the current value is from the boundary in the bad direction (0 when met; NaN when unknown). */
    public double gap() {
        if (Double.isNaN(current)) {
            return Double.NaN;
        }
        return Math.max(0, metric.comparator().equals("<=") ? current - value : value - current);
    }

    /** Whether the current value meets the boundary (false when unknown). */
    public boolean isMet() {
        return gap() == 0;
    }

    /** E.g. {@code share_low <= 0.1000}; a rating ceiling as {@code rating <= 4}. */
    public String code() {
        return metricCode() + " " + comparator() + " " + (metric == Metric.RATING ? number(value) : format(value));
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * The boundary for people in a language: in English as {@link #toString()}; in Chinese with the metric's name
     * and the current value, e.g. {@code 低分比例 <= 0.1000（当前 0.2200）}. The CSV keeps {@link #metricCode()}.
     */
    public String text(Language language) {
        Check.notNull(language, "language");
        if (!language.isChinese()) {
            return toString();
        }
        if (metric == Metric.FULFILMENT) {
            return String.format(Locale.ROOT, language.message("boundary.fulfilment"), format(value));
        }
        return code(language) + (Double.isNaN(current) ? "" : String.format(Locale.ROOT,
                language.message("boundary.now"), format(current)));
    }

    /** As {@link #code()}, the metric named in a language: {@code 评分 <= 4} for a rating ceiling in Chinese. */
    public String code(Language language) {
        Check.notNull(language, "language");
        if (!language.isChinese()) {
            return code();
        }
        String name = String.format(Locale.ROOT, language.message("boundary.metric." + metric.code()),
                number(rating));
        return name + " " + comparator() + " " + (metric == Metric.RATING ? number(value) : format(value));
    }

    /** E.g. {@code share_low <= 0.1000 (now 0.2200)}; the Kano-curve fulfilment is named as such. */
    @Override
    public String toString() {
        String now = Double.isNaN(current) ? "" : " (now " + format(current) + ")";
        if (metric == Metric.FULFILMENT) {
            return "Kano-curve fulfilment <= " + format(value) + " of full fulfilment";
        }
        return code() + now;
    }
}
