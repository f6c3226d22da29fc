package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.cli.Cli;
import io.github.kano4j.cli.Main;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Excel workbooks written in the test: numbers, text and empty cells read as in CSV, rows keep their sheet numbers,
 * the report and messages name the sheet, a named sheet is read, and without the optional reader one message names
 * the artifact to add.
 */
class WorkbookTest {
    @TempDir
    Path dir;

    /** Answers: a header, numbers and labels, a row with its last cells empty, an empty row 5, a bad answer. */
    private Path kanoWorkbook() throws IOException {
        Path f = dir.resolve("survey.xlsx");
        try (OutputStream os = Files.newOutputStream(f); Workbook wb = new Workbook(os, "kano4j-test", "1.0")) {
            Worksheet notes = wb.newWorksheet("Notes");
            notes.value(0, 0, "read me");
            Worksheet ws = wb.newWorksheet("Answers");
            String[] header = {"id", "Speed_functional", "Speed_dysfunctional", "Clean_functional", "Clean_dysfunctional"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            Object[][] rows = {{1, 1, 5, "like", "dislike"}, {2, 2, 4, "must-be", "neutral"}, {3, 1, 5},
                null, {5, 2, 4, "perhaps", "dislike"}};
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Integer n) {
                        ws.value(r + 1, c, n);
                    } else {
                        ws.value(r + 1, c, (String) v);
                    }
                }
            }
        }
        return f;
    }

    @Test
    void aWorkbookSheetReadsLikeTheSameCsv() throws IOException {
        Path f = kanoWorkbook();
        KanoSurvey s = KanoCsvReader.create().withSheet("Answers").read(f);
        assertThat(s.report().source()).isEqualTo(f + " [sheet Answers]");
        // rows 2-6 of the sheet: four respondents and the empty row 5 (no answers)
        assertThat(s.report().rowsRead()).isEqualTo(5);
        assertThat(s.report().rowsRejected()).containsEntry("no answers", 1L);
        KanoTally expected = KanoTally.create().acceptCodes("Speed", 1, 5).acceptCodes("Speed", 2, 4)
                .acceptCodes("Speed", 1, 5).acceptCodes("Speed", 2, 4).acceptCodes("Clean", 1, 5)
                .acceptCodes("Clean", 2, 3);
        assertThat(s.tally()).isEqualTo(expected);
        assertThat(s.report().warnings()).anyMatch(w -> w.contains("\"perhaps\" ×1 (first at row 6)"));
        assertThatThrownBy(() -> KanoCsvReader.create().withSheet("Answers")
                .withMissingAnswers(MissingAnswerPolicy.FAIL).read(f)).isInstanceOf(KanoInputException.class)
                .hasMessageStartingWith(f + " [sheet Answers], row 4, column \"Clean_functional\"");
    }

    @Test
    void theFirstSheetByDefaultAndAClearMessageForAMissingSheet() throws IOException {
        Path f = kanoWorkbook();
        assertThatThrownBy(() -> KanoCsvReader.create().read(f)).isInstanceOf(KanoInputException.class)
                .hasMessageContaining("[sheet Notes]");
        assertThatThrownBy(() -> KanoCsvReader.create().withSheet("Antworten").read(f))
                .isInstanceOf(KanoInputException.class)
                .hasMessage(f + ": has no sheet \"Antworten\"; its sheets are \"Notes\", \"Answers\"");
    }

    @Test
    void satisfactionSurveysAndAttributeSheetsToo() throws IOException {
        Path f = dir.resolve("ratings.xlsx");
        try (OutputStream os = Files.newOutputStream(f); Workbook wb = new Workbook(os, "kano4j-test", "1.0")) {
            Worksheet ws = wb.newWorksheet("满意度");
            String[] header = {"序号", "接通速度", "回答准确", "总体满意度"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 1; r <= 40; r++) {
                ws.value(r, 0, r);
                ws.value(r, 1, 1 + r % 5);
                ws.value(r, 2, 1 + (r * 3) % 5);
                ws.value(r, 3, 2 + r % 7 + 0.5);
            }
        }
        Path sheet = dir.resolve("costs.xlsx");
        try (OutputStream os = Files.newOutputStream(sheet); Workbook wb = new Workbook(os, "kano4j-test", "1.0")) {
            Worksheet costs = wb.newWorksheet("costs");
            costs.value(0, 0, "attribute");
            costs.value(0, 1, "unit_cost");
            costs.value(1, 0, "接通速度");
            costs.value(1, 1, 1500.5);
        }
        AttributeSheet facts = AttributeSheetReader.read(sheet);
        assertThat(facts.facts().get("接通速度").unitCost()).isEqualTo(1500.5);
        assertThat(facts.report().source()).isEqualTo(sheet + " [sheet costs]");
        SatisfactionSurvey s = SatisfactionCsvReader.create("总体满意度").read(f);
        assertThat(s.respondents()).isEqualTo(40);
        assertThat(s.attributes()).containsExactly("接通速度", "回答准确");
        assertThat(s.overall(0)).isEqualTo(3.5);
        assertThat(s.report().source()).endsWith("[sheet 满意度]");
        String out = Cli.run("satisfaction", f.toString(), "--overall", "总体满意度", "--sheet", "满意度");
        assertThat(out).contains("接通速度");
    }

    @Test
    void withoutTheOptionalReaderOneMessageNamesTheArtifact() throws Exception {
        Path f = kanoWorkbook();
        String classPath = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> !p.contains("fastexcel")).collect(Collectors.joining(java.io.File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", classPath, Main.class.getName(), "analyze", f.toString()))
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out).contains("is an Excel workbook; reading it needs the optional dependency "
                + "org.dhatim:fastexcel-reader:0.19.0").doesNotContain("Exception");
    }

    @Test
    void resultsDecisionsAndIngestReportsGoOutAsSheetsOfOneWorkbook() throws IOException {
        Path book = dir.resolve("results.xlsx");
        Cli.run("analyze", "examples/data/after-sales-service.csv", "--format", "xlsx", "--out", book.toString());
        try (ReadableWorkbook wb = new ReadableWorkbook(book.toFile())) {
            assertThat(wb.getSheets().map(Sheet::getName)).containsExactly("results", "ingest", "provenance");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("attribute");
            int better = 0;
            while (!rows.get(0).getCellText(better).equals("better")) {
                better++;
            }
            Cell cell = rows.get(1).getCell(better);
            assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
            assertThat(cell.asNumber().doubleValue()).isCloseTo(0.5751295336787565, within(1e-15));
            assertThat(rows).hasSize(11);
            List<Row> ingest = wb.findSheet("ingest").orElseThrow().read();
            assertThat(ingest.stream().map(r -> r.getCellText(0))).anyMatch(t -> t.contains("rows read 400"));
        }
        Path plan = dir.resolve("plan.xlsx");
        Cli.run("allocate", "--demo", "--budget", "20000", "--format", "xlsx", "--out", plan.toString());
        try (ReadableWorkbook wb = new ReadableWorkbook(plan.toFile())) {
            assertThat(wb.getSheets().map(Sheet::getName)).containsExactly("decisions", "kano results",
                    "factor types", "ingest");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"analyze", "examples/data/after-sales-service.csv", "--format", "xlsx"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("name the file with --out FILE.xlsx");
    }
}
