package io.github.kano4j.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.satisfaction.GapAnalysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * The gap survey's expectations as boundaries (docs/METHODS.md §6.9 and §8): the adequate expectation is the floor
 * of M- and O-like attributes, the desired one the target of O- and A-like attributes, both against the mean
 * perception of the gap survey.
 */
class ExpectationBoundariesTest {
    private static AllocationDecision decide(Category c, double better, double adequate, double desired,
            double perception) {
        AttributeEvidence e = AttributeEvidence.empty("x").withKano(c, c.letter(), false, better, 0.6, Double.NaN)
                .withPerformance(3.6, 0.05, 0.30).withExpectations(adequate, desired, perception);
        return AllocationPlan.of(List.of(e), AllocationOptions.defaults()).decisions().get(0);
    }

    @Test
    void theAdequateExpectationIsTheFloorOfAMustBe() {
        // s_L 0.05 would meet the share floor; the customers' own minimum 3.5 is not met (now 3.2): tier 1
        AllocationDecision broken = decide(Category.M, 0.3, 3.5, 4.5, 3.2);
        assertThat(broken.strategy()).isEqualTo(Strategy.INCREASE);
        assertThat(broken.tier()).contains(Tier.FLOOR);
        Boundary floor = broken.floor().orElseThrow();
        assertThat(floor.metric()).isEqualTo(Boundary.Metric.PERCEPTION_VS_ADEQUATE);
        assertThat(floor.value()).isEqualTo(3.5);
        assertThat(floor.current()).isEqualTo(3.2);
        assertThat(floor.gap()).isCloseTo(0.3, within(1e-12));
        assertThat(broken.ceiling()).contains(floor);
        assertThat(broken.target()).contains(floor);
        assertThat(broken.sentence()).contains("adequate expectation of 3.50 (now 3.20)");
        AllocationDecision held = decide(Category.M, 0.3, 3.5, 4.5, 3.8);
        assertThat(held.strategy()).isEqualTo(Strategy.MAINTAIN);
        assertThat(held.reducibleMargin()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void theDesiredExpectationIsTheTargetOfOneDimensionalAndAttractive() {
        AllocationDecision o = decide(Category.O, 0.6, 3.5, 4.5, 3.8);
        assertThat(o.strategy()).isEqualTo(Strategy.INCREASE);
        assertThat(o.tier()).contains(Tier.SHORTFALL);
        assertThat(o.floor().orElseThrow().metric()).isEqualTo(Boundary.Metric.PERCEPTION_VS_ADEQUATE);
        Boundary target = o.target().orElseThrow();
        assertThat(target.metric()).isEqualTo(Boundary.Metric.PERCEPTION_VS_DESIRED);
        assertThat(target.value()).isEqualTo(4.5);
        assertThat(target.current()).isEqualTo(3.8);
        assertThat(o.sentence()).contains("desired expectation of 4.50 (now 3.80)");
        AllocationDecision oBroken = decide(Category.O, 0.6, 3.5, 4.5, 3.0);
        assertThat(oBroken.tier()).contains(Tier.FLOOR);
        AllocationDecision a = decide(Category.A, 0.7, Double.NaN, 4.5, 3.8);
        assertThat(a.strategy()).isEqualTo(Strategy.INCREASE);
        assertThat(a.tier()).contains(Tier.DELIGHT);
        assertThat(a.target().orElseThrow().metric()).isEqualTo(Boundary.Metric.PERCEPTION_VS_DESIRED);
        assertThat(decide(Category.A, 0.7, Double.NaN, 4.5, 4.6).strategy()).isEqualTo(Strategy.MAINTAIN);
    }

    @Test
    void factsTakeTheZoneOfToleranceFromAGapAnalysis() {
        IngestReport report = new IngestReport("test", 0, 0, Map.of(), Map.of(), List.of(), List.of());
        GapAnalysis gaps = GapAnalysis.of(List.of(
                new GapAnalysis.Ratings("zone", new double[] {3, 4, 2, 5, 3}, new double[0],
                        new double[] {3, 3, 3, 3, 4}, new double[] {5, 5, 5, 5, 6}),
                new GapAnalysis.Ratings("single", new double[] {3, 4, 2, 5, 3}, new double[] {4, 4, 4, 4, 4},
                        new double[0], new double[0])), 0.95, report);
        Map<String, AttributeFacts> facts = AttributeFacts.withGaps(Map.of("zone",
                AttributeFacts.ofGroup("zone", "people")), gaps);
        AttributeFacts zone = facts.get("zone");
        assertThat(zone.group()).isEqualTo("people");
        assertThat(zone.adequate()).isCloseTo(3.2, within(1e-12));
        assertThat(zone.desired()).isCloseTo(5.2, within(1e-12));
        assertThat(zone.perception()).isCloseTo(3.4, within(1e-12));
        AttributeFacts single = facts.get("single");
        assertThat(single.adequate()).isNaN(); // one expectation level is a target, not a minimum
        assertThat(single.desired()).isEqualTo(4.0);
        AttributeEvidence e = zone.applyTo(AttributeEvidence.empty("zone"));
        assertThat(e.adequateExpectation()).isCloseTo(3.2, within(1e-12));
        assertThat(e.perception()).isCloseTo(3.4, within(1e-12));
    }
}
