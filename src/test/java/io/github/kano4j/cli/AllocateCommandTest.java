package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.io.AttributeSheet;
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
        Cli.Result r = MainTest.run("allocate", "--demo", "--format", "csv", "--budget", "20000");
        assertThat(r.status()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("attribute", "strategy", "evidence", "floor",
                "target", "ceiling", "reducible_margin", "expected_gain", "priority", "rules");
        Set<String> strategies = rows.stream().map(x -> x.get("strategy")).collect(Collectors.toSet());
        assertThat(strategies).containsExactlyInAnyOrder("increase", "maintain", "reduce", "remove", "no_decision");
        assertThat(MainTest.run("allocate", "--demo").out()).doesNotContain("Budget ")
                .contains("Fix first: raise 'Problem solved on the first visit'");
        // a Chinese demo runs on the Chinese call-centre example
        assertThat(MainTest.run("allocate", "--demo", "--language", "zh").out()).contains("优先修复：提升“未接通时转接或回电”");
        assertThat(MainTest.run("allocate", "--demo", "--format", "markdown").out()).startsWith("_Evidence: ")
                .contains("| attribute | strategy | tier |");
        Cli.Result budget = MainTest.run("allocate", "--demo", "--budget", "20000");
        assertThat(budget.out()).contains("Budget 20000.0000, policy floors-first (exact)")
                .contains("cost to meet every floor: ");
        assertThat(MainTest.run("allocate", "--demo", "--budget", "20000", "--policy", "gain-per-cost").out())
                .contains("policy gain-per-cost");
        assertThat(MainTest.run("allocate", "--demo", "--policy", "cheapest").err()).contains("--policy needs");
        assertThat(MainTest.run("allocate", "--demo", "--penalty-weight", "0.5").status()).isEqualTo(2);
        assertThat(rows.get(0).get("gain_unit")).isIn("points of overall satisfaction (0-10)", "");
        assertThat(rows.stream().map(x -> x.get("tier")).collect(Collectors.toSet())).contains("1", "3");
    }

    @Test
    void filesAndSheetAndErrors() throws IOException {
        Path sheet = dir.resolve("sheet.csv");
        Files.writeString(sheet, "Attribute,Benchmark,Unit_Cost,notes\nspeed,3.9,100,fast\n,,,\n");
        AttributeSheet read = AttributeSheetReader.read(sheet);
        Map<String, AttributeFacts> facts = read.facts();
        assertThat(read.report().rowsRead()).isEqualTo(2);
        assertThat(read.report().rowsUsed()).isEqualTo(1);
        assertThat(read.report().rowsRejected()).containsExactly(Map.entry("blank row", 1L));
        assertThat(read.report().unusedColumns()).hasSize(1).first().asString().startsWith("'notes' (not a sheet column");
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
        for (String[] c : new String[][] {{"share_low", "1.4", "not a share"}, {"unit_cost", "0", "not a unit cost"},
            {"unit_cost", "-5", "not a unit cost"}, {"tau", "-0.1", "not a share"}, {"importance", "-1", "not an importance"},
            {"share_high", "abc", "not a number"}}) {
            Path s = dir.resolve("s-" + c[0] + ".csv");
            Files.writeString(s, "attribute," + c[0] + "\nspeed," + c[1] + "\n");
            Cli.Result r = MainTest.run("allocate", "--demo", "--attributes", s.toString());
            assertThat(r.status()).as(c[0] + "=" + c[1]).isEqualTo(2);
            assertThat(r.err()).contains(s + ", row 2, column \"" + c[0] + "\", value \"" + c[1] + "\": " + c[2]);
        }
        Path unmatched = dir.resolve("unmatched.csv");
        Files.writeString(unmatched, "attribute,unit_cost\nTechnican arrives within two hours,100\n");
        assertThat(MainTest.run("allocate", "--demo", "--attributes", unmatched.toString()).out())
                .contains("warning: attribute sheet: 'Technican arrives within two hours' matches no attribute");
        assertThat(MainTest.run("allocate", "--demo", "--language", "fr").status()).isEqualTo(2);
        assertThat(MainTest.run("allocate", "--demo", "--measured", "yesterday").err()).contains("YYYY-MM-DD");
        Cli.Result dated = MainTest.run("allocate", "--demo", "--measured", "2026-11-01", "--format", "csv");
        assertThat(dated.out()).contains("2026-11-01");
    }

    @Test
    void attributeSheetRowsAreAllAccountedFor() throws IOException {
        Path sheet = dir.resolve("accounted.csv");
        Files.writeString(sheet, "attribute,unit_cost,owner\nspeed,100,ops\n,,\n,250,finance\n  ,  ,  \nkindness,80,\n");
        AttributeSheet read = AttributeSheetReader.read(sheet);
        assertThat(read.facts()).containsOnlyKeys("speed", "kindness");
        assertThat(read.report().rowsRead()).isEqualTo(5);
        assertThat(read.report().rowsUsed()).isEqualTo(2);
        assertThat(read.report().rowsRejected()).containsExactly(Map.entry("blank row", 2L),
                Map.entry("attribute name missing", 1L));
        assertThat(read.report().reconciles()).isTrue();
        assertThat(read.report().warnings()).containsExactly(
                "row 4: values but no attribute name in column 'attribute'; the row is not used");
        assertThat(read.report().unusedColumns()).hasSize(1);

        Path extra = dir.resolve("extra.csv");
        Files.writeString(extra, "attribute,unit_cost\nspeed,1,5\n");
        Cli.Result r = MainTest.run("allocate", "--demo", "--attributes", extra.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(extra + ", row 2, column \"field 3\", value \"5\": lies beyond the header");

        Cli.Result text = MainTest.run("allocate", "--demo", "--attributes", sheet.toString());
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("Ingest report: " + sheet).contains("rejected: 1 × attribute name missing")
                .contains("Ingest report: after-sales-service.csv (bundled example)");
        Cli.Result csv = MainTest.run("allocate", "--demo", "--attributes", sheet.toString(), "--format", "csv");
        assertThat(csv.out()).doesNotContain("Ingest report");
        assertThat(csv.err()).contains("Ingest report: " + sheet);
    }

    @Test
    void extremeSheetValuesAreRefusedOrBoundedNeverRunOutOfMemory() throws IOException {
        Path costly = dir.resolve("costly.csv");
        Files.writeString(costly, "attribute,unit_cost,importance\nTechnician arrives within two hours,1e9,1e9\n");
        Cli.Result r = MainTest.run("allocate", "--demo", "--attributes", costly.toString(), "--budget", "1e18",
                "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        for (String column : new String[] {"benchmark", "mean"}) {
            Path far = dir.resolve(column + ".csv");
            Files.writeString(far, "attribute," + column + "\nTechnician arrives within two hours,1e9\n");
            Cli.Result e = MainTest.run("allocate", "--demo", "--attributes", far.toString(), "--budget", "1e18");
            assertThat(e.status()).isEqualTo(2);
            assertThat(e.err()).isEqualTo("kano4j: attribute sheet: 'Technician arrives within two hours' has " + column
                    + " 1.0E9, outside the satisfaction survey's rating scale 1-5; give means and benchmarks on that "
                    + "scale\n");
        }
    }

    @Test
    void theSatisfactionBootstrapOfAnAllocationCanBeChosen() {
        Cli.Result quick = MainTest.run("allocate", "--demo", "--satisfaction-bootstrap", "0", "--format", "csv");
        assertThat(quick.status()).as(quick.err()).isZero();
        assertThat(quick.out()).startsWith("attribute,strategy,");
        Cli.Result bad = MainTest.run("allocate", "--demo", "--satisfaction-bootstrap", "2000000000");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("kano4j: --satisfaction-bootstrap needs a whole number from 0 to 1000000, was "
                + "\"2000000000\"\n");
    }

    @Test
    void chartsAreWrittenOneSvgFileEachForSlides() throws IOException {
        Path charts = dir.resolve("slides/charts");
        Cli.Result r = MainTest.run("report", "--demo", "--out", dir.resolve("report.html").toString(), "--charts",
                charts.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("kano4j: wrote 5 charts to " + charts);
        try (var files = Files.list(charts)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(
                    "better-worse.svg", "category-shares.svg", "dumouchel.svg", "impact-asymmetry.svg",
                    "impact-performance.svg");
        }
        for (String name : List.of("better-worse.svg", "impact-asymmetry.svg")) {
            String svg = Files.readString(charts.resolve(name));
            assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<title>")
                    .contains("<desc>").endsWith("</svg>\n");
        }
        Path file = dir.resolve("not-a-directory");
        Files.writeString(file, "x");
        Cli.Result bad = MainTest.run("report", "--demo", "--out", dir.resolve("r.html").toString(), "--charts",
                file.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("kano4j: --charts " + file + ": ").endsWith(" is a file, not a folder\n");
    }
}
