package io.github.kano4j.satisfaction;

/**
 * The quadratic regression of overall satisfaction on one attribute's rating (docs/METHODS.md §6.5):
 * {@code OS = β0 + β1·x + β2·x²}; marginal effect β1 + 2β2·x. For β2 &lt; 0 (concave, satisfaction-maintaining)
 * the saturation point is {@code x₀ = −β1/(2β2)} and the hurdle point {@code x* = (λ − β1)/(2β2)}, where the
 * marginal effect falls to λ; both are NaN ("none") when β2 ≥ 0 or they fall outside the scale.
 *
 * @param b0 intercept
 * @param b1 linear coefficient
 * @param b2 quadratic coefficient
 */
public record QuadraticFit(double b0, double b1, double b2) {

    /**
     * The saturation point x₀ within [min, max], else NaN.
     */
    public double saturation(double min, double max) {
        return hurdlePoint(0, min, max);
    }

    /** The rating where the marginal effect falls to {@code lambda}, within [min, max], else NaN. */
    public double hurdlePoint(double lambda, double min, double max) {
        if (!(b2 < 0)) {
            return Double.NaN;
        }
        double x = (lambda - b1) / (2 * b2);
        return x >= min && x <= max ? x : Double.NaN;
    }

    /** The marginal effect β1 + 2β2·x. */
    public double marginal(double x) {
        return b1 + 2 * b2 * x;
    }
}
