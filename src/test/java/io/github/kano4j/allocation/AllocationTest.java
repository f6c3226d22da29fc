package io.github.kano4j.allocation;

import io.github.kano4j.report.Report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.Category;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.IpaQuadrant;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/METHODS.md worked examples 6, 7 and 12; each rule R1–R10 fired alone; the optimiser against exhaustive search. */
class AllocationTest {
    private static final double TOL = 1e-4;

    static AttributeEvidence factor(String name, FactorType type, double pen, double rew, double riocs, double ia,
            boolean rewardSignificant, double sL, double sH, double mean) {
        return AttributeEvidence.empty(name).withFactor(type, pen, rew, rewardSignificant, riocs, ia)
                .withPerformance(mean, sL, sH);
    }

    static List<AttributeEvidence> example12() {
        return List.of(
                factor("Cleanliness", FactorType.DISSATISFIER, -0.90, 0.10, 1.00, -0.80, false, 0.22, 0.30, 3.4),
                factor("Staff friendliness", FactorType.HYBRID, -0.40, 0.40, 0.80, 0.00, true, 0.12, 0.35, 3.7)
                        .withFacts(3.9, Double.NaN, Double.NaN),
                factor("Surprise upgrade", FactorType.SATISFIER, -0.05, 0.35, 0.40, 0.75, true, 0.05, 0.15, 3.2),
                factor("Printed newsletter", FactorType.LOW_IMPACT, -0.03, 0.03, 0.06, 0.00, false, 0.08, 0.55, 4.2),
                factor("Check-in speed", FactorType.DISSATISFIER, -0.85, 0.15, 1.00, -0.70, true, 0.04, 0.60, 4.4));
    }

    static void assertBoundary(java.util.Optional<Boundary> b, Boundary.Metric metric, double value) {
        assertThat(b).isPresent();
        assertThat(b.get().metric()).isEqualTo(metric);
        assertThat(b.get().value()).isCloseTo(value, within(1e-12));
    }

    @Test
    void example12Decisions() {
        AllocationPlan plan = AllocationPlan.of(example12(), AllocationOptions.defaults());
        AllocationDecision clean = plan.decision("Cleanliness").orElseThrow();
        assertThat(clean.ruleIds()).containsExactly("R3");
        assertThat(clean.strategy()).isEqualTo(Strategy.INCREASE);
        assertBoundary(clean.target(), Boundary.Metric.SHARE_LOW, 0.10);
        assertThat(clean.ceiling()).isEqualTo(clean.floor());
        assertThat(clean.expectedGain()).isCloseTo(0.108, within(1e-12));
        assertThat(clean.priority()).isEqualTo(1);
        assertThat(clean.tier()).contains(Tier.FLOOR);
        assertThat(clean.gainUnit()).isEqualTo("points of overall satisfaction");

        AllocationDecision staff = plan.decision("Staff friendliness").orElseThrow();
        assertThat(staff.ruleIds()).containsExactly("R5");
        assertThat(staff.strategy()).isEqualTo(Strategy.INCREASE);
        // judged on its low zone and its mean: s_L 0.12 > tau breaches the floor first (tier 1)
        assertBoundary(staff.target(), Boundary.Metric.SHARE_LOW, 0.10);
        assertThat(staff.expectedGain()).isCloseTo(0.008, within(1e-12));
        assertThat(staff.upside()).isCloseTo(0.212, within(1e-12));
        assertThat(staff.priority()).isEqualTo(2);
        assertThat(staff.tier()).contains(Tier.FLOOR);

        AllocationDecision surprise = plan.decision("Surprise upgrade").orElseThrow();
        assertThat(surprise.ruleIds()).containsExactly("R7");
        assertThat(surprise.strategy()).isEqualTo(Strategy.INCREASE);
        assertBoundary(surprise.target(), Boundary.Metric.SHARE_HIGH, 0.40);
        assertThat(surprise.floor()).isEmpty();
        assertThat(surprise.expectedGain()).isCloseTo(0.0875, within(1e-12));
        assertThat(surprise.priority()).isEqualTo(3);
        assertThat(surprise.tier()).contains(Tier.DELIGHT);

        AllocationDecision newsletter = plan.decision("Printed newsletter").orElseThrow();
        assertThat(newsletter.ruleIds()).containsExactly("R2", "R10");
        assertThat(newsletter.strategy()).isEqualTo(Strategy.REDUCE);

        AllocationDecision checkIn = plan.decision("Check-in speed").orElseThrow();
        assertThat(checkIn.ruleIds()).containsExactly("R4");
        assertThat(checkIn.strategy()).isEqualTo(Strategy.MAINTAIN);
        assertBoundary(checkIn.floor(), Boundary.Metric.SHARE_LOW, 0.10);
        assertThat(checkIn.reducibleMargin()).isCloseTo(0.06, within(1e-12));
        assertThat(checkIn.priority()).isZero();

        assertThat(clean.sentence()).isEqualTo("Fix first: raise 'Cleanliness' until no more than 10% of customers rate "
                + "it 1-2 (now 22%); beyond that, more spending returns nothing.");
        assertThat(staff.sentence()).isEqualTo("Fix first: raise 'Staff friendliness' until no more than 10% of "
                + "customers rate it 1-2 (now 12%); then improve it until its mean reaches the benchmark of 3.90 "
                + "(now 3.70).");
        assertThat(surprise.sentence()).startsWith("Then, selectively: invest in 'Surprise upgrade' until 40% of "
                + "customers rate it 5 (now 15%)");
        assertThat(checkIn.sentence()).startsWith("Hold 'Check-in speed' where it is");
        assertThat(plan.toString()).contains("Resource allocation").contains("R3 (M-like, s_L 0.2200 > tau 0.1000");
        assertThat(clean.floor().orElseThrow().current()).isCloseTo(0.22, within(1e-12));
        assertThat(clean.floor().orElseThrow().gap()).isCloseTo(0.12, within(1e-12));
        assertThat(Report.csv(plan).lines().findFirst().orElseThrow()).startsWith("attribute,strategy,evidence,basis,floor,"
                + "target,ceiling,reducible_margin,expected_gain,upside,priority,rules");
    }

