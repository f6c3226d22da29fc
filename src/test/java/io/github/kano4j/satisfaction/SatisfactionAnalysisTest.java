package io.github.kano4j.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** docs/METHODS.md worked examples 8, 9 and 10, and the degenerate cases of §9. */
class SatisfactionAnalysisTest {

    /** Worked example 8: the 27-respondent full factorial over ratings {2, 3, 5}, noise-free. */
    static SatisfactionSurvey example8() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("attr1", "attr2", "attr3"));
        int[] levels = {2, 3, 5};
        for (int x1 : levels) {
            for (int x2 : levels) {
                for (int x3 : levels) {
                    double os = 3.0 - 1.0 * low(x1) + 0.0 * high(x1) - 0.2 * low(x2) + 0.8 * high(x2)
                            - 0.5 * low(x3) + 0.5 * high(x3);
                    b.add(os, x1, x2, x3);
                }
            }
        }
        return b.build();
    }

    private static int low(int x) {
        return x <= 2 ? 1 : 0;
    }

    private static int high(int x) {
        return x >= 5 ? 1 : 0;
    }

    @Test
    void example8FirstRowsMatchTheVector() {
        SatisfactionSurvey s = example8();
        assertThat(s.respondents()).isEqualTo(27);
        assertThat(new double[] {s.overall(0), s.overall(1), s.overall(2), s.overall(3), s.overall(4)})
                .containsExactly(new double[] {1.3, 1.8, 2.3, 1.5, 2.0}, within(1e-12));
    }

    @Test
    void example8CoefficientsAndIndicesExactly() {
        SatisfactionAnalysis a = SatisfactionAnalysis.of(example8(), SatisfactionOptions.defaults().withBootstrap(0, 1));
        assertThat(a.scale()).isEqualTo(RatingScale.fivePoint());
        FactorResult r1 = a.result("attr1").orElseThrow();
        FactorResult r2 = a.result("attr2").orElseThrow();
        FactorResult r3 = a.result("attr3").orElseThrow();
        assertThat(r1.penalty().estimate()).isCloseTo(-1.0, within(1e-10));
        assertThat(r1.reward().estimate()).isCloseTo(0.0, within(1e-10));
        assertThat(r2.penalty().estimate()).isCloseTo(-0.2, within(1e-10));
        assertThat(r2.reward().estimate()).isCloseTo(0.8, within(1e-10));
        assertThat(r3.penalty().estimate()).isCloseTo(-0.5, within(1e-10));
        assertThat(r3.reward().estimate()).isCloseTo(0.5, within(1e-10));
        assertThat(r1.riocs()).isCloseTo(1.0, within(1e-10));
        assertThat(r1.sgp()).isCloseTo(0.0, within(1e-10));
        assertThat(r1.dgp()).isCloseTo(1.0, within(1e-10));
        assertThat(r1.ia()).isCloseTo(-1.0, within(1e-10));
        assertThat(r2.sgp()).isCloseTo(0.8, within(1e-10));
        assertThat(r2.dgp()).isCloseTo(0.2, within(1e-10));
        assertThat(r2.ia()).isCloseTo(0.6, within(1e-10));
        assertThat(r3.ia()).isCloseTo(0.0, within(1e-10));
        assertThat(r1.sgp() + r1.dgp()).isCloseTo(1.0, within(1e-12));
        // residuals are zero: R2 = 1; significance is degenerate, so only coefficients and indices are pinned
        assertThat(a.rSquared()).isCloseTo(1.0, within(1e-10));
        assertThat(r1.countLow()).isEqualTo(9);
        assertThat(r1.shareLow()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(r1.mean()).isCloseTo(10.0 / 3, within(1e-12));
    }

    private static ImpactIndices idxOf(double riocs, double sgp, double dgp, double ia) {
        return new ImpactIndices(riocs, sgp, dgp, ia);
    }

    @Test
    void impactIndicesFollowTheirDefinition() {
        ImpactIndices i = ImpactIndices.of(-0.2, 0.8, SatisfactionOptions.SignHandling.ABSOLUTE);
        assertThat(i.riocs()).isCloseTo(1.0, within(1e-12));
        assertThat(i.sgp()).isCloseTo(0.8, within(1e-12));
        assertThat(i.dgp()).isCloseTo(0.2, within(1e-12));
        assertThat(i.ia()).isCloseTo(0.6, within(1e-12));
        ImpactIndices clamped = ImpactIndices.of(0.3, 0.5, SatisfactionOptions.SignHandling.CLAMP);
        assertThat(clamped.riocs()).isCloseTo(0.5, within(1e-12));
        assertThat(clamped.ia()).isCloseTo(1.0, within(1e-12));
        assertThat(ImpactIndices.of(0, 0, SatisfactionOptions.SignHandling.ABSOLUTE).ia()).isNaN();
        assertThat(ImpactIndices.of(Double.NaN, 0.1, SatisfactionOptions.SignHandling.ABSOLUTE).riocs()).isNaN();
    }

    @Test
    void example8TypesFollowTheIaBand() {
        // add noise-free types through the index path: IA -1 / +0.6 / 0 with band 0.2
        double[] riocs = {1, 1, 1};
        assertThat(FactorTypeRule.iaBand(sig(-1.0), sig(0.0), idxOf(1, 0, 1, -1), 1,
                SatisfactionOptions.defaults())).isEqualTo(FactorType.DISSATISFIER);
        assertThat(FactorTypeRule.iaBand(sig(-0.2), sig(0.8), idxOf(1, 0.8, 0.2, 0.6), 1,
                SatisfactionOptions.defaults())).isEqualTo(FactorType.SATISFIER);
        assertThat(FactorTypeRule.iaBand(sig(-0.5), sig(0.5), idxOf(1, 0.5, 0.5, 0), 1,
                SatisfactionOptions.defaults())).isEqualTo(FactorType.HYBRID);
        // |IA| equal to the band is a hybrid; RIOCS below 0.25 x max is low impact
        assertThat(FactorTypeRule.iaBand(sig(-0.4), sig(0.6), idxOf(1, 0.6, 0.4, 0.2), 1,
                SatisfactionOptions.defaults())).isEqualTo(FactorType.HYBRID);
        assertThat(FactorTypeRule.iaBand(sig(-0.03), sig(0.03), idxOf(0.06, 0.5, 0.5, 0), 1,
                SatisfactionOptions.defaults())).isEqualTo(FactorType.LOW_IMPACT);
        assertThat(riocs).hasSize(3);
    }

    private static Coefficient sig(double estimate) {
        return new Coefficient(estimate, 0.01, estimate / 0.01, 0.0001);
    }

    @Test
    void prcaSignificanceRule() {
        SatisfactionOptions o = SatisfactionOptions.defaults();
        Coefficient ns = new Coefficient(0.05, 0.1, 0.5, 0.6);
        assertThat(FactorTypeRule.prcaSignificance(sig(-0.9), ns, 0.001, o)).isEqualTo(FactorType.DISSATISFIER);
        assertThat(FactorTypeRule.prcaSignificance(ns, sig(0.5), 0.001, o)).isEqualTo(FactorType.SATISFIER);
        assertThat(FactorTypeRule.prcaSignificance(sig(-0.5), sig(0.45), 0.4, o)).isEqualTo(FactorType.HYBRID);
        assertThat(FactorTypeRule.prcaSignificance(sig(-0.9), sig(0.2), 0.001, o)).isEqualTo(FactorType.DISSATISFIER);
        assertThat(FactorTypeRule.prcaSignificance(ns, ns, 0.9, o)).isEqualTo(FactorType.LOW_IMPACT);
        assertThat(FactorTypeRule.prcaSignificance(Coefficient.notEstimable(), ns, 0.9, o))
                .isEqualTo(FactorType.UNCLASSIFIED);
    }

    @Test
    void example9Quadratic() {
        QuadraticFit q = new QuadraticFit(2, 1.2, -0.1);
        assertThat(q.saturation(1, 10)).isCloseTo(6.0, within(1e-12));
        assertThat(q.hurdlePoint(0.4, 1, 10)).isCloseTo(4.0, within(1e-12));
        assertThat(q.marginal(4.0)).isCloseTo(0.4, within(1e-12));
        assertThat(new QuadraticFit(2, 1.2, 0.1).saturation(1, 10)).isNaN(); // convex: no saturation
        assertThat(new QuadraticFit(2, 1.2, -0.01).saturation(1, 10)).isNaN(); // 60: outside the scale
    }

    @Test
    void example9QuadraticIsRecoveredFromData() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("x"));
        for (int x = 1; x <= 10; x++) {
            for (int j = 0; j < 5; j++) {
                b.add(2 + 1.2 * x - 0.1 * x * x, x);
            }
        }
        SatisfactionAnalysis a = SatisfactionAnalysis.of(b.build(),
                SatisfactionOptions.defaults().withScale(new RatingScale(1, 10, 4, 9)).withBootstrap(0, 1));
        QuadraticFit q = a.results().get(0).quadratic();
        assertThat(q.b1()).isCloseTo(1.2, within(1e-9));
        assertThat(q.b2()).isCloseTo(-0.1, within(1e-9));
        assertThat(q.saturation(1, 10)).isCloseTo(6.0, within(1e-8));
    }

    @Test
    void example9HingeKnotAndSlopes() {
        // beta1 = 0.8, beta2 = -0.75, knot 3 on a 5-point scale, noise-free
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("cleanliness"));
        for (int x = 1; x <= 5; x++) {
            for (int j = 0; j < 10; j++) {
                b.add(1.0 + 0.8 * x - 0.75 * Math.max(0, x - 3), x);
            }
        }
        FactorResult r = SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults().withBootstrap(0, 1))
                .results().get(0);
        assertThat(r.hinge().knot()).isEqualTo(3.0);
        assertThat(r.hinge().slopeBelow()).isCloseTo(0.80, within(1e-10));
        assertThat(r.hinge().slopeAbove()).isCloseTo(0.05, within(1e-10));
        assertThat(r.hinge().shape()).isEqualTo(HingeFit.Shape.LEVELS_OFF);
    }

    @Test
    void example10ImportancePerformanceQuadrants() {
        assertThat(IpaQuadrant.of(0.90, 3.4, 0.50, 3.80)).contains(IpaQuadrant.CONCENTRATE_HERE);
        assertThat(IpaQuadrant.of(0.85, 4.4, 0.50, 3.80)).contains(IpaQuadrant.KEEP_UP_THE_GOOD_WORK);
        assertThat(IpaQuadrant.of(0.06, 4.2, 0.50, 3.80)).contains(IpaQuadrant.POSSIBLE_OVERKILL);
        assertThat(IpaQuadrant.of(0.20, 3.1, 0.50, 3.80)).contains(IpaQuadrant.LOW_PRIORITY);
        assertThat(IpaQuadrant.of(0.50, 3.80, 0.50, 3.80)).contains(IpaQuadrant.KEEP_UP_THE_GOOD_WORK);
        assertThat(IpaQuadrant.of(Double.NaN, 3.8, 0.5, 3.8)).isEmpty();
        assertThat(IpaQuadrant.CONCENTRATE_HERE.displayName()).isEqualTo("Concentrate here");
    }

    @Test
    void nobodyRatedLowGivesAnEmptyZoneNotAnException() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a", "b"));
        java.util.Random rng = new java.util.Random(4);
        for (int j = 0; j < 200; j++) {
            int a = 3 + rng.nextInt(3);      // 3..5: nobody in the low zone
            int bb = 1 + rng.nextInt(5);
            b.add(5 + (a == 5 ? 1 : 0) - (bb <= 2 ? 1 : 0) + rng.nextGaussian() * 0.3, a, bb);
        }
        SatisfactionAnalysis s = SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults().withBootstrap(50, 1));
        FactorResult a = s.result("a").orElseThrow();
        assertThat(a.penalty().isEstimable()).isFalse();
        assertThat(a.riocs()).isNaN();
        assertThat(a.factorType()).isEqualTo(FactorType.UNCLASSIFIED);
        assertThat(a.flags()).contains(SatisfactionFlag.EMPTY_ZONE);
        assertThat(s.result("b").orElseThrow().factorType()).isEqualTo(FactorType.DISSATISFIER);
    }

    @Test
    void constantOverallRatingIsDocumentedNotAnError() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a"));
        for (int x = 1; x <= 5; x++) {
            for (int j = 0; j < 4; j++) {
                b.add(7, x);
            }
        }
        SatisfactionAnalysis s = SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults().withBootstrap(20, 1));
        FactorResult r = s.results().get(0);
        assertThat(s.flags()).contains(SatisfactionFlag.CONSTANT_OVERALL);
        assertThat(s.rSquared()).isNaN();
        assertThat(r.riocs()).isEqualTo(0.0);
        assertThat(r.ia()).isNaN();
        assertThat(r.factorType()).isEqualTo(FactorType.LOW_IMPACT);
    }

    @Test
    void fewerRespondentsThanParametersIsDocumentedNotAnError() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a", "b"));
        b.add(3, 1, 5);
        b.add(4, 5, 1);
        SatisfactionAnalysis s = SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults());
        assertThat(s.flags()).contains(SatisfactionFlag.TOO_FEW_RESPONDENTS);
        assertThat(s.results()).allSatisfy(r -> {
            assertThat(r.penalty().isEstimable()).isFalse();
            assertThat(r.factorType()).isEqualTo(FactorType.UNCLASSIFIED);
        });
        assertThat(s.toString()).contains("TOO_FEW_RESPONDENTS");
        SatisfactionAnalysis empty = SatisfactionAnalysis.of(SatisfactionSurvey.builder(List.of("a")).build(),
                SatisfactionOptions.defaults());
        assertThat(empty.n()).isZero();
        assertThat(empty.flags()).contains(SatisfactionFlag.TOO_FEW_RESPONDENTS);
    }

    @Test
    void collinearDummiesFailWithTheAttributeNames() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a", "twin"));
        java.util.Random rng = new java.util.Random(2);
        for (int j = 0; j < 60; j++) {
            int x = 1 + rng.nextInt(5);
            b.add(rng.nextGaussian(), x, x);
        }
        assertThatThrownBy(() -> SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collinear").hasMessageContaining("\"twin\"");
    }

    @Test
    void scalesAndMissingRatings() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a"));
        assertThat(b.add(Double.NaN, 3)).isFalse();
        assertThat(b.add(5, Double.NaN)).isFalse();
        assertThat(b.add(5, 3)).isTrue();
        SatisfactionSurvey s = b.build();
        assertThat(s.report().rowsRead()).isEqualTo(3);
        assertThat(s.report().rowsUsed()).isEqualTo(1);
        assertThat(s.report().reconciles()).isTrue();
        assertThatThrownBy(() -> RatingScale.withDefaultCuts(1, 7)).hasMessageContaining("declare them").hasMessageNotContaining("--");
        assertThatThrownBy(() -> SatisfactionSurvey.builder(List.of("a")).add(1, 2.5))
                .hasMessageContaining("whole numbers");
        SatisfactionSurvey.Builder seven = SatisfactionSurvey.builder(List.of("a"));
        seven.add(3, 7);
        seven.add(3, 1);
        assertThatThrownBy(() -> SatisfactionAnalysis.of(seven.build(), SatisfactionOptions.defaults()
                .withScale(RatingScale.fivePoint()))).hasMessageContaining("outside the declared scale 1-5");
    }
}
