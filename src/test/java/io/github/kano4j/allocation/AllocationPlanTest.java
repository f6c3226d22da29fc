package io.github.kano4j.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.Category;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.FactorType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Tiers, budget policies, reasons for no decision, boundaries as numbers (docs/METHODS.md §8.5, §8.6). */
class AllocationPlanTest {

    private static AllocationDecision alone(AttributeEvidence e, AllocationOptions o) {
        return AllocationPlan.of(List.of(e), o).decisions().get(0);
    }

    private static AttributeEvidence kano(String name, Category c, double better, double absWorse) {
        return AttributeEvidence.empty(name).withKano(c, c.letter(), false, better, absWorse, Double.NaN);
    }

    @Test
    void example12PrioritiesUnderBothPolicies() {
        AllocationPlan floors = AllocationPlan.of(AllocationTest.example12(), AllocationOptions.defaults());
        assertThat(floors.decision("Cleanliness").orElseThrow().priority()).isEqualTo(1);
        assertThat(floors.decision("Staff friendliness").orElseThrow().priority()).isEqualTo(2);
        assertThat(floors.decision("Surprise upgrade").orElseThrow().priority()).isEqualTo(3);
        AllocationPlan gain = AllocationPlan.of(AllocationTest.example12(),
                AllocationOptions.defaults().withPolicy(BudgetPolicy.GAIN_PER_COST));
        assertThat(gain.decision("Cleanliness").orElseThrow().priority()).isEqualTo(1);
        assertThat(gain.decision("Surprise upgrade").orElseThrow().priority()).isEqualTo(2);
        assertThat(gain.decision("Staff friendliness").orElseThrow().priority()).isEqualTo(3);
        assertThat(gain.options().provenance()).contains("policy=gain-per-cost", "penaltyWeight=1", "tau=0.1");
    }

    @Test
    void eachTierFiresAlone() {
        AllocationOptions o = AllocationOptions.defaults();
        AllocationDecision floor = alone(kano("m", Category.M, 0.3, 0.8).withPerformance(3.0, 0.25, 0.2), o);
        assertThat(floor.tier()).contains(Tier.FLOOR);
        AllocationDecision oFloor = alone(kano("o", Category.O, 0.6, 0.6).withPerformance(4.0, 0.15, 0.5)
                .withFacts(3.5, Double.NaN, Double.NaN), o);
        assertThat(oFloor.tier()).contains(Tier.FLOOR);   // at the benchmark, but the low zone is breached
        AllocationDecision shortfall = alone(kano("o", Category.O, 0.6, 0.6).withPerformance(3.5, 0.05, 0.2)
                .withFacts(3.9, Double.NaN, Double.NaN), o);
        assertThat(shortfall.tier()).contains(Tier.SHORTFALL);
        AllocationTest.assertBoundary(shortfall.target(), Boundary.Metric.MEAN, 3.9);
        assertThat(shortfall.target().orElseThrow().current()).isEqualTo(3.5);
        assertThat(shortfall.target().orElseThrow().gap()).isCloseTo(0.4, within(1e-12));
        assertThat(shortfall.sentence()).startsWith("Then: improve 'o' until its mean reaches the benchmark of 3.90");
        AllocationDecision delight = alone(kano("a", Category.A, 0.6, 0.2).withPerformance(3.0, 0.1, 0.1), o);
        assertThat(delight.tier()).contains(Tier.DELIGHT);
        assertThat(delight.sentence()).startsWith("Then, selectively: invest in 'a'");
    }

