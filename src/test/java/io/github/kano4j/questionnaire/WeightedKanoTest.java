package io.github.kano4j.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.Category;
import io.github.kano4j.Kano;
import io.github.kano4j.cli.Cli;
import io.github.kano4j.io.KanoSurvey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Respondent weights in the Kano questionnaire (docs/METHODS.md §7.6, worked example 20): 60 respondents answer
 * must-be (neutral / dislike), 30 one-dimensional (like / dislike). Unweighted, Fong separates M from O (|60 − 30| =
 * 30 ≥ 1.65·√(90·90/180) = 11.07): M. A quota sample over-represents the must-be answerers: with weight 0.5 for them
 * and 2 for the others, the weighted sums are M 30, O 60, Σw² = 135, n_eff = 90²/135 = 60, deff 1.5, effective
 * counts M 20, O 40, and Fong on them (|40 − 20| = 20 ≥ 1.65·√30 = 9.04) decides O. Better goes from 1/3 (Wilson at
 * 90: [0.2445, 0.4358]) to 2/3 (Wilson at n_eff 60: [0.5406, 0.7727]).
 */
class WeightedKanoTest {
    private static KanoTally tally(boolean weighted) {
        KanoTally t = KanoTally.create();
        for (int j = 0; j < 60; j++) {
            if (weighted) {
                t.acceptWeighted("Callback", 2, 4, 0.5);
            } else {
                t.acceptLevels("Callback", 2, 4);
            }
        }
        for (int j = 0; j < 30; j++) {
            if (weighted) {
                t.acceptWeighted("Callback", 0, 4, 2.0);
            } else {
                t.acceptLevels("Callback", 0, 4);
            }
        }
        return t;
    }

