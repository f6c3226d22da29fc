package io.github.kano4j.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import io.github.kano4j.Answer;
import io.github.kano4j.Category;
import io.github.kano4j.Kano;
import io.github.kano4j.stats.Interval;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/METHODS.md worked examples 2, 3 and 4, exact to the printed digits: absolute tolerance 1e-4 (5e-5 where
 * the fourth decimal is printed), relative 0.01 % for p-values below 1e-4.
 */
class WorkedExamplesTest {
    private static final double TOL = 1e-4;

    static final CategoryCounts X1 = CategoryCounts.ofMoairq(52, 61, 30, 41, 4, 2);
    static final CategoryCounts X2 = CategoryCounts.ofMoairq(12, 20, 70, 66, 3, 1);
    static final CategoryCounts X3 = CategoryCounts.ofMoairq(18, 15, 34, 95, 9, 5);

    static CategoryCounts counts(String name) {
        return switch (name) {
            case "X1" -> X1;
            case "X2" -> X2;
            default -> X3;
        };
    }

    static KanoAnalysis example2(KanoOptions options) {
        Map<String, CategoryCounts> m = new LinkedHashMap<>();
        m.put("X1", X1);
        m.put("X2", X2);
        m.put("X3", X3);
        return Kano.analyzeCounts(m, options);
    }

    @ParameterizedTest(name = "{0}: CS {1}, TS {2}, Fong rhs {3}")
    @CsvSource({
        "X1, 0.0474, 0.7526, 14.7024, 1.0100, 0.3125, 0.4519, 11.7826, 0.0082",
        "X2, 0.0233, 0.5930, 14.9626, 0.4411, 0.6591, 0.7971, 65.3333, 4.2565e-14",
        "X3, 0.3466, 0.3807, 14.9163, 6.7477, 1.5e-11, 7.3410e-8, 102.9383, 3.6277e-22"})
    void example2Quantities(String name, double cs, double ts, double rhs, double z, double p, double exactP,
            double chi, double chiP) {
        KanoResult r = example2(KanoOptions.defaults()).result(name).orElseThrow();
        assertThat(r.categoryStrength()).isCloseTo(cs, within(TOL));
        assertThat(r.totalStrength()).isCloseTo(ts, within(TOL));
        assertThat(r.fong().rhs()).isCloseTo(rhs, within(TOL));
        assertThat(r.fong().critical()).isEqualTo(1.65);
        assertThat(r.fong().z()).isCloseTo(z, within(TOL));
        if (p > 1e-4) {
            assertThat(r.fong().p()).isCloseTo(p, within(TOL));
        } else {
            assertThat(r.fong().p()).isLessThan(1e-4);
        }
        if (exactP > 1e-4) {
            assertThat(r.fong().exactP()).isCloseTo(exactP, within(TOL));
        } else {
            assertThat(r.fong().exactP()).isCloseTo(exactP, withPercentage(0.01));
        }
        assertThat(r.chiSquare().statistic()).isCloseTo(chi, within(TOL));
        assertThat(r.chiSquare().df()).isEqualTo(3);
        if (chiP > 1e-4) {
            assertThat(r.chiSquare().p()).isCloseTo(chiP, within(TOL));
        } else {
            assertThat(r.chiSquare().p()).isCloseTo(chiP, withPercentage(0.01));
        }
    }

    @Test
    void example2ExactFractions() {
        KanoAnalysis a = example2(KanoOptions.defaults());
        assertThat(a.result("X1").orElseThrow().categoryStrength()).isEqualTo(9.0 / 190);
        assertThat(a.result("X3").orElseThrow().totalStrength()).isEqualTo(67.0 / 176);
        assertThat(a.result("X1").orElseThrow().chiSquare().statistic()).isCloseTo(271.0 / 23, within(1e-12));
        assertThat(a.result("X2").orElseThrow().chiSquare().statistic()).isCloseTo(196.0 / 3, within(1e-12));
        assertThat(a.result("X3").orElseThrow().chiSquare().statistic()).isCloseTo(8338.0 / 81, within(1e-12));
        assertThat(a.result("X1").orElseThrow().fong().rhs()).isCloseTo(1.65 * Math.sqrt(30171.0 / 380), within(1e-12));
    }

