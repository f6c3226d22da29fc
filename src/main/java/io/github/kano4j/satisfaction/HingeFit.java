package io.github.kano4j.satisfaction;

import io.github.kano4j.internal.Check;

import java.util.OptionalDouble;

/**
 * The two-segment (hinge) regression of overall satisfaction on one attribute's rating (docs/METHODS.md §6.5):
 * {@code OS = β0 + β1·x + β2·(x − κ)₊}, the knot κ chosen by least squares over the interior scale points
 * (lowest κ on a tie); slope below κ = β1, above = β1 + β2. A knot needs observations on both sides and at
 * least three distinct ratings; with none estimable every field is NaN.
 *
 * <p>Shape: {@link Shape#LINEAR} when β2 is not significant (classical t-test at α); otherwise
 * {@link Shape#LEVELS_OFF} (slope falls: must-be-like — the knot is the level beyond which improvement
 * stops paying) or {@link Shape#TAKES_OFF} (slope rises: attractive-like — the knot is where it starts
 * paying).
 *
 * @param knot        κ
 * @param slopeBelow  β1
 * @param slopeAbove  β1 + β2
 * @param changeP     p-value of β2 (classical)
 * @param slopeAboveP one-sided p-value of "the slope above κ is greater than 0" (classical)
 * @param shape       the shape ({@link Shape#NOT_ESTIMABLE} when no knot was estimated)
 */
public record HingeFit(double knot, double slopeBelow, double slopeAbove, double changeP, double slopeAboveP,
        Shape shape) {

    /** How the effect changes at the knot. */
    public enum Shape {
        /** The slope falls at the knot (diminishing returns). */
        LEVELS_OFF,
        /** The slope rises at the knot (increasing returns). */
        TAKES_OFF,
        /** No significant change of slope. */
        LINEAR,
        /** No knot could be estimated (too few distinct ratings or a constant overall rating). */
        NOT_ESTIMABLE
    }

    /** Checks the shape is given. */
    public HingeFit {
        Check.notNull(shape, "shape");
    }

    /** Whether a knot was estimated. */
    public boolean isEstimable() {
        return !Double.isNaN(knot);
    }

    /**
     * The rating beyond which more performance returns nothing measurable (docs/METHODS.md §8.6): the knot, when
     * the slope falls significantly there and the slope above it is not significantly greater than 0 at
     * {@code alpha}; empty otherwise.
     */
    public OptionalDouble levelsOffAt(double alpha) {
        return shape == Shape.LEVELS_OFF && !(slopeAboveP < alpha) ? OptionalDouble.of(knot)
                : OptionalDouble.empty();
    }
}