    @Test
    void workedExample20WeightsFlipTheCategory() {
        KanoResult plain = Kano.analyze(tally(false), KanoOptions.defaults()).results().get(0);
        KanoResult weighted = Kano.analyze(tally(true), KanoOptions.defaults()).results().get(0);
        assertThat(plain.category()).contains(Category.M);
        assertThat(weighted.category()).contains(Category.O);
        assertThat(weighted.counts().m()).isEqualTo(60); // the answers themselves are unchanged
        Weighting w = weighted.weighting().orElseThrow();
        assertThat(w.effectiveN()).isCloseTo(60, within(1e-9));
        assertThat(w.designEffect()).isCloseTo(1.5, within(1e-9));
        assertThat(w.share(Category.O)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(w.effectiveCounts().o()).isEqualTo(40);
        assertThat(w.effectiveCounts().m()).isEqualTo(20);
        assertThat(weighted.fong().significant()).isTrue();
        assertThat(weighted.fong().rhs()).isCloseTo(1.65 * Math.sqrt(30), within(1e-9));
        assertThat(plain.better()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(weighted.better()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(plain.coefficients().betterInterval().lower()).isCloseTo(0.2445350528, within(1e-9));
        assertThat(weighted.coefficients().betterInterval().lower()).isCloseTo(0.5405686645, within(1e-9));
        assertThat(weighted.coefficients().betterInterval().upper()).isCloseTo(0.7727073848, within(1e-9));
        assertThat(weighted.coefficients().absWorse()).isCloseTo(1.0, within(1e-12));
        assertThat(weighted.categoryStrength()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(weighted.has(Flag.WEIGHTED)).isTrue();
        assertThat(plain.weighting()).isEmpty();
        // the DuMouchel means are weighted too: functional scores like 4, neutral 0 → (30·0 + 60·4)/90 = 2.6667
        assertThat(weighted.continuous().functionalMean()).isCloseTo(8 / 3.0, within(1e-12));
    }

    @Test
    void unitWeightsChangeNothingButTheFlag() {
        KanoTally unit = KanoTally.create();
        KanoTally plain = KanoTally.create();
        java.util.Random rng = new java.util.Random(20);
        for (int j = 0; j < 400; j++) {
            int f = rng.nextInt(5);
            int d = rng.nextInt(5);
            unit.acceptWeighted("x", f, d, 1.0);
            plain.acceptLevels("x", f, d);
        }
        KanoResult a = Kano.analyze(plain, KanoOptions.defaults()).results().get(0);
        KanoResult b = Kano.analyze(unit, KanoOptions.defaults()).results().get(0);
        assertThat(b.label()).isEqualTo(a.label());
        assertThat(b.better()).isCloseTo(a.better(), within(1e-12));
        assertThat(b.coefficients().betterInterval().lower()).isCloseTo(a.coefficients().betterInterval().lower(),
                within(1e-12));
        assertThat(b.fong().z()).isCloseTo(a.fong().z(), within(1e-12));
        assertThat(b.continuous().functionalSd()).isCloseTo(a.continuous().functionalSd(), within(1e-12));
    }

    @Test
    void weightedTalliesMergeExactlyAndSurviveSerialization() throws Exception {
        KanoTally whole = tally(true);
        KanoTally part1 = KanoTally.create();
        KanoTally part2 = KanoTally.create();
        for (int j = 0; j < 60; j++) {
            (j % 2 == 0 ? part1 : part2).acceptWeighted("Callback", 2, 4, 0.5);
        }
        for (int j = 0; j < 30; j++) {
            part2.acceptWeighted("Callback", 0, 4, 2.0);
        }
        assertThat(part1.combine(part2)).isEqualTo(whole);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(whole);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(whole);
        }
        // an unweighted pair added to a weighted tally counts with weight 1
        AttributeTally t = AttributeTally.create().acceptWeighted(0, 4, 3.0).acceptLevels(0, 4);
        assertThat(t.weightSum(0, 4)).isEqualTo(4.0);
        assertThat(t.weightSquares(0, 4)).isEqualTo(10.0);
        assertThatThrownBy(() -> AttributeTally.create().acceptWeighted(0, 4, 0)).hasMessageContaining("positive");
    }

    @Test
    void javaRecordsWithWeights() {
        record Row(String attribute, int functional, int dysfunctional, double weight) {
        }
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (int j = 0; j < 60; j++) {
            rows.add(new Row("Callback", 3, 5, 0.5));
        }
        for (int j = 0; j < 30; j++) {
            rows.add(new Row("Callback", 1, 5, 2.0));
        }
        KanoSurvey s = io.github.kano4j.io.KanoRecords.fromLongWeighted(rows, Row::attribute, Row::functional,
                Row::dysfunctional, Row::weight, EvaluationTable.STANDARD, MissingAnswerPolicy.DROP_PAIR);
        assertThat(Kano.analyze(s, KanoOptions.defaults()).results().get(0).category()).contains(Category.O);
        KanoSurvey wide = io.github.kano4j.io.KanoRecords.fromWideWeighted(rows, java.util.List.of("Callback"),
                (r, a) -> r.functional(), (r, a) -> r.dysfunctional(), Row::weight, EvaluationTable.STANDARD,
                MissingAnswerPolicy.DROP_PAIR);
        assertThat(wide.tally()).isEqualTo(s.tally());
        rows.add(new Row("Callback", 1, 5, -1));
        assertThatThrownBy(() -> io.github.kano4j.io.KanoRecords.fromLongWeighted(rows, Row::attribute,
                Row::functional, Row::dysfunctional, Row::weight, EvaluationTable.STANDARD,
                MissingAnswerPolicy.DROP_PAIR)).hasMessageContaining("Record 91").hasMessageContaining("-1");
    }

    @Test
    void rakingAKanoSurveyToItsChannelMargins(@TempDir Path dir) throws Exception {
        // 60 phone respondents answer must-be, 30 web respondents one-dimensional; the population is 25 % phone:
        // weights 0.375 and 2.25, weighted shares M 0.25, O 0.75, n_eff = 90² / (60·0.375² + 30·2.25²) = 50.526
        StringBuilder wide = new StringBuilder("id,channel,callback_functional,callback_dysfunctional\n");
        for (int j = 1; j <= 90; j++) {
            wide.append(j).append(',').append(j <= 60 ? "phone" : "web").append(',').append(j <= 60 ? 3 : 1)
                    .append(",5\n");
        }
        Path file = dir.resolve("survey.csv");
        Files.writeString(file, wide.toString());
        Path margins = dir.resolve("margins.csv");
        Files.writeString(margins, "variable,category,share\nchannel,phone,25%\nchannel,web,75%\n");
        KanoSurvey survey = Kano.reader().withRaking(io.github.kano4j.io.MarginsCsvReader.read(margins)).read(file);
        KanoResult r = Kano.analyze(survey, KanoOptions.defaults()).results().get(0);
        assertThat(r.category()).contains(Category.O);
        assertThat(r.weighting().orElseThrow().share(Category.O)).isCloseTo(0.75, within(1e-6));
        assertThat(r.weighting().orElseThrow().effectiveN()).isCloseTo(8100 / 160.3125, within(1e-3));
        assertThat(survey.report().warnings().get(0)).startsWith("respondent weights raked to the margins in");
        assertThat(survey.report().unusedColumns()).anyMatch(u -> u.contains("\"channel\" (column 2): raking variable"));
        assertThat(Cli.run("analyze", file.toString(), "--rake", margins.toString())).contains("WEIGHTED");
        Files.writeString(file, wide.toString().replace("\n7,phone,", "\n7,fax,"));
        assertThatThrownBy(() -> Kano.reader().withRaking(io.github.kano4j.io.MarginsCsvReader.read(margins)).read(file))
                .hasMessageContaining("row 8").hasMessageContaining("\"fax\"").hasMessageContaining("raking margin");
        assertThatThrownBy(() -> Kano.reader().withRaking(io.github.kano4j.io.MarginsCsvReader.read(margins))
                .read(new StringReader("respondent,attribute,functional,dysfunctional,channel\n1,x,1,5,web\n"), "l.csv"))
                .hasMessageContaining("one row per respondent");
    }

    @Test
    void aWeightColumnInWideAndLongFiles(@TempDir Path dir) throws Exception {
        StringBuilder wide = new StringBuilder("id,w,callback_functional,callback_dysfunctional\n");
        StringBuilder lng = new StringBuilder("respondent,attribute,functional,dysfunctional,weight\n");
        for (int j = 1; j <= 90; j++) {
            boolean must = j <= 60;
            wide.append(j).append(',').append(must ? "0.5" : "2").append(',').append(must ? 3 : 1).append(",5\n");
            lng.append(j).append(",callback,").append(must ? 3 : 1).append(",5,").append(must ? "0.5" : "2").append('\n');
        }
        Path w = dir.resolve("wide.csv");
        Files.writeString(w, wide.toString());
        KanoSurvey survey = Kano.reader().withWeight("w").read(w);
        assertThat(Kano.analyze(survey, KanoOptions.defaults()).results().get(0).category()).contains(Category.O);
        assertThat(survey.report().unusedColumns()).anyMatch(u -> u.contains("respondent weight"));
        KanoSurvey fromLong = Kano.reader().withWeight("weight").read(new StringReader(lng.toString()), "long.csv");
        assertThat(Kano.analyze(fromLong, KanoOptions.defaults()).results().get(0).category()).contains(Category.O);
        String csv = Cli.run("analyze", w.toString(), "--weight", "w", "--format", "csv");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",weighted,n_eff,deff,share_a,share_o,share_m,"
                + "share_i,share_r,share_q");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains(",O,").contains(",true,60.0");
        assertThat(Cli.run("analyze", w.toString(), "--weight", "w")).contains("WEIGHTED");
        assertThat(Cli.run("allocate", "--kano", w.toString(), "--kano-weight", "w", "--format", "csv"))
                .contains("callback,").contains(",O,"); // the plan rests on the weighted category
        Files.writeString(w, wide.toString().replace("\n5,0.5,", "\n5,x,"));
        assertThatThrownBy(() -> Kano.reader().withWeight("w").read(w)).hasMessageContaining("row 6")
                .hasMessageContaining("\"x\"").hasMessageContaining("positive number");
        assertThatThrownBy(() -> Kano.reader().withWeight("weight").read(new StringReader(
                "attribute,functional,dysfunctional,count,weight\ncallback,1,5,10,2\n"), "counts.csv"))
                .hasMessageContaining("pre-aggregated pair counts");
    }
}