    @Test
    void eachReasonForNoDecisionFiresAlone() {
        AllocationOptions o = AllocationOptions.defaults();
        AllocationDecision mixed = alone(AttributeEvidence.empty("x").withKano(Category.A, Category.I, "MIXED(A/I)",
                true, 0.53, 0.2, Double.NaN).withPerformance(3.0, 0.2, 0.1), o);
        assertThat(mixed.reason()).contains(NoDecisionReason.MIXED_CATEGORY);
        AllocationDecision unstable = alone(AttributeEvidence.empty("x").withKano(Category.A, Category.I, "A", false,
                0.6, 0.2, 0.5).withPerformance(3.0, 0.2, 0.1), o);
        assertThat(unstable.reason()).contains(NoDecisionReason.UNSTABLE_CATEGORY);
        AllocationDecision disagree = alone(kano("x", Category.A, 0.6, 0.2).withFactor(FactorType.HYBRID, -0.5, 0.5,
                true, 1, 0).withPerformance(3.0, 0.05, 0.1), o);
        assertThat(disagree.reason()).contains(NoDecisionReason.SURVEYS_DISAGREE);
        AllocationDecision noData = alone(kano("x", Category.M, 0.3, 0.8), o);
        assertThat(noData.reason()).contains(NoDecisionReason.NO_PERFORMANCE_DATA);
        assertThat(noData.floor()).isPresent();
        assertThat(noData.sentence()).contains("its category is known but its current performance is not")
                .contains("share_low <= 0.1000").doesNotContain("mixed");
        AllocationDecision none = alone(AttributeEvidence.empty("x"), o);
        assertThat(none.reason()).contains(NoDecisionReason.NO_CATEGORY_EVIDENCE);
        AllocationDecision q = alone(kano("x", Category.Q, 0.3, 0.3).withPerformance(3, 0.2, 0.2), o);
        assertThat(q.reason()).contains(NoDecisionReason.QUESTIONABLE);
    }

    @Test
    void aFloorBothReadingsShareIsFixedEvenWhenTheCategoryIsMixed() {
        AllocationDecision d = alone(AttributeEvidence.empty("x").withKano(Category.M, Category.O, "MIXED(O/M)", true,
                0.49, 0.61, Double.NaN).withPerformance(3.0, 0.3, 0.2), AllocationOptions.defaults());
        assertThat(d.ruleIds()).containsExactly("R9", "R3");
        assertThat(d.strategy()).isEqualTo(Strategy.INCREASE);
        assertThat(d.tier()).contains(Tier.FLOOR);
    }

    @Test
    void aLevellingOffMustBeHasItsKnotAsCeiling() {
        AllocationDecision d = alone(AttributeEvidence.empty("x").withFactor(FactorType.DISSATISFIER, -1.2, 0.1, false,
                1.3, -0.85).withPerformance(3.3, 0.2, 0.2).withLevelOff(4, 0.45), AllocationOptions.defaults());
        assertThat(d.floor().orElseThrow().metricCode()).isEqualTo("share_below_4");
        assertThat(d.floor().orElseThrow().current()).isEqualTo(0.45);
        assertThat(d.ceiling().orElseThrow().code()).isEqualTo("rating <= 4");
        assertThat(d.expectedGain()).isCloseTo(1.2 * 0.1, within(1e-12)); // the PRCA low-zone gain
        assertThat(d.sentence()).contains("rate it below 4 (now 45%)").contains("ratings above 4 add nothing");
    }

    @Test
    void theHurdleAndTheDecisionNeverContradict() {
        AllocationOptions o = AllocationOptions.defaults().withHurdle(1.5);
        AllocationDecision belowHurdle = alone(kano("o", Category.O, 0.6, 0.6).withPerformance(3.5, 0.05, 0.2)
                .withFacts(3.9, Double.NaN, Double.NaN), o);
        assertThat(belowHurdle.strategy()).isEqualTo(Strategy.MAINTAIN);
        assertThat(belowHurdle.ruleIds()).containsExactly("R6");
        assertThat(belowHurdle.rules().get(0).detail()).contains("< hurdle 1.5000");
        assertThat(belowHurdle.ceiling()).isEmpty();
        AllocationDecision aboveHurdle = alone(kano("o", Category.O, 0.6, 0.6).withPerformance(3.5, 0.05, 0.2)
                .withFacts(3.9, Double.NaN, Double.NaN), AllocationOptions.defaults().withHurdle(1.0));
        assertThat(aboveHurdle.strategy()).isEqualTo(Strategy.INCREASE);
    }

