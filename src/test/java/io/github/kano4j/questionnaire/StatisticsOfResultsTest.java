package io.github.kano4j.questionnaire;

import io.github.kano4j.report.Report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.Answer;
import io.github.kano4j.Category;
import io.github.kano4j.Kano;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Intervals, bootstrap, importance, Yang, analytical Kano and segments on results (docs/METHODS.md §4.3, §5.1, §7). */
class StatisticsOfResultsTest {
    private static final double TOL = 1e-4;

    @Test
    void analyticalKanoOfWorkedExample4() {
        KanoTally t = KanoTally.create();
        String x = "x";
        t.accept(x, Answer.LIKE, Answer.NEUTRAL).accept(x, Answer.LIKE, Answer.LIVE_WITH)
                .accept(x, Answer.LIKE, Answer.DISLIKE).accept(x, Answer.MUST_BE, Answer.DISLIKE)
                .accept(x, Answer.NEUTRAL, Answer.NEUTRAL).accept(x, Answer.LIKE, Answer.NEUTRAL)
                .accept(x, Answer.LIKE, Answer.LIKE).accept(x, Answer.DISLIKE, Answer.LIKE);
        AnalyticalKano a = Kano.analyze(t, KanoOptions.defaults()).results().get(0).analyticalKano();
        assertThat(a.weighted()).isFalse();
        assertThat(a.pairs()).isEqualTo(6);
        assertThat(a.y()).isCloseTo(0.75, within(1e-12));
        assertThat(a.x()).isCloseTo(0.4167, within(TOL));
        assertThat(a.radius()).isCloseTo(0.8580, within(TOL));
        assertThat(a.angle()).isCloseTo(60.9454, within(TOL));
        assertThat(a.label()).contains(Category.A);
        // alpha is within 1 degree of the A/O boundary: moving the cut-off to 61 degrees makes it O
        AnalyticalKano shifted = Kano.analyze(t, KanoOptions.defaults().toBuilder().analyticalCutoffs(0.2, 30, 61).build())
                .results().get(0).analyticalKano();
        assertThat(shifted.label()).contains(Category.O);
    }

    @Test
    void analyticalKanoWeightsByNormalisedImportance() {
        AttributeTally t = AttributeTally.create()
                .acceptLevelsWithImportance(0, 4, 9)   // O: x = 1, y = 1, w = 1
                .acceptLevelsWithImportance(1, 4, 3);  // M: x = 1, y = 0.5, w = 1/3
        KanoTally k = KanoTally.create();
        k.declare("x").combine(t);
        AnalyticalKano a = Kano.analyze(k, KanoOptions.defaults()).results().get(0).analyticalKano();
        assertThat(a.weighted()).isTrue();
        assertThat(a.scaleMax()).isEqualTo(9.0);
        assertThat(a.x()).isCloseTo((1 + 1.0 / 3) / 2, within(1e-12));
        assertThat(a.y()).isCloseTo((1 + 0.5 / 3) / 2, within(1e-12));
        AnalyticalKano declared = Kano.analyze(k, KanoOptions.defaults().toBuilder().importanceScaleMax(10).build()).results().get(0)
                .analyticalKano();
        assertThat(declared.x()).isCloseTo((0.9 + 0.3) / 2, within(1e-12));
    }

