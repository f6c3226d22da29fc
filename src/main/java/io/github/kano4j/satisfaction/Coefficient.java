package io.github.kano4j.satisfaction;

/**
 * One regression coefficient with its standard error, t statistic and two-sided p-value (t with n − p
 * degrees of freedom). All NaN when the coefficient is not estimable.
 *
 * @param estimate the coefficient, signed as estimated
 * @param se       its standard error (HC3 by default)
 * @param t        estimate / se
 * @param p        two-sided p-value
 */
public record Coefficient(double estimate, double se, double t, double p) {

    /** A coefficient that could not be estimated. */
    public static Coefficient notEstimable() {
        return new Coefficient(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Whether the coefficient is estimated. */
    public boolean isEstimable() {
        return !Double.isNaN(estimate);
    }

    /** Whether p &lt; alpha (false when p is NaN). */
    public boolean significant(double alpha) {
        return p < alpha;
    }
}
