package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;

import java.util.Optional;

/**
 * The analytical Kano indices of Xu, Jiao, Yang, Helander, Khalid &amp; Opperud (2009), docs/METHODS.md §4.3:
 * with DuMouchel's scores divided by 4 (x dysfunctional, y functional) and importance weights
 * {@code w = rating / K},
 * <pre>
 *   x̄ = Σ w·x / J,   ȳ = Σ w·y / J,   r = sqrt(x̄² + ȳ²),   α = atan2(ȳ, x̄) in degrees
 * </pre>
 * over the J valid (non-Q, non-R) pairs — only the pairs given with an importance rating when the
 * attribute has any (weighted), otherwise all valid pairs with w = 1 (unweighted). Label: r below the
 * minimum → I; α &lt; 30° → M; 30° ≤ α ≤ 60° → O; 60° &lt; α ≤ 90° → A; α outside [0°, 90°] → none
 * (reverse-leaning). The paper's exact cut-offs are not confirmed, so they are options.
 *
 * @param pairs      J
 * @param weighted   whether importance weights were used
 * @param scaleMax   K, the top of the importance scale (NaN when unweighted)
 * @param x          x̄, the dysfunctional index
 * @param y          ȳ, the functional index
 * @param radius     r, the importance index
 * @param angle      α in degrees, the satisfaction index (NaN when r = 0)
 * @param label      the optional category
 */
public record AnalyticalKano(long pairs, boolean weighted, double scaleMax, double x, double y, double radius,
        double angle, Optional<Category> label) {
}
