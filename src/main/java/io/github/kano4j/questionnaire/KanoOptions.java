package io.github.kano4j.questionnaire;

import io.github.kano4j.internal.Check;
import io.github.kano4j.stats.HomogeneityTest;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration of a Kano questionnaire analysis: an immutable value. The common settings have withers;
 * every setting, the rarely used thresholds included, is on the {@link Builder}, which checks each value as it
 * is set and the whole in {@code build()}. Defaults follow docs/METHODS.md §11; every result echoes its
 * options through {@link #provenance()}, which is generated from {@link #settings()} — the same list that
 * defines equality — so it names every setting.
 *
 * <pre>{@code
 * KanoOptions options = KanoOptions.defaults()
 *         .withTable(EvaluationTable.POULIOT)
 *         .withRule(ClassificationRule.PLAIN_MODE)
 *         .withConfidence(0.90)
 *         .withBootstrap(2000, 42L);
 * KanoOptions strict = options.toBuilder().minimumN4(30).fongCritical(1.96).build();
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

    /** The statistic splitting high from low importance in Yang's refined model (docs/METHODS.md §5.1). */
    public enum YangSplit {
        /** The mean of the attributes' mean importance (default); a value equal to it is high. */
        MEAN,
        /** The median of the attributes' mean importance. */
        MEDIAN
    }

    /** The largest bootstrap or Monte-Carlo replicate count accepted. */
    public static final int MAX_REPLICATES = 1_000_000;

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
    private final int smallSampleN4;
    private final int bootstrapReplicates;
    private final long seed;
    private final double lowStability;
    private final double highQuestionableShare;
    private final double highReverseShare;
    private final int importanceScaleMax;
    private final YangSplit yangSplit;
    private final double analyticalMinimumRadius;
    private final double analyticalMustBeAngle;
    private final double analyticalAttractiveAngle;
    private final int monteCarloReplicates;
    private final int momentMatchedSegments;

    private static final KanoOptions DEFAULTS = new Builder().build();

    private KanoOptions(Builder b) {
        table = b.table;
        rule = b.rule;
        questionableGuard = b.questionableGuard;
        strengthBand = b.strengthBand;
        lowTotalStrength = b.lowTotalStrength;
        fongCritical = b.fongCritical;
        minimumN4 = b.minimumN4;
        denominator = b.denominator;
        quadrantCentre = b.quadrantCentre;
        betterThreshold = b.betterThreshold;
        worseThreshold = b.worseThreshold;
        continuousScale = b.continuousScale;
        continuousExcludesQuestionableAndReverse = b.continuousExcludesQuestionableAndReverse;
        continuousSplit = b.continuousSplit;
        sampleStandardDeviation = b.sampleStandardDeviation;
        confidence = b.confidence;
        smallSampleN4 = b.smallSampleN4;
        bootstrapReplicates = b.bootstrapReplicates;
        seed = b.seed;
        lowStability = b.lowStability;
        highQuestionableShare = b.highQuestionableShare;
        highReverseShare = b.highReverseShare;
        importanceScaleMax = b.importanceScaleMax;
        yangSplit = b.yangSplit;
        analyticalMinimumRadius = b.analyticalMinimumRadius;
        analyticalMustBeAngle = b.analyticalMustBeAngle;
        analyticalAttractiveAngle = b.analyticalAttractiveAngle;
        monteCarloReplicates = b.monteCarloReplicates;
        momentMatchedSegments = b.momentMatchedSegments;
    }

    /** The defaults of docs/METHODS.md §11: standard table, Fong + M&gt;O&gt;A&gt;I, Q guard on, Wilson 95 %. */
    public static KanoOptions defaults() {
        return DEFAULTS;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some and {@code build()} a new value. */
    public Builder toBuilder() {
        return new Builder(settings());
    }

    /** The evaluation table (default {@link EvaluationTable#STANDARD}). */
    public KanoOptions withTable(EvaluationTable table) {
        return toBuilder().table(table).build();
    }

    /** The classification rule (default {@link ClassificationRule#FONG_M_O_A_I}). */
    public KanoOptions withRule(ClassificationRule rule) {
        return toBuilder().rule(rule).build();
    }

    /** The confidence level of intervals (default 0.95), strictly between 0 and 1. */
    public KanoOptions withConfidence(double level) {
        return toBuilder().confidence(level).build();
    }

    /**
     * Bootstrap percentile intervals and category stability from {@code replicates} multinomial resamples of
     * each attribute's answer counts, seeded (docs/METHODS.md §7.1). 0 switches the bootstrap off (default);
     * 2000 is the recommended count; at most {@link #MAX_REPLICATES}.
     */
    public KanoOptions withBootstrap(int replicates, long seed) {
        return toBuilder().bootstrapReplicates(replicates).seed(seed).build();
    }

    /** The seed of every random procedure (bootstrap, Monte-Carlo tests); default 20261122. */
    public KanoOptions withSeed(long seed) {
        return toBuilder().seed(seed).build();
    }

    /** Fixed Better–Worse quadrant thresholds (default 0.5 / 0.5; a value equal to a threshold is high). */
    public KanoOptions withQuadrantThresholds(double better, double absWorse) {
        return toBuilder().quadrantThresholds(better, absWorse).build();
    }

    /** Quadrant lines at the mean Better and mean |Worse| of the attributes analysed together. */
    public KanoOptions withQuadrantAtMeans() {
        return toBuilder().quadrantCentre(QuadrantCentre.MEAN).build();
    }

    /** The evaluation table. */
    public EvaluationTable table() {
        return table;
    }

    /** The classification rule. */
    public ClassificationRule rule() {
        return rule;
    }

    /** Whether the Q-dominance guard is on. */
    public boolean questionableGuard() {
        return questionableGuard;
    }

    /** The category-strength band of {@link ClassificationRule#STRENGTH_BAND}. */
    public double strengthBand() {
        return strengthBand;
    }

    /** Total strength below this is flagged {@code LOW_TOTAL_STRENGTH}. */
    public double lowTotalStrength() {
        return lowTotalStrength;
    }

    /** Fong's critical value. */
    public double fongCritical() {
        return fongCritical;
    }

    /** Below this n4 the Fong and χ² tests are not applied. */
    public int minimumN4() {
        return minimumN4;
    }

    /** The Better/Worse denominator. */
    public Denominator denominator() {
        return denominator;
    }

    /** Where the quadrant lines sit. */
    public QuadrantCentre quadrantCentre() {
        return quadrantCentre;
    }

    /** The fixed Better threshold of the quadrant. */
    public double betterThreshold() {
        return betterThreshold;
    }

    /** The fixed |Worse| threshold of the quadrant. */
    public double worseThreshold() {
        return worseThreshold;
    }

    /** The continuous-analysis scores. */
    public ContinuousScale continuousScale() {
        return continuousScale;
    }

    /** Whether Q and R pairs are left out of the continuous means. */
    public boolean continuousExcludesQuestionableAndReverse() {
        return continuousExcludesQuestionableAndReverse;
    }

    /** The split of the optional continuous quadrant label. */
    public double continuousSplit() {
        return continuousSplit;
    }

    /** Whether standard deviations use the n − 1 denominator. */
    public boolean sampleStandardDeviation() {
        return sampleStandardDeviation;
    }

    /** The confidence level of intervals. */
    public double confidence() {
        return confidence;
    }

    /** Below this n4 a result is flagged {@code SMALL_SAMPLE}. */
    public int smallSampleN4() {
        return smallSampleN4;
    }

    /** Bootstrap resamples per attribute (0 = off). */
    public int bootstrapReplicates() {
        return bootstrapReplicates;
    }

    /** The seed of every random procedure. */
    public long seed() {
        return seed;
    }

    /** Category stability below this is flagged {@code LOW_STABILITY}. */
    public double lowStability() {
        return lowStability;
    }

    /** Q share at or above this is flagged {@code HIGH_Q_SHARE}. */
    public double highQuestionableShare() {
        return highQuestionableShare;
    }

    /** R share at or above this is flagged {@code HIGH_R_SHARE}. */
    public double highReverseShare() {
        return highReverseShare;
    }

    /** The top of the importance scale (0 = the largest rating observed). */
    public int importanceScaleMax() {
        return importanceScaleMax;
    }

    /** The split statistic of Yang's refined categories. */
    public YangSplit yangSplit() {
        return yangSplit;
    }

    /** Analytical Kano: below this radius an attribute is I. */
    public double analyticalMinimumRadius() {
        return analyticalMinimumRadius;
    }

    /** Analytical Kano: below this angle (degrees) an attribute is M. */
    public double analyticalMustBeAngle() {
        return analyticalMustBeAngle;
    }

    /** Analytical Kano: up to this angle (degrees) an attribute is O, above it A. */
    public double analyticalAttractiveAngle() {
        return analyticalAttractiveAngle;
    }

    /** Monte-Carlo replicates of the segment homogeneity test. */
    public int monteCarloReplicates() {
        return monteCarloReplicates;
    }

    /**
     * From this many segments a sparse segment table takes the moment-matched p instead of the Monte-Carlo one
     * (docs/METHODS.md §7.4).
     */
    public int momentMatchedSegments() {
        return momentMatchedSegments;
    }

    /** A form serialised before {@code momentMatchedSegments} existed reads with its default. */
    private Object readResolve() {
        return momentMatchedSegments >= 2 ? this
                : toBuilder().momentMatchedSegments(HomogeneityTest.MOMENT_MATCHED_ROWS).build();
    }

    /**
     * Every setting by name, in a fixed order: the one list from which {@link #provenance()}, equality and
     * {@link #toBuilder()} are made, so none of them can miss a setting.
     */
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", table);
        m.put("rule", rule);
        m.put("questionableGuard", questionableGuard);
        m.put("strengthBand", strengthBand);
        m.put("lowTotalStrength", lowTotalStrength);
        m.put("fongCritical", fongCritical);
        m.put("minimumN4", minimumN4);
        m.put("denominator", denominator);
        m.put("quadrantCentre", quadrantCentre);
        m.put("betterThreshold", betterThreshold);
        m.put("worseThreshold", worseThreshold);
        m.put("continuousScale", continuousScale);
        m.put("continuousExcludesQuestionableAndReverse", continuousExcludesQuestionableAndReverse);
        m.put("continuousSplit", continuousSplit);
        m.put("sampleStandardDeviation", sampleStandardDeviation);
        m.put("confidence", confidence);
        m.put("smallSampleN4", smallSampleN4);
        m.put("bootstrapReplicates", bootstrapReplicates);
        m.put("seed", seed);
        m.put("lowStability", lowStability);
        m.put("highQuestionableShare", highQuestionableShare);
        m.put("highReverseShare", highReverseShare);
        m.put("importanceScaleMax", importanceScaleMax);
        m.put("yangSplit", yangSplit);
        m.put("analyticalMinimumRadius", analyticalMinimumRadius);
        m.put("analyticalMustBeAngle", analyticalMustBeAngle);
        m.put("analyticalAttractiveAngle", analyticalAttractiveAngle);
        m.put("monteCarloReplicates", monteCarloReplicates);
        m.put("momentMatchedSegments", momentMatchedSegments);
        return Collections.unmodifiableMap(m);
    }

    /**
     * One line naming every setting — table, rule, thresholds, interval method, bootstrap and seed — for
     * report footers, e.g. {@code table=standard, rule=fong_m_o_a_i, ..., interval=wilson 0.95, ...}.
     */
    public String provenance() {
        StringBuilder sb = new StringBuilder();
        settings().forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k).append('=').append(text(v));
            if (k.equals("confidence")) {
                sb.append(" (wilson");
                sb.append(bootstrapReplicates > 0 ? "; bootstrap percentile)" : ")");
            }
        });
        return sb.toString();
    }

    private static String text(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof EvaluationTable t) {
            return t.name();
        }
        if (v instanceof ContinuousScale c) {
            return c.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof Double d) {
            double r = Math.round(d * 1e9) / 1e9;
            return r == Math.rint(r) && Math.abs(r) < 1e15 ? String.valueOf((long) r) : String.valueOf(r);
        }
        return String.valueOf(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KanoOptions k && k.settings().equals(settings());
    }

    @Override
    public int hashCode() {
        return settings().hashCode();
    }

    @Override
    public String toString() {
        return "KanoOptions[" + provenance() + "]";
    }

    /**
     * Every setting of {@link KanoOptions}, each checked as it is set; {@link #build()} checks the whole.
     * Not thread-safe; build a value and share that.
     */
    public static final class Builder {
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
        private int momentMatchedSegments = HomogeneityTest.MOMENT_MATCHED_ROWS;

        private Builder() {
        }

        private Builder(Map<String, Object> s) {
            table = (EvaluationTable) s.get("table");
            rule = (ClassificationRule) s.get("rule");
            questionableGuard = (Boolean) s.get("questionableGuard");
            strengthBand = (Double) s.get("strengthBand");
            lowTotalStrength = (Double) s.get("lowTotalStrength");
            fongCritical = (Double) s.get("fongCritical");
            minimumN4 = (Integer) s.get("minimumN4");
            denominator = (Denominator) s.get("denominator");
            quadrantCentre = (QuadrantCentre) s.get("quadrantCentre");
            betterThreshold = (Double) s.get("betterThreshold");
            worseThreshold = (Double) s.get("worseThreshold");
            continuousScale = (ContinuousScale) s.get("continuousScale");
            continuousExcludesQuestionableAndReverse = (Boolean) s.get("continuousExcludesQuestionableAndReverse");
            continuousSplit = (Double) s.get("continuousSplit");
            sampleStandardDeviation = (Boolean) s.get("sampleStandardDeviation");
            confidence = (Double) s.get("confidence");
            smallSampleN4 = (Integer) s.get("smallSampleN4");
            bootstrapReplicates = (Integer) s.get("bootstrapReplicates");
            seed = (Long) s.get("seed");
            lowStability = (Double) s.get("lowStability");
            highQuestionableShare = (Double) s.get("highQuestionableShare");
            highReverseShare = (Double) s.get("highReverseShare");
            importanceScaleMax = (Integer) s.get("importanceScaleMax");
            yangSplit = (YangSplit) s.get("yangSplit");
            analyticalMinimumRadius = (Double) s.get("analyticalMinimumRadius");
            analyticalMustBeAngle = (Double) s.get("analyticalMustBeAngle");
            analyticalAttractiveAngle = (Double) s.get("analyticalAttractiveAngle");
            monteCarloReplicates = (Integer) s.get("monteCarloReplicates");
            momentMatchedSegments = (Integer) s.get("momentMatchedSegments");
        }

        /** The evaluation table (default {@link EvaluationTable#STANDARD}). */
        public Builder table(EvaluationTable table) {
            this.table = Check.notNull(table, "table");
            return this;
        }

        /** The classification rule (default {@link ClassificationRule#FONG_M_O_A_I}). */
        public Builder rule(ClassificationRule rule) {
            this.rule = Check.notNull(rule, "rule");
            return this;
        }

        /** The Q-dominance guard: label Q when Q &gt; 0 and Q ≥ every other count (default on, §2.1). */
        public Builder questionableGuard(boolean on) {
            this.questionableGuard = on;
            return this;
        }

        /** The category-strength band of {@link ClassificationRule#STRENGTH_BAND} (default 0.06), in [0, 1]. */
        public Builder strengthBand(double band) {
            this.strengthBand = fraction("strengthBand", band);
            return this;
        }

        /** Total strength below this is flagged {@code LOW_TOTAL_STRENGTH} (default 0.50), in [0, 1]. */
        public Builder lowTotalStrength(double threshold) {
            this.lowTotalStrength = fraction("lowTotalStrength", threshold);
            return this;
        }

        /** Fong's critical value (default 1.65), positive. */
        public Builder fongCritical(double critical) {
            Check.argument(critical > 0 && !Double.isInfinite(critical),
                    "The Fong critical value must be a positive number, was " + critical);
            this.fongCritical = critical;
            return this;
        }

        /** Below this n4 the Fong and χ² tests are not applied (default 12, stp25kano), ≥ 0. */
        public Builder minimumN4(int minimum) {
            this.minimumN4 = (int) nonNegative("minimumN4", minimum);
            return this;
        }

        /** The Better/Worse denominator (default {@link Denominator#VALID}). */
        public Builder denominator(Denominator denominator) {
            this.denominator = Check.notNull(denominator, "denominator");
            return this;
        }

        /** Where the quadrant lines sit (default {@link QuadrantCentre#FIXED}). */
        public Builder quadrantCentre(QuadrantCentre centre) {
            this.quadrantCentre = Check.notNull(centre, "centre");
            return this;
        }

        /** Fixed quadrant thresholds (default 0.5 / 0.5), each in [0, 1]; sets the centre to FIXED. */
        public Builder quadrantThresholds(double better, double absWorse) {
            this.betterThreshold = fraction("better", better);
            this.worseThreshold = fraction("absWorse", absWorse);
            this.quadrantCentre = QuadrantCentre.FIXED;
            return this;
        }

        /** The continuous-analysis scores (default {@link ContinuousScale#DUMOUCHEL}). */
        public Builder continuousScale(ContinuousScale scale) {
            this.continuousScale = Check.notNull(scale, "scale");
            return this;
        }

        /** Whether Q and R pairs are left out of the continuous means (default true). */
        public Builder continuousExcludesQuestionableAndReverse(boolean exclude) {
            this.continuousExcludesQuestionableAndReverse = exclude;
            return this;
        }

        /** The split of the continuous quadrant label (default 2; a mean equal to it is not classified). */
        public Builder continuousSplit(double split) {
            Check.argument(Double.isFinite(split), "The continuous split must be a finite number, was " + split);
            this.continuousSplit = split;
            return this;
        }

        /** Standard deviations with the n − 1 denominator (default true) or n (false). */
        public Builder sampleStandardDeviation(boolean nMinusOne) {
            this.sampleStandardDeviation = nMinusOne;
            return this;
        }

        /** The confidence level of intervals (default 0.95), strictly between 0 and 1. */
        public Builder confidence(double level) {
            Check.argument(level > 0 && level < 1,
                    "The confidence level must be strictly between 0 and 1, was " + level);
            this.confidence = level;
            return this;
        }

        /** Below this n4 a result is flagged {@code SMALL_SAMPLE} (default 100, §7.5), ≥ 0. */
        public Builder smallSampleN4(int n4) {
            this.smallSampleN4 = (int) nonNegative("smallSampleN4", n4);
            return this;
        }

        /** Bootstrap resamples per attribute: 0 (default, off) to {@link #MAX_REPLICATES}. */
        public Builder bootstrapReplicates(int replicates) {
            this.bootstrapReplicates = replicates("bootstrapReplicates", replicates);
            return this;
        }

        /** The seed of every random procedure (default 20261122). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Category stability below this is flagged {@code LOW_STABILITY} (default 0.70), in [0, 1]. */
        public Builder lowStability(double threshold) {
            this.lowStability = fraction("lowStability", threshold);
            return this;
        }

        /** Q share (of N) at or above this is flagged {@code HIGH_Q_SHARE} (default 0.10), in [0, 1]. */
        public Builder highQuestionableShare(double share) {
            this.highQuestionableShare = fraction("highQuestionableShare", share);
            return this;
        }

        /** R share (of N) at or above this is flagged {@code HIGH_R_SHARE} (default 0.10), in [0, 1]. */
        public Builder highReverseShare(double share) {
            this.highReverseShare = fraction("highReverseShare", share);
            return this;
        }

        /**
         * The top of the importance scale K normalising ratings to [0, 1] as {@code rating / K} (analytical
         * Kano, §4.3); 0 (default) takes the largest rating observed; at most 100.
         */
        public Builder importanceScaleMax(int max) {
            Check.argument(max >= 0 && max <= AttributeTally.MAX_IMPORTANCE,
                    "The importance scale top must be 0 (observed) or 1.." + AttributeTally.MAX_IMPORTANCE + ", was " + max);
            this.importanceScaleMax = max;
            return this;
        }

        /** The split statistic of Yang's refined categories (default {@link YangSplit#MEAN}). */
        public Builder yangSplit(YangSplit split) {
            this.yangSplit = Check.notNull(split, "split");
            return this;
        }

        /**
         * The analytical Kano cut-offs (§4.3, default 0.2, 30°, 60°): r below {@code minimumRadius} → I;
         * otherwise α &lt; {@code mustBeAngle} → M, α ≤ {@code attractiveAngle} → O, above → A.
         */
        public Builder analyticalCutoffs(double minimumRadius, double mustBeAngle, double attractiveAngle) {
            Check.argument(minimumRadius >= 0 && mustBeAngle >= 0 && attractiveAngle >= mustBeAngle
                    && attractiveAngle <= 90, "Analytical Kano cut-offs need r >= 0 and 0 <= mustBeAngle <= "
                    + "attractiveAngle <= 90, were " + minimumRadius + ", " + mustBeAngle + ", " + attractiveAngle);
            this.analyticalMinimumRadius = minimumRadius;
            this.analyticalMustBeAngle = mustBeAngle;
            this.analyticalAttractiveAngle = attractiveAngle;
            return this;
        }

        /** Monte-Carlo replicates of the segment homogeneity test (default 10000), 0 to {@link #MAX_REPLICATES}. */
        public Builder monteCarloReplicates(int replicates) {
            this.monteCarloReplicates = replicates("monteCarloReplicates", replicates);
            return this;
        }

        /**
         * From this many segments (default {@value HomogeneityTest#MOMENT_MATCHED_ROWS}, at least 2) a segment table
         * with an expected count below 5 takes the p of the scaled χ² with the exact permutation mean and variance
         * instead of the Monte-Carlo p; {@link Integer#MAX_VALUE} keeps Monte-Carlo at any count.
         */
        public Builder momentMatchedSegments(int segments) {
            Check.argument(segments >= 2, "The setting 'momentMatchedSegments' must be at least 2, was " + segments);
            this.momentMatchedSegments = segments;
            return this;
        }

        /** The options, after checking the whole. */
        public KanoOptions build() {
            return new KanoOptions(this);
        }

        private static double fraction(String name, double value) {
            Check.argument(value >= 0 && value <= 1, "The setting '" + name + "' must be in [0, 1], was " + value);
            return value;
        }

        private static long nonNegative(String name, long value) {
            Check.argument(value >= 0, "The setting '" + name + "' must not be negative, was " + value);
            return value;
        }

        private static int replicates(String name, int value) {
            Check.argument(value >= 0 && value <= MAX_REPLICATES, "The setting '" + name + "' must be between 0 and "
                    + MAX_REPLICATES + ", was " + value);
            return value;
        }
    }
}
