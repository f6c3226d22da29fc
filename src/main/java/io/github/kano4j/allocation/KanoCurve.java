package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.internal.Check;

/**
 * Kano satisfaction curves (Wang &amp; Ji 2010, as implemented by Atlason &amp; Giacalone 2018; docs/METHODS.md §5.3):
 * satisfaction S as a function of fulfilment x ∈ [0, 1], anchored at S(0) = W (signed Worse) and S(1) = B:
 * <pre>
 *   O:  S(x) = (B − W)·x + W
 *   A:  S(x) = (B − W)/(e − 1)·eˣ − (B − e·W)/(e − 1)
 *   M:  S(x) = −e(B − W)/(e − 1)·e^(−x) + (e·B − W)/(e − 1)
 * </pre>
 * Marginal satisfaction: O {@code B − W}; A {@code (B − W)eˣ/(e − 1)}; M {@code e(B − W)e^(−x)/(e − 1)}.
 * Evaluated exactly at x = 1 (not 0.99). Other categories use the O line.
 *
 * @param category the curve's shape (M, O or A)
 * @param better   B
 * @param worse    W, signed (≤ 0)
 */
public record KanoCurve(Category category, double better, double worse) {
    private static final double E = Math.E;

    /** Checks the category is given. */
    public KanoCurve {
        Check.notNull(category, "category");
    }

    /** S(x). */
    public double value(double x) {
        double d = better - worse;
        return switch (category) {
            case A -> d / (E - 1) * Math.exp(x) - (better - E * worse) / (E - 1);
            case M -> -E * d / (E - 1) * Math.exp(-x) + (E * better - worse) / (E - 1);
            default -> d * x + worse;
        };
    }

    /** S′(x). */
    public double slope(double x) {
        double d = better - worse;
        return switch (category) {
            case A -> d * Math.exp(x) / (E - 1);
            case M -> E * d * Math.exp(-x) / (E - 1);
            default -> d;
        };
    }

    /**
     * The must-be stopping point: the fulfilment where S′ falls to the hurdle λ,
     * {@code x* = ln(e(B − W)/((e − 1)λ))}, clipped to [0, 1]; B − W = 0 gives 0, λ ≤ 0 gives 1. For O and A
     * curves (slope constant or rising) improvement pays up to 1 while S′ ≥ λ at the end, else 0.
     */
    public double stoppingPoint(double lambda) {
        double d = better - worse;
        if (d == 0) {
            return 0;
        }
        if (lambda <= 0) {
            return 1;
        }
        if (category == Category.M) {
            double x = Math.log(E * d / ((E - 1) * lambda));
            return Math.max(0, Math.min(1, x));
        }
        return slope(1) >= lambda ? 1 : 0;
    }
}
