package io.github.kano4j.satisfaction;

import io.github.kano4j.stats.Interval;

import java.util.Objects;
import java.util.Optional;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One attribute of the indirect analysis (docs/METHODS.md §6): performance, penalty and reward with their
 * tests, the impact-asymmetry indices (Mikulić &amp; Prebežac 2008)
 * <pre>
 *   RIOCS = |β^pen| + |β^rew|,  SGP = |β^rew|/RIOCS,  DGP = |β^pen|/RIOCS,  IA = SGP − DGP ∈ [−1, 1]
 * </pre>
 * with respondent-bootstrap intervals, the factor type (a satisfaction-data type, not a Kano category),
 * the hinge knot and the importance–performance quadrant.
 */
public final class FactorResult {
    private final String attribute;
    private final long n;
    private final double mean;
    private final double shareLow;
    private final double shareHigh;
    private final long countLow;
    private final long countHigh;
    private final Coefficient penalty;
    private final Coefficient reward;
    private final double symmetryWald;
    private final double symmetryP;
    private final double riocs;
    private final double sgp;
    private final double dgp;
    private final double ia;
    private final Interval iaInterval;
    private final Interval riocsInterval;
    private final FactorType factorType;
    private final FactorType alternativeType;
    private final HingeFit hinge;
    private final QuadraticFit quadratic;
    private final IpaQuadrant ipaQuadrant;
    private final double vifLow;
    private final double vifHigh;
    private final Set<SatisfactionFlag> flags;
    private final int scaleMin;
    private final long[] ratingCounts;

