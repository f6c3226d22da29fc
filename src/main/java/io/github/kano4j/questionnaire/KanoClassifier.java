package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.Means;
import io.github.kano4j.stats.MultinomialIntervals;


import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies one attribute from its category counts (and, when available, its answer-pair tally)
 * following docs/METHODS.md §2.7. A pure function: same counts and options, same result.
 */
final class KanoClassifier {
    /** The candidates of the mode in the tie order M &gt; O &gt; A &gt; I &gt; R (docs/METHODS.md §2.1). */
    private static final Category[] ORDER = {Category.M, Category.O, Category.A, Category.I, Category.R};

    private KanoClassifier() {
    }

    /** The operational category, the label as reported and the rule step that decided it. */
    record Verdict(Category category, String label, Decision decision) {
    }

    /** Everything {@link #classify} needs beyond the counts, computed once per survey. */
    record Context(double betterThreshold, double worseThreshold, double importanceScaleMax, double yangSplit,
            boolean surveyHasImportance) {
    }

    /**
     * Decides an attribute's category from its counts (docs/METHODS.md §2.7 steps 2–7); {@code null} category
     * when N = 0. Cheap: used for every bootstrap replicate, so it computes only what the rule needs.
     */
    static Verdict decide(CategoryCounts counts, KanoOptions options, double betterThreshold, double worseThreshold) {
        long n = counts.n();
        if (n == 0) {
            return new Verdict(null, "UNCLASSIFIED", Decision.EMPTY);
        }
        Category top1 = Category.M;
        Category top2 = Category.O;
        long a = -1;
        long b = -1;
        for (Category c : ORDER) {
            long x = counts.get(c);
            if (x > a) {
                top2 = top1;
                b = a;
                top1 = c;
                a = x;
            } else if (x > b) {
                top2 = c;
                b = x;
            }
        }
        boolean oam = options.rule() == ClassificationRule.OAM_VS_IRQ;
        if (!oam && options.questionableGuard() && counts.q() > 0 && counts.q() >= a) {
            return new Verdict(Category.Q, "Q", Decision.Q_GUARD);
        }
        if (!oam && a == 0) {
            return new Verdict(Category.Q, "Q", Decision.ONLY_QUESTIONABLE);
        }
        switch (options.rule()) {
            case PLAIN_MODE:
                return new Verdict(top1, top1.letter(), Decision.PLAIN_MODE);
            case STRENGTH_BAND:
                if ((double) (a - b) / n > options.strengthBand()) {
                    return new Verdict(top1, top1.letter(), Decision.STRENGTH_BAND_MODE);
                }
                return new Verdict(first(top1, top2), mixed(top1, top2), Decision.STRENGTH_BAND_M_O_A_I);
            case OAM_VS_IRQ:
                Category c = oamLabel(counts);
                return new Verdict(c, c.letter(), Decision.OAM_VS_IRQ);
            case BETTER_WORSE_QUADRANT:
                Optional<Category> q = quadrant(Coefficients.of(counts, options.denominator(), options.confidence()), betterThreshold,
                        worseThreshold);
                if (q.isPresent()) {
                    return new Verdict(q.get(), q.get().letter(), Decision.BETTER_WORSE_QUADRANT);
                }
                return new Verdict(top1, top1.letter(), Decision.QUADRANT_FALLBACK_MODE);
            default:
                if (counts.n4() < options.minimumN4()) {
                    return new Verdict(top1, top1.letter(), Decision.MODE_LOW_N);
                }
                if (fongSignificant(a, b, n, options.fongCritical())) {
                    return new Verdict(top1, top1.letter(), Decision.MODE_FONG_SIGNIFICANT);
                }
                return new Verdict(first(top1, top2), mixed(top1, top2), Decision.FONG_M_O_A_I);
        }
    }

    private static String mixed(Category top1, Category top2) {
        return "MIXED(" + top1.letter() + "/" + top2.letter() + ")";
    }

    private static boolean fongSignificant(long a, long b, long n, double critical) {
        double se = Math.sqrt((double) (a + b) * (2.0 * n - a - b) / (2.0 * n));
        return se > 0 && Math.abs(a - b) >= critical * se;
    }

