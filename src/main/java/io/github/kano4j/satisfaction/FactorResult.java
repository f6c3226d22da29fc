package io.github.kano4j.satisfaction;

import io.github.kano4j.stats.Interval;

import java.util.Set;

/**
 * One attribute of the indirect analysis (METHODS.md §6): performance, penalty and reward with their
 * tests, the impact-asymmetry indices (Mikulić &amp; Prebežac 2008)
 * <pre>
 *   RIOCS = |β^pen| + |β^rew|,  SGP = |β^rew|/RIOCS,  DGP = |β^pen|/RIOCS,  IA = SGP − DGP ∈ [−1, 1]
 * </pre>
 * with respondent-bootstrap intervals, the factor type (a satisfaction-data type, not a Kano category),
 * the hinge knot and the importance–performance quadrant.
 *
 * @param attribute       the attribute
 * @param n               respondents in the model
 * @param mean            mean rating (performance)
 * @param shareLow        share rating in the low zone (≤ cutLow), s_L
 * @param shareHigh       share rating in the high zone (≥ cutHigh), s_H
 * @param countLow        respondents in the low zone
 * @param countHigh       respondents in the high zone
 * @param penalty         β^pen, signed (expected ≤ 0)
 * @param reward          β^rew, signed (expected ≥ 0)
 * @param symmetryWald    Wald χ²(1) of H0: β^rew + β^pen = 0
 * @param symmetryP       its p-value
 * @param riocs           RIOCS
 * @param sgp             SGP
 * @param dgp             DGP
 * @param ia              IA (&gt; 0 satisfier-leaning)
 * @param iaInterval      bootstrap percentile interval of IA
 * @param riocsInterval   bootstrap percentile interval of RIOCS
 * @param factorType      the factor type under the configured rule
 * @param alternativeType the factor type under the other rule, for comparison
 * @param hinge           the hinge fit
 * @param quadratic       the quadratic fit
 * @param ipaQuadrant     the importance–performance quadrant (null when RIOCS is NaN)
 * @param vifLow          VIF of the low dummy (NaN when dropped)
 * @param vifHigh         VIF of the high dummy
 * @param flags           conditions found
 */
public record FactorResult(String attribute, long n, double mean, double shareLow, double shareHigh, long countLow,
        long countHigh, Coefficient penalty, Coefficient reward, double symmetryWald, double symmetryP, double riocs,
        double sgp, double dgp, double ia, Interval iaInterval, Interval riocsInterval, FactorType factorType,
        FactorType alternativeType, HingeFit hinge, QuadraticFit quadratic, IpaQuadrant ipaQuadrant, double vifLow,
        double vifHigh, Set<SatisfactionFlag> flags) {

    /** Copies the flags. */
    public FactorResult {
        flags = Set.copyOf(flags);
    }

    /** Whether a flag is set. */
    public boolean has(SatisfactionFlag flag) {
        return flags.contains(flag);
    }
}
