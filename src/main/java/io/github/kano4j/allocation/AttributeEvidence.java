package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.IpaQuadrant;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the allocation rules know about one attribute (METHODS.md §8.2): questionnaire evidence
 * (category, runner-up, mixed, Better, |Worse|, stability), satisfaction-survey evidence (factor type,
 * penalty and reward with their significance, RIOCS, IA, IPA quadrant), current performance (mean rating,
 * share in the low zone s_L and the high zone s_H), and facts (benchmark, unit cost, importance). Absent
 * numbers are NaN, absent categories empty. Build it from results with {@link #of(String, KanoResult,
 * FactorResult)} or from numbers with the withers.
 *
 * @param attribute          the attribute
 * @param kanoCategory       the questionnaire's operational category
 * @param kanoRunnerUp       the questionnaire's runner-up category
 * @param kanoLabel          the questionnaire label, e.g. {@code MIXED(O/M)}
 * @param mixed              whether the questionnaire found the top two indistinguishable
 * @param better             Better
 * @param absWorse           |Worse|
 * @param stability          bootstrap category stability (NaN when not computed)
 * @param factorType         the satisfaction-survey factor type
 * @param penalty            β^pen, signed
 * @param reward             β^rew, signed
 * @param rewardSignificant  whether β^rew is significant
 * @param riocs              RIOCS
 * @param ia                 IA
 * @param ipaQuadrant        the importance–performance quadrant (null when not known)
 * @param mean               current mean rating P̄
 * @param shareLow           s_L
 * @param shareHigh          s_H
 * @param benchmark          a competitor or target mean rating
 * @param unitCost           cost of moving one percentage point of customers (0.01 of the share)
 * @param importance         self-stated or other importance
 */
public record AttributeEvidence(String attribute, Optional<Category> kanoCategory, Optional<Category> kanoRunnerUp,
        String kanoLabel, boolean mixed, double better, double absWorse, double stability,
        Optional<FactorType> factorType, double penalty, double reward, boolean rewardSignificant, double riocs,
        double ia, IpaQuadrant ipaQuadrant, double mean, double shareLow, double shareHigh, double benchmark,
        double unitCost, double importance) {

    /** Checks the name. */
    public AttributeEvidence {
        Objects.requireNonNull(attribute, "The parameter 'attribute' must not be null.");
        Objects.requireNonNull(kanoCategory, "The parameter 'kanoCategory' must not be null.");
        Objects.requireNonNull(kanoRunnerUp, "The parameter 'kanoRunnerUp' must not be null.");
        Objects.requireNonNull(factorType, "The parameter 'factorType' must not be null.");
    }

    /** Evidence with nothing known yet. */
    public static AttributeEvidence empty(String attribute) {
        double nan = Double.NaN;
        return new AttributeEvidence(attribute, Optional.empty(), Optional.empty(), "", false, nan, nan, nan,
                Optional.empty(), nan, nan, false, nan, nan, null, nan, nan, nan, nan, nan, nan);
    }

    /**
     * Evidence from a questionnaire result, a satisfaction result, or both (either may be null).
     *
     * @param alpha significance level for the reward test
     */
    public static AttributeEvidence of(String attribute, KanoResult kano, FactorResult factor, double alpha) {
        AttributeEvidence e = empty(attribute);
        if (kano != null) {
            // the other of the top two: the mode when the rule chose the runner-up (MIXED(O/M) → M, other O)
            Category chosen = kano.category().orElse(null);
            Category other = kano.mode().filter(m -> m != chosen).orElse(kano.runnerUp().orElse(null));
            e = e.withKano(chosen, other, kano.label(), kano.mixed(), kano.better(), kano.coefficients().absWorse(),
                    kano.stability());
        }
        if (factor != null) {
            e = e.withFactor(factor.factorType(), factor.penalty().estimate(), factor.reward().estimate(),
                    factor.reward().significant(alpha), factor.riocs(), factor.ia(), factor.ipaQuadrant())
                    .withPerformance(factor.mean(), factor.shareLow(), factor.shareHigh());
        }
        return e;
    }

    /** Evidence from results at α = 0.05. */
    public static AttributeEvidence of(String attribute, KanoResult kano, FactorResult factor) {
        return of(attribute, kano, factor, 0.05);
    }

    /** With questionnaire evidence. */
    public AttributeEvidence withKano(Category category, Category runnerUp, String label, boolean mixed, double better,
            double absWorse, double stability) {
        return new AttributeEvidence(attribute, Optional.ofNullable(category), Optional.ofNullable(runnerUp),
                label == null ? "" : label, mixed, better, absWorse, stability, factorType, penalty, reward,
                rewardSignificant, riocs, ia, ipaQuadrant, mean, shareLow, shareHigh, benchmark, unitCost, importance);
    }

    /** With satisfaction-survey evidence. */
    public AttributeEvidence withFactor(FactorType type, double penalty, double reward, boolean rewardSignificant,
            double riocs, double ia, IpaQuadrant quadrant) {
        return new AttributeEvidence(attribute, kanoCategory, kanoRunnerUp, kanoLabel, mixed, better, absWorse,
                stability, Optional.ofNullable(type), penalty, reward, rewardSignificant, riocs, ia, quadrant, mean,
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
        return new AttributeEvidence(attribute, kanoCategory, kanoRunnerUp, kanoLabel, mixed, better, absWorse,
                stability, factorType, penalty, reward, rewardSignificant, riocs, ia, quadrant, mean, shareLow,
                shareHigh, benchmark, unitCost, importance);
    }
}
