package io.github.kano4j.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.IngestReport;
import io.github.kano4j.cli.Main;
import io.github.kano4j.io.GapCsvReader;
import io.github.kano4j.report.Report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** docs/METHODS.md worked example 13 (gaps), the zone of tolerance, pairwise exclusion and the readers. */
class GapAnalysisTest {
    private static final double TOL = 1e-4;
    private static final double NA = Double.NaN;

    private static IngestReport report() {
        return new IngestReport("test", 0, 0, Map.of(), Map.of(), List.of(), List.of());
    }

    @Test
    void workedExample13() {
        GapAnalysis.Ratings callback = new GapAnalysis.Ratings("Callback when the line is busy",
                new double[] {3, 4, 2, 5, 3}, new double[] {4, 4, 4, 4, 4}, new double[0], new double[0]);
        GapAnalysis.GapResult r = GapAnalysis.of(List.of(callback), 0.95, report()).results().get(0);
        assertThat(r.n()).isEqualTo(5);
        assertThat(r.gap()).isCloseTo(-0.6, within(1e-12));
        // s_d = 1.1402, t(4; 0.975) = 2.7764: -0.6 +/- 1.4157
        assertThat(r.gapInterval().lower()).isCloseTo(-2.0157, within(TOL));
        assertThat(r.gapInterval().upper()).isCloseTo(0.8157, within(TOL));
        assertThat(r.negativeShare()).isEqualTo(0.6);
        assertThat(r.perceptionMean()).isCloseTo(3.4, within(1e-12));
        assertThat(r.expectationMean()).isEqualTo(4.0);
        assertThat(r.msa()).isNaN();
    }

    @Test
    void workedExample15ImportanceWeightsAndDimensions() {
        double[] four = {4, 4, 4, 4, 4};
        List<GapAnalysis.Ratings> ratings = List.of(
                new GapAnalysis.Ratings("Callback", new double[] {3, 4, 2, 5, 3}, four, new double[0], new double[0]),
                new GapAnalysis.Ratings("Accuracy", four, new double[] {4, 3, 4, 4, 3}, new double[0], new double[0]),
                new GapAnalysis.Ratings("Empathy", new double[] {3, 3, 3, 3, 3}, four, new double[0], new double[0]));
        GapAnalysis g = GapAnalysis.of(ratings, 0.95, report())
                .withImportance(Map.of("Callback", 50.0, "Accuracy", 30.0, "Empathy", 20.0, "Not surveyed", 99.0))
                .withGroups(Map.of("Callback", "Reliability", "Accuracy", "Reliability", "Empathy", "Empathy"));
        assertThat(g.result("Accuracy").orElseThrow().gap()).isCloseTo(0.4, within(1e-12));
        assertThat(g.importanceWeight("Callback")).isCloseTo(0.5, within(1e-12));
        assertThat(g.importanceWeight("Accuracy")).isCloseTo(0.3, within(1e-12));
        assertThat(g.importanceWeight("Empathy")).isCloseTo(0.2, within(1e-12));
        assertThat(g.weightedGap("Callback")).isCloseTo(-0.3, within(1e-12));
        assertThat(g.weightedGap("Accuracy")).isCloseTo(0.12, within(1e-12));
        assertThat(g.weightedGap("Empathy")).isCloseTo(-0.2, within(1e-12));
        List<GapAnalysis.DimensionGap> dims = g.dimensions();
        assertThat(dims).extracting(GapAnalysis.DimensionGap::dimension).containsExactly("Reliability", "Empathy");
        assertThat(dims.get(0).meanGap()).isCloseTo(-0.1, within(1e-12));
        assertThat(dims.get(0).weightedGap()).isCloseTo(-0.18, within(1e-12));
        assertThat(dims.get(1).meanGap()).isCloseTo(-1.0, within(1e-12));
        assertThat(dims.get(1).weightedGap()).isCloseTo(-0.2, within(1e-12));
        assertThat(g.text(io.github.kano4j.Language.EN)).contains("by dimension").contains("weighted gap");
        String csv = io.github.kano4j.report.Report.csv(g);
        assertThat(csv).containsPattern("\nReliability,2,,,,-0\\.0999999\\d*,,,,,,Reliability,,,-0\\.18,dimension,,,\n")
                .contains("\nEmpathy,1,,,,-1.0,,,,,,Empathy,,,-0.2,dimension,,,\n");
        assertThat(csv.lines().filter(l -> l.endsWith(",attribute,5.0,,")).count()).isEqualTo(3);
        // without importance or groups: no weights, no dimensions
        GapAnalysis plain = GapAnalysis.of(ratings, 0.95, report());
        assertThat(plain.importanceWeight("Callback")).isNaN();
        assertThat(plain.dimensions()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.withImportance(Map.of("Callback", -1.0)))
                .hasMessageContaining("Callback").hasMessageContaining(">= 0");
    }

