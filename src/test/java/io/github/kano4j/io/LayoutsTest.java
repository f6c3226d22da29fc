package io.github.kano4j.io;

import io.github.kano4j.Kano;
import io.github.kano4j.report.Report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.Answer;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every layout on real temporary files, the same survey giving the same counts; reports reconcile. */
class LayoutsTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static KanoSurvey read(KanoCsvReader reader, Path p) {
        KanoSurvey s = reader.read(p);
        assertThat(s.report().reconciles()).as("%s", s.report()).isTrue();
        return s;
    }

    static final CategoryCounts SPEED = new CategoryCounts(1, 2, 1, 0, 0, 0);

    @Test
    void wideLongPairCountsAndCategoryCountsAgree() throws IOException {
        Path wide = write("wide.csv", "id,speed_f,speed_d\n1,1,5\n2,1,5\n3,2,5\n4,1,3\n");
        Path longFile = write("long.csv", "respondent,attribute,functional,dysfunctional\n1,speed,1,5\n2,speed,like,"
                + "dislike\n3,speed,2,5\n4,speed,1,3\n");
        Path pairs = write("pairs.csv", "attribute,functional,dysfunctional,count\nspeed,1,5,2\nspeed,2,5,1\n"
                + "speed,1,3,1\n");
        Path cats = write("cats.csv", "Attribute,A,O,M,I,R,Q\nspeed,1,2,1,0,0,0\n");
        KanoCsvReader auto = KanoCsvReader.create();
        assertThat(LayoutDetection.of(List.of("attribute", "a", "o", "m", "i"))).isEqualTo(Layout.CATEGORY_COUNTS);
        assertThat(LayoutDetection.of(List.of("attribute", "functional", "dysfunctional", "count")))
                .isEqualTo(Layout.PAIR_COUNTS);
        assertThat(LayoutDetection.of(List.of("respondent", "attribute", "functional", "dysfunctional")))
                .isEqualTo(Layout.LONG);
        assertThat(LayoutDetection.of(List.of("x_f", "x_d"))).isEqualTo(Layout.WIDE);
        for (Path p : List.of(wide, longFile, pairs, cats)) {
            KanoAnalysis a = Kano.analyze(read(auto, p), KanoOptions.defaults());
            assertThat(a.result("speed").orElseThrow().counts()).as(p.getFileName().toString()).isEqualTo(SPEED);
        }
        KanoSurvey pairSurvey = read(auto, pairs);
        assertThat(pairSurvey.report().rowsRead()).isEqualTo(3);
        assertThat(pairSurvey.report().warnings()).contains("pre-aggregated pair counts: 4 answer pairs in 3 rows");
        KanoAnalysis fromCats = Kano.analyze(read(auto, cats), KanoOptions.defaults());
        assertThat(fromCats.result("speed").orElseThrow().continuous().functionalMean()).isNaN();
    }

    @Test
    void layoutOverrideAndLayoutErrors() throws IOException {
        Path longFile = write("l.csv", "respondent,attribute,functional,dysfunctional\n1,speed,1,5\n");
        assertThatThrownBy(() -> KanoCsvReader.create().withLayout(Layout.PAIR_COUNTS).read(longFile))
                .isInstanceOf(KanoInputException.class).hasMessageContaining("needs a count column");
        assertThatThrownBy(() -> KanoCsvReader.create().withLayout(Layout.WIDE).read(longFile))
                .isInstanceOf(KanoInputException.class).hasMessageContaining("no functional/dysfunctional column pairs");
        Path badCount = write("c.csv", "attribute,functional,dysfunctional,count\nspeed,1,5,two\n");
        assertThatThrownBy(() -> KanoCsvReader.create().read(badCount)).isInstanceOf(KanoInputException.class)
                .hasMessage(badCount + ", row 2, column \"count\", value \"two\": not a pair count; expected a whole "
                        + "number >= 0");
        Path badCat = write("k.csv", "attribute,a,o,m,i\nspeed,1,-2,3,4\n");
        assertThatThrownBy(() -> KanoCsvReader.create().read(badCat)).isInstanceOf(KanoInputException.class)
                .hasMessageContaining("row 2, column \"o\", value \"-2\"");
        assertThatThrownBy(() -> Layout.parse("tall")).hasMessageContaining("expected one of auto");
    }

    @Test
    void longLayoutMissingAnswersImportanceAndSegments() throws IOException {
        Path p = write("l.csv", """
                respondent,attribute,functional,dysfunctional,importance,region
                1,speed,1,5,9,north
                1,cleanup,2,,7,north
                2,speed,,,5,south
                2,cleanup,2,5,8,south
                3,speed,maybe,5,4,south
                """);
        KanoSurvey s = read(KanoCsvReader.create().withSegmentColumns("region"), p);
        assertThat(s.report().rowsUsed()).isEqualTo(2);
        assertThat(s.report().rowsRejected()).containsEntry(IngestAccounting.Reason.MISSING_DYSFUNCTIONAL.label(), 1L)
                .containsEntry(IngestAccounting.Reason.MISSING_BOTH.label(), 1L).containsEntry(IngestAccounting.Reason.INVALID_ANSWER.label(), 1L);
        assertThat(s.tally().attributes().get("speed").importanceMean()).isEqualTo(9.0);
        assertThat(s.segments().get("region")).containsOnlyKeys("north", "south");
        assertThat(s.report().attributes().get("speed").pairsSkippedTotal()).isEqualTo(2);
        KanoSurvey q = read(KanoCsvReader.create().withMissingAnswers(MissingAnswerPolicy.COUNT_AS_Q), p);
        assertThat(q.report().rowsUsed()).isEqualTo(4);
        assertThat(q.tally().attributes().get("cleanup").questionableByPolicy()).isEqualTo(1);
    }

    @Test
    void respondentFiltersDropByReasonInWideAndLong() throws IOException {
        Path wide = write("w.csv", "id,a_f,a_d,b_f,b_d,c_f,c_d\n"
                + "1,1,1,5,5,1,5\n"     // two Q answers
                + "2,3,3,3,3,3,3\n"     // three I, and a straight-liner
                + "3,1,5,2,5,1,3\n");   // kept
        RespondentFilter f = RespondentFilter.NONE.withMaxQuestionable(1).withMaxIndifferent(2);
        KanoSurvey s = read(KanoCsvReader.create().withRespondentFilter(f), wide);
        assertThat(s.report().rowsUsed()).isEqualTo(1);
        assertThat(s.report().rowsRejected()).containsEntry(IngestAccounting.Reason.TOO_MANY_Q.label(), 1L)
                .containsEntry(IngestAccounting.Reason.TOO_MANY_I.label(), 1L);
        KanoSurvey straight = read(KanoCsvReader.create().withRespondentFilter(RespondentFilter.NONE
                .withStraightLinersDropped(true)), wide);
        assertThat(straight.report().rowsRejected()).containsEntry(IngestAccounting.Reason.STRAIGHT_LINE.label(), 1L);
        Path longFile = write("l.csv", "respondent,attribute,functional,dysfunctional\n"
                + "1,a,1,1\n1,b,5,5\n1,c,1,5\n2,a,1,5\n2,b,2,5\n");
        KanoSurvey l = read(KanoCsvReader.create().withRespondentFilter(f), longFile);
        assertThat(l.report().rowsRejected()).containsEntry(IngestAccounting.Reason.TOO_MANY_Q.label(), 3L);
        assertThat(l.report().rowsUsed()).isEqualTo(2);
        assertThat(l.tally().attributes().get("a").pairs()).isEqualTo(1);
    }

    @Test
    void reversedDysfunctionalCodesAndDuplicateIds() throws IOException {
        Path p = write("r.csv", "id,a_f,a_d\n1,1,1\n1,1,dislike\n");
        KanoSurvey s = read(KanoCsvReader.create().withReversedDysfunctionalCodes(true), p);
        // code 1 on a reversed dysfunctional scale is "dislike": both rows are (like, dislike) = O
        assertThat(s.tally().attributes().get("a").pairCount(0, 4)).isEqualTo(2);
        assertThat(s.report().warnings()).anySatisfy(w -> assertThat(w).contains("1 rows repeat a respondent id"));
    }

    @Test
    void aThreePointFileReadAsFivePointIsFlagged() throws IOException {
        StringBuilder sb = new StringBuilder("attribute,functional,dysfunctional\n");
        java.util.Random rng = new java.util.Random(3);
        for (int r = 0; r < 40; r++) {
            sb.append("x,").append(1 + rng.nextInt(3)).append(',').append(1 + rng.nextInt(3)).append('\n');
        }
        Path p = write("three.csv", sb.toString());
        assertThat(read(KanoCsvReader.create(), p).report().warnings())
                .anySatisfy(w -> assertThat(w).contains("three-point evaluation table"));
        assertThat(read(KanoCsvReader.create().withTable(EvaluationTable.THREE_POINT), p).report().warnings()).isEmpty();
    }

    @Test
    void threePointScaleAndAutoDetectionErrorsListValues() throws IOException {
        Path p = write("t.csv", "attribute,functional,dysfunctional\nx,1,3\nx,7,3\n");
        KanoSurvey s = read(KanoCsvReader.create().withTable(EvaluationTable.THREE_POINT), p);
        assertThat(s.tally().attributes().get("x").pairCount(0, 2)).isEqualTo(1);
    }

    record Row(String attribute, Object functional, Object dysfunctional) {
    }

    @Test
    void javaRecordsWithExtractors() {
        List<Row> rows = List.of(new Row("speed", Answer.LIKE, Answer.DISLIKE), new Row("speed", 2, 5),
                new Row("speed", "like", "I am neutral"), new Row("speed", null, 5), new Row("speed", 9, 5),
                new Row(" ", 1, 5));
        KanoSurvey s = KanoRecords.fromLong(rows, Row::attribute, Row::functional, Row::dysfunctional);
        assertThat(s.report().reconciles()).isTrue();
        assertThat(s.report().rowsUsed()).isEqualTo(3);
        assertThat(Kano.analyze(s, KanoOptions.defaults()).result("speed").orElseThrow().counts())
                .isEqualTo(new CategoryCounts(1, 1, 1, 0, 0, 0));
        assertThat(s.report().attributes().get("speed").pairsSkipped())
                .containsEntry(IngestAccounting.Reason.MISSING_FUNCTIONAL.label(), 1L).containsEntry(IngestAccounting.Reason.INVALID_ANSWER.label(), 1L);

        record Respondent(String speed, String cleanup) {
        }
        List<Respondent> people = List.of(new Respondent("1/5", "2/5"), new Respondent("1/3", null));
        KanoSurvey w = KanoRecords.fromWide(people, List.of("speed", "cleanup"),
                (r, a) -> part(a.equals("speed") ? r.speed() : r.cleanup(), 0),
                (r, a) -> part(a.equals("speed") ? r.speed() : r.cleanup(), 1));
        assertThat(w.report().reconciles()).isTrue();
        assertThat(w.tally().attributes().get("cleanup").pairs()).isEqualTo(1);
        assertThatThrownBy(() -> KanoRecords.fromLong(rows, Row::attribute, Row::functional, Row::dysfunctional,
                EvaluationTable.STANDARD, MissingAnswerPolicy.FAIL))
                .hasMessageContaining("policy fail");
    }

    private static String part(String pair, int i) {
        return pair == null ? null : pair.split("/")[i];
    }

    @Test
    void columnPairsSurviveEveryLaterWither() throws IOException {
        // 0.1.0 bug: every wither but withColumnPairs rebuilt the reader without the pairs, so
        // create().withColumnPairs(p).withCharset(...) silently dropped them and the read failed.
        Path p = write("pairs-then-withers.csv", "Q1a,Q1b,seg\n1,5,x\n2,5,y\n");
        KanoSurvey s = read(KanoCsvReader.create().withColumnPairs(java.util.Map.of("Speed", List.of("Q1a", "Q1b")))
                .withCharset(java.nio.charset.StandardCharsets.UTF_8).withTable(EvaluationTable.STANDARD)
                .withMissingAnswers(MissingAnswerPolicy.DROP_PAIR).withRespondentFilter(RespondentFilter.NONE)
                .withReversedDysfunctionalCodes(false).withSegmentColumns("seg")
                .withScale(io.github.kano4j.io.AnswerScale.FIVE_POINT), p);
        assertThat(s.tally().attributes()).containsOnlyKeys("Speed");
        assertThat(s.tally().attributes().get("Speed").pairs()).isEqualTo(2);
        assertThat(s.segments().get("seg")).containsOnlyKeys("x", "y");
    }

    @Test
    void explicitColumnPairsAndALabelMappingFile() throws IOException {
        Path p = write("q.csv", "Q1a,Q1b,Q2a,Q2b,comment\ngood,bad,1,5,x\ngood,so-so,2,5,y\n");
        Path labels = write("labels.csv", "# our wording\ngood,like\nbad,5\nso-so,neutral\n");
        var scale = io.github.kano4j.io.AnswerScale.FIVE_POINT.withLabelsFrom(labels);
        KanoSurvey s = read(KanoCsvReader.create().withScale(scale).withColumnPairs(java.util.Map.of(
                "Speed", List.of("Q1a", "Q1b"))), p);
        assertThat(s.tally().attributes()).containsOnlyKeys("Speed");
        assertThat(s.tally().attributes().get("Speed").pairCount(0, 4)).isEqualTo(1);
        assertThat(s.tally().attributes().get("Speed").pairCount(0, 2)).isEqualTo(1);
        assertThat(s.report().unusedColumns()).contains("\"Q2a\" (column 3): not in the column pairs");
        assertThatThrownBy(() -> KanoCsvReader.create().withColumnPairs(java.util.Map.of("Speed",
                List.of("Q9a", "Q1b"))).read(p)).isInstanceOf(KanoInputException.class)
                .hasMessageContaining("column \"Q9a\": column of attribute \"Speed\" not found");
        Path bad = write("bad-labels.csv", "good,sometimes\n");
        assertThatThrownBy(() -> io.github.kano4j.io.AnswerScale.FIVE_POINT.withLabelsFrom(bad))
                .isInstanceOf(KanoInputException.class).hasMessageContaining("row 1");
    }

    @Test
    void parallelReadOfSeveralFilesEqualsOneFileWithAllRows() throws IOException {
        String header = "id,speed_f,speed_d,region\n";
        StringBuilder all = new StringBuilder(header);
        StringBuilder p1 = new StringBuilder(header);
        StringBuilder p2 = new StringBuilder(header);
        java.util.Random rng = new java.util.Random(9);
        for (int r = 0; r < 500; r++) {
            String row = r + "," + (1 + rng.nextInt(5)) + "," + (rng.nextInt(8) == 0 ? "" : 1 + rng.nextInt(5)) + ","
                    + (rng.nextBoolean() ? "north" : "south") + "\n";
            all.append(row);
            (r < 200 ? p1 : p2).append(row);
        }
        Path whole = write("all.csv", all.toString());
        Path a = write("p1.csv", p1.toString());
        Path b = write("p2.csv", p2.toString());
        KanoCsvReader reader = KanoCsvReader.create().withSegmentColumns("region");
        KanoSurvey one = reader.read(whole);
        KanoSurvey parts = reader.readAll(List.of(a, b));
        assertThat(parts.tally()).isEqualTo(one.tally());
        assertThat(parts.segments()).isEqualTo(one.segments());
        assertThat(parts.report().reconciles()).isTrue();
        assertThat(parts.report().rowsRead()).isEqualTo(500);
        assertThat(parts.report().rowsRejected()).isEqualTo(one.report().rowsRejected());
        assertThat(Report.csv(Kano.analyze(parts, KanoOptions.defaults()))).isEqualTo(Report.csv(Kano.analyze(one, KanoOptions.defaults())));
    }
}
