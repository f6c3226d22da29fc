package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.Proportions;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Gamma;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies one attribute from its category counts (and, when available, its answer-pair tally)
 * following METHODS.md §2.7. A pure function: same counts and options, same result.
 */
final class KanoClassifier {
    /** The candidates of the mode in the tie order M &gt; O &gt; A &gt; I &gt; R (METHODS.md §2.1). */
    private static final Category[] ORDER = {Category.M, Category.O, Category.A, Category.I, Category.R};

    private KanoClassifier() {
    }

    static KanoResult classify(String attribute, CategoryCounts counts, AttributeTally tally, KanoOptions options,
            double betterThreshold, double worseThreshold) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        long n = counts.n();
        long n4 = counts.n4();

        // Rank M, O, A, I, R by count; a stable sort over ORDER breaks ties M > O > A > I > R.
        Category[] ranked = ORDER.clone();
        java.util.Arrays.sort(ranked, (x, y) -> Long.compare(counts.get(y), counts.get(x)));
        Category top1 = ranked[0];
        Category top2 = ranked[1];
        long a = counts.get(top1);
        long b = counts.get(top2);

        double cs = n == 0 ? Double.NaN : (double) (a - b) / n;
        double ts = n == 0 ? Double.NaN : (double) (counts.a() + counts.o() + counts.m()) / n;
        FongTest fong = fong(a, b, n, n4, options);
        GoodnessOfFit chi = chiSquare(counts, options);
        Coefficients coefficients = coefficients(counts, options);
        Optional<Category> quadrant = quadrant(coefficients, betterThreshold, worseThreshold);
        Optional<Category> oam = n == 0 ? Optional.empty() : Optional.of(oamLabel(counts));
        ContinuousScores continuous = continuous(tally, options, flags);
        double importanceMean = tally == null ? Double.NaN : tally.importanceMean();
        long importanceCount = tally == null ? 0 : tally.importanceCount();

        Optional<Category> mode = a > 0 ? Optional.of(top1) : Optional.empty();
        Optional<Category> runnerUp = n == 0 ? Optional.empty() : Optional.of(top2);
        boolean mixed = fong.applicable() && !fong.significant();