    @Test
    void example12InChinese() {
        AllocationPlan plan = AllocationPlan.of(example12(),
                AllocationOptions.defaults().withLanguage(io.github.kano4j.Language.ZH_HANS));
        assertThat(plan.decision("Cleanliness").orElseThrow().sentence())
                .isEqualTo("优先修复：提升“Cleanliness”，直到打1-2分的客户不超过10%（目前22%）；超过这一水平后，追加投入没有回报。");
    }

    private static AttributeEvidence kano(Category c, double better, double absWorse) {
        return AttributeEvidence.empty("x").withKano(c, c.letter(), false, better, absWorse, Double.NaN);
    }

    private static AllocationDecision alone(AttributeEvidence e) {
        return AllocationPlan.of(List.of(e), AllocationOptions.defaults()).decisions().get(0);
    }

    @Test
    void eachRuleFiresAlone() {
        AllocationDecision r1 = alone(kano(Category.R, 0.1, 0.1));
        assertThat(r1.ruleIds()).containsExactly("R1");
        assertThat(r1.strategy()).isEqualTo(Strategy.REMOVE);

        AllocationDecision r2 = alone(kano(Category.I, 0.2, 0.1));
        assertThat(r2.ruleIds()).containsExactly("R2");
        assertThat(r2.strategy()).isEqualTo(Strategy.REDUCE);

        AllocationDecision r3 = alone(kano(Category.M, 0.3, 0.8).withPerformance(3.0, 0.25, 0.2));
        assertThat(r3.ruleIds()).containsExactly("R3");
        assertThat(r3.strategy()).isEqualTo(Strategy.INCREASE);
        assertThat(r3.expectedGain()).isCloseTo(0.8 * 0.25, within(1e-12)); // questionnaire proxy |Worse| x s_L

        AllocationDecision r4 = alone(kano(Category.M, 0.3, 0.8).withPerformance(4.2, 0.05, 0.5));
        assertThat(r4.ruleIds()).containsExactly("R4");
        assertThat(r4.strategy()).isEqualTo(Strategy.MAINTAIN);
        assertThat(r4.reducibleMargin()).isCloseTo(0.05, within(1e-12));

        AllocationDecision r5 = alone(kano(Category.O, 0.6, 0.6).withPerformance(3.5, 0.15, 0.2)
                .withFacts(3.9, Double.NaN, Double.NaN));
        assertThat(r5.ruleIds()).containsExactly("R5");
        assertThat(r5.strategy()).isEqualTo(Strategy.INCREASE);

        AllocationDecision r6 = alone(kano(Category.O, 0.6, 0.6).withPerformance(4.0, 0.05, 0.4)
                .withFacts(3.9, Double.NaN, Double.NaN));
        assertThat(r6.ruleIds()).containsExactly("R6");
        assertThat(r6.strategy()).isEqualTo(Strategy.MAINTAIN);
        assertBoundary(r6.floor(), Boundary.Metric.MEAN, 3.9);
        assertThat(r6.reducibleMargin()).isCloseTo(0.1, within(1e-12));

        AllocationDecision r7 = alone(kano(Category.A, 0.6, 0.2).withPerformance(3.0, 0.1, 0.1));
        assertThat(r7.ruleIds()).containsExactly("R7");
        assertThat(r7.strategy()).isEqualTo(Strategy.INCREASE);
        assertThat(r7.expectedGain()).isCloseTo(0.6 * 0.9, within(1e-12)); // proxy Better x (1 - s_H)

        AllocationDecision r8 = alone(kano(Category.A, 0.3, 0.1));
        assertThat(r8.ruleIds()).containsExactly("R8");
        assertThat(r8.strategy()).isEqualTo(Strategy.REDUCE);

        AllocationDecision r9 = alone(AttributeEvidence.empty("x").withKano(Category.M, Category.O, "MIXED(O/M)", true,
                0.49, 0.61, Double.NaN));
        assertThat(r9.ruleIds()).containsExactly("R9");
        assertThat(r9.strategy()).isEqualTo(Strategy.NO_DECISION);
        assertThat(r9.basis()).contains(Category.M);
        assertBoundary(r9.floor(), Boundary.Metric.SHARE_LOW, 0.10);

        AllocationDecision r10 = alone(kano(Category.O, 0.5, 0.5).withPerformance(4.5, Double.NaN, Double.NaN)
                .withIpaQuadrant(IpaQuadrant.POSSIBLE_OVERKILL));
        assertThat(r10.ruleIds()).containsExactly("R10");
        assertThat(r10.strategy()).isEqualTo(Strategy.REDUCE);
    }

