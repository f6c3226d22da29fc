package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: output formats, exit codes and one-line error messages. */
class MainTest {
    @TempDir
    Path dir;

    static Cli.Result run(String... args) {
        return Cli.attempt(args);
    }

    @Test
    void analyzeCsvHasTheDocumentedColumnsOneRowPerAttribute() throws IOException {
        Path p = dir.resolve("s.csv");
        Files.writeString(p, "x_functional,x_dysfunctional,y_f,y_d\n1,5,2,5\n1,5,3,5\n1,3,2,5\n");
        Cli.Result r = run("analyze", p.toString(), "--format", "csv");
        assertThat(r.status()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("attribute", "n", "a", "o", "m", "i", "r", "q",
                "category", "label", "runner_up", "mixed").contains("better", "worse", "category_strength",
                "total_strength", "fong_significant", "functional_mean", "dysfunctional_mean");
        CSVRecord x = rows.get(0);
        assertThat(x.get("attribute")).isEqualTo("x");
        assertThat(x.get("n")).isEqualTo("3");
        assertThat(x.get("o")).isEqualTo("2");
        assertThat(x.get("a")).isEqualTo("1");
        assertThat(x.get("category")).isEqualTo("O");
        assertThat(x.get("better")).isEqualTo("1.0");
        assertThat(Double.parseDouble(x.get("worse"))).isEqualTo(-2.0 / 3);
        assertThat(x.get("fong_significant")).isEmpty(); // n4 < 12: not applicable
        assertThat(rows.get(1).get("category")).isEqualTo("M");
        assertThat(r.err()).contains("rows read 3 = used 3 + rejected 0");
    }

    @Test
    void textOutputWithRuleTableAndOutFile() throws IOException {
        Path out = dir.resolve("out.txt");
        Cli.Result r = run("demo", "--rule", "mode", "--table", "pouliot", "--out", out.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        String text = Files.readString(out);
        assertThat(text).contains("Technician arrives within two hours").contains("table=pouliot, rule=plain_mode")
                .contains("Ingest report").contains("rows read 400 = used 400 + rejected 0");
    }

    @Test
    void demoIsDeterministic() {
        assertThat(run("demo", "--format", "csv").out()).isEqualTo(run("demo", "--format", "csv").out());
        assertThat(run("demo").out()).contains("MIXED(A/I)");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        Cli.Result missing = run("analyze", dir.resolve("nope.csv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("kano4j: ").endsWith("nope.csv: file not found" + System.lineSeparator());
        assertThat(missing.err().lines()).hasSize(1);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x_functional,x_dysfunctional\n1,5\n1,\n");
        Cli.Result fail = run("analyze", bad.toString(), "--missing", "fail");
        assertThat(fail.status()).isEqualTo(2);
        assertThat(fail.err()).contains("row 3, column \"x_dysfunctional\", value \"\": missing answer");
        assertThat(fail.err().lines()).hasSize(1);
    }

    @Test
    void satisfactionCommandCsvAndErrors() throws IOException {
        Cli.Result demo = run("satisfaction-demo", "--format", "csv", "--bootstrap", "100");
        assertThat(demo.status()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(demo.out())).getRecords();
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("attribute", "n", "mean", "share_low",
                "share_high", "penalty", "reward", "riocs", "sgp", "dgp", "ia", "factor_type", "knot", "slope_below",
                "slope_above");
        assertThat(rows.get(1).get("factor_type")).isEqualTo("dissatisfier");
        assertThat(demo.err()).contains("rows read 1000 = used 1000 + rejected 0");

        Path p = dir.resolve("sat.csv");
        Files.writeString(p, "a,b,overall\n1,7,3\n2,6,4\n");
        Cli.Result noScale = run("satisfaction", p.toString(), "--overall", "overall");
        assertThat(noScale.status()).isEqualTo(2);
        assertThat(noScale.err()).contains("declare the scale");
        assertThat(run("satisfaction", p.toString()).err()).contains("needs --overall COLUMN");
        assertThat(run("satisfaction", p.toString(), "--overall", "overall", "--cuts", "2").err())
                .contains("--cuts needs LOW,HIGH");
        Cli.Result declared = run("satisfaction", p.toString(), "--overall", "overall", "--scale", "1-7", "--cuts", "3,6");
        assertThat(declared.status()).isZero();
        assertThat(declared.out()).contains("TOO_FEW_RESPONDENTS");
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(run("analyze").status()).isEqualTo(2);
        assertThat(run("analyze", "a.csv", "--rule", "fong").err())
                .isEqualTo("kano4j: Unknown classification rule \"fong\"; expected one of mode, moai, band, aom, quadrant"
                        + System.lineSeparator());
        assertThat(run("analyze", "a.csv", "--format", "pdf").err())
                .contains("analyze writes text, csv, json, markdown, html or xlsx, not \"pdf\"");
        assertThat(run("analyze", "a.csv", "--bogus").err()).contains("unknown option --bogus");
        assertThat(run("frobnicate").status()).isEqualTo(2);
        assertThat(run("analyze", "a.csv", "--confidence").err()).contains("--confidence needs a value");
        assertThat(run("--help").status()).isZero();
        assertThat(run("--help").out()).contains("Commands:", "analyze, analyse", "questionnaire");
        assertThat(run().status()).isEqualTo(2);
    }
}
