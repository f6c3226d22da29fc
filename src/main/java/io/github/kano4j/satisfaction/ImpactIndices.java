package io.github.kano4j.satisfaction;

import io.github.kano4j.internal.Check;

/**
 * The impact-asymmetry indices of one attribute (Mikulić &amp; Prebežac 2008; docs/METHODS.md §6.3):
 * <pre>
 *   RIOCS = |β^pen| + |β^rew|,  SGP = |β^rew| / RIOCS,  DGP = |β^pen| / RIOCS,  IA = SGP − DGP ∈ [−1, 1]
 * </pre>
 * A coefficient with the unexpected sign enters as its absolute value, or as 0 under
 * {@link SatisfactionOptions.SignHandling#CLAMP}. A missing (NaN) coefficient makes every index NaN; RIOCS = 0
 * makes SGP, DGP and IA NaN.
 *
 * @param riocs range of impact on overall customer satisfaction
 * @param sgp   satisfaction-generating potential
 * @param dgp   dissatisfaction-generating potential
 * @param ia    impact asymmetry (&gt; 0 satisfier-leaning, &lt; 0 dissatisfier-leaning)
 */
public record ImpactIndices(double riocs, double sgp, double dgp, double ia) {
    private static final ImpactIndices UNDEFINED = new ImpactIndices(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The indices of a penalty and a reward coefficient (signed, as estimated). */
    public static ImpactIndices of(double penalty, double reward, SatisfactionOptions.SignHandling signs) {
        Check.notNull(signs, "signs");
        if (Double.isNaN(penalty) || Double.isNaN(reward)) {
            return UNDEFINED;
        }
        boolean clamp = signs == SatisfactionOptions.SignHandling.CLAMP;
        double p = clamp && penalty > 0 ? 0 : Math.abs(penalty);
        double r = clamp && reward < 0 ? 0 : Math.abs(reward);
        double riocs = p + r;
        if (riocs == 0) {
            return new ImpactIndices(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double sgp = r / riocs;
        double dgp = p / riocs;
        return new ImpactIndices(riocs, sgp, dgp, sgp - dgp);
    }
}
