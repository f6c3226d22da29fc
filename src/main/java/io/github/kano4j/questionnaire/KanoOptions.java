package io.github.kano4j.questionnaire;

import java.io.Serializable;
import java.util.Objects;

/**
 * The configuration of a Kano questionnaire analysis: an immutable value with withers, checked at the
 * wither. Defaults follow METHODS.md §11; every result echoes the options that produced it.
 *
 * <pre>{@code
 * KanoOptions options = KanoOptions.defaults()
 *         .withTable(EvaluationTable.POULIOT)
 *         .withRule(ClassificationRule.PLAIN_MODE)
 *         .withConfidence(0.90);
 * }</pre>
 */
public final class KanoOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether Better and Worse divide by n4 = A + O + M + I (default) or by all answers N. */
    public enum Denominator {
        /** A + O + M + I (Berger et al. 1993; the standard definition). */
        VALID,
        /** All answers including R and Q — shrinks both coefficients; only as an explicit option. */
        ALL
    }

    /** Where the Better–Worse quadrant lines sit. */
    public enum QuadrantCentre {
        /** At the configured thresholds (default 0.5 and 0.5). */
        FIXED,
        /** At the mean Better and mean |Worse| of the attributes analysed together. */
        MEAN
    }

    private static final KanoOptions DEFAULTS = new KanoOptions(EvaluationTable.STANDARD,
            ClassificationRule.FONG_M_O_A_I, true, 0.06, 0.50, 1.65, 12, Denominator.VALID, QuadrantCentre.FIXED,
            0.5, 0.5, ContinuousScale.DUMOUCHEL, true, 2.0, true, 0.95, MissingAnswerPolicy.DROP_PAIR, 100);

    private final EvaluationTable table;
    private final ClassificationRule rule;
    private final boolean questionableGuard;
    private final double strengthBand;
    private final double lowTotalStrength;
    private final double fongCritical;
    private final int minimumN4;
    private final Denominator denominator;
    private final QuadrantCentre quadrantCentre;
    private final double betterThreshold;
    private final double worseThreshold;
    private final ContinuousScale continuousScale;
    private final boolean continuousExcludesQuestionableAndReverse;
    private final double continuousSplit;
    private final boolean sampleStandardDeviation;
    private final double confidence;
    private final MissingAnswerPolicy missingAnswers;
    private final int smallSampleN4;

    private KanoOptions(EvaluationTable table, ClassificationRule rule, boolean questionableGuard, double strengthBand,
            double lowTotalStrength, double fongCritical, int minimumN4, Denominator denominator,
            QuadrantCentre quadrantCentre, double betterThreshold, double worseThreshold,
            ContinuousScale continuousScale, boolean continuousExcludesQuestionableAndReverse, double continuousSplit,
            boolean sampleStandardDeviation, double confidence, MissingAnswerPolicy missingAnswers, int smallSampleN4) {
        this.table = table;
        this.rule = rule;
        this.questionableGuard = questionableGuard;
        this.strengthBand = strengthBand;
        this.lowTotalStrength = lowTotalStrength;
        this.fongCritical = fongCritical;
        this.minimumN4 = minimumN4;
        this.denominator = denominator;
        this.quadrantCentre = quadrantCentre;
        this.betterThreshold = betterThreshold;
        this.worseThreshold = worseThreshold;
        this.continuousScale = continuousScale;
        this.continuousExcludesQuestionableAndReverse = continuousExcludesQuestionableAndReverse;
        this.continuousSplit = continuousSplit;
        this.sampleStandardDeviation = sampleStandardDeviation;
        this.confidence = confidence;
        this.missingAnswers = missingAnswers;
        this.smallSampleN4 = smallSampleN4;
    }

    /** The defaults of METHODS.md §11: standard table, Fong + M&gt;O&gt;A&gt;I, Q guard on, Wilson 95 %. */
    public static KanoOptions defaults() {
        return DEFAULTS;
    }

    private KanoOptions copy(EvaluationTable table, ClassificationRule rule, boolean guard, double band, double lowTs,
            double fong, int minN4, Denominator den, QuadrantCentre centre, double bt, double wt, ContinuousScale scale,
            boolean excl, double split, boolean sampleSd, double conf, MissingAnswerPolicy missing, int small) {
        return new KanoOptions(table, rule, guard, band, lowTs, fong, minN4, den, centre, bt, wt, scale, excl, split,
                sampleSd, conf, missing, small);
    }

    /** The evaluation table (default {@link EvaluationTable#STANDARD}). */
    public KanoOptions withTable(EvaluationTable table) {
        Objects.requireNonNull(table, "The parameter 'table' must not be null.");
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** The classification rule (default {@link ClassificationRule#FONG_M_O_A_I}). */
    public KanoOptions withRule(ClassificationRule rule) {
        Objects.requireNonNull(rule, "The parameter 'rule' must not be null.");
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** The Q-dominance guard: label Q when Q &gt; 0 and Q ≥ every other count (default on, METHODS.md §2.1). */
    public KanoOptions withQuestionableGuard(boolean on) {
        return copy(table, rule, on, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** The category-strength band of {@link ClassificationRule#STRENGTH_BAND} (default 0.06), in [0, 1]. */
    public KanoOptions withStrengthBand(double band) {
        checkFraction("band", band);
        return copy(table, rule, questionableGuard, band, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** Total strength below this is flagged {@code LOW_TOTAL_STRENGTH} (default 0.50), in [0, 1]. */
    public KanoOptions withLowTotalStrength(double threshold) {
        checkFraction("threshold", threshold);
        return copy(table, rule, questionableGuard, strengthBand, threshold, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** Fong's critical value (default 1.65), positive. */
    public KanoOptions withFongCritical(double critical) {
        if (!(critical > 0) || Double.isInfinite(critical)) {
            throw new IllegalArgumentException("The Fong critical value must be a positive number, was " + critical);
        }
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, critical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** Below this n4 the Fong and χ² tests are not applied (default 12, stp25kano), ≥ 0. */
    public KanoOptions withMinimumN4(int minimum) {
        if (minimum < 0) {
            throw new IllegalArgumentException("The minimum n4 must not be negative, was " + minimum);
        }
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimum, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** The Better/Worse denominator (default {@link Denominator#VALID}). */
    public KanoOptions withDenominator(Denominator denominator) {
        Objects.requireNonNull(denominator, "The parameter 'denominator' must not be null.");
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** Fixed Better–Worse quadrant thresholds (default 0.5 / 0.5; a value equal to a threshold is high). */
    public KanoOptions withQuadrantThresholds(double better, double absWorse) {
        checkFraction("better", better);
        checkFraction("absWorse", absWorse);
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                QuadrantCentre.FIXED, better, absWorse, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** Quadrant lines at the mean Better and mean |Worse| of the attributes analysed together. */
    public KanoOptions withQuadrantAtMeans() {
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                QuadrantCentre.MEAN, betterThreshold, worseThreshold, continuousScale,
                continuousExcludesQuestionableAndReverse, continuousSplit, sampleStandardDeviation, confidence,
                missingAnswers, smallSampleN4);
    }

    /** The continuous-analysis scores (default {@link ContinuousScale#DUMOUCHEL}). */
    public KanoOptions withContinuousScale(ContinuousScale scale) {
        Objects.requireNonNull(scale, "The parameter 'scale' must not be null.");
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, scale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** Whether Q and R pairs are left out of the continuous means (default true). */
    public KanoOptions withContinuousExcludingQuestionableAndReverse(boolean exclude) {
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, exclude, continuousSplit,
                sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** The split of the optional continuous quadrant label (default 2; a mean equal to it is not classified). */
    public KanoOptions withContinuousSplit(double split) {
        if (!Double.isFinite(split)) {
            throw new IllegalArgumentException("The continuous split must be a finite number, was " + split);
        }
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                split, sampleStandardDeviation, confidence, missingAnswers, smallSampleN4);
    }

    /** Standard deviations with the n − 1 denominator (default true) or n (false). */
    public KanoOptions withSampleStandardDeviation(boolean nMinusOne) {
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, nMinusOne, confidence, missingAnswers, smallSampleN4);
    }

    /** The confidence level of intervals (default 0.95), strictly between 0 and 1. */
    public KanoOptions withConfidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The confidence level must be strictly between 0 and 1, was " + level);
        }
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, level, missingAnswers, smallSampleN4);
    }

    /** The missing-answer policy used by readers (default {@link MissingAnswerPolicy#DROP_PAIR}). */
    public KanoOptions withMissingAnswers(MissingAnswerPolicy policy) {
        Objects.requireNonNull(policy, "The parameter 'policy' must not be null.");
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, policy, smallSampleN4);
    }

    /** Below this n4 a result is flagged {@code SMALL_SAMPLE} (default 100, METHODS.md §7.5), ≥ 0. */
    public KanoOptions withSmallSampleN4(int n4) {
        if (n4 < 0) {
            throw new IllegalArgumentException("The small-sample n4 must not be negative, was " + n4);
        }
        return copy(table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4, denominator,
                quadrantCentre, betterThreshold, worseThreshold, continuousScale, continuousExcludesQuestionableAndReverse,
                continuousSplit, sampleStandardDeviation, confidence, missingAnswers, n4);
    }

    private static void checkFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be in [0, 1], was " + value);
        }
    }

    public EvaluationTable table() {
        return table;
    }

    public ClassificationRule rule() {
        return rule;
    }

    public boolean questionableGuard() {
        return questionableGuard;
    }

    public double strengthBand() {
        return strengthBand;
    }

    public double lowTotalStrength() {
        return lowTotalStrength;
    }

    public double fongCritical() {
        return fongCritical;
    }

    public int minimumN4() {
        return minimumN4;
    }

    public Denominator denominator() {
        return denominator;
    }

    public QuadrantCentre quadrantCentre() {
        return quadrantCentre;
    }

    /** The fixed Better threshold (used when the centre is {@link QuadrantCentre#FIXED}). */
    public double betterThreshold() {
        return betterThreshold;
    }

    /** The fixed |Worse| threshold (used when the centre is {@link QuadrantCentre#FIXED}). */
    public double worseThreshold() {
        return worseThreshold;
    }

    public ContinuousScale continuousScale() {
        return continuousScale;
    }

    public boolean continuousExcludesQuestionableAndReverse() {
        return continuousExcludesQuestionableAndReverse;
    }

    public double continuousSplit() {
        return continuousSplit;
    }

    public boolean sampleStandardDeviation() {
        return sampleStandardDeviation;
    }

    public double confidence() {
        return confidence;
    }

    public MissingAnswerPolicy missingAnswers() {
        return missingAnswers;
    }

    public int smallSampleN4() {
        return smallSampleN4;
    }

    /** One line naming table, rule, thresholds and interval method, e.g. for report footers. */
    public String provenance() {
        return "table=" + table.name() + ", rule=" + rule + (rule == ClassificationRule.STRENGTH_BAND
                ? " (band " + strengthBand + ")" : "") + ", fong critical=" + fongCritical + ", minimum n4=" + minimumN4
                + ", Q guard=" + (questionableGuard ? "on" : "off") + ", denominator="
                + (denominator == Denominator.VALID ? "A+O+M+I" : "all answers") + ", quadrant="
                + (quadrantCentre == QuadrantCentre.FIXED ? betterThreshold + "/" + worseThreshold : "means")
                + ", interval=wilson " + confidence + ", continuous=" + continuousScale.name()
                + (continuousExcludesQuestionableAndReverse ? " (Q,R excluded)" : "") + ", missing answers="
                + missingAnswers.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KanoOptions k && k.provenance().equals(provenance()) && k.table.equals(table)
                && k.continuousScale.equals(continuousScale) && k.lowTotalStrength == lowTotalStrength
                && k.strengthBand == strengthBand && k.continuousSplit == continuousSplit
                && k.sampleStandardDeviation == sampleStandardDeviation && k.smallSampleN4 == smallSampleN4
                && k.betterThreshold == betterThreshold && k.worseThreshold == worseThreshold;
    }

    @Override
    public int hashCode() {
        return provenance().hashCode();
    }

    @Override
    public String toString() {
        return "KanoOptions[" + provenance() + "]";
    }
}
