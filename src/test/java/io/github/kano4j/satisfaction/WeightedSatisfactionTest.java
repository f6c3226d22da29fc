package io.github.kano4j.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.cli.Cli;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.stats.Proportions;
import io.github.kano4j.stats.Raking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Respondent weights in a satisfaction survey (docs/METHODS.md §7.6, worked example 18). With one attribute the
 * PRCA model is the zone means: β0 the weighted mean overall rating in the middle zone, the penalty and reward the
 * low and high zones' weighted means minus it. Six respondents (rating, overall, weight): (1, 2, 1), (2, 4, 3),
 * (3, 5, 1), (3, 3, 1), (5, 6, 2), (5, 4, 2): unweighted penalty 3 − 4 = −1, weighted (2·1 + 4·3)/4 − 4 = −0.5;
 * reward 5 − 4 = 1 either way; weighted s_L = 4/10, s_H = 4/10, mean 33/10. The six are repeated ten times (60
 * respondents, the same means): n_eff = 100²/200 = 50, deff 1.2, and the factor type flips from hybrid (IA 0) to
 * satisfier (IA 1/3).
 */
class WeightedSatisfactionTest {
    private static final String SIX = "1,2,1\n2,4,3\n3,5,1\n3,3,1\n5,6,2\n5,4,2\n";
    private static final String CSV = "speed,overall,w\n" + SIX.repeat(10);

    private static SatisfactionAnalysis analyse(SatisfactionCsvReader reader) {
        SatisfactionSurvey s = reader.withAttributes("speed").read(new StringReader(CSV), "example 18");
        return SatisfactionAnalysis.of(s, SatisfactionOptions.defaults().withScale(RatingScale.fivePoint())
                .withBootstrap(0, 1));
    }

