package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.internal.Check;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.IpaQuadrant;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the allocation rules know about one attribute (docs/METHODS.md §8.2): questionnaire evidence
 * (category, runner-up, mixed, Better, |Worse|, stability), satisfaction-survey evidence (factor type,
 * penalty and reward with their significance, RIOCS, IA, IPA quadrant), current performance (mean rating,
 * share in the low zone s_L and the high zone s_H), and facts (benchmark, unit cost, importance). Absent
 * numbers are NaN, absent categories empty. Build it from results with the {@code of} methods or from
 * numbers with {@link #empty(String)} and the withers.
 */
public final class AttributeEvidence {
    private final String attribute;
    private final Optional<Category> kanoCategory;
    private final Optional<Category> kanoRunnerUp;
    private final String kanoLabel;
    private final boolean mixed;
    private final double better;
    private final double absWorse;
    private final double stability;
    private final Optional<FactorType> factorType;
    private final double penalty;
    private final double reward;
    private final boolean rewardSignificant;
    private final double riocs;
    private final double ia;
    private final IpaQuadrant ipaQuadrant;
    private final double mean;
    private final double shareLow;
    private final double shareHigh;
    private final double benchmark;
    private final double unitCost;
    private final double importance;

    private AttributeEvidence(String attribute, Optional<Category> kanoCategory, Optional<Category> kanoRunnerUp, String kanoLabel, boolean mixed, double better, double absWorse, double stability, Optional<FactorType> factorType, double penalty, double reward, boolean rewardSignificant, double riocs, double ia, IpaQuadrant ipaQuadrant, double mean, double shareLow, double shareHigh, double benchmark, double unitCost, double importance) {
        Check.notNull(attribute, "attribute");
        this.attribute = attribute;
        this.kanoCategory = kanoCategory;
        this.kanoRunnerUp = kanoRunnerUp;
        this.kanoLabel = kanoLabel;
        this.mixed = mixed;
        this.better = better;
        this.absWorse = absWorse;
        this.stability = stability;
        this.factorType = factorType;
        this.penalty = penalty;
        this.reward = reward;
        this.rewardSignificant = rewardSignificant;
        this.riocs = riocs;
        this.ia = ia;
        this.ipaQuadrant = ipaQuadrant;
        this.mean = mean;
        this.shareLow = shareLow;
        this.shareHigh = shareHigh;
        this.benchmark = benchmark;
        this.unitCost = unitCost;
        this.importance = importance;
    }

    /** The attribute. */
    public String attribute() {
        return attribute;
    }

    /** The questionnaire's operational category. */
    public Optional<Category> kanoCategory() {
        return kanoCategory;
    }

    /** The questionnaire's runner-up category. */
    public Optional<Category> kanoRunnerUp() {
        return kanoRunnerUp;
    }

    /** The questionnaire label, e.g. {@code MIXED(O/M)}. */
    public String kanoLabel() {
        return kanoLabel;
    }

    /** Whether the questionnaire found the top two indistinguishable. */
    public boolean mixed() {
        return mixed;
    }

    /** Better. */
    public double better() {
        return better;
    }

    /** |Worse|. */
    public double absWorse() {
        return absWorse;
    }

    /** Bootstrap category stability (NaN when not computed) */
    public double stability() {
        return stability;
    }

    /** The satisfaction-survey factor type. */
    public Optional<FactorType> factorType() {
        return factorType;
    }

    /** Β^pen, signed. */
    public double penalty() {
        return penalty;
    }

    /** Β^rew, signed. */
    public double reward() {
        return reward;
    }

    /** Whether β^rew is significant. */
    public boolean rewardSignificant() {
        return rewardSignificant;
    }

    /** RIOCS. */
    public double riocs() {
        return riocs;
    }

    /** IA. */
    public double ia() {
        return ia;
    }

    /** The importance–performance quadrant (null when not known) */
    public Optional<IpaQuadrant> ipaQuadrant() {
        return Optional.ofNullable(ipaQuadrant);
    }

    /** Current mean rating P̄. */
    public double mean() {
        return mean;
    }

    /** S_L. */
    public double shareLow() {
        return shareLow;
    }

    /** S_H. */
    public double shareHigh() {
        return shareHigh;
    }

    /** A competitor or target mean rating. */
    public double benchmark() {
        return benchmark;
    }

    /** Cost of moving one percentage point of customers (0.01 of the share) */
    public double unitCost() {
        return unitCost;
    }

    /** Self-stated or other importance. */
    public double importance() {
        return importance;
    }

    /** Evidence with nothing known yet. */
    public static AttributeEvidence empty(String attribute) {
        double nan = Double.NaN;
        return new AttributeEvidence(attribute, Optional.empty(), Optional.empty(), "", false, nan, nan, nan,
                Optional.empty(), nan, nan, false, nan, nan, null, nan, nan, nan, nan, nan, nan);
    }

    /** Evidence from a questionnaire result. */
    public static AttributeEvidence of(String attribute, KanoResult kano) {
        return from(attribute, Check.notNull(kano, "kano"), null, 0.05);
    }

    /** Evidence from a satisfaction-survey result, with the significance level of the reward test. */
    public static AttributeEvidence of(String attribute, FactorResult factor, double alpha) {
        return from(attribute, null, Check.notNull(factor, "factor"), alpha);
    }

    /** Evidence from both results, with the significance level of the reward test. */
    public static AttributeEvidence of(String attribute, KanoResult kano, FactorResult factor, double alpha) {
        return from(attribute, Check.notNull(kano, "kano"), Check.notNull(factor, "factor"), alpha);
    }

    /** Evidence from whichever results exist for the attribute (the plan matches results by name). */
    static AttributeEvidence from(String attribute, KanoResult kano, FactorResult factor, double alpha) {
        AttributeEvidence e = empty(attribute);
        if (kano != null) {
            // the other of the top two: the mode when the rule chose the runner-up (MIXED(O/M) → M, other O)
            Category chosen = kano.category().orElse(null);
            Optional<Category> other = kano.mode().filter(m -> m != chosen).or(kano::runnerUp);
            e = new AttributeEvidence(attribute, kano.category(), other, kano.label(), kano.mixed(), kano.better(),
                    kano.coefficients().absWorse(), kano.stability(), e.factorType, e.penalty, e.reward,
                    e.rewardSignificant, e.riocs, e.ia, e.ipaQuadrant, e.mean, e.shareLow, e.shareHigh, e.benchmark,
                    e.unitCost, e.importance);
        }
        if (factor != null) {
            e = e.withFactor(factor.factorType(), factor.penalty().estimate(), factor.reward().estimate(),
                    factor.reward().significant(alpha), factor.riocs(), factor.ia())
                    .withPerformance(factor.mean(), factor.shareLow(), factor.shareHigh());
            if (factor.ipaQuadrant().isPresent()) {
                e = e.withIpaQuadrant(factor.ipaQuadrant().get());
            }
        }
        return e;
    }

    /** With questionnaire evidence: category, runner-up, label, mixed, Better, |Worse| and stability (NaN = none). */
    public AttributeEvidence withKano(Category category, Category runnerUp, String label, boolean mixed, double better,
            double absWorse, double stability) {
        Check.notNull(runnerUp, "runnerUp");
        return withKano(category, Optional.of(runnerUp), label, mixed, better, absWorse, stability);
    }

    /** With questionnaire evidence without a runner-up category. */
    public AttributeEvidence withKano(Category category, String label, boolean mixed, double better, double absWorse,
            double stability) {
        return withKano(category, Optional.empty(), label, mixed, better, absWorse, stability);
    }

    private AttributeEvidence withKano(Category category, Optional<Category> runnerUp, String label, boolean mixed,
            double better, double absWorse, double stability) {
        Check.notNull(category, "category");
        Check.notNull(label, "label");
        return new AttributeEvidence(attribute, Optional.of(category), runnerUp, label, mixed, better, absWorse,
                stability, factorType, penalty, reward, rewardSignificant, riocs, ia, ipaQuadrant, mean, shareLow,
                shareHigh, benchmark, unitCost, importance);
    }

    /** With satisfaction-survey evidence: factor type, β^pen, β^rew, whether β^rew is significant, RIOCS, IA. */
    public AttributeEvidence withFactor(FactorType type, double penalty, double reward, boolean rewardSignificant,
            double riocs, double ia) {
        Check.notNull(type, "type");
        return new AttributeEvidence(attribute, kanoCategory, kanoRunnerUp, kanoLabel, mixed, better, absWorse,
                stability, Optional.of(type), penalty, reward, rewardSignificant, riocs, ia, ipaQuadrant, mean,
                shareLow, shareHigh, benchmark, unitCost, importance);
    }

    /** With current performance: mean rating, s_L and s_H (NaN keeps the value unknown). */
    public AttributeEvidence withPerformance(double mean, double shareLow, double shareHigh) {
        return new AttributeEvidence(attribute, kanoCategory, kanoRunnerUp, kanoLabel, mixed, better, absWorse,
                stability, factorType, penalty, reward, rewardSignificant, riocs, ia, ipaQuadrant, mean, shareLow,
                shareHigh, benchmark, unitCost, importance);
    }

    /** With facts: benchmark mean rating, unit cost per percentage point, importance (NaN = unknown). */
    public AttributeEvidence withFacts(double benchmark, double unitCost, double importance) {
        return new AttributeEvidence(attribute, kanoCategory, kanoRunnerUp, kanoLabel, mixed, better, absWorse,
                stability, factorType, penalty, reward, rewardSignificant, riocs, ia, ipaQuadrant, mean, shareLow,
                shareHigh, benchmark, unitCost, importance);
    }

    /** With an importance–performance quadrant. */
    public AttributeEvidence withIpaQuadrant(IpaQuadrant quadrant) {
        Check.notNull(quadrant, "quadrant");
        return new AttributeEvidence(attribute, kanoCategory, kanoRunnerUp, kanoLabel, mixed, better, absWorse,
                stability, factorType, penalty, reward, rewardSignificant, riocs, ia, quadrant, mean, shareLow,
                shareHigh, benchmark, unitCost, importance);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributeEvidence o && Objects.equals(attribute, o.attribute) && Objects.equals(kanoCategory, o.kanoCategory) && Objects.equals(kanoRunnerUp, o.kanoRunnerUp) && Objects.equals(kanoLabel, o.kanoLabel) && Objects.equals(mixed, o.mixed) && Objects.equals(better, o.better) && Objects.equals(absWorse, o.absWorse) && Objects.equals(stability, o.stability) && Objects.equals(factorType, o.factorType) && Objects.equals(penalty, o.penalty) && Objects.equals(reward, o.reward) && Objects.equals(rewardSignificant, o.rewardSignificant) && Objects.equals(riocs, o.riocs) && Objects.equals(ia, o.ia) && Objects.equals(ipaQuadrant, o.ipaQuadrant) && Objects.equals(mean, o.mean) && Objects.equals(shareLow, o.shareLow) && Objects.equals(shareHigh, o.shareHigh) && Objects.equals(benchmark, o.benchmark) && Objects.equals(unitCost, o.unitCost) && Objects.equals(importance, o.importance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, kanoCategory, kanoRunnerUp, kanoLabel, mixed, better, absWorse, stability, factorType, penalty, reward, rewardSignificant, riocs, ia, ipaQuadrant, mean, shareLow, shareHigh, benchmark, unitCost, importance);
    }

    @Override
    public String toString() {
        return "AttributeEvidence[attribute=" + attribute + ", kanoCategory=" + kanoCategory + ", kanoRunnerUp=" + kanoRunnerUp + ", kanoLabel=" + kanoLabel + ", mixed=" + mixed + ", better=" + better + ", absWorse=" + absWorse + ", stability=" + stability + ", factorType=" + factorType + ", penalty=" + penalty + ", reward=" + reward + ", rewardSignificant=" + rewardSignificant + ", riocs=" + riocs + ", ia=" + ia + ", ipaQuadrant=" + ipaQuadrant + ", mean=" + mean + ", shareLow=" + shareLow + ", shareHigh=" + shareHigh + ", benchmark=" + benchmark + ", unitCost=" + unitCost + ", importance=" + importance + "]";
    }
}