    @ParameterizedTest(name = "{0}: default label {1}, operational {2}, mode {3}, runner-up {4}")
    @CsvSource({
        "X1, MIXED(O/M), M, O, M, true,  FONG_M_O_A_I",
        "X2, MIXED(A/I), A, A, I, true,  FONG_M_O_A_I",
        "X3, I,          I, I, A, false, MODE_FONG_SIGNIFICANT"})
    void example2DefaultRule(String name, String label, Category category, Category mode, Category runnerUp,
            boolean mixed, Decision decision) {
        KanoResult r = example2(KanoOptions.defaults()).result(name).orElseThrow();
        assertThat(r.label()).isEqualTo(label);
        assertThat(r.category()).contains(category);
        assertThat(r.mode()).contains(mode);
        assertThat(r.runnerUp()).contains(runnerUp);
        assertThat(r.mixed()).isEqualTo(mixed);
        assertThat(r.has(Flag.MIXED)).isEqualTo(mixed);
        assertThat(r.decidedBy()).isEqualTo(decision);
        assertThat(r.fong().significant()).isEqualTo(!mixed);
        assertThat(r.fong().verdict()).isEqualTo(mixed ? "not significant" : "significant");
    }

    @ParameterizedTest(name = "{0}: plain {1}, band {2}, aom {3}, quadrant {4}")
    @CsvSource({"X1, O, M, O, M", "X2, A, A, A, A", "X3, I, I, I, I"})
    void example2OtherRulesDisagreeLegitimately(String name, Category plain, Category band, Category aom,
            Category quadrant) {
        assertThat(category(name, ClassificationRule.PLAIN_MODE)).isEqualTo(plain);
        assertThat(category(name, ClassificationRule.STRENGTH_BAND)).isEqualTo(band);
        assertThat(category(name, ClassificationRule.OAM_VS_IRQ)).isEqualTo(aom);
        assertThat(category(name, ClassificationRule.BETTER_WORSE_QUADRANT)).isEqualTo(quadrant);
        KanoResult r = example2(KanoOptions.defaults()).result(name).orElseThrow();
        assertThat(r.oamLabel()).contains(aom);
        assertThat(r.quadrant()).contains(quadrant);
    }

    private static Category category(String name, ClassificationRule rule) {
        return example2(KanoOptions.defaults().withRule(rule)).result(name).orElseThrow().category().orElseThrow();
    }

    @Test
    void example2LowTotalStrengthFlagOnlyOnX3() {
        KanoAnalysis a = example2(KanoOptions.defaults());
        assertThat(a.result("X1").orElseThrow().has(Flag.LOW_TOTAL_STRENGTH)).isFalse();
        assertThat(a.result("X2").orElseThrow().has(Flag.LOW_TOTAL_STRENGTH)).isFalse();
        assertThat(a.result("X3").orElseThrow().has(Flag.LOW_TOTAL_STRENGTH)).isTrue();
    }

    @ParameterizedTest(name = "{0}: Better {1} {2}-{3}, Worse {4}, |Worse| CI {5}-{6}")
    @CsvSource({
        "X1, 0.4946, 0.4232, 0.5662, -0.6141, 0.5421, 0.6815, 0.5543, 0.0272, -0.1196, 0.0484",
        "X2, 0.5357, 0.4603, 0.6095, -0.1905, 0.1383, 0.2565, 0.3631, 0.0255,  0.3452, 0.0469",
        "X3, 0.3025, 0.2370, 0.3771, -0.2037, 0.1489, 0.2722, 0.2531, 0.0259,  0.0988, 0.0438"})
    void example3Coefficients(String name, double better, double bLo, double bHi, double worse, double wLo,
            double wHi, double asc, double ascSe, double asym, double asymSe) {
        Coefficients c = example2(KanoOptions.defaults()).result(name).orElseThrow().coefficients();
        assertThat(c.better()).isCloseTo(better, within(TOL));
        assertThat(c.betterInterval().lower()).isCloseTo(bLo, within(TOL));
        assertThat(c.betterInterval().upper()).isCloseTo(bHi, within(TOL));
        assertThat(c.worse()).isCloseTo(worse, within(TOL));
        assertThat(c.absWorse()).isEqualTo(-c.worse());
        assertThat(c.absWorseInterval().lower()).isCloseTo(wLo, within(TOL));
        assertThat(c.absWorseInterval().upper()).isCloseTo(wHi, within(TOL));
        assertThat(c.worseInterval().lower()).isCloseTo(-wHi, within(TOL));
        assertThat(c.worseInterval().upper()).isCloseTo(-wLo, within(TOL));
        assertThat(c.asc()).isCloseTo(asc, within(TOL));
        assertThat(c.ascSe()).isCloseTo(ascSe, within(TOL));
        assertThat(c.asymmetry()).isCloseTo(asym, within(TOL));
        assertThat(c.asymmetrySe()).isCloseTo(asymSe, within(TOL));
        assertThat(c.betterInterval().method()).isEqualTo("wilson");
        assertThat(c.betterInterval().level()).isEqualTo(0.95);
    }

