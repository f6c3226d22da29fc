package io.github.kano4j.stats;

import io.github.kano4j.internal.Check;

import java.util.Locale;

/**
 * A confidence interval with the method and level that produced it.
 *
 * @param lower  lower limit (NaN when not estimable)
 * @param upper  upper limit (NaN when not estimable)
 * @param level  confidence level, e.g. 0.95
 * @param method the method, e.g. {@code "wilson"}
 */
public record Interval(double lower, double upper, double level, String method) {

    /** Checks the method is named. */
    public Interval {
        Check.notNull(method, "method");
    }

    /** An interval that could not be estimated (both limits NaN). */
    public static Interval undefined(double level, String method) {
        return new Interval(Double.NaN, Double.NaN, level, method);
    }

    /** Whether both limits are numbers. */
    public boolean isDefined() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** Whether {@code value} lies within the closed interval. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** The interval reflected through zero: [−upper, −lower] (for the signed Worse). */
    public Interval negate() {
        return new Interval(0.0 - upper, 0.0 - lower, level, method); // 0.0 - x: never -0.0
    }

    /** E.g. {@code [0.4232, 0.5662]}, or {@code n/a}. */
    @Override
    public String toString() {
        return isDefined() ? "[" + four(lower) + ", " + four(upper) + "]" : "n/a";
    }

    private static String four(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }
}
