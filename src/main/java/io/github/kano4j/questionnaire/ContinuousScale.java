package io.github.kano4j.questionnaire;

import io.github.kano4j.internal.Check;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Scores per answer level for the continuous analysis (docs/METHODS.md §4.1): a functional and a
 * dysfunctional weight for each level, data rather than code.
 *
 * <p>{@link #DUMOUCHEL} is DuMouchel's asymmetric scale (Berger et al. 1993, §IVb): functional
 * 4, 2, 0, −1, −2 and dysfunctional −2, −1, 0, 2, 4 for like … dislike. {@link #DUMOUCHEL_QUARTER} is
 * the same divided by 4, as used by the analytical Kano model (Xu et al. 2009).
 *
 * @param name          a short name echoed in results
 * @param functional    score per functional answer level
 * @param dysfunctional score per dysfunctional answer level
 */
public record ContinuousScale(String name, double[] functional, double[] dysfunctional) implements Serializable {

    /** DuMouchel's asymmetric scale (the default). */
    public static final ContinuousScale DUMOUCHEL = new ContinuousScale("dumouchel",
            new double[] {4, 2, 0, -1, -2}, new double[] {-2, -1, 0, 2, 4});

    /** DuMouchel's scale divided by 4. */
    public static final ContinuousScale DUMOUCHEL_QUARTER = new ContinuousScale("dumouchel/4",
            new double[] {1, 0.5, 0, -0.25, -0.5}, new double[] {-0.5, -0.25, 0, 0.5, 1});

    /**
     * @throws IllegalArgumentException if the arrays differ in length, are not 3 or 5 long, or hold a
     *                                  non-finite score
     */
    public ContinuousScale {
        Check.notNull(name, "name");
        Check.notNull(functional, "functional");
        Check.notNull(dysfunctional, "dysfunctional");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The parameter 'name' must not be blank.");
        }
        if (functional == null || dysfunctional == null || functional.length != dysfunctional.length
                || (functional.length != 5 && functional.length != 3)) {
            throw new IllegalArgumentException("A continuous scale needs 5 (or 3) functional and as many dysfunctional scores");
        }
        functional = functional.clone();
        dysfunctional = dysfunctional.clone();
        for (int k = 0; k < functional.length; k++) {
            if (!Double.isFinite(functional[k]) || !Double.isFinite(dysfunctional[k])) {
                throw new IllegalArgumentException("Continuous scores must be finite numbers");
            }
        }
    }

    /** Number of answer levels scored. */
    public int levels() {
        return functional.length;
    }

    /** The score of each functional answer level (a copy). */
    @Override
    public double[] functional() {
        return functional.clone();
    }

    /** The score of each dysfunctional answer level (a copy). */
    @Override
    public double[] dysfunctional() {
        return dysfunctional.clone();
    }

    double functionalScore(int level) {
        return functional[level];
    }

    double dysfunctionalScore(int level) {
        return dysfunctional[level];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContinuousScale s && s.name.equals(name) && Arrays.equals(s.functional, functional)
                && Arrays.equals(s.dysfunctional, dysfunctional);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(functional) * 17 + Arrays.hashCode(dysfunctional);
    }

    @Override
    public String toString() {
        return name + " F" + Arrays.toString(functional) + " D" + Arrays.toString(dysfunctional);
    }
}
