package io.github.kano4j.questionnaire;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The configuration of a Kano questionnaire analysis: an immutable value with withers, checked at the
 * wither. Defaults follow METHODS.md §11; every result echoes the options that produced it.
 *
 * <pre>{@code
 * KanoOptions options = KanoOptions.defaults()
 *         .withTable(EvaluationTable.POULIOT)
 *         .withRule(ClassificationRule.PLAIN_MODE)
 *         .withConfidence(0.90)
 *         .withBootstrap(2000, 42L);
 * }</pre>
 */
public final class KanoOptions implements Serializable {
    private static final long serialVersionUID = 2L;

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

    /** The statistic splitting high from low importance in Yang's refined model (METHODS.md §5.1). */
    public enum YangSplit {
        /** The mean of the attributes' mean importance (default); a value equal to it is high. */
        MEAN,
        /** The median of the attributes' mean importance. */
        MEDIAN
    }

    private EvaluationTable table = EvaluationTable.STANDARD;
    private ClassificationRule rule = ClassificationRule.FONG_M_O_A_I;
    private boolean questionableGuard = true;
    private double strengthBand = 0.06;
    private double lowTotalStrength = 0.50;
    private double fongCritical = 1.65;
    private int minimumN4 = 12;
    private Denominator denominator = Denominator.VALID;
    private QuadrantCentre quadrantCentre = QuadrantCentre.FIXED;
    private double betterThreshold = 0.5;
    private double worseThreshold = 0.5;
    private ContinuousScale continuousScale = ContinuousScale.DUMOUCHEL;
    private boolean continuousExcludesQuestionableAndReverse = true;
    private double continuousSplit = 2.0;
    private boolean sampleStandardDeviation = true;
    private double confidence = 0.95;
    private int smallSampleN4 = 100;
    private int bootstrapReplicates = 0;
    private long seed = 20261122L;
    private double lowStability = 0.70;
    private double highQuestionableShare = 0.10;
    private double highReverseShare = 0.10;
    private int importanceScaleMax = 0;
    private YangSplit yangSplit = YangSplit.MEAN;
    private double analyticalMinimumRadius = 0.2;
    private double analyticalMustBeAngle = 30;
    private double analyticalAttractiveAngle = 60;
    private int monteCarloReplicates = 10_000;

    private static final KanoOptions DEFAULTS = new KanoOptions();

    private KanoOptions() {
    }

    private KanoOptions(KanoOptions o) {
        table = o.table;
        rule = o.rule;
        questionableGuard = o.questionableGuard;
        strengthBand = o.strengthBand;
        lowTotalStrength = o.lowTotalStrength;
        fongCritical = o.fongCritical;
        minimumN4 = o.minimumN4;
        denominator = o.denominator;
        quadrantCentre = o.quadrantCentre;
        betterThreshold = o.betterThreshold;
        worseThreshold = o.worseThreshold;
        continuousScale = o.continuousScale;
        continuousExcludesQuestionableAndReverse = o.continuousExcludesQuestionableAndReverse;
        continuousSplit = o.continuousSplit;
        sampleStandardDeviation = o.sampleStandardDeviation;
        confidence = o.confidence;
        smallSampleN4 = o.smallSampleN4;
        bootstrapReplicates = o.bootstrapReplicates;
        seed = o.seed;
        lowStability = o.lowStability;
        highQuestionableShare = o.highQuestionableShare;
        highReverseShare = o.highReverseShare;
        importanceScaleMax = o.importanceScaleMax;
        yangSplit = o.yangSplit;
        analyticalMinimumRadius = o.analyticalMinimumRadius;
        analyticalMustBeAngle = o.analyticalMustBeAngle;
        analyticalAttractiveAngle = o.analyticalAttractiveAngle;
        monteCarloReplicates = o.monteCarloReplicates;
    }

    /** The defaults of METHODS.md §11: standard table, Fong + M&gt;O&gt;A&gt;I, Q guard on, Wilson 95 %. */
    public static KanoOptions defaults() {
        return DEFAULTS;
    }

    private KanoOptions with(Consumer<KanoOptions> change) {
        KanoOptions copy = new KanoOptions(this);
        change.accept(copy);
        return copy;
    }

    /** The evaluation table (default {@link EvaluationTable#STANDARD}). */
    public KanoOptions withTable(EvaluationTable table) {
        Objects.requireNonNull(table, "The parameter 'table' must not be null.");
        return with(o -> o.table = table);
    }

    /** The classification rule (default {@link ClassificationRule#FONG_M_O_A_I}). */
    public KanoOptions withRule(ClassificationRule rule) {
        Objects.requireNonNull(rule, "The parameter 'rule' must not be null.");
        return with(o -> o.rule = rule);
    }

    /** The Q-dominance guard: label Q when Q &gt; 0 and Q ≥ every other count (default on, METHODS.md §2.1). */
    public KanoOptions withQuestionableGuard(boolean on) {
        return with(o -> o.questionableGuard = on);
    }

