package io.github.kano4j.satisfaction;

import io.github.kano4j.internal.Check;

import java.io.Serializable;

/**
 * The attribute rating scale of a satisfaction survey and its penalty–reward cut points (docs/METHODS.md §6.1):
 * a rating ≤ {@code cutLow} is in the low (penalty) zone, ≥ {@code cutHigh} in the high (reward) zone.
 * Defaults exist only for 1–5 (2 / 5) and 0–10 (6 / 9, as ShapKa); any other scale needs explicit cuts.
 *
 * @param min     lowest rating
 * @param max     highest rating
 * @param cutLow  top of the low zone
 * @param cutHigh bottom of the high zone
 */
public record RatingScale(int min, int max, int cutLow, int cutHigh) implements Serializable {

    /** @throws IllegalArgumentException unless min &lt; max, 0 ≤ min, max ≤ 100 and min ≤ cutLow &lt; cutHigh ≤ max */
    public RatingScale {
        if (min < 0 || max > 100 || min >= max) {
            throw new IllegalArgumentException("A rating scale needs 0 <= min < max <= 100, was " + min + "-" + max);
        }
        if (cutLow < min || cutHigh > max || cutLow >= cutHigh) {
            throw new IllegalArgumentException("Cut points need " + min + " <= low < high <= " + max + ", were "
                    + cutLow + " / " + cutHigh);
        }
    }

    /** The 1–5 scale with cuts 2 / 5. */
    public static RatingScale fivePoint() {
        return new RatingScale(1, 5, 2, 5);
    }

    /** The 0–10 scale with cuts 6 / 9. */
    public static RatingScale zeroToTen() {
        return new RatingScale(0, 10, 6, 9);
    }

    /**
     * The scale {@code min–max} with its default cuts.
     *
     * @throws IllegalArgumentException for a scale without defaults, naming the option to set
     */
    public static RatingScale withDefaultCuts(int min, int max) {
        if (min == 1 && max == 5) {
            return fivePoint();
        }
        if (min == 0 && max == 10) {
            return zeroToTen();
        }
        throw new IllegalArgumentException("The " + min + "-" + max + " scale has no default penalty/reward cut "
                + "points; declare them, e.g. a 1-7 scale with cuts 3 and 7 (new RatingScale(1, 7, 3, 7))");
    }

    /**
     * Parses {@code "1-5"}, {@code "0-10"}, {@code "1-7"} … (cuts must then be given unless the scale has
     * defaults).
     */
    public static int[] parseRange(String text) {
        Check.notNull(text, "text");
        String[] parts = text.strip().split("\\s*[-–:]\\s*");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("A rating scale is written MIN-MAX, e.g. 1-5 or 0-10, was \"" + text + "\"");
    }

    @Override
    public String toString() {
        return min + "-" + max + " (low <= " + cutLow + ", high >= " + cutHigh + ")";
    }
}
