package io.github.kano4j.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.cli.Main;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.report.Report;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Satisfaction by segment: two seeded sites where "callback" is a dissatisfier at one and a satisfier at the other
 * are told apart (opposite factor types recovered, a tiny Holm p), an attribute with the same effect in both is
 * not, and the heterogeneity statistic matches its formula on a hand example.
 */
class SatisfactionComparisonTest {
    @TempDir
    Path dir;

    @Test
    void oppositeFactorTypesInTwoSitesAreRecoveredAndTested() throws IOException {
        Random rng = new Random(2026);
        StringBuilder csv = new StringBuilder("id,site,callback,accuracy,overall\n");
        for (int j = 0; j < 1600; j++) {
            String site = j % 2 == 0 ? "north" : "south";
            int callback = 1 + rng.nextInt(5);
            int accuracy = 1 + rng.nextInt(5);
            double os = 6 + (site.equals("north") ? -2.0 * (callback <= 2 ? 1 : 0) : 2.0 * (callback == 5 ? 1 : 0))
                    - 1.5 * (accuracy <= 2 ? 1 : 0) + rng.nextGaussian();
            csv.append(j + 1).append(',').append(site).append(',').append(callback).append(',').append(accuracy)
                    .append(',').append(Math.max(0, Math.min(10, Math.round(os)))).append('\n');
        }
        Path file = dir.resolve("sites.csv");
        Files.writeString(file, csv.toString());
        SatisfactionCsvReader.Segmented read = SatisfactionCsvReader.create("overall").readSegmented(file, "site");
        assertThat(read.segments().keySet()).containsExactly("north", "south");
        assertThat(read.whole().respondents()).isEqualTo(1600);
        assertThat(read.segments().get("north").respondents()).isEqualTo(800);
        assertThat(read.whole().attributes()).containsExactly("callback", "accuracy");
        assertThat(read.segments().get("south").report().source()).isEqualTo(file + " [site = south]");

        SatisfactionComparison c = SatisfactionComparison.of(read.column(), read.segments(),
                SatisfactionOptions.defaults().withBootstrap(0, 1));
        SatisfactionComparison.AttributeTest callback = c.test("callback").orElseThrow();
        assertThat(callback.types()).containsEntry("north", FactorType.DISSATISFIER)
                .containsEntry("south", FactorType.SATISFIER);
        assertThat(callback.typeDrift()).isTrue();
        assertThat(callback.df()).isEqualTo(2);
        assertThat(callback.holmP()).isLessThan(1e-6);
        SatisfactionComparison.AttributeTest accuracy = c.test("accuracy").orElseThrow();
        assertThat(accuracy.types().values()).containsOnly(FactorType.DISSATISFIER);
        assertThat(accuracy.p()).isGreaterThan(0.001);
        assertThat(Report.csv(c)).startsWith("attribute,segment_column,segment,n,factor_type,penalty,penalty_se,"
                + "reward,reward_se,chi_square,df,p,p_holm,type_drift\ncallback,site,north,800,dissatisfier,");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"satisfaction", file.toString(), "--overall", "overall", "--segment", "site",
            "--bootstrap", "0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Segment site = north")
                .contains("Satisfaction by site: do penalty and reward differ between segments?");
    }

    @Test
    void theHeterogeneityStatisticByHand() {
        // penalties -1.0 (se 0.2) and -0.4 (se 0.2): weighted mean -0.7, Q = 0.3²/0.04 · 2 = 4.5;
        // rewards 0.5 (se 0.25) and 0.5 (se 0.5): Q = 0; chi-square 4.5 on 2 df, p = exp(-2.25) = 0.1054
        Formula formula = new Formula();
        double[] q = formula.q(List.of(new Coefficient(-1.0, 0.2, -5, 0), new Coefficient(-0.4, 0.2, -2, 0.05)),
                List.of(new Coefficient(0.5, 0.25, 2, 0.05), new Coefficient(0.5, 0.5, 1, 0.3)));
        assertThat(q[0]).isCloseTo(4.5, within(1e-12));
        assertThat(q[1]).isEqualTo(2);
        assertThat(q[2]).isCloseTo(Math.exp(-2.25), within(1e-12));
    }

    /** The statistic from given coefficients, as the comparison computes it per attribute. */
    private static final class Formula {
        double[] q(List<Coefficient> penalties, List<Coefficient> rewards) {
            double[] a = SatisfactionComparison.heterogeneityOf(penalties);
            double[] b = SatisfactionComparison.heterogeneityOf(rewards);
            double chi = a[0] + b[0];
            double df = a[1] + b[1];
            return new double[] {chi, df, Gamma.regularizedGammaQ(df / 2, chi / 2)};
        }
    }
}