    /**
     * Classifies one attribute. With respondent weights ({@code weighting} not null) the count-based decisions and
     * tests use the effective counts, and Better, Worse, the strengths and the share flags the weighted shares
     * (docs/METHODS.md §7.6); {@code answers} stays the attribute's counts.
     */
    static KanoResult classify(String attribute, CategoryCounts answers, Weighting weighting, AttributeTally tally,
            KanoOptions options, Context context, BootstrapSummary bootstrap) {
        CategoryCounts counts = weighting == null ? answers : weighting.effectiveCounts();
        double betterThreshold = context.betterThreshold();
        double worseThreshold = context.worseThreshold();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        long n = counts.n();
        long n4 = counts.n4();

        // Rank M, O, A, I, R by count; a stable sort over ORDER breaks ties M > O > A > I > R.
        Category[] ranked = ORDER.clone();
        Arrays.sort(ranked, (x, y) -> Long.compare(counts.get(y), counts.get(x)));
        Category top1 = ranked[0];
        Category top2 = ranked[1];
        long a = counts.get(top1);
        long b = counts.get(top2);

        double cs = n == 0 ? Double.NaN : (double) (a - b) / n;
        double ts = n == 0 ? Double.NaN : (double) (counts.a() + counts.o() + counts.m()) / n;
        if (weighting != null && n > 0) {
            cs = weighting.share(top1) - weighting.share(top2);
            ts = weighting.share(Category.A) + weighting.share(Category.O) + weighting.share(Category.M);
        }
        FongTest fong = FongTest.of(a, b, n, n4, options.fongCritical(), options.minimumN4());
        GoodnessOfFit chi = GoodnessOfFit.of(counts, options.minimumN4());
        Coefficients coefficients = weighting == null
                ? Coefficients.of(counts, options.denominator(), options.confidence())
                : Coefficients.ofWeighted(weighting, options.denominator(), options.confidence());
        Optional<Category> quadrant = quadrant(coefficients, betterThreshold, worseThreshold);
        Optional<Category> oam = n == 0 ? Optional.empty() : Optional.of(oamLabel(counts));
        ContinuousScores continuous = continuous(tally, options, flags);
        ImportanceSummary importance = importance(tally, options);
        AnalyticalKano analytical = analytical(tally, options, context.importanceScaleMax());
        Map<Category, Interval> shareIntervals = shareIntervals(counts, options);

        Optional<Category> mode = a > 0 ? Optional.of(top1) : Optional.empty();
        Optional<Category> runnerUp = n == 0 || b == 0 ? Optional.empty() : Optional.of(top2);
        boolean mixed = fong.applicable() && !fong.significant();

        if (n > 0) {
            if (a > 0 && a == b) {
                flags.add(Flag.TIE);
            }
            if (mixed) {
                flags.add(Flag.MIXED);
            }
            if (!fong.applicable()) {
                flags.add(Flag.LOW_N);
            }
            if (chi.applicable() && n4 < 20) {
                flags.add(Flag.SMALL_EXPECTED);
            }
            if (ts < options.lowTotalStrength()) {
                flags.add(Flag.LOW_TOTAL_STRENGTH);
            }
            if (n4 < options.smallSampleN4()) {
                flags.add(Flag.SMALL_SAMPLE);
            }
            if (n4 == 0) {
                flags.add(Flag.NO_VALID_ANSWERS);
            }
            double qShare = weighting == null ? (double) counts.q() / n : weighting.share(Category.Q);
            double rShare = weighting == null ? (double) counts.r() / n : weighting.share(Category.R);
            if (qShare >= options.highQuestionableShare() && qShare > 0) {
                flags.add(Flag.HIGH_Q_SHARE);
            }
            if (rShare >= options.highReverseShare() && rShare > 0) {
                flags.add(Flag.HIGH_R_SHARE);
            }
        }
        if (tally != null && tally.questionableByPolicy() > 0) {
            flags.add(Flag.COUNTED_AS_Q_BY_POLICY);
        }
        if (options.denominator() == KanoOptions.Denominator.ALL) {
            flags.add(Flag.DENOMINATOR_ALL);
        }
        Verdict verdict = decide(counts, options, betterThreshold, worseThreshold);
        if (verdict.decision() == Decision.EMPTY) {
            flags.add(Flag.EMPTY);
        } else if (verdict.decision() == Decision.Q_GUARD) {
            flags.add(Flag.HIGH_Q);
        }
        if (bootstrap != null && bootstrap.stability() < options.lowStability()) {
            flags.add(Flag.LOW_STABILITY);
        }
        Optional<YangCategory> yang = Optional.empty();
        if (verdict.category() != null && !Double.isNaN(importance.mean()) && !Double.isNaN(context.yangSplit())) {
            yang = YangCategory.of(verdict.category(), importance.mean() >= context.yangSplit());
        } else if (context.surveyHasImportance() && importance.n() == 0 && n > 0) {
            flags.add(Flag.NO_IMPORTANCE);
        }
        if (weighting != null) {
            flags.add(Flag.WEIGHTED);
        }
        return new KanoResult(attribute, answers, Optional.ofNullable(verdict.category()), verdict.label(), mode,
                runnerUp, mixed, verdict.decision(), cs, ts, fong, chi, quadrant, oam, coefficients, shareIntervals,
                continuous, importance, analytical, yang, Optional.ofNullable(bootstrap), betterThreshold,
                worseThreshold, flags, options, Optional.ofNullable(weighting));
    }