    /** The category-strength band of {@link ClassificationRule#STRENGTH_BAND} (default 0.06), in [0, 1]. */
    public KanoOptions withStrengthBand(double band) {
        checkFraction("band", band);
        return with(o -> o.strengthBand = band);
    }

    /** Total strength below this is flagged {@code LOW_TOTAL_STRENGTH} (default 0.50), in [0, 1]. */
    public KanoOptions withLowTotalStrength(double threshold) {
        checkFraction("threshold", threshold);
        return with(o -> o.lowTotalStrength = threshold);
    }

    /** Fong's critical value (default 1.65), positive. */
    public KanoOptions withFongCritical(double critical) {
        if (!(critical > 0) || Double.isInfinite(critical)) {
            throw new IllegalArgumentException("The Fong critical value must be a positive number, was " + critical);
        }
        return with(o -> o.fongCritical = critical);
    }

    /** Below this n4 the Fong and χ² tests are not applied (default 12, stp25kano), ≥ 0. */
    public KanoOptions withMinimumN4(int minimum) {
        checkNonNegative("minimum", minimum);
        return with(o -> o.minimumN4 = minimum);
    }

    /** The Better/Worse denominator (default {@link Denominator#VALID}). */
    public KanoOptions withDenominator(Denominator denominator) {
        Objects.requireNonNull(denominator, "The parameter 'denominator' must not be null.");
        return with(o -> o.denominator = denominator);
    }

    /** Fixed Better–Worse quadrant thresholds (default 0.5 / 0.5; a value equal to a threshold is high). */
    public KanoOptions withQuadrantThresholds(double better, double absWorse) {
        checkFraction("better", better);
        checkFraction("absWorse", absWorse);
        return with(o -> {
            o.quadrantCentre = QuadrantCentre.FIXED;
            o.betterThreshold = better;
            o.worseThreshold = absWorse;
        });
    }

    /** Quadrant lines at the mean Better and mean |Worse| of the attributes analysed together. */
    public KanoOptions withQuadrantAtMeans() {
        return with(o -> o.quadrantCentre = QuadrantCentre.MEAN);
    }

    /** The continuous-analysis scores (default {@link ContinuousScale#DUMOUCHEL}). */
    public KanoOptions withContinuousScale(ContinuousScale scale) {
        Objects.requireNonNull(scale, "The parameter 'scale' must not be null.");
        return with(o -> o.continuousScale = scale);
    }

    /** Whether Q and R pairs are left out of the continuous means (default true). */
    public KanoOptions withContinuousExcludingQuestionableAndReverse(boolean exclude) {
        return with(o -> o.continuousExcludesQuestionableAndReverse = exclude);
    }

    /** The split of the optional continuous quadrant label (default 2; a mean equal to it is not classified). */
    public KanoOptions withContinuousSplit(double split) {
        if (!Double.isFinite(split)) {
            throw new IllegalArgumentException("The continuous split must be a finite number, was " + split);
        }
        return with(o -> o.continuousSplit = split);
    }

    /** Standard deviations with the n − 1 denominator (default true) or n (false). */
    public KanoOptions withSampleStandardDeviation(boolean nMinusOne) {
        return with(o -> o.sampleStandardDeviation = nMinusOne);
    }