    @Test
    void example3X1IntermediatesAndExactFractions() {
        Coefficients c = example2(KanoOptions.defaults()).result("X1").orElseThrow().coefficients();
        assertThat(c.better()).isEqualTo(91.0 / 184);
        assertThat(c.worse()).isEqualTo(-113.0 / 184);
        assertThat(c.asc()).isCloseTo(51.0 / 92, within(1e-15));
        assertThat(c.asymmetry()).isCloseTo(-11.0 / 92, within(1e-15));
        double varB = 1.3585e-3;
        double varW = 1.2879e-3;
        double cov = 1.5106e-4;
        assertThat(c.ascSe()).isCloseTo(0.5 * Math.sqrt(varB + varW + 2 * cov), within(1e-5));
        // docs/METHODS.md §7.1 identity: Var(Better - |W|) = (pA + pM - (pA - pM)^2) / n4
        double pA = 30.0 / 184;
        double pM = 52.0 / 184;
        assertThat(c.asymmetrySe()).isCloseTo(Math.sqrt((pA + pM - (pA - pM) * (pA - pM)) / 184), within(1e-15));
    }

    @Test
    void example3QuadrantAtTheMeans() {
        KanoAnalysis a = example2(KanoOptions.defaults().withQuadrantAtMeans());
        assertThat(a.betterThreshold()).isCloseTo(0.4442, within(TOL));
        assertThat(a.worseThreshold()).isCloseTo(0.3361, within(TOL));
        assertThat(a.result("X1").orElseThrow().quadrant()).contains(Category.O);
        assertThat(a.result("X2").orElseThrow().quadrant()).contains(Category.A);
        assertThat(a.result("X3").orElseThrow().quadrant()).contains(Category.I);
        assertThat(a.toString()).contains("quadrantCentre=mean").contains("(means 0.4442 / 0.3361)");
    }

    @Test
    void example4DiscreteAndContinuous() {
        KanoTally t = KanoTally.create();
        String x = "eight respondents";
        t.accept(x, Answer.LIKE, Answer.NEUTRAL)
                .accept(x, Answer.LIKE, Answer.LIVE_WITH)
                .accept(x, Answer.LIKE, Answer.DISLIKE)
                .accept(x, Answer.MUST_BE, Answer.DISLIKE)
                .accept(x, Answer.NEUTRAL, Answer.NEUTRAL)
                .accept(x, Answer.LIKE, Answer.NEUTRAL)
                .accept(x, Answer.LIKE, Answer.LIKE)
                .accept(x, Answer.DISLIKE, Answer.LIKE);
        KanoResult r = Kano.analyze(t, KanoOptions.defaults()).results().get(0);
        assertThat(r.counts()).isEqualTo(new CategoryCounts(3, 1, 1, 1, 1, 1));
        assertThat(r.mode()).contains(Category.A);
        assertThat(r.category()).contains(Category.A);
        assertThat(r.decidedBy()).isEqualTo(Decision.MODE_LOW_N);
        assertThat(r.has(Flag.LOW_N)).isTrue();
        assertThat(r.fong().applicable()).isFalse();
        assertThat(r.fong().z()).isNaN();
        assertThat(r.chiSquare().statistic()).isNaN();
        assertThat(r.better()).isCloseTo(4.0 / 6, within(1e-15));
        assertThat(r.worse()).isCloseTo(-2.0 / 6, within(1e-15));
        ContinuousScores s = r.continuous();
        assertThat(s.pairs()).isEqualTo(6);
        assertThat(s.functionalMean()).isCloseTo(3.0, within(1e-12));
        assertThat(s.functionalSd()).isCloseTo(1.6733, within(TOL));
        assertThat(s.dysfunctionalMean()).isCloseTo(1.6667, within(TOL));
        assertThat(s.dysfunctionalSd()).isCloseTo(1.9664, within(TOL));
        assertThat(s.quadrant()).contains(Category.A);
        assertThat(s.scale()).isEqualTo("dumouchel");
    }

    @Test
    void waldIntervalForComparison() {
        Interval wald = io.github.kano4j.stats.Proportions.wald(91, 184, 0.95);
        assertThat(wald.lower()).isCloseTo(0.4223, within(TOL));
        assertThat(wald.upper()).isCloseTo(0.5668, within(TOL));
    }
}