    static Map<Category, Interval> shareIntervals(CategoryCounts counts, KanoOptions options) {
        Category[] all = Category.values();
        long[] c = new long[all.length];
        for (int k = 0; k < all.length; k++) {
            c[k] = counts.get(all[k]);
        }
        Interval[] iv = MultinomialIntervals.goodman(c, options.confidence());
        Map<Category, Interval> out = new EnumMap<>(Category.class);
        for (int k = 0; k < all.length; k++) {
            out.put(all[k], iv[k]);
        }
        return out;
    }

    static ImportanceSummary importance(AttributeTally tally, KanoOptions options) {
        long n = tally == null ? 0 : tally.importanceCount();
        if (n == 0) {
            return new ImportanceSummary(0, Double.NaN, Double.NaN, Interval.undefined(options.confidence(), "t"));
        }
        double mean = tally.importanceMean();
        if (n < 2) {
            return new ImportanceSummary(n, mean, Double.NaN, Interval.undefined(options.confidence(), "t"));
        }
        double sd = Math.sqrt(tally.importanceVariance());
        return new ImportanceSummary(n, mean, sd, Means.tInterval(n, mean, sd, options.confidence(), "t"));
    }

    static AnalyticalKano analytical(AttributeTally tally, KanoOptions options, double scaleMax) {
        EvaluationTable table = options.table();
        double nan = Double.NaN;
        if (tally == null || table.levels() != 5) {
            return new AnalyticalKano(0, false, nan, nan, nan, nan, nan, Optional.empty());
        }
        ContinuousScale quarter = ContinuousScale.DUMOUCHEL_QUARTER;
        boolean weighted = scaleMax > 0;
        if (weighted) {
            long withImportance = 0;
            for (int f = 0; f < 5; f++) {
                for (int d = 0; d < 5; d++) {
                    Category c = table.categoryOf(f, d);
                    if (c != Category.Q && c != Category.R) {
                        withImportance += tally.importanceCount(f, d);
                    }
                }
            }
            weighted = withImportance > 0;
        }
        long pairs = 0;
        double divisor = 0;
        double sumX = 0;
        double sumY = 0;
        for (int f = 0; f < 5; f++) {
            for (int d = 0; d < 5; d++) {
                Category c = table.categoryOf(f, d);
                if (c == Category.Q || c == Category.R) {
                    continue;
                }
                long count = weighted ? tally.importanceCount(f, d) : tally.pairCount(f, d);
                // importance-weighted: rating/K per pair over the rated pairs; otherwise each pair's survey weight
                // (its count without respondent weights) over their sum
                double weight = weighted ? tally.importanceSum(f, d) / scaleMax : tally.weightSum(f, d);
                pairs += count;
                divisor += weighted ? count : tally.weightSum(f, d);
                sumX += weight * quarter.dysfunctionalScore(d);
                sumY += weight * quarter.functionalScore(f);
            }
        }
        if (pairs == 0) {
            return new AnalyticalKano(0, weighted, weighted ? scaleMax : nan, nan, nan, nan, nan, Optional.empty());
        }
        double x = sumX / divisor;
        double y = sumY / divisor;
        double r = Math.sqrt(x * x + y * y);
        double angle = r == 0 ? nan : Math.toDegrees(Math.atan2(y, x));
        Optional<Category> label;
        if (r < options.analyticalMinimumRadius() || Double.isNaN(angle)) {
            label = Optional.of(Category.I);
        } else if (angle < 0 || angle > 90) {
            label = Optional.empty();
        } else if (angle < options.analyticalMustBeAngle()) {
            label = Optional.of(Category.M);
        } else if (angle <= options.analyticalAttractiveAngle()) {
            label = Optional.of(Category.O);
        } else {
            label = Optional.of(Category.A);
        }
        return new AnalyticalKano(pairs, weighted, weighted ? scaleMax : nan, x, y, r, angle, label);
    }

    /** Whichever of two categories comes first in M &gt; O &gt; A &gt; I &gt; R. */
    private static Category first(Category x, Category y) {
        for (Category c : ORDER) {
            if (c == x || c == y) {
                return c;
            }
        }
        return x;
    }