    @Test
    void uncertainCategoriesAreProtectiveAndDisagreementIsMixed() {
        // mixed A/I with a low top-box share: the protective A rule would increase, so no decision
        AllocationDecision mixed = alone(AttributeEvidence.empty("x").withKano(Category.A, Category.I, "MIXED(A/I)", true,
                0.53, 0.2, Double.NaN).withPerformance(3.0, 0.2, 0.1));
        assertThat(mixed.strategy()).isEqualTo(Strategy.NO_DECISION);
        assertThat(mixed.ruleIds()).containsExactly("R9", "R7");
        // questionnaire A, satisfaction dissatisfier: the protective M floor applies
        AllocationDecision disagree = alone(kano(Category.A, 0.6, 0.2).withFactor(FactorType.DISSATISFIER, -0.8, 0.1,
                false, 0.9, -0.8).withPerformance(4.0, 0.05, 0.3));
        assertThat(disagree.basis()).contains(Category.M);
        assertThat(disagree.ruleIds()).containsExactly("R9", "R4");
        assertThat(disagree.strategy()).isEqualTo(Strategy.MAINTAIN);
        // low stability is uncertain too
        AllocationDecision unstable = alone(AttributeEvidence.empty("x").withKano(Category.O, Category.A, "O", false,
                0.6, 0.5, 0.55).withPerformance(3.0, 0.2, 0.1).withFacts(3.5, Double.NaN, Double.NaN));
        assertThat(unstable.ruleIds()).contains("R9");
        assertThat(unstable.strategy()).isEqualTo(Strategy.NO_DECISION);
        // no evidence at all
        AllocationDecision none = alone(AttributeEvidence.empty("x"));
        assertThat(none.strategy()).isEqualTo(Strategy.NO_DECISION);
        assertThat(none.rules()).isEmpty();
    }

    @ParameterizedTest(name = "{0} curve at x = {1}: S {2}")
    @CsvSource({
        "A, 0.00, -0.3000", "A, 0.25, -0.1512", "A, 0.50, 0.0398", "A, 0.75, 0.2851", "A, 1.00, 0.6000",
        "M, 0.00, -0.8000", "M, 0.25, -0.4151", "M, 0.50, -0.1153", "M, 0.75, 0.1182", "M, 1.00, 0.3000",
        "O, 0.00, -0.6000", "O, 0.25, -0.3000", "O, 0.50, 0.0000", "O, 0.75, 0.3000", "O, 1.00, 0.6000"})
    void example7CurveValues(Category c, double x, double s) {
        KanoCurve curve = switch (c) {
            case A -> new KanoCurve(Category.A, 0.6, -0.3);
            case M -> new KanoCurve(Category.M, 0.3, -0.8);
            default -> new KanoCurve(Category.O, 0.6, -0.6);
        };
        assertThat(curve.value(x)).isCloseTo(s, within(TOL));
    }