        if (n > 0) {
            if (a > 0 && a == b) {
                flags.add(Flag.TIE);
            }
            if (fong.applicable() && !fong.significant()) {
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
        }
        if (tally != null && tally.questionableByPolicy() > 0) {
            flags.add(Flag.COUNTED_AS_Q_BY_POLICY);
        }
        if (options.denominator() == KanoOptions.Denominator.ALL) {
            flags.add(Flag.DENOMINATOR_ALL);
        }

        Category category;
        String label;
        Decision decision;
        long q = counts.q();
        long othersMax = a;
        if (n == 0) {
            flags.add(Flag.EMPTY);
            return new KanoResult(attribute, counts, Optional.empty(), "UNCLASSIFIED", mode, runnerUp, false,
                    Decision.EMPTY, cs, ts, fong, chi, quadrant, oam, coefficients, continuous, importanceMean,
                    importanceCount, betterThreshold, worseThreshold, flags, options);
        } else if (options.rule() != ClassificationRule.OAM_VS_IRQ && options.questionableGuard() && q > 0
                && q >= othersMax) {
            flags.add(Flag.HIGH_Q);
            category = Category.Q;
            label = "Q";
            decision = Decision.Q_GUARD;
        } else if (options.rule() != ClassificationRule.OAM_VS_IRQ && othersMax == 0) {
            category = Category.Q;
            label = "Q";
            decision = Decision.ONLY_QUESTIONABLE;
        } else {
            switch (options.rule()) {
                case PLAIN_MODE -> {
                    category = top1;
                    label = top1.letter();
                    decision = Decision.PLAIN_MODE;
                }
                case STRENGTH_BAND -> {
                    if (cs > options.strengthBand()) {
                        category = top1;
                        label = top1.letter();
                        decision = Decision.STRENGTH_BAND_MODE;
                    } else {
                        category = first(top1, top2);
                        label = "MIXED(" + top1.letter() + "/" + top2.letter() + ")";
                        decision = Decision.STRENGTH_BAND_M_O_A_I;
                    }
                }
                case OAM_VS_IRQ -> {
                    category = oam.orElseThrow();
                    label = category.letter();
                    decision = Decision.OAM_VS_IRQ;
                }
                case BETTER_WORSE_QUADRANT -> {
                    if (quadrant.isPresent()) {
                        category = quadrant.get();
                        decision = Decision.BETTER_WORSE_QUADRANT;
                    } else {
                        category = top1;
                        decision = Decision.QUADRANT_FALLBACK_MODE;
                    }
                    label = category.letter();
                }
                default -> {
                    if (!fong.applicable()) {
                        category = top1;
                        label = top1.letter();
                        decision = Decision.MODE_LOW_N;
                    } else if (fong.significant()) {
                        category = top1;
                        label = top1.letter();
                        decision = Decision.MODE_FONG_SIGNIFICANT;
                    } else {
                        category = first(top1, top2);
                        label = "MIXED(" + top1.letter() + "/" + top2.letter() + ")";
                        decision = Decision.FONG_M_O_A_I;
                    }
                }
            }
        }
        return new KanoResult(attribute, counts, Optional.of(category), label, mode, runnerUp, mixed, decision, cs, ts,
                fong, chi, quadrant, oam, coefficients, continuous, importanceMean, importanceCount, betterThreshold,
                worseThreshold, flags, options);
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

    static FongTest fong(long a, long b, long n, long n4, KanoOptions options) {
        double exactP = Double.NaN;
        if (a + b > 0) {
            // P(X >= a) for X ~ Bin(a + b, 1/2) equals P(X <= b) by symmetry; the lower tail keeps precision.
            BinomialDistribution bin = new BinomialDistribution(null, (int) Math.min(Integer.MAX_VALUE, a + b), 0.5);
            exactP = Math.min(1.0, 2 * bin.cumulativeProbability((int) Math.min(Integer.MAX_VALUE, b)));
        }
        double c = options.fongCritical();
        if (n4 < options.minimumN4() || n == 0) {
            return new FongTest(a, b, n, c, Double.NaN, Double.NaN, Double.NaN, Double.NaN, exactP, false, false);
        }
        double se = Math.sqrt((double) (a + b) * (2.0 * n - a - b) / (2.0 * n));
        double lhs = Math.abs(a - b);
        double rhs = c * se;
        double z = se == 0 ? Double.NaN : lhs / se;
        return new FongTest(a, b, n, c, lhs, rhs, z, Proportions.twoSidedNormalP(z), exactP, true, lhs >= rhs && se > 0);
    }

    static GoodnessOfFit chiSquare(CategoryCounts counts, KanoOptions options) {
        long n4 = counts.n4();
        if (n4 < options.minimumN4() || n4 == 0) {
            return new GoodnessOfFit(Double.NaN, 3, Double.NaN, false);
        }
        double e = n4 / 4.0;
        double stat = 0;
        for (long x : new long[] {counts.m(), counts.o(), counts.a(), counts.i()}) {
            stat += (x - e) * (x - e) / e;
        }
        // upper tail of chi-square(3) = Q(3/2, stat/2), the regularized upper incomplete gamma, exact in the tail
        return new GoodnessOfFit(stat, 3, Gamma.regularizedGammaQ(1.5, stat / 2), true);
    }

    static Coefficients coefficients(CategoryCounts counts, KanoOptions options) {
        long d = options.denominator() == KanoOptions.Denominator.ALL ? counts.n() : counts.n4();
        double level = options.confidence();
        if (d == 0) {
            Interval u = Interval.undefined(level, "wilson");
            double nan = Double.NaN;
            return new Coefficients(0, nan, nan, nan, u, u, u, nan, nan, nan, nan, nan);
        }
        long betterK = counts.a() + counts.o();
        long worseK = counts.o() + counts.m();
        double better = (double) betterK / d;
        double absWorse = (double) worseK / d;
        double pO = (double) counts.o() / d;
        double varB = better * (1 - better) / d;
        double varW = absWorse * (1 - absWorse) / d;
        double cov = (pO - better * absWorse) / d;
        Interval betterCi = Proportions.wilson(betterK, d, level);
        Interval absWorseCi = Proportions.wilson(worseK, d, level);
        return new Coefficients(d, better, absWorse == 0 ? 0.0 : -absWorse, absWorse, betterCi, absWorseCi,
                absWorseCi.negate(), better + absWorse, (better + absWorse) / 2,
                0.5 * Math.sqrt(Math.max(0, varB + varW + 2 * cov)), better - absWorse,
                Math.sqrt(Math.max(0, varB + varW - 2 * cov)));
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
        double sumF = 0;
        double sumD = 0;
        for (int f = 0; f < levels; f++) {
            for (int d = 0; d < levels; d++) {
                long c = tally.pairCount(f, d);
                if (c == 0 || excluded(table.categoryOf(f, d), options)) {
                    continue;
                }
                pairs += c;
                sumF += c * scale.functionalScore(f);
                sumD += c * scale.dysfunctionalScore(d);
            }
        }
        if (pairs == 0) {
            return new ContinuousScores(scale.name(), 0, nan, nan, nan, nan, Optional.empty());
        }
        double meanF = sumF / pairs;
        double meanD = sumD / pairs;
        double ssF = 0;
        double ssD = 0;
        for (int f = 0; f < levels; f++) {
            for (int d = 0; d < levels; d++) {
                long c = tally.pairCount(f, d);
                if (c == 0 || excluded(table.categoryOf(f, d), options)) {
                    continue;
                }
                double df = scale.functionalScore(f) - meanF;
                double dd = scale.dysfunctionalScore(d) - meanD;
                ssF += c * df * df;
                ssD += c * dd * dd;
            }
        }
        long dof = options.sampleStandardDeviation() ? pairs - 1 : pairs;
        double sdF = dof <= 0 ? nan : Math.sqrt(ssF / dof);
        double sdD = dof <= 0 ? nan : Math.sqrt(ssD / dof);
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
