package io.github.kano4j.satisfaction;

/**
 * The two factor-type rules of docs/METHODS.md §6.1 and §6.3, side by side: the default impact-asymmetry band
 * and the PRCA significance rule of Matzler &amp; Sauerwein (2002). Each result reports both.
 */
final class FactorTypeRule {
    private FactorTypeRule() {
    }

    /** docs/METHODS.md §6.3 default rule. */
    static FactorType iaBand(Coefficient pen, Coefficient rew, ImpactIndices idx, double maxRiocs,
            SatisfactionOptions options) {
        if (!pen.isEstimable() || !rew.isEstimable()) {
            return FactorType.UNCLASSIFIED;
        }
        double alpha = options.alpha();
        if (Double.isNaN(idx.ia()) || idx.riocs() < options.minimumImpactFraction() * maxRiocs
                || (!pen.significant(alpha) && !rew.significant(alpha))) {
            return FactorType.LOW_IMPACT;
        }
        double c = options.hybridBand();
        if (Math.abs(idx.ia()) <= c) {
            return FactorType.HYBRID;
        }
        return idx.ia() > c ? FactorType.SATISFIER : FactorType.DISSATISFIER;
    }

    /** docs/METHODS.md §6.1 PRCA significance rule; with only one effect significant, that effect decides. */
    static FactorType prcaSignificance(Coefficient pen, Coefficient rew, double waldP, SatisfactionOptions options) {
        if (!pen.isEstimable() || !rew.isEstimable()) {
            return FactorType.UNCLASSIFIED;
        }
        double alpha = options.alpha();
        boolean ps = pen.significant(alpha);
        boolean rs = rew.significant(alpha);
        if (!ps && !rs) {
            return FactorType.LOW_IMPACT;
        }
        if (ps && !rs) {
            return FactorType.DISSATISFIER;
        }
        if (rs && !ps) {
            return FactorType.SATISFIER;
        }
        if (!(waldP < alpha)) {
            return FactorType.HYBRID;
        }
        return Math.abs(pen.estimate()) > Math.abs(rew.estimate()) ? FactorType.DISSATISFIER : FactorType.SATISFIER;
    }
}