    @Test
    void importanceSummaryWithTInterval() {
        KanoTally k = KanoTally.create();
        AttributeTally t = k.declare("x");
        t.acceptLevels(0, 4);
        for (int r : new int[] {7, 8, 9, 6, 8}) {
            t.acceptImportance(r);
        }
        ImportanceSummary s = Kano.analyze(k, KanoOptions.defaults()).results().get(0).importance();
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.mean()).isEqualTo(7.6);
        assertThat(s.sd()).isCloseTo(Math.sqrt(1.3), within(1e-12));
        // t(4; 0.975) = 2.776445
        assertThat(s.interval().lower()).isCloseTo(7.6 - 2.776445 * Math.sqrt(1.3 / 5), within(1e-5));
        assertThat(s.interval().method()).isEqualTo("t");
    }

    @Test
    void yangRefinedCategoriesOfWorkedExample5() {
        // mean importance over attributes = (7.8 + 4.1 + 6.5 + 5.6) / 4 = 6.0
        Map<String, int[]> spec = new LinkedHashMap<>();
        KanoTally k = KanoTally.create();
        addAttribute(k, "A1", 1, 4, 78);   // must-be pairs, importance 7.8 (ratings as tenths)
        addAttribute(k, "A2", 1, 4, 41);
        addAttribute(k, "A3", 0, 2, 65);   // attractive
        addAttribute(k, "A4", 2, 2, 56);   // indifferent, importance 5.6
        KanoAnalysis a = Kano.analyze(k, KanoOptions.defaults());
        assertThat(a.importanceSplit()).isCloseTo(60.0, within(1e-12));
        assertThat(a.result("A1").orElseThrow().yangCategory()).contains(YangCategory.CRITICAL);
        assertThat(a.result("A2").orElseThrow().yangCategory()).contains(YangCategory.NECESSARY);
        assertThat(a.result("A3").orElseThrow().yangCategory()).contains(YangCategory.HIGHLY_ATTRACTIVE);
        assertThat(a.result("A4").orElseThrow().yangCategory()).contains(YangCategory.CARE_FREE);
        assertThat(spec).isEmpty();
        assertThat(YangCategory.of(Category.I, true)).contains(YangCategory.POTENTIAL);
        assertThat(YangCategory.of(Category.R, true)).isEmpty();
    }

    private static void addAttribute(KanoTally k, String name, int f, int d, int importance) {
        for (int j = 0; j < 20; j++) {
            k.declare(name).acceptLevelsWithImportance(f, d, importance);
        }
    }

    @Test
    void bootstrapIsSeededDeterministicAndReportsStability() {
        Map<String, CategoryCounts> counts = new LinkedHashMap<>();
        counts.put("X1", WorkedExamplesTest.X1);
        counts.put("X3", WorkedExamplesTest.X3);
        KanoOptions o = KanoOptions.defaults().withBootstrap(2000, 7L);
        KanoAnalysis first = Kano.analyzeCounts(counts, o);
        KanoAnalysis second = Kano.analyzeCounts(counts, o);
        assertThat(Report.csv(first)).isEqualTo(Report.csv(second));
        assertThat(first.toString()).isEqualTo(second.toString());
        BootstrapSummary x1 = first.result("X1").orElseThrow().bootstrap().orElseThrow();
        BootstrapSummary x3 = first.result("X3").orElseThrow().bootstrap().orElseThrow();
        assertThat(x1.replicates()).isEqualTo(2000);
        assertThat(x3.stability()).isGreaterThan(0.99); // significant I mode
        assertThat(x1.stability()).isBetween(0.5, 1.0);
        // percentile interval close to the Wilson interval [0.4232, 0.5662] for n4 = 184
        assertThat(x1.better().lower()).isCloseTo(0.4232, within(0.015));
        assertThat(x1.better().upper()).isCloseTo(0.5662, within(0.015));
        assertThat(x1.categoryShares().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        KanoAnalysis otherSeed = Kano.analyzeCounts(counts, KanoOptions.defaults().withBootstrap(2000, 8L));
        assertThat(otherSeed.result("X1").orElseThrow().bootstrap().orElseThrow().better())
                .isNotEqualTo(x1.better());
    }

    @Test
    void bootstrapCountsUndefinedReplicatesAndFlagsLowStability() {
        // n4 small relative to R: some replicates have n4 = 0
        KanoResult r = Kano.classify("x", CategoryCounts.ofMoairq(0, 0, 1, 0, 6, 0),
                KanoOptions.defaults().withBootstrap(1000, 3L));
        BootstrapSummary b = r.bootstrap().orElseThrow();
        assertThat(b.undefined()).isGreaterThan(0).isLessThan(1000);
        KanoResult mixed = Kano.classify("y", CategoryCounts.ofMoairq(30, 31, 0, 29, 0, 0),
                KanoOptions.defaults().withBootstrap(1000, 3L).withRule(ClassificationRule.PLAIN_MODE));
        assertThat(mixed.stability()).isLessThan(0.7);
        assertThat(mixed.flags()).contains(Flag.LOW_STABILITY);
    }

    @Test
    void wilsonIntervalCoversTheTrueBetterAbout95PercentOfTheTime() {
        // 2,000 seeded simulated surveys of n = 150 from a known category mix; true Better = 0.55
        double[] p = {0.30, 0.25, 0.25, 0.15, 0.03, 0.02}; // A, O, M, I, R, Q
        double trueBetter = (p[0] + p[1]) / (p[0] + p[1] + p[2] + p[3]);
        double trueAbsWorse = (p[1] + p[2]) / (p[0] + p[1] + p[2] + p[3]);
        Random rng = new Random(20261122L);
        int coveredB = 0;
        int coveredW = 0;
        int surveys = 2000;
        for (int s = 0; s < surveys; s++) {
            long[] c = new long[6];
            for (int j = 0; j < 150; j++) {
                double u = rng.nextDouble();
                int k = 0;
                double cum = p[0];
                while (u >= cum && k < 5) {
                    cum += p[++k];
                }
                c[k]++;
            }
            KanoResult r = Kano.classify("x", new CategoryCounts(c[0], c[1], c[2], c[3], c[4], c[5]));
            if (r.coefficients().betterInterval().contains(trueBetter)) {
                coveredB++;
            }
            if (r.coefficients().absWorseInterval().contains(trueAbsWorse)) {
                coveredW++;
            }
        }
        assertThat(coveredB / (double) surveys).isBetween(0.93, 0.97);
        assertThat(coveredW / (double) surveys).isBetween(0.93, 0.97);
    }

    @Test
    void segmentComparisonOfWorkedExample11() {
        Map<String, Map<String, CategoryCounts>> segments = new LinkedHashMap<>();
        segments.put("segment 1", Map.of("X", CategoryCounts.ofMoairq(40, 30, 20, 10, 0, 0)));
        segments.put("segment 2", Map.of("X", CategoryCounts.ofMoairq(20, 30, 30, 20, 0, 0)));
        SegmentComparison c = SegmentComparison.ofCounts("segment", segments, KanoOptions.defaults());
        SegmentComparison.SegmentTest t = c.test("X").orElseThrow();
        assertThat(t.homogeneity().statistic()).isCloseTo(12.0, within(1e-12));
        assertThat(t.homogeneity().p()).isCloseTo(0.0074, within(TOL));
        assertThat(t.holmP()).isEqualTo(t.homogeneity().p());
        assertThat(t.betterDifference().orElseThrow().z()).isCloseTo(-1.4213, within(TOL));
        assertThat(t.absWorseDifference().orElseThrow().z()).isCloseTo(2.8868, within(TOL));
        assertThat(t.absWorseDifference().orElseThrow().interval().lower()).isCloseTo(0.0642, within(TOL));
        assertThat(t.categories()).containsEntry("segment 1", java.util.Optional.of(Category.M));
        assertThat(t.categoryDrift()).isTrue();
        assertThat(c.toString()).contains("Segments by segment").contains("12.0000");
    }

    @Test
    void wavesAreComparedLikeSegments() {
        KanoTally w1 = KanoTally.create();
        KanoTally w2 = KanoTally.create();
        for (int j = 0; j < 60; j++) {
            w1.accept("app", Answer.LIKE, Answer.NEUTRAL);   // A
            w2.accept("app", Answer.LIKE, Answer.DISLIKE);   // O: attractive became one-dimensional
        }
        SegmentComparison c = SegmentComparison.ofWaves("2025", w1, "2026", w2, KanoOptions.defaults());
        SegmentComparison.SegmentTest t = c.test("app").orElseThrow();
        assertThat(t.categoryDrift()).isTrue();
        assertThat(t.categories().values()).containsExactly(java.util.Optional.of(Category.A),
                java.util.Optional.of(Category.O));
        assertThat(t.homogeneity().statistic()).isCloseTo(120.0, within(1e-9));
        assertThat(c.name()).isEqualTo("wave");
    }

    @Test
    void highQuestionableAndReverseSharesAreFlagged() {
        KanoResult r = Kano.classify("x", CategoryCounts.ofMoairq(40, 20, 10, 10, 10, 10));
        assertThat(r.flags()).contains(Flag.HIGH_Q_SHARE, Flag.HIGH_R_SHARE);
        KanoResult low = Kano.classify("y", CategoryCounts.ofMoairq(40, 20, 10, 20, 1, 1));
        assertThat(low.flags()).doesNotContain(Flag.HIGH_Q_SHARE, Flag.HIGH_R_SHARE);
    }
}
