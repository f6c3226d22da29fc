package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.internal.Check;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.IpaQuadrant;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Everything the allocation rules know about one attribute (docs/METHODS.md §8.2): questionnaire evidence
 * (category, runner-up, mixed, Better, |Worse|, stability), satisfaction-survey evidence (factor type, penalty
 * and reward with the reward's significance, RIOCS, IA, IPA quadrant, a levelling-off knot), current performance
 * (mean rating, share in the low zone s_L and the high zone s_H), and facts (benchmark, unit cost, importance,
 * an own floor tolerance). Absent numbers are NaN, absent categories empty. Build it from results with the
 * {@code of} methods or from numbers with {@link #empty(String)} and the withers.
 */
public final class AttributeEvidence {
    private final Values v;

    /** The mutable twin behind the one copy path. */
    private static final class Values implements Cloneable {
        String attribute;
        Category kanoCategory;
        Category kanoRunnerUp;
        String kanoLabel = "";
        boolean mixed;
        double better = Double.NaN;
        double absWorse = Double.NaN;
        double stability = Double.NaN;
        FactorType factorType;
        double penalty = Double.NaN;
        double reward = Double.NaN;
        boolean rewardSignificant;
        double riocs = Double.NaN;
        double ia = Double.NaN;
        IpaQuadrant ipaQuadrant;
        double mean = Double.NaN;
        double shareLow = Double.NaN;
        double shareHigh = Double.NaN;
        double benchmark = Double.NaN;
        double unitCost = Double.NaN;
        double importance = Double.NaN;
        double tau = Double.NaN;
        double levelOffKnot = Double.NaN;
        double shareBelowKnot = Double.NaN;
        String overallScale = "";
        double adequate = Double.NaN;
        double desired = Double.NaN;
        double perception = Double.NaN;

        @Override
        protected Values clone() {
            try {
                return (Values) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private AttributeEvidence(Values v) {
        this.v = v;
    }

    private AttributeEvidence with(Consumer<Values> change) {
        Values copy = v.clone();
        change.accept(copy);
        return new AttributeEvidence(copy);
    }

    /** Evidence with nothing known yet. */
    public static AttributeEvidence empty(String attribute) {
        Values v = new Values();
        v.attribute = Check.notNull(attribute, "attribute");
        return new AttributeEvidence(v);
    }

    /** Evidence from a questionnaire result. */
    public static AttributeEvidence of(String attribute, KanoResult kano) {
        return from(attribute, Check.notNull(kano, "kano"), null, 0.05, "");
    }

    /**
     * Evidence from a satisfaction-survey result, with the significance level of the reward test and the scale of
     * the overall rating (the unit of the gains, e.g. {@code 1-5}).
     */
    public static AttributeEvidence of(String attribute, FactorResult factor, double alpha, String overallScale) {
        return from(attribute, null, Check.notNull(factor, "factor"), alpha, overallScale);
    }

    /** Evidence from both results, with the significance level and the overall rating's scale. */
    public static AttributeEvidence of(String attribute, KanoResult kano, FactorResult factor, double alpha,
            String overallScale) {
        return from(attribute, Check.notNull(kano, "kano"), Check.notNull(factor, "factor"), alpha, overallScale);
    }

    /** Evidence from whichever results exist for the attribute (the plan matches results by name). */
    static AttributeEvidence from(String attribute, KanoResult kano, FactorResult factor, double alpha,
            String overallScale) {
        AttributeEvidence e = empty(attribute);
        if (kano != null) {
            // the other of the top two: the mode when the rule chose the runner-up (MIXED(O/M) → M, other O)
            Category chosen = kano.category().orElse(null);
            Optional<Category> other = kano.mode().filter(m -> m != chosen).or(kano::runnerUp);
            e = e.with(x -> {
                x.kanoCategory = chosen;
                x.kanoRunnerUp = other.orElse(null);
                x.kanoLabel = kano.label();
                x.mixed = kano.mixed();
                x.better = kano.better();
                x.absWorse = kano.coefficients().absWorse();
                x.stability = kano.stability();
                x.importance = kano.importanceMean();
            });
        }
        if (factor != null) {
            e = e.withFactor(factor.factorType(), factor.penalty().estimate(), factor.reward().estimate(),
                    factor.reward().significant(alpha), factor.riocs(), factor.ia())
                    .withPerformance(factor.mean(), factor.shareLow(), factor.shareHigh())
                    .withOverallScale(overallScale);
            if (factor.ipaQuadrant().isPresent()) {
                e = e.withIpaQuadrant(factor.ipaQuadrant().get());
            }
            OptionalDouble knot = factor.hinge().levelsOffAt(alpha);
            if (knot.isPresent()) {
                e = e.withLevelOff(knot.getAsDouble(), factor.shareBelow(knot.getAsDouble()));
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
        return with(x -> {
            x.kanoCategory = category;
            x.kanoRunnerUp = runnerUp.orElse(null);
            x.kanoLabel = label;
            x.mixed = mixed;
            x.better = better;
            x.absWorse = absWorse;
            x.stability = stability;
        });
    }

    /** With satisfaction-survey evidence: factor type, β^pen, β^rew, whether β^rew is significant, RIOCS, IA. */
    public AttributeEvidence withFactor(FactorType type, double penalty, double reward, boolean rewardSignificant,
            double riocs, double ia) {
        Check.notNull(type, "type");
        return with(x -> {
            x.factorType = type;
            x.penalty = penalty;
            x.reward = reward;
            x.rewardSignificant = rewardSignificant;
            x.riocs = riocs;
            x.ia = ia;
        });
    }

    /** With current performance: mean rating, s_L and s_H (NaN keeps the value unknown). */
    public AttributeEvidence withPerformance(double mean, double shareLow, double shareHigh) {
        return with(x -> {
            x.mean = mean;
            x.shareLow = shareLow;
            x.shareHigh = shareHigh;
        });
    }

    /** With facts: benchmark mean rating, unit cost per percentage point, importance (NaN = unknown). */
    public AttributeEvidence withFacts(double benchmark, double unitCost, double importance) {
        return with(x -> {
            x.benchmark = benchmark;
            x.unitCost = unitCost;
            x.importance = importance;
        });
    }

    /** With an importance–performance quadrant. */
    public AttributeEvidence withIpaQuadrant(IpaQuadrant quadrant) {
        Check.notNull(quadrant, "quadrant");
        return with(x -> x.ipaQuadrant = quadrant);
    }

    /** With this attribute's own floor tolerance τ in [0, 1] (the plan's τ otherwise). */
    public AttributeEvidence withTau(double tau) {
        Check.argument(tau >= 0 && tau <= 1, "The floor tolerance must be in [0, 1], was " + tau);
        return with(x -> x.tau = tau);
    }

    /**
     * With a levelling-off knot κ from the hinge fit (docs/METHODS.md §8.6) and the current share of customers
     * rating the attribute below κ: for an M-like attribute the floor becomes "share below κ ≤ τ" and the
     * ceiling rating κ.
     */
    public AttributeEvidence withLevelOff(double knot, double shareBelowKnot) {
        return with(x -> {
            x.levelOffKnot = knot;
            x.shareBelowKnot = shareBelowKnot;
        });
    }

    /**
     * With expectations measured in an expectation–perception survey (docs/METHODS.md §6.9), on that survey's
     * scale: the mean adequate expectation becomes the floor "mean perception ≥ adequate" of an M- or O-like
     * attribute, the mean desired expectation the target "mean perception ≥ desired" of an O- or A-like one; the
     * mean perception is their current value. NaN = not measured.
     */
    public AttributeEvidence withExpectations(double adequate, double desired, double perception) {
        return with(x -> {
            x.adequate = adequate;
            x.desired = desired;
            x.perception = perception;
        });
    }

    /** The mean adequate expectation of the gap survey (NaN when not measured). */
    public double adequateExpectation() {
        return v.adequate;
    }

    /** The mean desired expectation of the gap survey (NaN when not measured). */
    public double desiredExpectation() {
        return v.desired;
    }

    /** The mean perception in the gap survey, against which the expectations are measured (NaN when not). */
    public double perception() {
        return v.perception;
    }

    /** With the scale of the overall-satisfaction rating, e.g. {@code 1-5}: the unit of PRCA gains. */
    public AttributeEvidence withOverallScale(String scale) {
        Check.notNull(scale, "scale");
        return with(x -> x.overallScale = scale);
    }

    /** The attribute. */
    public String attribute() {
        return v.attribute;
    }

    /** The questionnaire's operational category. */
    public Optional<Category> kanoCategory() {
        return Optional.ofNullable(v.kanoCategory);
    }

    /** The questionnaire's runner-up category. */
    public Optional<Category> kanoRunnerUp() {
        return Optional.ofNullable(v.kanoRunnerUp);
    }

    /** The questionnaire label, e.g. {@code MIXED(O/M)}. */
    public String kanoLabel() {
        return v.kanoLabel;
    }

    /** Whether the questionnaire found the top two indistinguishable. */
    public boolean mixed() {
        return v.mixed;
    }

    /** Better. */
    public double better() {
        return v.better;
    }

    /** |Worse|. */
    public double absWorse() {
        return v.absWorse;
    }

    /** Bootstrap category stability (NaN when not computed). */
    public double stability() {
        return v.stability;
    }

    /** The satisfaction-survey factor type. */
    public Optional<FactorType> factorType() {
        return Optional.ofNullable(v.factorType);
    }

    /** β^pen, signed. */
    public double penalty() {
        return v.penalty;
    }

    /** β^rew, signed. */
    public double reward() {
        return v.reward;
    }

    /** Whether β^rew is significant. */
    public boolean rewardSignificant() {
        return v.rewardSignificant;
    }

    /** RIOCS. */
    public double riocs() {
        return v.riocs;
    }

    /** IA. */
    public double ia() {
        return v.ia;
    }

    /** The importance–performance quadrant, when known. */
    public Optional<IpaQuadrant> ipaQuadrant() {
        return Optional.ofNullable(v.ipaQuadrant);
    }

    /** Current mean rating P̄. */
    public double mean() {
        return v.mean;
    }

    /** s_L. */
    public double shareLow() {
        return v.shareLow;
    }

    /** s_H. */
    public double shareHigh() {
        return v.shareHigh;
    }

    /** A competitor or target mean rating. */
    public double benchmark() {
        return v.benchmark;
    }

    /** Cost of moving one percentage point of customers (0.01 of the share). */
    public double unitCost() {
        return v.unitCost;
    }

    /** Self-stated or other importance. */
    public double importance() {
        return v.importance;
    }

    /** This attribute's floor tolerance τ (NaN: the plan's). */
    public double tau() {
        return v.tau;
    }

    /** The levelling-off knot κ of the hinge fit (NaN when the effect does not level off). */
    public double levelOffKnot() {
        return v.levelOffKnot;
    }

    /** The share of customers rating below κ (NaN without a knot). */
    public double shareBelowKnot() {
        return v.shareBelowKnot;
    }

    /** The scale of the overall-satisfaction rating ({@code 1-5}, {@code 0-10}; empty when unknown). */
    public String overallScale() {
        return v.overallScale;
    }

    @Override
    public String toString() {
        return "AttributeEvidence[" + v.attribute + ": kano " + (v.kanoCategory == null ? "-" : v.kanoLabel)
                + ", factor " + (v.factorType == null ? "-" : v.factorType) + ", pen " + v.penalty + ", rew "
                + v.reward + ", mean " + v.mean + ", s_L " + v.shareLow + ", s_H " + v.shareHigh + ", benchmark "
                + v.benchmark + ", unit cost " + v.unitCost + ", importance " + v.importance + "]";
    }
}