    @Test
    void workedExample18WeightsChangeThePenaltyTheSharesAndTheType() {
        SatisfactionAnalysis plain = analyse(SatisfactionCsvReader.create("overall").withIgnored("w"));
        SatisfactionAnalysis weighted = analyse(SatisfactionCsvReader.create("overall").withWeight("w"));
        FactorResult p = plain.results().get(0);
        FactorResult w = weighted.results().get(0);
        assertThat(p.penalty().estimate()).isCloseTo(-1.0, within(1e-9));
        assertThat(w.penalty().estimate()).isCloseTo(-0.5, within(1e-9));
        assertThat(p.reward().estimate()).isCloseTo(1.0, within(1e-9));
        assertThat(w.reward().estimate()).isCloseTo(1.0, within(1e-9));
        assertThat(w.shareLow()).isCloseTo(0.4, within(1e-12));
        assertThat(w.shareHigh()).isCloseTo(0.4, within(1e-12));
        assertThat(w.mean()).isCloseTo(3.3, within(1e-12));
        assertThat(p.shareLow()).isCloseTo(2 / 6.0, within(1e-12));
        assertThat(p.penalty().p()).isLessThan(0.05);
        assertThat(weighted.weighted()).isTrue();
        assertThat(weighted.effectiveN()).isCloseTo(50.0, within(1e-9));
        assertThat(weighted.designEffect()).isCloseTo(1.2, within(1e-12));
        assertThat(plain.weighted()).isFalse();
        assertThat(plain.effectiveN()).isEqualTo(60.0);
        // IA = (reward − |penalty|)/(reward + |penalty|): 0 unweighted (hybrid), 1/3 weighted (satisfier)
        assertThat(p.ia()).isCloseTo(0.0, within(1e-12));
        assertThat(w.ia()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(p.factorType()).isEqualTo(FactorType.HYBRID);
        assertThat(w.factorType()).isEqualTo(FactorType.SATISFIER);
        assertThat(weighted.toString()).contains("(weighted: n_eff 50.0, deff 1.200)");
        assertThat(weighted.report().warnings()).anyMatch(x -> x.startsWith("respondent weights (column \"w\"): n 60, "
                + "n_eff 50.0"));
    }

    @Test
    void trackingMeasuresAWeightedWaveWithWeightedShares() {
        SatisfactionSurvey s = SatisfactionCsvReader.create("overall").withWeight("w").withAttributes("speed")
                .read(new StringReader(CSV), "wave 2");
        PlanTracking.Goal goal = new PlanTracking.Goal("speed", "floor", "share_low", "<=", 0.35, 0.5);
        PlanTracking.Result r = PlanTracking.of(List.of(goal), s, RatingScale.fivePoint(), 0.95).checks().get(0);
        assertThat(r.now()).isCloseTo(0.4, within(1e-12)); // 33.3 % unweighted, 40 % weighted
        assertThat(r.interval().method()).isEqualTo("wilson (n_eff)");
        assertThat(r.interval().lower()).isCloseTo(Proportions.wilsonEffective(0.4, 50, 0.95).lower(), within(1e-12));
    }

    @Test
    void unitWeightsChangeNothing() {
        SatisfactionSurvey s = SatisfactionCsvReader.create("overall").withIgnored("w").read(new StringReader(CSV),
                "x");
        SatisfactionOptions o = SatisfactionOptions.defaults().withBootstrap(200, 9);
        SatisfactionAnalysis a = SatisfactionAnalysis.of(s, o);
        double[] two = new double[s.respondents()];
        java.util.Arrays.fill(two, 2);
        SatisfactionAnalysis b = SatisfactionAnalysis.of(s.withWeights(two, "constant"), o);
        FactorResult x = a.results().get(0);
        FactorResult y = b.results().get(0);
        assertThat(y.penalty().estimate()).isEqualTo(x.penalty().estimate());
        assertThat(y.penalty().se()).isCloseTo(x.penalty().se(), within(1e-12));
        assertThat(y.iaInterval()).isEqualTo(x.iaInterval());
        assertThat(y.mean()).isEqualTo(x.mean());
    }

    @Test
    void badWeightsAndMarginsNameTheirRow(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").withWeight("w").read(new StringReader(
                CSV.replaceFirst("5,4,2", "5,4,-1")), "bad.csv")).hasMessageContaining("row 7")
                .hasMessageContaining("\"w\"").hasMessageContaining("-1").hasMessageContaining("positive number");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").withWeight("weight").read(new StringReader(CSV),
                "bad.csv")).hasMessageContaining("weight column not found");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").withRaking(List.of(new Raking.Margin("region",
                Map.of("N", 1.0)))).read(new StringReader(CSV), "bad.csv")).hasMessageContaining("raking variable not "
                + "found");
    }

    @Test
    void rakingTheSurveyThroughTheCommandLine(@TempDir Path dir) throws Exception {
        // 600 respondents, 2/3 from the north; the population is 50/50; speed matters more in the south
        Random rng = new Random(18);
        StringBuilder sb = new StringBuilder("region,speed,courtesy,overall\n");
        for (int j = 0; j < 600; j++) {
            boolean north = j % 3 != 0;
            int speed = 1 + rng.nextInt(5);
            int courtesy = 1 + rng.nextInt(5);
            double y = 2 + (north ? 0.1 : 0.6) * speed + 0.2 * courtesy + rng.nextGaussian() * 0.5;
            sb.append(north ? "north" : "south").append(',').append(speed).append(',').append(courtesy).append(',')
                    .append(Math.round(Math.max(1, Math.min(10, y)))).append('\n');
        }
        Path survey = dir.resolve("survey.csv");
        Files.writeString(survey, sb.toString());
        Path margins = dir.resolve("margins.csv");
        Files.writeString(margins, "variable,category,share\nregion,north,50%\nregion,south,50%\n");
        String text = Cli.run("satisfaction", survey.toString(), "--overall", "overall", "--rake", margins.toString(),
                "--bootstrap", "0");
        assertThat(text).contains("weighted: n_eff").contains("raked to the margins in").contains("\"region\" "
                + "(column 1): raking variable");
        String csv = Cli.run("satisfaction", survey.toString(), "--overall", "overall", "--rake", margins.toString(),
                "--bootstrap", "0", "--format", "csv");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains(",true,");
        // the raked shares: half the weight on each region, whatever the sample's 2:1
        SatisfactionSurvey raked = SatisfactionCsvReader.create("overall").withRaking(
                io.github.kano4j.io.MarginsCsvReader.read(margins)).read(survey);
        double south = 0;
        double total = 0;
        for (int j = 0; j < raked.respondents(); j++) {
            total += raked.weight(j);
            south += raked.row(j) % 3 == 2 ? raked.weight(j) : 0; // file row = j + 2, so j % 3 == 0 ⇔ row % 3 == 2
        }
        assertThat(south / total).isCloseTo(0.5, within(1e-6));
        assertThat(raked.effectiveN()).isLessThan(600);
    }
}
