package io.github.kano4j.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.Language;
import io.github.kano4j.cli.Cli;
import io.github.kano4j.satisfaction.RatingScale;
import io.github.kano4j.satisfaction.SatisfactionSurvey;
import io.github.kano4j.stats.LogisticDose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Floors in operational units (docs/METHODS.md §8.9, worked example 16): four sites with answer rates 80, 85, 90
 * and 95 % and 50, 36, 24 and 14 of 200 customers rating "answering without a busy line" in the low zone.
 * Expected values from an independent fit (Nelder–Mead on the binomial log-likelihood, then Newton steps).
 */
class KpiFloorTest {
    private static final double[] RATE = {80, 85, 90, 95};
    private static final long[] LOW = {50, 36, 24, 14};
    private static final long[] N = {200, 200, 200, 200};

    @Test
    void workedExample16TheLogitFitAndItsInversePrediction() {
        LogisticDose fit = LogisticDose.fit(RATE, LOW, N, 0.10, 0.95);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.a()).isCloseTo(6.6317283748, within(1e-7));
        assertThat(fit.b()).isCloseTo(-0.0962942926, within(1e-9));
        assertThat(fit.varA()).isCloseTo(2.60322951153, within(1e-7));
        assertThat(fit.covAB()).isCloseTo(-0.0303315441876, within(1e-9));
        assertThat(fit.varB()).isCloseTo(0.000354756073417, within(1e-11));
        assertThat(fit.slopeP()).isCloseTo(3.17877e-07, within(1e-11));
        assertThat(fit.xStar()).isCloseTo(91.6871884657, within(1e-6));
        assertThat(fit.bounded()).isTrue();
        assertThat(fit.interval().lower()).isCloseTo(89.2125802241, within(1e-6));
        assertThat(fit.interval().upper()).isCloseTo(96.2938748478, within(1e-6));
        assertThat(fit.share(fit.xStar())).isCloseTo(0.10, within(1e-12));
        // the score equations hold at the estimate
        double g0 = 0;
        double g1 = 0;
        for (int s = 0; s < 4; s++) {
            double r = LOW[s] - N[s] * fit.share(RATE[s]);
            g0 += r;
            g1 += r * RATE[s];
        }
        assertThat(g0).isCloseTo(0, within(1e-6));
        assertThat(g1).isCloseTo(0, within(1e-4));
    }

    @Test
    void twoPointsAreTheSaturatedModel() {
        // with two segments the fit passes through both observed shares: logit 0.2 and logit 0.1
        LogisticDose fit = LogisticDose.fit(new double[] {80, 90}, new long[] {40, 20}, new long[] {200, 200}, 0.15,
                0.95);
        double l2 = Math.log(0.2 / 0.8);
        double l1 = Math.log(0.1 / 0.9);
        assertThat(fit.b()).isCloseTo((l1 - l2) / 10, within(1e-9));
        assertThat(fit.share(80)).isCloseTo(0.2, within(1e-9));
        // Var(logit p̂) = 1/(n p (1 − p)): Var(b) = (1/32 + 1/18)/100
        assertThat(fit.varB()).isCloseTo((1 / 32.0 + 1 / 18.0) / 100, within(1e-12));
    }

    @Test
    void noEstimateWhenSegmentsAreFewOrTheKpiDoesNotMatter() {
        LogisticDose flat = LogisticDose.fit(new double[] {80, 85, 90, 95}, new long[] {20, 21, 19, 20},
                new long[] {200, 200, 200, 200}, 0.10, 0.95);
        assertThat(flat.converged()).isTrue();
        assertThat(flat.bounded()).isFalse();
        assertThat(flat.interval().isDefined()).isFalse();
        LogisticDose separated = LogisticDose.fit(new double[] {80, 85, 90}, new long[] {0, 0, 0},
                new long[] {50, 50, 50}, 0.10, 0.95);
        assertThat(separated.converged()).isFalse();
        assertThatThrownBy(() -> LogisticDose.fit(new double[] {1}, new long[] {3}, new long[] {2}, 0.1, 0.95))
                .hasMessageContaining("0 <= k <= n");
    }

    private static SatisfactionSurvey site(long low, long n, Random rng) {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("answering", "courtesy"));
        for (int j = 0; j < n; j++) {
            double answering = j < low ? 1 : 4;
            double courtesy = 1 + rng.nextInt(5);
            b.add(Math.min(5, Math.max(1, Math.round(1 + 0.5 * answering + 0.3 * courtesy + rng.nextGaussian()))),
                    answering, courtesy);
        }
        return b.build();
    }

    @Test
    void floorsFromSegmentedSurveysInEveryLanguage() {
        Random rng = new Random(3);
        Map<String, SatisfactionSurvey> sites = new LinkedHashMap<>();
        List<KpiFloor.Observation> kpis = new java.util.ArrayList<>();
        for (int s = 0; s < 4; s++) {
            sites.put("site " + (s + 1), site(LOW[s], N[s], rng));
            kpis.add(new KpiFloor.Observation("site " + (s + 1), "answering", "answer_rate", RATE[s]));
        }
        kpis.add(new KpiFloor.Observation("site 1", "courtesy", "training_hours", 10));
        kpis.add(new KpiFloor.Observation("site 2", "courtesy", "training_hours", 12));
        List<KpiFloor> floors = KpiFloor.estimate(kpis, sites, RatingScale.fivePoint(), 0.10, 0.95);
        assertThat(floors).hasSize(2);
        KpiFloor answering = floors.get(0);
        assertThat(answering.estimated()).isTrue();
        assertThat(answering.comparator()).isEqualTo(">=");
        assertThat(answering.value()).isCloseTo(91.6871884657, within(1e-6));
        assertThat(answering.segments()).isEqualTo(4);
        assertThat(answering.sentence(Language.EN, "1-2")).isEqualTo("answer_rate >= 91.69 [89.21, 96.29] keeps "
                + "customers rating it 1-2 at or below 10% (4 segments)");
        assertThat(answering.sentence(Language.ZH_HANS, "1-2")).isEqualTo("answer_rate ≥ 91.69 [89.21, 96.29] "
                + "可使打1-2分的客户不超过10%（4 个细分）");
        KpiFloor courtesy = floors.get(1);
        assertThat(courtesy.estimated()).isFalse();
        assertThat(courtesy.note()).startsWith("too few segments (2)");
        assertThat(courtesy.sentence(Language.ZH_HANT, "1-2")).contains("細分太少");
    }

    @Test
    void theCommandLineAddsKpiFloorsToThePlan(@TempDir Path dir) throws Exception {
        Random rng = new Random(5);
        StringBuilder csv = new StringBuilder("site,overall,answering,courtesy\n");
        for (int s = 0; s < 4; s++) {
            for (int j = 0; j < N[s]; j++) {
                int answering = j < LOW[s] ? 1 : 4 + (j % 2);
                int courtesy = 1 + rng.nextInt(5);
                long overall = Math.min(5, Math.max(1, Math.round(0.5 + 0.6 * answering + 0.3 * courtesy
                        + rng.nextGaussian() * 0.7)));
                csv.append("site ").append(s + 1).append(',').append(overall).append(',').append(answering).append(',')
                        .append(courtesy).append('\n');
            }
        }
        Path survey = dir.resolve("survey.csv");
        Files.writeString(survey, csv.toString());
        Path kpi = dir.resolve("kpi.csv");
        Files.writeString(kpi, "segment,attribute,kpi,value\nsite 1,answering,answer_rate,80%\nsite 2,answering,"
                + "answer_rate,85%\nsite 3,answering,answer_rate,90%\nsite 4,answering,answer_rate,95%\n");
        String text = Cli.run("allocate", "--satisfaction", survey.toString(), "--overall", "overall", "--kpi",
                kpi.toString(), "--segment", "site");
        assertThat(text).contains("floors in operational units").contains("answering: answer_rate >= 91.69 [89.21, "
                + "96.29] keeps customers rating it 1-2 at or below 10% (4 segments)");
        String out = Cli.run("allocate", "--satisfaction", survey.toString(), "--overall", "overall", "--kpi",
                kpi.toString(), "--segment", "site", "--format", "csv");
        assertThat(out.lines().findFirst().orElseThrow()).endsWith(",group,kpi_floor");
        assertThat(out).contains(",\"answer_rate >= 91.6871884");
        String html = Cli.run("report", "--satisfaction", survey.toString(), "--overall", "overall", "--kpi",
                kpi.toString(), "--segment", "site", "--language", "zh", "--satisfaction-bootstrap", "0");
        assertThat(html).contains("以运营指标表示的底线").contains("answer_rate ≥ 91.69 [89.21, 96.29]");
        Files.writeString(kpi, "segment,attribute,kpi,value\nsite 1,answering,answer_rate,eighty\n");
        var err = new java.io.ByteArrayOutputStream();
        int exit = io.github.kano4j.cli.Main.run(new String[] {"allocate", "--satisfaction", survey.toString(),
            "--overall", "overall", "--kpi", kpi.toString(), "--segment", "site"},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err, true,
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("row 2").contains("value")
                .contains("eighty").contains("not a number");
    }
}