    @Test
    void workedExample19WeightedGaps() {
        // example 13 with weights 1, 1, 2, 1, 1: d = (−1, 0, −2, 1, −1), W = 6, Ḡ = −5/6, s⁻ = 4/6, n_eff = 36/8 = 4.5;
        // weighted variance (11 − 6·(5/6)²)/6 = 1.138889, × 4.5/3.5 → sd 1.2100767; t(3.5; 0.975) = 2.9400886
        GapAnalysis.Ratings callback = new GapAnalysis.Ratings("Callback", new double[] {3, 4, 2, 5, 3},
                new double[] {4, 4, 4, 4, 4}, new double[0], new double[0], new double[] {1, 1, 2, 1, 1});
        GapAnalysis.GapResult r = GapAnalysis.of(List.of(callback), 0.95, report()).results().get(0);
        assertThat(r.n()).isEqualTo(5);
        assertThat(r.effectiveN()).isCloseTo(4.5, within(1e-12));
        assertThat(r.gap()).isCloseTo(-5 / 6.0, within(1e-12));
        assertThat(r.negativeShare()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(r.perceptionMean()).isCloseTo(19 / 6.0, within(1e-12));
        assertThat(r.gapInterval().lower()).isCloseTo(-2.5104646927, within(1e-8));
        assertThat(r.gapInterval().upper()).isCloseTo(0.8437980260, within(1e-8));
        assertThat(r.negativeInterval().lower()).isCloseTo(0.2609285260, within(1e-8));
        assertThat(r.negativeInterval().upper()).isCloseTo(0.9188961344, within(1e-8));
        // unit weights give the unweighted example 13 exactly
        GapAnalysis.GapResult unit = GapAnalysis.of(List.of(callback.withWeights(new double[] {1, 1, 1, 1, 1})), 0.95,
                report()).results().get(0);
        assertThat(unit.gap()).isCloseTo(-0.6, within(1e-12));
        assertThat(unit.gapInterval().lower()).isCloseTo(-2.0157, within(TOL));
        assertThat(unit.effectiveN()).isEqualTo(5.0);
    }

    @Test
    void gapsBySegmentAndCochransQ(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // site A: d = (−1, 0, −2, 1, −1), mean −0.6, SE 0.5099; site B: d = (1, 2, 0, 1, 1), mean 1.0, SE 0.3162;
        // inverse-variance pooled mean 0.5556, Q = 7.1111 on 1 df, p = 0.0076608
        String csv = "site,回电_感知,回电_期望\nA,3,4\nA,4,4\nA,2,4\nA,5,4\nA,3,4\nB,5,4\nB,6,4\nB,4,4\nB,5,4\n"
                + "B,5,4\n";
        java.nio.file.Path file = dir.resolve("gaps.csv");
        java.nio.file.Files.writeString(file, csv);
        GapCsvReader.Segmented read = GapCsvReader.readSegmented(file, "site");
        assertThat(read.segments()).containsOnlyKeys("A", "B");
        assertThat(read.whole().report().unusedColumns()).anyMatch(u -> u.contains("segment column"));
        Map<String, GapAnalysis> bySite = new java.util.LinkedHashMap<>();
        read.segments().forEach((k, v) -> bySite.put(k, GapAnalysis.of(v.attributes(), 0.95, v.report())));
        assertThat(bySite.get("A").results().get(0).gap()).isCloseTo(-0.6, within(1e-12));
        assertThat(bySite.get("A").results().get(0).gapSe()).isCloseTo(0.5099019514, within(1e-9));
        GapComparison c = GapComparison.of("site", bySite);
        GapComparison.AttributeTest t = c.tests().get(0);
        assertThat(t.chiSquare()).isCloseTo(7.1111111111, within(1e-9));
        assertThat(t.df()).isEqualTo(1);
        assertThat(t.p()).isCloseTo(0.0076607611, within(1e-9));
        assertThat(t.gaps()).containsEntry("B", 1.0);
        assertThat(c.text(io.github.kano4j.Language.ZH_HANS)).startsWith("按site细分的差距");
        String out = Report.csv(c);
        assertThat(out.lines().findFirst().orElseThrow()).endsWith(",segment_column,segment,q,q_df,q_p,q_p_holm");
        assertThat(out.lines().count()).isEqualTo(3);
        assertThat(io.github.kano4j.cli.Cli.run("gap", file.toString(), "--segment", "site")).contains("Gaps by site")
                .contains("Segment site = B");
    }

    @Test
    void explicitColumnsForQuestionHeaders(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // a 问卷星 export: question headers, the columns named by text and by number
        String csv = "序号,3、您对电话接通速度的感受,4、您期望的电话接通速度,5、来源\n1,3,4,微信\n2,4,4,微信\n3,2,4,手机\n"
                + "4,5,4,手机\n5,3,4,微信\n";
        java.nio.file.Path file = dir.resolve("wjx.csv");
        java.nio.file.Files.writeString(file, csv);
        java.nio.file.Path pairs = dir.resolve("pairs.csv");
        java.nio.file.Files.writeString(pairs, "attribute,perception,expectation\n电话接通,3、您对电话接通速度的感受,3\n");
        GapCsvReader.Segmented read = GapCsvReader.read(file, GapCsvReader.Columns.from(pairs),
                java.util.Optional.empty(), java.util.Optional.empty());
        GapAnalysis g = GapAnalysis.of(read.whole().attributes(), 0.95, read.whole().report());
        assertThat(g.results()).extracting(GapAnalysis.GapResult::attribute).containsExactly("电话接通");
        assertThat(g.results().get(0).gap()).isCloseTo(-0.6, within(1e-12));
        assertThat(read.whole().report().unusedColumns()).anyMatch(u -> u.contains("5、来源") && u.contains(
                "not in the column pairs"));
        assertThat(io.github.kano4j.cli.Cli.run("gap", file.toString(), "--pairs", pairs.toString(), "--segment",
                "5、来源")).contains("Segment 5、来源 = 微信");
        java.nio.file.Files.writeString(pairs, "attribute,perception,expectation\n电话接通,9,3\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GapCsvReader.read(file, GapCsvReader.Columns.from(
                pairs), java.util.Optional.empty(), java.util.Optional.empty())).hasMessageContaining("\"9\"")
                .hasMessageContaining("column number from 1 to 4");
    }

    @Test
    void gapsReadWithKanoCategories() {
        double[] four = {4, 4, 4, 4, 4};
        List<GapAnalysis.Ratings> ratings = List.of(
                new GapAnalysis.Ratings("Callback", new double[] {3, 4, 2, 5, 3}, four, new double[0], new double[0]),
                new GapAnalysis.Ratings("Empathy", new double[] {3, 3, 3, 3, 3}, four, new double[0], new double[0]),
                new GapAnalysis.Ratings("Thanks", new double[] {5, 5, 5, 5, 5}, new double[] {3, 3, 3, 3, 3},
                        new double[0], new double[0]),
                new GapAnalysis.Ratings("Advice", new double[] {2, 2, 3, 2, 2}, four, new double[0], new double[0]));
        GapAnalysis g = GapAnalysis.of(ratings, 0.95, report()).withCategories(Map.of("Callback",
                io.github.kano4j.Category.O, "Empathy", io.github.kano4j.Category.M, "Thanks",
                io.github.kano4j.Category.I, "Advice", io.github.kano4j.Category.A));
        // Callback's interval [−2.02, 0.82] contains 0: no action from the gap; Empathy −1 everywhere: a broken basic
        assertThat(g.reading("Callback")).contains(GapAnalysis.Reading.NO_ACTION);
        assertThat(g.reading("Empathy")).contains(GapAnalysis.Reading.FLOOR_BREACH);
        assertThat(g.reading("Thanks")).contains(GapAnalysis.Reading.REDUCTION_CANDIDATE);
        assertThat(g.reading("Advice")).contains(GapAnalysis.Reading.MISSED_OPPORTUNITY);
        assertThat(GapAnalysis.of(ratings, 0.95, report()).reading("Empathy")).isEmpty();
        assertThat(g.text(io.github.kano4j.Language.EN)).contains("broken basic");
        assertThat(Report.csv(g)).contains(",M,floor_breach\n").contains(",I,reduction_candidate\n");
    }

    @Test
    void theWeightColumnOfAGapFile() {
        String csv = "id,w,回电_感知,回电_期望\n1,1,3,4\n2,1,4,4\n3,2,2,4\n4,1,5,4\n5,1,3,4\n";
        GapCsvReader.GapSurvey s = GapCsvReader.read(new java.io.StringReader(csv), "weighted.csv", "w");
        GapAnalysis g = GapAnalysis.of(s.attributes(), 0.95, s.report());
        assertThat(g.results().get(0).gap()).isCloseTo(-5 / 6.0, within(1e-12));
        assertThat(s.report().warnings()).anyMatch(x -> x.contains("n_eff 4.5"));
        assertThat(s.report().unusedColumns()).anyMatch(x -> x.contains("respondent weight"));
        assertThat(g.text(io.github.kano4j.Language.EN)).contains("n_eff");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GapCsvReader.read(new java.io.StringReader(
                csv.replace("3,2,2,4", "3,0,2,4")), "weighted.csv", "w")).hasMessageContaining("row 4")
                .hasMessageContaining("positive number");
    }

    @Test
    void theZoneOfToleranceAndPairwiseExclusion() {
        // P = 3, 4, 2, 5, 3 and a sixth respondent without a perception; adequate 3, desired 5:
        // MSA = 0, 1, -1, 2, 0 (mean 0.4); MSS = -2, -1, -3, 0, -2 (mean -1.6); below 1/5, within 3/5, above 1/5
        GapAnalysis.Ratings r = new GapAnalysis.Ratings("Answers are correct", new double[] {3, 4, 2, 5, 3, NA},
                new double[0], new double[] {3, 3, 3, 3, 3, 3}, new double[] {5, 5, 5, 5, 5, 5});
        GapAnalysis.GapResult g = GapAnalysis.of(List.of(r), 0.95, report()).results().get(0);
        assertThat(g.n()).isEqualTo(5);
        assertThat(g.excluded()).isEqualTo(1);
        assertThat(g.msa()).isCloseTo(0.4, within(1e-12));
        assertThat(g.mss()).isCloseTo(-1.6, within(1e-12));
        assertThat(g.belowAdequate()).isEqualTo(0.2);
        assertThat(g.withinZone()).isEqualTo(0.6);
        assertThat(g.aboveDesired()).isEqualTo(0.2);
        // with only the two levels, the gap is taken against the adequate expectation
        assertThat(g.gap()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void theReaderFindsEnglishAndChineseColumnsAndCountsEveryRow() {
        String csv = "序号,回电_感知,回电_期望,准确（感知）,准确（最低期望）,准确（理想期望）,备注\n"
                + "1,3,4,3,3,5,a\n2,4,4,4,3,5,b\n3,2,4,2,3,5,c\n4,5,4,5,3,5,d\n5,3,4,3,3,5,e\n6,,,,,,f\n7,x,4,,,,g\n";
        GapCsvReader.GapSurvey s = GapCsvReader.read(new StringReader(csv), "servqual.csv");
        assertThat(s.attributes()).extracting(GapAnalysis.Ratings::attribute).containsExactly("回电", "准确");
        assertThat(s.report().rowsRead()).isEqualTo(7);
        assertThat(s.report().rowsUsed()).isEqualTo(6);
        assertThat(s.report().rowsRejected()).containsEntry("no ratings", 1L);
        assertThat(s.report().reconciles()).isTrue();
        assertThat(s.report().warnings()).containsExactly("column \"回电_感知\": 1 values are not ratings (left out as "
                + "missing)");
        GapAnalysis gaps = GapAnalysis.of(s.attributes(), 0.95, s.report());
        assertThat(gaps.result("回电").orElseThrow().gap()).isCloseTo(-0.6, within(1e-12));
        assertThat(gaps.result("回电").orElseThrow().excluded()).isEqualTo(1);
        assertThat(gaps.result("准确").orElseThrow().withinZone()).isEqualTo(0.6);
        String out = Report.csv(gaps);
        assertThat(out).startsWith("attribute,n,excluded,perception_mean,expectation_mean,gap,gap_lower,gap_upper,"
                + "negative_share,negative_share_lower,negative_share_upper,msa,mss,below_adequate_share,"
                + "within_zone_share,above_desired_share,adequate_mean,desired_mean,group,importance,importance_weight,"
                + "weighted_gap,level,n_eff,category,reading\n回电,5,1,3.4,4.0,-0.6,");
        assertThat(gaps.toString()).contains("within zone");
    }

    @Test
    void extraFieldsAndRepeatedColumnsAreReported() {
        String csv = "speed_perception,speed_expectation,speed_perception\n3,4,9\n4,4,9,extra\n";
        GapCsvReader.GapSurvey s = GapCsvReader.read(new StringReader(csv), "odd.csv");
        assertThat(s.report().rowsRejected()).containsEntry("more fields than the header", 1L);
        assertThat(s.report().unusedColumns()).containsExactly("\"speed_perception\" (column 3): a second perception "
                + "column of \"speed\"; the first (column 1) is read");
        assertThat(s.attributes().get(0).perception()).containsExactly(3.0);
    }

    @Test
    void theCommandLineOnTheBundledCallCentreGaps() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"gap", "examples/data/call-centre-gaps.csv", "--format", "csv"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("attribute,n,excluded,").contains("一次性解决问题,");
    }
}
