package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.io.AttributeSheetReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kano4j allocate}: the bundled example shows every strategy; files, sheet and errors. */
class AllocateCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoShowsEveryStrategyAndTheDocumentedColumns() throws IOException {
        MainTest.Run r = MainTest.run("allocate", "--demo", "--format", "csv", "--budget", "20000");
        assertThat(r.status()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("attribute", "strategy", "evidence", "floor",
                "target", "ceiling", "reducible_margin", "expected_gain", "priority", "rules");
        Set<String> strategies = rows.stream().map(x -> x.get("strategy")).collect(Collectors.toSet());
        assertThat(strategies).containsExactlyInAnyOrder("increase", "maintain", "reduce", "remove", "no_decision");
        assertThat(MainTest.run("allocate", "--demo").out()).doesNotContain("Budget ")
                .contains("Raise 'Problem solved on the first visit'");
        assertThat(MainTest.run("allocate", "--demo", "--language", "zh").out()).contains("提升“Problem solved on the first visit”");
        assertThat(MainTest.run("allocate", "--demo", "--format", "markdown").out()).startsWith("| attribute | strategy |");
    }

    @Test
    void filesAndSheetAndErrors() throws IOException {
        Path sheet = dir.resolve("sheet.csv");
        Files.writeString(sheet, "Attribute,Benchmark,Unit_Cost,notes\nspeed,3.9,100,fast\n,,,\n");
        Map<String, AttributeFacts> facts = AttributeSheetReader.read(sheet);
        assertThat(facts).containsOnlyKeys("speed");
        assertThat(facts.get("speed").benchmark()).isEqualTo(3.9);
        assertThat(facts.get("speed").unitCost()).isEqualTo(100.0);
        assertThat(facts.get("speed").mean()).isNaN();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "attribute,benchmark\nspeed,high\n");
        try {
            AttributeSheetReader.read(bad);
            throw new AssertionError("expected an input error");
        } catch (KanoInputException e) {
            assertThat(e.getMessage()).isEqualTo(bad + ", row 2, column \"benchmark\", value \"high\": not a number");
        }
        assertThat(MainTest.run("allocate").err()).contains("needs --kano FILE and/or --satisfaction FILE");
        assertThat(MainTest.run("allocate", "--demo", "--language", "fr").status()).isEqualTo(2);
        assertThat(MainTest.run("allocate", "--demo", "--measured", "yesterday").err()).contains("YYYY-MM-DD");
        MainTest.Run dated = MainTest.run("allocate", "--demo", "--measured", "2026-11-01", "--format", "csv");
        assertThat(dated.out()).contains("2026-11-01");
    }
}
