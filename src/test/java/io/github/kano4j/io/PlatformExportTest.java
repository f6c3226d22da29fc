package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.questionnaire.KanoTally;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Survey-platform exports built from their documented structure: Qualtrics (three header rows, and the older two),
 * SurveyMonkey (two), and the metadata columns of 问卷星; the extra header rows are skipped and reported, data rows
 * keep their file row numbers, and a file whose extra rows were already removed loses no data row.
 */
class PlatformExportTest {
    @TempDir
    Path dir;

    private static final Map<String, List<String>> PAIRS = Map.of("Speed", List.of("Q1", "Q2"));

    private static KanoTally expected() {
        return KanoTally.create().acceptCodes("Speed", 1, 5).acceptCodes("Speed", 2, 4);
    }

    @Test
    void qualtricsThreeHeaderRows() throws IOException {
        Path f = write("StartDate,EndDate,ResponseId,Q1,Q2\n"
                + "Start Date,End Date,Response ID,\"If the line is answered at once, how do you feel?\",\"If not?\"\n"
                + "{\"ImportId\":\"startDate\"},{\"ImportId\":\"endDate\"},{\"ImportId\":\"_recordId\"},"
                + "{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID2\"}\n"
                + "2026-11-01,2026-11-01,R_1,1,5\n2026-11-01,2026-11-01,R_2,2,4\n2026-11-01,2026-11-01,R_3,maybe,4\n");
        KanoSurvey s = KanoCsvReader.create().withColumnPairs(PAIRS).read(f);
        assertThat(s.report().rowsRead()).isEqualTo(3);
        assertThat(s.report().warnings().get(0)).isEqualTo("Qualtrics export: rows 2-3 (question texts, import ids) "
                + "are header rows and were skipped");
        assertThat(s.report().warnings()).anyMatch(w -> w.contains("\"maybe\" ×1 (first at row 6)"));
        assertThat(s.tally()).isEqualTo(expected());
        assertThat(FastWideReader.read(f, KanoCsvReader.create().withColumnPairs(PAIRS).settings())).isNull();
    }

    @Test
    void olderQualtricsExportsWithTwoHeaderRows() throws IOException {
        Path f = write("StartDate,EndDate,ResponseId,Q1,Q2\nStart Date,End Date,Response ID,Q one,Q two\n"
                + "2026-11-01,2026-11-01,R_1,1,5\n2026-11-01,2026-11-01,R_2,2,4\n");
        KanoSurvey s = KanoCsvReader.create().withColumnPairs(PAIRS).read(f);
        assertThat(s.report().rowsRead()).isEqualTo(2);
        assertThat(s.report().warnings().get(0)).contains("row 2 (question texts)");
        assertThat(s.tally()).isEqualTo(expected());
    }

    @Test
    void aQualtricsFileWhoseExtraRowsWereRemovedLosesNoRow() throws IOException {
        Path f = write("StartDate,EndDate,ResponseId,Q1,Q2\n2026-11-01,2026-11-01,R_1,1,5\n"
                + "2026-11-01,2026-11-01,R_2,2,4\n");
        KanoSurvey s = KanoCsvReader.create().withColumnPairs(PAIRS).read(f);
        assertThat(s.report().rowsRead()).isEqualTo(2);
        assertThat(s.report().warnings()).noneMatch(w -> w.contains("Qualtrics"));
        assertThat(s.tally()).isEqualTo(expected());
    }

    @Test
    void surveyMonkeySubHeaderRow() throws IOException {
        Path f = write("Respondent ID,Collector ID,Start Date,Speed_functional,Speed_dysfunctional\n"
                + ",,,Response,Response\n101,9,11/01/2026,1,5\n102,9,11/01/2026,2,4\n102,9,11/01/2026,2,4\n");
        KanoSurvey s = KanoCsvReader.create().read(f);
        assertThat(s.report().rowsRead()).isEqualTo(3);
        assertThat(s.report().warnings().get(0)).isEqualTo("SurveyMonkey export: row 2 (answer sub-headers) is a "
                + "header row and was skipped");
        assertThat(s.report().warnings()).anyMatch(w -> w.startsWith("1 rows repeat a respondent id of column "
                + "\"Respondent ID\""));
        assertThat(s.tally()).isEqualTo(expected().acceptCodes("Speed", 2, 4));
    }

    @Test
    void wenjuanxingMetadataColumnsAreNamedAsSuch() throws IOException {
        Path f = write("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,接通速度（正向）,接通速度（反向）\n"
                + "1,2026/11/1 9:00:00,120秒,手机提交,直接访问,1.2.3.4(上海-上海),1,5\n"
                + "2,2026/11/1 9:05:00,98秒,手机提交,直接访问,1.2.3.5(上海-上海),2,4\n"
                + "2,2026/11/1 9:05:00,98秒,手机提交,直接访问,1.2.3.5(上海-上海),2,4\n");
        KanoSurvey s = KanoCsvReader.create().read(f);
        assertThat(s.report().unusedColumns()).hasSize(6)
                .allMatch(c -> c.endsWith("survey-platform metadata (问卷星 / 腾讯问卷)"));
        assertThat(s.report().warnings()).anyMatch(w -> w.startsWith("1 rows repeat a respondent id of column \"序号\""));
        assertThat(s.tally().attributes()).containsKey("接通速度");
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("export.csv");
        Files.writeString(f, text);
        return f;
    }
}