    @Test
    void penaltyWeightAndOwnTauAndImportance() {
        AttributeEvidence e = AttributeEvidence.empty("m").withFactor(FactorType.DISSATISFIER, -0.9, 0.1, false, 1,
                -0.8).withPerformance(3.4, 0.22, 0.3);
        assertThat(alone(e, AllocationOptions.defaults().withPenaltyWeight(2)).expectedGain())
                .isCloseTo(2 * 0.108, within(1e-12));
        AllocationDecision ownTau = alone(e.withTau(0.25), AllocationOptions.defaults());
        assertThat(ownTau.strategy()).isEqualTo(Strategy.MAINTAIN);
        assertThat(ownTau.reducibleMargin()).isCloseTo(0.03, within(1e-12));
        // equal gains: the more important attribute comes first within the tier
        List<AttributeEvidence> two = List.of(e.withFacts(Double.NaN, Double.NaN, 3), atName(e, "n").withFacts(
                Double.NaN, Double.NaN, 8));
        AllocationPlan plan = AllocationPlan.of(two, AllocationOptions.defaults());
        assertThat(plan.decision("n").orElseThrow().priority()).isEqualTo(1);
        assertThat(plan.decision("n").orElseThrow().importance()).isEqualTo(8.0);
        AllocationPlan weighted = AllocationPlan.of(two, AllocationOptions.defaults().withImportanceWeighting(true));
        assertThat(weighted.decision("n").orElseThrow().expectedGain()).isCloseTo(0.108 * 8 / 5.5, within(1e-12));
        assertThatThrownBy(() -> AllocationOptions.defaults().withPenaltyWeight(0.5)).hasMessageContaining(">= 1");
    }

    private static AttributeEvidence atName(AttributeEvidence e, String name) {
        return AttributeEvidence.empty(name).withFactor(e.factorType().orElseThrow(), e.penalty(), e.reward(),
                e.rewardSignificant(), e.riocs(), e.ia()).withPerformance(e.mean(), e.shareLow(), e.shareHigh());
    }

    /**
     * A call centre: three broken must-be elements (line not busy, accurate answers, one-contact resolution) with
     * 22–23 % rating them 1–2, and a cheap delighter with a large reward. Every broken floor is funded before the
     * delighter gets anything; the single-objective policy, for comparison, buys the delighter first.
     */
    @RepeatedTest(20)
    void callCentreFloorsComeBeforeTheCheapDelighter(org.junit.jupiter.api.RepetitionInfo info) {
        Random rng = new Random(20261129L + info.getCurrentRepetition());
        List<AttributeEvidence> ev = new ArrayList<>();
        String[] basics = {"Line not busy", "Accurate answers", "Problem solved in one contact"};
        for (String b : basics) {
            double sL = 0.22 + 0.01 * rng.nextInt(2);
            ev.add(AttributeEvidence.empty(b).withFactor(FactorType.DISSATISFIER, -(0.3 + 0.2 * rng.nextDouble()),
                    0.05, false, 0.5, -0.8).withPerformance(3.2, sL, 0.2).withFacts(Double.NaN, 100, Double.NaN));
        }
        ev.add(AttributeEvidence.empty("Agent gives an unexpected suggestion").withFactor(FactorType.SATISFIER, -0.05,
                1.5 + rng.nextDouble(), true, 1.6, 0.9).withPerformance(3.0, 0.05, 0.05).withFacts(Double.NaN, 100,
                Double.NaN));
        double budget = 100 * (20 + rng.nextInt(30));
        AllocationPlan plan = AllocationPlan.of(ev, AllocationOptions.defaults(), budget);
        BudgetAllocation b = plan.budget().orElseThrow();
        int floorPoints = 0;
        for (String basic : basics) {
            floorPoints += b.item(basic).orElseThrow().floorSteps();
            assertThat(plan.decision(basic).orElseThrow().priority()).isLessThanOrEqualTo(3);
        }
        int needed = 0;
        for (int i = 0; i < 3; i++) {
            needed += (int) Math.floor((ev.get(i).shareLow() - 0.10) * 100 + 1e-9);
        }
        int delighter = b.item("Agent gives an unexpected suggestion").orElseThrow().steps();
        assertThat(floorPoints == needed || delighter == 0).as("a floor unfunded while the delighter is funded")
                .isTrue();
        assertThat(b.floorsCost()).isCloseTo(needed * 100.0, within(1e-9));
        assertThat(plan.decision("Agent gives an unexpected suggestion").orElseThrow().priority()).isEqualTo(4);
        BudgetAllocation single = AllocationPlan.of(ev, AllocationOptions.defaults()
                .withPolicy(BudgetPolicy.GAIN_PER_COST), budget).budget().orElseThrow();
        assertThat(single.totalGain()).isGreaterThanOrEqualTo(b.totalGain() - 1e-12);
        assertThat(b.floorGain()).isGreaterThanOrEqualTo(single.floorGain() - 1e-12);
    }

