package io.github.kano4j.satisfaction;

import io.github.kano4j.report.Report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.tools.AfterSalesSatisfactionGenerator;
import io.github.kano4j.io.SatisfactionCsvReader;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Seeded synthetic surveys with known effects: the analysis must recover the factor types and the knots.
 */
class RecoverySimulationTest {

    /**
     * 20 surveys of n = 1,000 from the after-sales generator (10 attributes with known types, overall 0–10
     * rounded, noise SD 1.2): at least 95 % of the 200 attributes typed correctly.
     */
    @Test
    void factorTypesAreRecoveredAtN1000() {
        int correct = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (int seed = 1; seed <= 20; seed++) {
            String csv = AfterSalesSatisfactionGenerator.generate(seed, 1000, AfterSalesSatisfactionGenerator.NOISE);
            SatisfactionSurvey survey = SatisfactionCsvReader.create("overall").read(new StringReader(csv), "sim");
            SatisfactionAnalysis a = SatisfactionAnalysis.of(survey, SatisfactionOptions.defaults().withBootstrap(0, 1));
            for (AfterSalesSatisfactionGenerator.Spec spec : AfterSalesSatisfactionGenerator.ATTRIBUTES) {
                FactorType found = a.result(spec.name()).orElseThrow().factorType();
                total++;
                if (found.name().equals(spec.type())) {
                    correct++;
                } else {
                    misses.add(seed + ": " + spec.name() + " " + found);
                }
            }
        }
        assertThat(correct / (double) total).as("misses %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Hinge-shaped effects on a 1–5 scale, n = 1,000, noise SD 1.0: a must-be-like attribute whose effect
     * levels off at 3 (slope 0.8 below, 0 above) and an attractive-like one that takes off at 4 (slope 0 below,
     * 1.0 above). The knot and the shape are recovered in at least 95 % of 40 seeded surveys.
     */
    @Test
    void hingeKnotsAreRecovered() {
        int levelsOff = 0;
        int takesOff = 0;
        int surveys = 40;
        for (int seed = 1; seed <= surveys; seed++) {
            Well19937c rng = new Well19937c(seed);
            SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("basic", "delighter"));
            for (int j = 0; j < 1000; j++) {
                int x1 = 1 + rng.nextInt(5);
                int x2 = 1 + rng.nextInt(5);
                double os = 4 + 0.8 * Math.min(x1, 3) + 1.0 * Math.max(0, x2 - 4) + rng.nextGaussian();
                b.add(os, x1, x2);
            }
            SatisfactionAnalysis a = SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults().withBootstrap(0, 1));
            HingeFit basic = a.result("basic").orElseThrow().hinge();
            HingeFit delighter = a.result("delighter").orElseThrow().hinge();
            if (basic.knot() == 3.0 && basic.shape() == HingeFit.Shape.LEVELS_OFF) {
                levelsOff++;
            }
            if (delighter.knot() == 4.0 && delighter.shape() == HingeFit.Shape.TAKES_OFF) {
                takesOff++;
            }
        }
        assertThat(levelsOff / (double) surveys).isGreaterThanOrEqualTo(0.95);
        assertThat(takesOff / (double) surveys).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void sameSeedSameBytes() {
        String csv = AfterSalesSatisfactionGenerator.generate(3, 300, 1.2);
        SatisfactionSurvey s = SatisfactionCsvReader.create("overall").read(new StringReader(csv), "sim");
        String first = Report.csv(SatisfactionAnalysis.of(s, SatisfactionOptions.defaults()));
        String second = Report.csv(SatisfactionAnalysis.of(s, SatisfactionOptions.defaults()));
        assertThat(second).isEqualTo(first);
        assertThat(SatisfactionAnalysis.of(s, SatisfactionOptions.defaults()).toString())
                .isEqualTo(SatisfactionAnalysis.of(s, SatisfactionOptions.defaults()).toString());
    }
}
