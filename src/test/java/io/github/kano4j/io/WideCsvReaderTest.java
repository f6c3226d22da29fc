package io.github.kano4j.io;

import io.github.kano4j.Kano;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.AttributeTally;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wide reader on real temporary files; every test checks that the ingest report reconciles. */
class WideCsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static KanoSurvey read(Path p) {
        return read(p, WIDE);
    }

    private static final KanoCsvReader WIDE = KanoCsvReader.create().withLayout(Layout.WIDE);

    private static KanoSurvey read(Path p, KanoCsvReader reader) {
        KanoSurvey s = reader.read(p);
        assertThat(s.report().reconciles()).as("ingest report reconciles:\n%s", s.report()).isTrue();
        return s;
    }

    @Test
    void codesAndLabelsPairedByHeaderName() throws IOException {
        Path p = write("s.csv", """
                id,Speed_functional,Speed_dysfunctional,Speed_importance,Cleanup_f,Cleanup_d
                1,1,5,9,like,dislike
                2,Like,Neutral,7,must-be,dislike
                3,I like it that way,It must be that way,,2,5
                """);
        KanoSurvey s = read(p);
        assertThat(s.tally().attributes().keySet()).containsExactly("Speed", "Cleanup");
        AttributeTally speed = s.tally().attributes().get("Speed");
        assertThat(EvaluationTable.STANDARD.count(speed)).isEqualTo(new CategoryCounts(2, 1, 0, 0, 0, 0));
        assertThat(speed.importanceMean()).isEqualTo(8.0);
        assertThat(EvaluationTable.STANDARD.count(s.tally().attributes().get("Cleanup")))
                .isEqualTo(new CategoryCounts(0, 1, 2, 0, 0, 0));
        IngestReport r = s.report();
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.rowsUsed()).isEqualTo(3);
        assertThat(r.attributes().get("Speed").pairsUsed()).isEqualTo(3);
        assertThat(r.attributes().get("Speed").importanceRatings()).isEqualTo(2);
        assertThat(r.unusedColumns()).containsExactly("\"id\" (column 1): not a Kano answer column");
    }

    @Test
    void headerPatternsInAnyOrder() throws IOException {
        Path p = write("s.csv", """
                D1,Night line (dysfunctional),F1,Night line (functional),functional_cleanup,dysfunctional_cleanup,orphan_f
                5,5,1,1,1,5,1
                """);
        KanoSurvey s = read(p);
        assertThat(s.tally().attributes().keySet()).containsExactly("1", "Night line", "cleanup");
        assertThat(s.report().unusedColumns()).containsExactly(
                "\"orphan_f\" (column 7): no matching dysfunctional column for attribute \"orphan\"");
    }

    @Test
    void bomSemicolonQuotedFieldsAndCrlf() throws IOException {
        Path p = dir.resolve("excel.csv");
        String body = "\uFEFF\"Speed; fast_functional\";\"Speed; fast_dysfunctional\"\r\n1;5\r\n\"2\";\"5\"\r\n\r\n";
        Files.writeString(p, body, StandardCharsets.UTF_8);
        KanoSurvey s = read(p);
        assertThat(s.tally().attributes()).containsKey("Speed; fast");
        assertThat(s.report().rowsRead()).isEqualTo(2);
    }

    @Test
    void tabDelimitedAndFullWidthChineseLabels() throws IOException {
        Path p = write("zh.tsv", "服务_functional\t服务_dysfunctional\n我很喜欢\t我很不喜欢\n理应如此\t 不喜歡 \nＬＩＫＥ\t２\n");
        KanoSurvey s = read(p);
        assertThat(EvaluationTable.STANDARD.count(s.tally().attributes().get("服务")))
                .isEqualTo(new CategoryCounts(1, 1, 1, 0, 0, 0));
    }

    @Test
    void missingAnswersDropPairByDefaultAndAreCountedByReason() throws IOException {
        Path p = write("m.csv", """
                a_functional,a_dysfunctional,b_functional,b_dysfunctional
                1,5,1,
                ,5,NA,N/A
                ,,,
                1,,,2
                """);
        KanoSurvey s = read(p);
        IngestReport r = s.report();
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.rowsUsed()).isEqualTo(1);
        assertThat(r.rowsRejected()).containsEntry(IngestAccounting.Reason.NO_ANSWERS.label(), 1L)
                .containsEntry(IngestAccounting.Reason.NO_COMPLETE_PAIR.label(), 2L);
        assertThat(r.attributes().get("a").pairsUsed()).isEqualTo(1);
        assertThat(r.attributes().get("a").pairsSkipped()).containsEntry(IngestAccounting.Reason.MISSING_FUNCTIONAL.label(), 1L)
                .containsEntry(IngestAccounting.Reason.MISSING_DYSFUNCTIONAL.label(), 1L);
        assertThat(r.attributes().get("b").pairsSkipped()).containsEntry(IngestAccounting.Reason.MISSING_DYSFUNCTIONAL.label(), 1L)
                .containsEntry(IngestAccounting.Reason.MISSING_BOTH.label(), 1L).containsEntry(IngestAccounting.Reason.MISSING_FUNCTIONAL.label(), 1L);
        // nothing silently becomes Indifferent
        assertThat(EvaluationTable.STANDARD.count(s.tally().attributes().get("b")).n()).isZero();
        KanoAnalysis a = Kano.analyze(s, KanoOptions.defaults());
        assertThat(a.result("b").orElseThrow().label()).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void countAsQuestionableInflatesQAndFlagsIt() throws IOException {
        Path p = write("q.csv", """
                a_functional,a_dysfunctional
                1,5
                1,
                ,
                """);
        KanoOptions q = KanoOptions.defaults();
        KanoSurvey s = read(p, WIDE.withMissingAnswers(MissingAnswerPolicy.COUNT_AS_Q));
        assertThat(s.report().rowsUsed()).isEqualTo(2);
        assertThat(s.report().rowsRejected()).containsEntry(IngestAccounting.Reason.NO_ANSWERS.label(), 1L);
        assertThat(s.report().attributes().get("a").pairsCountedAsQ()).isEqualTo(1);
        var result = Kano.analyze(s, q).result("a").orElseThrow();
        assertThat(result.counts().q()).isEqualTo(1);
        assertThat(result.flags()).contains(io.github.kano4j.questionnaire.Flag.COUNTED_AS_Q_BY_POLICY);
    }

    @Test
    void failPolicyNamesFileRowColumnAndValue() throws IOException {
        Path p = write("f.csv", "a_functional,a_dysfunctional\n1,5\n1,\n");
        assertThatThrownBy(() -> WIDE.withMissingAnswers(MissingAnswerPolicy.FAIL).read(p))
                .isInstanceOf(KanoInputException.class)
                .hasMessage(p + ", row 3, column \"a_dysfunctional\", value \"\": missing answer (policy fail); "
                        + "expected an answer code 1-5 (1 = like ... 5 = dislike) or a label such as like, must-be, "
                        + "neutral, live-with, dislike");
    }

    @Test
    void unrecognisedValuesAreSkippedAndListedWhenTheColumnAlsoHasAnswers() throws IOException {
        Path p = write("u.csv", "a_functional,a_dysfunctional\n1,5\n7,5\nmaybe,5\n7,4\n2,5\n1,4\n1,3\n2,4\n");
        KanoSurvey s = read(p);
        assertThat(s.report().attributes().get("a").pairsSkipped()).containsEntry(IngestAccounting.Reason.INVALID_ANSWER.label(), 3L);
        assertThat(s.report().warnings()).singleElement().asString()
                .contains("\"7\" ×2 (first at row 3)").contains("\"maybe\" ×1 (first at row 4)");
    }

    @Test
    void aColumnWhereMostAnswersAreUnrecognisedIsAnError() throws IOException {
        Path p = write("most.csv", "a_functional,a_dysfunctional\n1,5\n7,5\nmaybe,5\n7,4\n");
        assertThatThrownBy(() -> read(p)).isInstanceOf(KanoInputException.class)
                .hasMessageStartingWith(p + ", row 3, column \"a_functional\", value \"7\": most answers in this column "
                        + "(3 of 4) are not recognised: \"7\" ×2 (first at row 3), \"maybe\" ×1 (first at row 4); expected");
    }

    @Test
    void aBlankRowStopsTheReadUnderPolicyFail() throws IOException {
        Path p = write("blank.csv", "a_functional,a_dysfunctional\n1,5\n   \n2,5\n");
        assertThatThrownBy(() -> WIDE.withMissingAnswers(MissingAnswerPolicy.FAIL).read(p))
                .hasMessage(p + ", row 3: the row has no answers (policy fail); expected an answer pair for every attribute");
    }

    @Test
    void aColumnWithNoRecognisedAnswerIsAnErrorListingTheValues() throws IOException {
        Path p = write("w.csv", "a_functional,a_dysfunctional\n1,very bad\n1,bad\n");
        assertThatThrownBy(() -> WIDE.read(p))
                .isInstanceOf(KanoInputException.class)
                .hasMessageStartingWith(p + ", row 2, column \"a_dysfunctional\", value \"very bad\": no value in this "
                        + "column is a recognised answer; unrecognised values: \"very bad\" ×1 (first at row 2), "
                        + "\"bad\" ×1 (first at row 3); expected");
    }

    @Test
    void raggedRowsAreRejectedAndCounted() throws IOException {
        Path p = write("r.csv", "a_functional,a_dysfunctional\n1,5\n1\n1,5,\n1,5,x\n");
        KanoSurvey s = read(p);
        assertThat(s.report().rowsRead()).isEqualTo(4);
        assertThat(s.report().rowsUsed()).isEqualTo(2);
        assertThat(s.report().rowsRejected()).containsEntry(IngestAccounting.Reason.TOO_FEW_FIELDS.label(), 1L)
                .containsEntry(IngestAccounting.Reason.TOO_MANY_FIELDS.label(), 1L);
    }

    @Test
    void headerOnlyFileGivesEmptyAttributesAndAWarning() throws IOException {
        Path p = write("h.csv", "a_functional,a_dysfunctional\n");
        KanoSurvey s = read(p);
        assertThat(s.report().rowsRead()).isZero();
        assertThat(s.report().warnings()).contains("the file has a header but no data rows");
        assertThat(Kano.analyze(s, KanoOptions.defaults()).results()).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("UNCLASSIFIED"));
    }

    @Test
    void unusableFilesFailWithOneClearMessage() throws IOException {
        Path empty = write("empty.csv", "");
        assertThatThrownBy(() -> WIDE.read(empty)).isInstanceOf(KanoInputException.class)
                .hasMessageStartingWith(empty + ": is empty; expected a header row");
        Path noPairs = write("nopairs.csv", "name,age\nx,3\n");
        assertThatThrownBy(() -> WIDE.read(noPairs)).isInstanceOf(KanoInputException.class)
                .hasMessageStartingWith(noPairs + ", row 1: no functional/dysfunctional column pairs in the header "
                        + "[name, age]");
        assertThatThrownBy(() -> WIDE.read(dir)).isInstanceOf(KanoInputException.class)
                .hasMessage(dir + ": is a directory; expected a CSV file");
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> WIDE.read(missing)).isInstanceOf(KanoInputException.class)
                .hasMessage(missing + ": file not found");
        Path broken = write("broken.csv", "a_functional,a_dysfunctional\n1,5\n\"1,5\n");
        assertThatThrownBy(() -> WIDE.read(broken)).isInstanceOf(KanoInputException.class)
                .hasMessageContaining(", row 3, column \"field 1\": a quote opened on this line is never closed");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "a_functional,a_dysfunctional\n1,5\nj'aime,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> WIDE.read(latin1)).isInstanceOf(KanoInputException.class)
                .hasMessageContaining("not valid").hasMessageContaining("UTF-8");
    }

    @Test
    void duplicateAndEmptyHeadersAreReportedNotFatal() throws IOException {
        Path p = write("d.csv", "a_functional,a_dysfunctional,a_functional,,x\n1,5,2,,\n");
        KanoSurvey s = read(p);
        assertThat(s.report().unusedColumns()).contains("\"a_functional\" (column 3): duplicate column name",
                "column 4: empty column name");
        assertThat(s.tally().attributes().get("a").pairs()).isEqualTo(1);
    }

    @Test
    void threePointScaleUsesCodesOneToThree() throws IOException {
        Path p = write("t.csv", "a_functional,a_dysfunctional\n1,3\n2,3\n1,1\n");
        KanoOptions three = KanoOptions.defaults().withTable(EvaluationTable.THREE_POINT);
        KanoSurvey s = read(p, WIDE.withTable(three.table()));
        var r = Kano.analyze(s, three).result("a").orElseThrow();
        assertThat(r.counts()).isEqualTo(new CategoryCounts(1, 1, 1, 0, 0, 0));
        assertThat(r.mode()).contains(Category.M);
    }

    @Test
    void customLabelsExtendTheDictionary() throws IOException {
        Path p = write("c.csv", "a_functional,a_dysfunctional\nlove it,hate it\n");
        var scale = io.github.kano4j.io.AnswerScale.FIVE_POINT
                .withLabel("love it", io.github.kano4j.Answer.LIKE)
                .withLabel("hate it", io.github.kano4j.Answer.DISLIKE);
        KanoSurvey s = WIDE.withScale(scale).read(p);
        assertThat(s.tally().attributes().get("a").pairCount(0, 4)).isEqualTo(1);
        assertThat(Map.copyOf(s.report().rowsRejected())).isEmpty();
    }
}
