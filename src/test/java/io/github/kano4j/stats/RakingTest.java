package io.github.kano4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Raking (docs/METHODS.md §7.6, worked example 17): five respondents, region N/S and age young/old, raked to
 * region 50/50 and age 60/40. The fixed point of IPF keeps the sample's odds ratio (1·2)/(1·1) = 2 and meets both
 * margins: with x the weight of (N, young), x(x − 0.5) = 2(2.5 − x)(3 − x), so x = (10.5 − √50.25)/2.
 */
class RakingTest {
    private static final String[][] PEOPLE = {{"N", "young"}, {"N", "old"}, {"S", "young"}, {"S", "old"},
        {"S", "old"}};

    private static List<Raking.Margin> margins() {
        Map<String, Double> region = new LinkedHashMap<>();
        region.put("N", 0.5);
        region.put("S", 0.5);
        Map<String, Double> age = new LinkedHashMap<>();
        age.put("young", 0.6);
        age.put("old", 0.4);
        return List.of(new Raking.Margin("region", region), new Raking.Margin("age", age));
    }

    @Test
    void workedExample17() {
        Raking.Result r = Raking.rake(PEOPLE, margins(), new double[] {1, 1, 1, 1, 1});
        double x = (10.5 - Math.sqrt(50.25)) / 2;
        assertThat(x).isCloseTo(1.7056383, within(1e-7));
        double[] expected = {x, 2.5 - x, 3 - x, (x - 0.5) / 2, (x - 0.5) / 2};
        for (int j = 0; j < 5; j++) {
            assertThat(r.weights()[j]).as("respondent %d", j + 1).isCloseTo(expected[j], within(1e-5));
        }
        assertThat(Arrays.stream(r.weights()).sum()).isCloseTo(5, within(1e-12));
        assertThat(r.converged()).isTrue();
        assertThat(r.maxRelativeError()).isLessThanOrEqualTo(Raking.TOLERANCE);
        assertThat(r.sweeps()).isBetween(2, 40);
        double sum2 = Arrays.stream(expected).map(w -> w * w).sum();
        assertThat(r.effectiveN()).isCloseTo(25 / sum2, within(1e-4));
        assertThat(r.designEffect()).isCloseTo(5 / r.effectiveN(), within(1e-12));
        assertThat(r.minWeight()).isCloseTo((x - 0.5) / 2, within(1e-5));
        assertThat(r.summary()).startsWith("raked to the margins in ");
    }

    @Test
    void aSeededSampleConvergesAndTrimmingBoundsTheWeights() {
        Random rng = new Random(17);
        int n = 2000;
        String[][] people = new String[n][3];
        for (int j = 0; j < n; j++) {
            // an unbalanced sample: far too many from the north and too few over-55s
            people[j][0] = rng.nextDouble() < 0.7 ? "north" : "south";
            people[j][1] = rng.nextDouble() < 0.15 ? "55+" : rng.nextDouble() < 0.5 ? "35-54" : "18-34";
            people[j][2] = rng.nextDouble() < 0.5 ? "phone" : "web";
        }
        List<Raking.Margin> margins = List.of(new Raking.Margin("region", Map.of("north", 0.45, "south", 0.55)),
                new Raking.Margin("age", Map.of("18-34", 0.3, "35-54", 0.35, "55+", 0.35)),
                new Raking.Margin("channel", Map.of("phone", 0.6, "web", 0.4)));
        double[] base = new double[n];
        Arrays.fill(base, 1);
        Raking.Result r = Raking.rake(people, margins, base);
        assertThat(r.converged()).isTrue();
        // every margin is met
        double total = Arrays.stream(r.weights()).sum();
        double south = 0;
        double old = 0;
        for (int j = 0; j < n; j++) {
            south += people[j][0].equals("south") ? r.weights()[j] : 0;
            old += people[j][1].equals("55+") ? r.weights()[j] : 0;
        }
        assertThat(south / total).isCloseTo(0.55, within(1e-6));
        assertThat(old / total).isCloseTo(0.35, within(1e-6));
        assertThat(r.effectiveN()).isLessThan(n);
        Raking.Result t = Raking.rake(people, margins, base, Raking.TOLERANCE, Raking.MAX_SWEEPS, 0.5, 2.0);
        // trimming then re-raking: the largest weight comes down, the margins are raked again
        assertThat(t.maxWeight()).isLessThan(r.maxWeight());
        assertThat(t.summary()).contains("weights");
        // deterministic
        assertThat(Raking.rake(people, margins, base).weights()).containsExactly(r.weights());
    }

    @Test
    void marginsThatCannotBeMetAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Raking.rake(new String[][] {{"N"}, {"N"}}, List.of(new Raking.Margin("region",
                Map.of("N", 0.5, "S", 0.5))), new double[] {1, 1})).hasMessageContaining("No respondent has region = "
                + "\"S\"");
        assertThatThrownBy(() -> Raking.rake(new String[][] {{"E"}}, List.of(new Raking.Margin("region",
                Map.of("N", 1.0))), new double[] {1})).hasMessageContaining("Respondent 1: region = \"E\"");
        assertThatThrownBy(() -> new Raking.Margin("age", Map.of("a", 0.5, "b", 0.4)))
                .hasMessageContaining("sum to 0.900000");
    }
}