    FactorResult(String attribute, long n, double mean, double shareLow, double shareHigh, long countLow,
            long countHigh, Coefficient penalty, Coefficient reward, double symmetryWald, double symmetryP,
            double riocs, double sgp, double dgp, double ia, Interval iaInterval, Interval riocsInterval,
            FactorType factorType, FactorType alternativeType, HingeFit hinge, QuadraticFit quadratic,
            IpaQuadrant ipaQuadrant, double vifLow, double vifHigh, Set<SatisfactionFlag> flags, int scaleMin, long[] ratingCounts) {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags)); // declaration order, every run
        this.attribute = attribute;
        this.n = n;
        this.mean = mean;
        this.shareLow = shareLow;
        this.shareHigh = shareHigh;
        this.countLow = countLow;
        this.countHigh = countHigh;
        this.penalty = penalty;
        this.reward = reward;
        this.symmetryWald = symmetryWald;
        this.symmetryP = symmetryP;
        this.riocs = riocs;
        this.sgp = sgp;
        this.dgp = dgp;
        this.ia = ia;
        this.iaInterval = iaInterval;
        this.riocsInterval = riocsInterval;
        this.factorType = factorType;
        this.alternativeType = alternativeType;
        this.hinge = hinge;
        this.quadratic = quadratic;
        this.ipaQuadrant = ipaQuadrant;
        this.vifLow = vifLow;
        this.vifHigh = vifHigh;
        this.flags = flags;
        this.scaleMin = scaleMin;
        this.ratingCounts = ratingCounts.clone();
    }

    /** The attribute. */
    public String attribute() {
        return attribute;
    }

    /** Respondents in the model. */
    public long n() {
        return n;
    }

    /** Mean rating (performance) */
    public double mean() {
        return mean;
    }

    /** Share rating in the low zone (≤ cutLow), s_L. */
    public double shareLow() {
        return shareLow;
    }

    /** Share rating in the high zone (≥ cutHigh), s_H. */
    public double shareHigh() {
        return shareHigh;
    }

    /** Respondents in the low zone. */
    public long countLow() {
        return countLow;
    }

    /** Respondents in the high zone. */
    public long countHigh() {
        return countHigh;
    }

    /** Β^pen, signed (expected ≤ 0) */
    public Coefficient penalty() {
        return penalty;
    }

    /** Β^rew, signed (expected ≥ 0) */
    public Coefficient reward() {
        return reward;
    }

    /** Wald χ²(1) of H0: β^rew + β^pen = 0. */
    public double symmetryWald() {
        return symmetryWald;
    }

    /** Its p-value. */
    public double symmetryP() {
        return symmetryP;
    }

    /** RIOCS. */
    public double riocs() {
        return riocs;
    }

    /** SGP. */
    public double sgp() {
        return sgp;
    }

    /** DGP. */
    public double dgp() {
        return dgp;
    }

    /** IA (&gt; 0 satisfier-leaning) */
    public double ia() {
        return ia;
    }

    /** Bootstrap percentile interval of IA. */
    public Interval iaInterval() {
        return iaInterval;
    }

    /** Bootstrap percentile interval of RIOCS. */
    public Interval riocsInterval() {
        return riocsInterval;
    }

    /** The factor type under the configured rule. */
    public FactorType factorType() {
        return factorType;
    }

    /** The factor type under the other rule, for comparison. */
    public FactorType alternativeType() {
        return alternativeType;
    }

    /** The hinge fit. */
    public HingeFit hinge() {
        return hinge;
    }

    /** The quadratic fit. */
    public QuadraticFit quadratic() {
        return quadratic;
    }

    /** The importance–performance quadrant (null when RIOCS is NaN) */
    public Optional<IpaQuadrant> ipaQuadrant() {
        return Optional.ofNullable(ipaQuadrant);
    }

    /** VIF of the low dummy (NaN when dropped) */
    public double vifLow() {
        return vifLow;
    }

    /** VIF of the high dummy. */
    public double vifHigh() {
        return vifHigh;
    }

    /** Conditions found. */
    public Set<SatisfactionFlag> flags() {
        return flags;
    }

    /**
     * The share of respondents rating the attribute strictly below {@code rating} (NaN without respondents):
     * with a levelling-off knot κ, "share rating below κ" is the data-driven floor metric (docs/METHODS.md §8.6).
     */
    public double shareBelow(double rating) {
        long below = 0;
        long all = 0;
        for (int v = 0; v < ratingCounts.length; v++) {
            all += ratingCounts[v];
            if (scaleMin + v < rating) {
                below += ratingCounts[v];
            }
        }
        return all == 0 ? Double.NaN : (double) below / all;
    }

    /** Whether a flag is set. */
    public boolean has(SatisfactionFlag flag) {
        return flags.contains(flag);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactorResult o && Objects.equals(attribute, o.attribute)
                && Objects.equals(n, o.n) && Objects.equals(mean, o.mean)
                && Objects.equals(shareLow, o.shareLow) && Objects.equals(shareHigh, o.shareHigh)
                && Objects.equals(countLow, o.countLow) && Objects.equals(countHigh, o.countHigh)
                && Objects.equals(penalty, o.penalty) && Objects.equals(reward, o.reward)
                && Objects.equals(symmetryWald, o.symmetryWald)
                && Objects.equals(symmetryP, o.symmetryP) && Objects.equals(riocs, o.riocs)
                && Objects.equals(sgp, o.sgp) && Objects.equals(dgp, o.dgp)
                && Objects.equals(ia, o.ia) && Objects.equals(iaInterval, o.iaInterval)
                && Objects.equals(riocsInterval, o.riocsInterval)
                && Objects.equals(factorType, o.factorType)
                && Objects.equals(alternativeType, o.alternativeType)
                && Objects.equals(hinge, o.hinge) && Objects.equals(quadratic, o.quadratic)
                && Objects.equals(ipaQuadrant, o.ipaQuadrant) && Objects.equals(vifLow, o.vifLow)
                && Objects.equals(vifHigh, o.vifHigh) && Objects.equals(flags, o.flags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, n, mean, shareLow, shareHigh, countLow, countHigh, penalty, reward,
                symmetryWald, symmetryP, riocs, sgp, dgp, ia, iaInterval, riocsInterval, factorType, alternativeType,
                hinge, quadratic, ipaQuadrant, vifLow, vifHigh, flags);
    }

    @Override
    public String toString() {
        return "FactorResult[attribute=" + attribute
                + ", n=" + n
                + ", mean=" + mean
                + ", shareLow=" + shareLow
                + ", shareHigh=" + shareHigh
                + ", countLow=" + countLow
                + ", countHigh=" + countHigh
                + ", penalty=" + penalty
                + ", reward=" + reward
                + ", symmetryWald=" + symmetryWald
                + ", symmetryP=" + symmetryP
                + ", riocs=" + riocs
                + ", sgp=" + sgp
                + ", dgp=" + dgp
                + ", ia=" + ia
                + ", iaInterval=" + iaInterval
                + ", riocsInterval=" + riocsInterval
                + ", factorType=" + factorType
                + ", alternativeType=" + alternativeType
                + ", hinge=" + hinge
                + ", quadratic=" + quadratic
                + ", ipaQuadrant=" + ipaQuadrant
                + ", vifLow=" + vifLow
                + ", vifHigh=" + vifHigh
                + ", flags=" + flags + "]";
    }
}