    @Test
    void example7SlopesAndStoppingPoints() {
        KanoCurve a = new KanoCurve(Category.A, 0.6, -0.3);
        KanoCurve m = new KanoCurve(Category.M, 0.3, -0.8);
        KanoCurve o = new KanoCurve(Category.O, 0.6, -0.6);
        assertThat(a.slope(0)).isCloseTo(0.5238, within(TOL));
        assertThat(a.slope(0.5)).isCloseTo(0.8636, within(TOL));
        assertThat(a.slope(1)).isCloseTo(1.4238, within(TOL));
        assertThat(m.slope(0)).isCloseTo(1.7402, within(TOL));
        assertThat(m.slope(0.5)).isCloseTo(1.0555, within(TOL));
        assertThat(m.slope(1)).isCloseTo(0.6402, within(TOL));
        assertThat(o.slope(0.3)).isCloseTo(1.2, within(1e-12));
        assertThat(m.stoppingPoint(1.0)).isCloseTo(0.5540, within(TOL));
        assertThat(m.stoppingPoint(0.8)).isCloseTo(0.7771, within(TOL));
        assertThat(m.stoppingPoint(0)).isEqualTo(1.0);
        assertThat(m.stoppingPoint(5)).isEqualTo(0.0);
        assertThat(new KanoCurve(Category.M, 0.2, 0.2).stoppingPoint(1)).isEqualTo(0.0);
        // anchors are exact at x = 1, not read at 0.99
        assertThat(m.value(1)).isCloseTo(0.3, within(1e-15));
    }

    @Test
    void example6TanShen() {
        assertThat(TanShen.adjustedRatio(3.0, 4.5, Category.A)).isCloseTo(2.2500, within(1e-12));
        assertThat(TanShen.adjustedRatio(3.0, 4.5, Category.O)).isCloseTo(1.5000, within(1e-12));
        assertThat(TanShen.adjustedRatio(3.0, 4.5, Category.M)).isCloseTo(1.2247, within(TOL));
        assertThat(TanShen.adjustedRatio(3.0, 4.5, Category.I)).isCloseTo(1.5, within(1e-12));
        assertThatThrownBy(() -> TanShen.adjustedRatio(0, 4.5, Category.A)).hasMessageContaining("positive");
    }

    @Test
    void optimiserMatchesExhaustiveSearchOnSeededCases() {
        Random rng = new Random(20261122L);
        for (int c = 0; c < 200; c++) {
            List<BudgetOptimiser.Option> options = new ArrayList<>();
            int n = 1 + rng.nextInt(4);
            for (int i = 0; i < n; i++) {
                double[] gains = new double[rng.nextInt(6)];
                for (int k = 0; k < gains.length; k++) {
                    gains[k] = rng.nextInt(4) == 0 ? 0 : rng.nextDouble(); // arbitrary shapes: rising or falling
                }
                options.add(new BudgetOptimiser.Option("a" + i, 0.5 + rng.nextInt(5) + rng.nextDouble(), gains));
            }
            double budget = rng.nextDouble() * 20;
            BudgetAllocation best = BudgetOptimiser.optimise(options, budget, BudgetPolicy.GAIN_PER_COST);
            assertThat(best.method()).isEqualTo("exact");
            assertThat(best.totalGain()).as("case %s", c)
                    .isCloseTo(BudgetOptimiser.exhaustiveBest(options, budget, BudgetPolicy.GAIN_PER_COST)[1],
                            within(1e-9));
            assertThat(best.spent()).isLessThanOrEqualTo(budget * (1 + 1e-12));
        }
    }

    @Test
    void planWithBudgetReportsTheMarginalReturnAndTheNextStep() {
        List<AttributeEvidence> ev = new ArrayList<>();
        for (AttributeEvidence e : example12()) {
            ev.add(e.withFacts(e.benchmark(), 1.0, Double.NaN));
        }
        AllocationPlan plan = AllocationPlan.of(ev, AllocationOptions.defaults(), 10);
        BudgetAllocation b = plan.budget().orElseThrow();
        // steps: Cleanliness 12 x 0.009, Surprise 25 x 0.0035, Staff 2 x 0.004; the best 10 points are all Cleanliness
        assertThat(b.items()).filteredOn(i -> i.steps() > 0).singleElement()
                .satisfies(i -> assertThat(i.attribute()).isEqualTo("Cleanliness"));
        assertThat(b.totalGain()).isCloseTo(0.09, within(1e-12));
        assertThat(b.marginalReturn()).isCloseTo(0.009, within(1e-12));
        assertThat(b.nextAttribute()).isEqualTo("Cleanliness");
        assertThat(b.nextGain()).isCloseTo(0.009, within(1e-12));
        assertThat(plan.toString()).contains("Budget 10.0000");
        assertThat(Report.markdown(plan)).contains("| Cleanliness | INCREASE |");
    }
}
