package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.internal.Check;

/**
 * The Kano-adjusted improvement ratio of Tan &amp; Shen (2000) for the QFD planning matrix (docs/METHODS.md §5.2):
 * {@code IR₀ = target / current}, {@code IR_adj = IR₀^γ(category)} with defaults γ(A) = 2, γ(O) = 1,
 * γ(M) = 0.5 and γ = 1 otherwise. The assignment of exponents to A and M is not confirmed in the original,
 * so the exponents are parameters. Known criticism: dampening must-be attributes that perform badly
 * (Chaudha et al. 2011).
 */
public final class TanShen {
    private TanShen() {
    }

    /** IR_adj with the default exponents. */
    public static double adjustedRatio(double current, double target, Category category) {
        return adjustedRatio(current, target, category, 2, 1, 0.5);
    }

    /**
     * IR_adj with the given exponents.
     *
     * @throws IllegalArgumentException if current or target is not positive
     */
    public static double adjustedRatio(double current, double target, Category category, double gammaA, double gammaO,
            double gammaM) {
        Check.notNull(category, "category");
        if (!(current > 0) || !(target > 0)) {
            throw new IllegalArgumentException("The improvement ratio needs positive current and target performance, "
                    + "were " + current + " and " + target);
        }
        double gamma = switch (category) {
            case A -> gammaA;
            case O -> gammaO;
            case M -> gammaM;
            default -> 1;
        };
        return Math.pow(target / current, gamma);
    }
}