    /** High Better &amp; low |Worse| → A; both high → O; low Better &amp; high |Worse| → M; both low → I. */
    static Optional<Category> quadrant(Coefficients c, double betterThreshold, double worseThreshold) {
        if (Double.isNaN(c.better()) || Double.isNaN(betterThreshold) || Double.isNaN(worseThreshold)) {
            return Optional.empty();
        }
        boolean highB = c.better() >= betterThreshold;
        boolean highW = c.absWorse() >= worseThreshold;
        return Optional.of(highB ? (highW ? Category.O : Category.A) : (highW ? Category.M : Category.I));
    }

    /** O + A + M &gt; I + R + Q → largest of M, O, A (ties M → O → A); else largest of I, R, Q (ties I → R → Q). */
    static Category oamLabel(CategoryCounts c) {
        Category[] branch = c.o() + c.a() + c.m() > c.i() + c.r() + c.q()
                ? new Category[] {Category.M, Category.O, Category.A}
                : new Category[] {Category.I, Category.R, Category.Q};
        Category best = branch[0];
        for (Category x : branch) {
            if (c.get(x) > c.get(best)) {
                best = x;
            }
        }
        return best;
    }

    static ContinuousScores continuous(AttributeTally tally, KanoOptions options, Set<Flag> flags) {
        ContinuousScale scale = options.continuousScale();
        EvaluationTable table = options.table();
        double nan = Double.NaN;
        if (tally == null) {
            flags.add(Flag.NO_ANSWER_PAIRS);
            return new ContinuousScores(scale.name(), 0, nan, nan, nan, nan, Optional.empty());
        }
        if (scale.levels() != table.levels()) {
            flags.add(Flag.CONTINUOUS_SCALE_MISMATCH);
            return new ContinuousScores(scale.name(), 0, nan, nan, nan, nan, Optional.empty());
        }
        int levels = table.levels();
        long pairs = 0;
        // with respondent weights the sums are weighted (each pair's weight; without weights, its count)
        double total = 0;
        double squares = 0;
        double sumF = 0;
        double sumD = 0;
        for (int f = 0; f < levels; f++) {
            for (int d = 0; d < levels; d++) {
                long count = tally.pairCount(f, d);
                if (count == 0 || excluded(table.categoryOf(f, d), options)) {
                    continue;
                }
                double c = tally.weightSum(f, d);
                pairs += count;
                total += c;
                squares += tally.weightSquares(f, d);
                sumF += c * scale.functionalScore(f);
                sumD += c * scale.dysfunctionalScore(d);
            }
        }
        if (pairs == 0) {
            return new ContinuousScores(scale.name(), 0, nan, nan, nan, nan, Optional.empty());
        }
        double meanF = sumF / total;
        double meanD = sumD / total;
        double ssF = 0;
        double ssD = 0;
        for (int f = 0; f < levels; f++) {
            for (int d = 0; d < levels; d++) {
                if (tally.pairCount(f, d) == 0 || excluded(table.categoryOf(f, d), options)) {
                    continue;
                }
                double c = tally.weightSum(f, d);
                double df = scale.functionalScore(f) - meanF;
                double dd = scale.dysfunctionalScore(d) - meanD;
                ssF += c * df * df;
                ssD += c * dd * dd;
            }
        }
        double sdF;
        double sdD;
        if (tally.weighted()) {
            // weighted variance Σw(x − x̄)²/Σw, with the n_eff/(n_eff − 1) correction for the sample SD
            double neff = total * total / squares;
            double correction = options.sampleStandardDeviation() ? neff / (neff - 1) : 1;
            boolean defined = !options.sampleStandardDeviation() || neff > 1;
            sdF = defined ? Math.sqrt(ssF / total * correction) : nan;
            sdD = defined ? Math.sqrt(ssD / total * correction) : nan;
        } else {
            long dof = options.sampleStandardDeviation() ? pairs - 1 : pairs;
            sdF = dof <= 0 ? nan : Math.sqrt(ssF / dof);
            sdD = dof <= 0 ? nan : Math.sqrt(ssD / dof);
        }
        double s = options.continuousSplit();
        Optional<Category> quadrant;
        if (meanF == s || meanD == s) {
            quadrant = Optional.empty();
        } else if (meanF > s) {
            quadrant = Optional.of(meanD < s ? Category.A : Category.O);
        } else {
            quadrant = Optional.of(meanD > s ? Category.M : Category.I);
        }
        return new ContinuousScores(scale.name(), pairs, meanF, sdF, meanD, sdD, quadrant);
    }

    private static boolean excluded(Category c, KanoOptions options) {
        return options.continuousExcludesQuestionableAndReverse() && (c == Category.Q || c == Category.R);
    }
}