    @Test
    void optimiserMatchesExhaustiveSearchUnderBothPolicies() {
        Random rng = new Random(8L);
        for (int c = 0; c < 300; c++) {
            List<BudgetOptimiser.Option> options = new ArrayList<>();
            int n = 1 + rng.nextInt(4);
            for (int i = 0; i < n; i++) {
                double[] gains = new double[rng.nextInt(6)];
                for (int k = 0; k < gains.length; k++) {
                    gains[k] = rng.nextInt(4) == 0 ? 0 : rng.nextDouble();
                }
                options.add(new BudgetOptimiser.Option("a" + i, 0.5 + rng.nextInt(5) + rng.nextDouble(), gains,
                        gains.length == 0 ? 0 : rng.nextInt(gains.length + 1)));
            }
            double budget = rng.nextDouble() * 20;
            for (BudgetPolicy policy : BudgetPolicy.values()) {
                BudgetAllocation best = BudgetOptimiser.optimise(options, budget, policy);
                double[] truth = BudgetOptimiser.exhaustiveBest(options, budget, policy);
                assertThat(best.method()).isEqualTo("exact");
                assertThat(best.spent()).isLessThanOrEqualTo(budget * (1 + 1e-12));
                if (policy == BudgetPolicy.GAIN_PER_COST) {
                    assertThat(best.totalGain()).as("case %s", c).isCloseTo(truth[1], within(1e-9));
                } else {
                    assertThat(best.floorGain()).as("case %s floors", c).isCloseTo(truth[0], within(1e-9));
                    assertThat(best.totalGain()).as("case %s total", c).isCloseTo(truth[1], within(1e-9));
                }
            }
        }
    }

    @Test
    void theStateBoundIsCheckedBeforeStatesAreBuilt() {
        List<AttributeEvidence> ev = new ArrayList<>();
        Random rng = new Random(500);
        for (int i = 0; i < 500; i++) {
            ev.add(AttributeEvidence.empty("a" + i).withFactor(FactorType.DISSATISFIER, -rng.nextDouble(), 0.1, false,
                    1, -0.8).withPerformance(3, 0.5 + 0.4 * rng.nextDouble(), 0.1)
                    .withFacts(Double.NaN, 0.5 + rng.nextDouble() * 1e3, Double.NaN));
        }
        BudgetAllocation b = AllocationPlan.of(ev, AllocationOptions.defaults(), 1e18).budget().orElseThrow();
        assertThat(b.method()).startsWith("greedy: an exact search would need more than");
        assertThat(b.floorGain()).isCloseTo(b.totalGain(), within(1e-9));
    }

    @Test
    void floorsWithoutCostMakeTheirCostUnknown() {
        List<AttributeEvidence> ev = List.of(
                AttributeEvidence.empty("priced").withFactor(FactorType.DISSATISFIER, -0.9, 0.1, false, 1, -0.8)
                        .withPerformance(3.4, 0.22, 0.3).withFacts(Double.NaN, 10, Double.NaN),
                AttributeEvidence.empty("unpriced").withFactor(FactorType.DISSATISFIER, -0.9, 0.1, false, 1, -0.8)
                        .withPerformance(3.4, 0.30, 0.3));
        BudgetAllocation b = AllocationPlan.of(ev, AllocationOptions.defaults(), 50).budget().orElseThrow();
        assertThat(b.floorsWithoutCost()).containsExactly("unpriced");
        assertThat(b.floorsCostText()).startsWith("unknown (no unit cost for 'unpriced')");
        assertThat(b.toString()).contains("cost to meet every floor: unknown");
    }

    @Test
    void csvHasTheBoundaryColumnsAsNumbers() {
        AllocationPlan plan = AllocationPlan.of(AllocationTest.example12(), AllocationOptions.defaults(), Double.NaN);
        String csv = Report.csv(plan);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("tier,reason,floor_metric,floor_op,floor_value,"
                + "floor_current,target_metric,target_op,target_value,target_current,ceiling_metric,ceiling_op,"
                + "ceiling_value,gain_unit,budget_spend");
        assertThat(csv).contains(",1,,share_low,<=,0.1,0.22,share_low,<=,0.1,0.22,share_low,<=,0.1,"
                + "points of overall satisfaction,");
        assertThat(Report.html(plan)).contains("Tier 1 fixes broken floors");
    }
}
