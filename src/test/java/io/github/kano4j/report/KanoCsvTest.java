package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.SegmentComparison;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KanoCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\uFF1DSUM(A1)", "\uFF0B1", "\uFF0D1",
        "\uFF20x"})
    void formulaLikeTextIsNeutralised(String name) {
        assertThat(KanoCsv.text(name, false)).isEqualTo("'" + name);
        assertThat(KanoCsv.text(name, true)).isEqualTo(name);
    }

    @Test
    void controlCharactersAreEscapedUnlessVerbatim() {
        assertThat(KanoCsv.text("\tTab", false)).isEqualTo("'\\u0009Tab");
        assertThat(KanoCsv.text("\rCR", false)).isEqualTo("'\\u000DCR");
        assertThat(KanoCsv.text("a\u001b[2Kb\u202Ec", false)).isEqualTo("a\\u001B[2Kb\\u202Ec");
        assertThat(KanoCsv.text("a\u001bb", true)).isEqualTo("a\u001bb");
    }

    @Test
    void verbatimCellsKeepNamesForMachineConsumers() {
        Map<String, CategoryCounts> counts = new LinkedHashMap<>();
        counts.put("=SUM(A1)", CategoryCounts.ofMoairq(52, 61, 30, 41, 4, 2));
        var analysis = Kano.analyzeCounts(counts, KanoOptions.defaults());
        assertThat(Report.csv(analysis)).contains("\n'=SUM(A1),");
        assertThat(Report.csv(analysis, Report.CsvCells.VERBATIM)).contains("\n=SUM(A1),");
    }

    @Test
    void ordinaryTextAndNumbersAreUntouched() throws IOException {
        assertThat(KanoCsv.text("Callback, when busy", false)).isEqualTo("Callback, when busy");
        Map<String, CategoryCounts> counts = new LinkedHashMap<>();
        counts.put("=cmd|' /C calc'!A0", CategoryCounts.ofMoairq(52, 61, 30, 41, 4, 2));
        counts.put("empty", new CategoryCounts(0, 0, 0, 0, 0, 0));
        String csv = Report.csv(Kano.analyzeCounts(counts, KanoOptions.defaults()));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows.get(0).get("attribute")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(0).get("worse")).isEqualTo(Double.toString(-113.0 / 184)); // numbers keep their sign
        assertThat(rows.get(0).get("label")).isEqualTo("MIXED(O/M)");
        assertThat(rows.get(0).get("category")).isEqualTo("M");
        assertThat(rows.get(0).get("decided_by")).isEqualTo("fong_m_o_a_i");
        assertThat(rows.get(0).get("table")).isEqualTo("standard");
        assertThat(rows.get(1).get("better")).isEmpty(); // NaN is an empty cell
        assertThat(rows.get(1).get("label")).isEqualTo("UNCLASSIFIED");
        assertThat(rows.get(1).get("flags")).contains("EMPTY");
        assertThat(rows.get(0).size()).isEqualTo(KanoCsv.COLUMNS.size());
        assertThat(csv).doesNotContain("\r\n");
    }

    @Test
    void theStreamedCsvOfAThousandSegmentsIsTheReturnedText() throws IOException {
        // 1,000 segments (more than the window of segments made at once) over two attributes
        Random rng = new Random(5);
        Map<String, KanoTally> segments = new LinkedHashMap<>();
        KanoTally all = KanoTally.create();
        for (int s = 0; s < 1_000; s++) {
            KanoTally t = KanoTally.create();
            for (int r = 0; r < 3; r++) {
                for (String attribute : List.of("speed", "price")) {
                    int f = rng.nextInt(5);
                    int d = rng.nextInt(5);
                    t.acceptLevels(attribute, f, d);
                    all.acceptLevels(attribute, f, d);
                }
            }
            segments.put("site " + s, t);
        }
        KanoOptions options = KanoOptions.defaults();
        var analysis = KanoAnalysis.of(all, options);
        var comparison = SegmentComparison.of("site", segments, options);
        StringBuilder streamed = new StringBuilder();
        Report.csv(analysis, List.of(comparison), Report.CsvCells.NEUTRALISED, Language.ZH_HANS, streamed);
        String text = Report.csv(analysis, List.of(comparison), Report.CsvCells.NEUTRALISED,
                Language.ZH_HANS);
        assertThat(streamed.toString()).isEqualTo(text);
        // a header, 2 overall rows and 2 rows per segment, in segment order
        assertThat(text.split("\n")).hasSize(1 + 2 + 2_000);
        assertThat(text.split("\n")[2_002]).contains(",site,site 999,");
    }
}