    /** The confidence level of intervals (default 0.95), strictly between 0 and 1. */
    public KanoOptions withConfidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The confidence level must be strictly between 0 and 1, was " + level);
        }
        return with(o -> o.confidence = level);
    }

    /** Below this n4 a result is flagged {@code SMALL_SAMPLE} (default 100, METHODS.md §7.5), ≥ 0. */
    public KanoOptions withSmallSampleN4(int n4) {
        checkNonNegative("n4", n4);
        return with(o -> o.smallSampleN4 = n4);
    }

    /**
     * Bootstrap percentile intervals and category stability from {@code replicates} multinomial resamples
     * of each attribute's answer counts, seeded (METHODS.md §7.1). 0 switches the bootstrap off (default);
     * 2000 is the recommended count.
     */
    public KanoOptions withBootstrap(int replicates, long seed) {
        checkNonNegative("replicates", replicates);
        return with(o -> {
            o.bootstrapReplicates = replicates;
            o.seed = seed;
        });
    }

    /** The seed of every random procedure (bootstrap, Monte-Carlo tests); default 20261122. */
    public KanoOptions withSeed(long seed) {
        return with(o -> o.seed = seed);
    }

    /** Category stability below this is flagged {@code LOW_STABILITY} (default 0.70), in [0, 1]. */
    public KanoOptions withLowStability(double threshold) {
        checkFraction("threshold", threshold);
        return with(o -> o.lowStability = threshold);
    }

    /** Q share (of N) at or above this is flagged {@code HIGH_Q_SHARE} (default 0.10), in [0, 1]. */
    public KanoOptions withHighQuestionableShare(double share) {
        checkFraction("share", share);
        return with(o -> o.highQuestionableShare = share);
    }

    /** R share (of N) at or above this is flagged {@code HIGH_R_SHARE} (default 0.10), in [0, 1]. */
    public KanoOptions withHighReverseShare(double share) {
        checkFraction("share", share);
        return with(o -> o.highReverseShare = share);
    }

    /**
     * The top of the importance scale K used to normalise ratings to [0, 1] as {@code rating / K}
     * (analytical Kano, METHODS.md §4.3). 0 (default) takes the largest rating observed in the survey.
     */
    public KanoOptions withImportanceScaleMax(int max) {
        checkNonNegative("max", max);
        return with(o -> o.importanceScaleMax = max);
    }

    /** The split statistic of Yang's refined categories (default {@link YangSplit#MEAN}). */
    public KanoOptions withYangSplit(YangSplit split) {
        Objects.requireNonNull(split, "The parameter 'split' must not be null.");
        return with(o -> o.yangSplit = split);
    }

    /**
     * The analytical Kano cut-offs (METHODS.md §4.3, default 0.2, 30°, 60°): r below {@code minimumRadius} → I;
     * otherwise α &lt; {@code mustBeAngle} → M, α ≤ {@code attractiveAngle} → O, above → A.
     */
    public KanoOptions withAnalyticalCutoffs(double minimumRadius, double mustBeAngle, double attractiveAngle) {
        if (!(minimumRadius >= 0) || !(mustBeAngle >= 0) || !(attractiveAngle >= mustBeAngle) || !(attractiveAngle <= 90)) {
            throw new IllegalArgumentException("Analytical Kano cut-offs need r >= 0 and 0 <= mustBeAngle <= "
                    + "attractiveAngle <= 90, were " + minimumRadius + ", " + mustBeAngle + ", " + attractiveAngle);
        }
        return with(o -> {
            o.analyticalMinimumRadius = minimumRadius;
            o.analyticalMustBeAngle = mustBeAngle;
            o.analyticalAttractiveAngle = attractiveAngle;
        });
    }

    /** Monte-Carlo replicates of the segment homogeneity test when expected counts are small (default 10000). */
    public KanoOptions withMonteCarloReplicates(int replicates) {
        checkNonNegative("replicates", replicates);
        return with(o -> o.monteCarloReplicates = replicates);
    }

    private static void checkFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be in [0, 1], was " + value);
        }
    }

    private static void checkNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("The parameter '" + name + "' must not be negative, was " + value);
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

    public int smallSampleN4() {
        return smallSampleN4;
    }

    public int bootstrapReplicates() {
        return bootstrapReplicates;
    }

    public long seed() {
        return seed;
    }

    public double lowStability() {
        return lowStability;
    }

    public double highQuestionableShare() {
        return highQuestionableShare;
    }

    public double highReverseShare() {
        return highReverseShare;
    }

    public int importanceScaleMax() {
        return importanceScaleMax;
    }

    public YangSplit yangSplit() {
        return yangSplit;
    }

    public double analyticalMinimumRadius() {
        return analyticalMinimumRadius;
    }

    public double analyticalMustBeAngle() {
        return analyticalMustBeAngle;
    }

    public double analyticalAttractiveAngle() {
        return analyticalAttractiveAngle;
    }

    public int monteCarloReplicates() {
        return monteCarloReplicates;
    }

    /** One line naming table, rule, thresholds, interval method and seed, e.g. for report footers. */
    public String provenance() {
        return "table=" + table.name() + ", rule=" + rule + (rule == ClassificationRule.STRENGTH_BAND
                ? " (band " + strengthBand + ")" : "") + ", fong critical=" + fongCritical + ", minimum n4=" + minimumN4
                + ", Q guard=" + (questionableGuard ? "on" : "off") + ", denominator="
                + (denominator == Denominator.VALID ? "A+O+M+I" : "all answers") + ", quadrant="
                + (quadrantCentre == QuadrantCentre.FIXED ? betterThreshold + "/" + worseThreshold : "means")
                + ", interval=wilson " + confidence
                + (bootstrapReplicates > 0 ? ", bootstrap=" + bootstrapReplicates + " percentile seed " + seed : "")
                + ", continuous=" + continuousScale.name()
                + (continuousExcludesQuestionableAndReverse ? " (Q,R excluded)" : "");
    }

    private Object[] key() {
        return new Object[] {table, rule, questionableGuard, strengthBand, lowTotalStrength, fongCritical, minimumN4,
            denominator, quadrantCentre, betterThreshold, worseThreshold, continuousScale,
            continuousExcludesQuestionableAndReverse, continuousSplit, sampleStandardDeviation, confidence,
            smallSampleN4, bootstrapReplicates, seed, lowStability, highQuestionableShare,
            highReverseShare, importanceScaleMax, yangSplit, analyticalMinimumRadius, analyticalMustBeAngle,
            analyticalAttractiveAngle, monteCarloReplicates};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KanoOptions k && java.util.Arrays.equals(k.key(), key());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(key());
    }

    @Override
    public String toString() {
        return "KanoOptions[" + provenance() + "]";
    }
}
