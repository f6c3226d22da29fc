package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Kano;
import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.notebooks.NotebookRunner;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * JSON carries exactly the CSV's fields: one object per CSV row, keys the CSV columns, numbers as numbers (equal to
 * the CSV's), empty cells as null, booleans as booleans, names always as strings (even "1"), hostile text escaped.
 */
class JsonReportTest {
    @Test
    void jsonHasTheCsvFieldsWithTypes() throws Exception {
        Path data = Path.of("examples", "data");
        KanoAnalysis kano = Kano.analyze(data.resolve("after-sales-service.csv"));
        SatisfactionAnalysis sat = Kano.analyzeSatisfaction(data.resolve("after-sales-satisfaction.csv"), "overall");
        check(Report.csv(kano, Report.CsvCells.VERBATIM), Report.json(kano));
        check(Report.csv(sat, Report.CsvCells.VERBATIM), Report.json(sat));
        var plan = Kano.allocate(kano, sat, AllocationOptions.defaults());
        check(Report.csv(plan, Report.CsvCells.VERBATIM), Report.json(plan));
        KanoAnalysis hostile = HtmlReportTest.kano();
        check(Report.csv(hostile, Report.CsvCells.VERBATIM), Report.json(hostile));
    }

    private static void check(String csv, String json) throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        List<?> objects = (List<?>) new NotebookRunner.Json(json).value();
        assertThat(objects).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Map<?, ?> o = (Map<?, ?>) objects.get(r);
            Map<String, String> row = rows.get(r).toMap();
            assertThat(o.keySet().stream().map(String::valueOf).toList())
                    .containsExactlyElementsOf(rows.get(r).getParser().getHeaderNames());
            for (Map.Entry<String, String> e : row.entrySet()) {
                Object v = o.get(e.getKey());
                if (e.getKey().equals("attribute")) {
                    assertThat(v).isEqualTo(e.getValue());
                } else if (v instanceof Double d) {
                    assertThat(d).as(e.getKey()).isEqualTo(Double.parseDouble(e.getValue()));
                } else if (v instanceof Boolean b) {
                    assertThat(b.toString()).isEqualTo(e.getValue());
                } else if (v == null) {
                    assertThat(e.getValue()).as(e.getKey()).isEmpty();
                } else {
                    assertThat(v).as(e.getKey()).isEqualTo(e.getValue());
                }
            }
        }
        assertThat(json).startsWith("[\n  {\"attribute\": ").doesNotContain("NaN").doesNotContain(": ,");
    }
}
