package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Kano;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.report.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never destroy or hide data; hostile names stay inert; one line and a clear exit status. */
class HardeningTest {
    @TempDir
    Path dir;

    @Test
    void outEqualToAnInputIsRefusedAndTheInputIsKept() throws IOException {
        Path survey = dir.resolve("survey.csv");
        Files.writeString(survey, "a_functional,a_dysfunctional\n1,5\n2,5\n");
        Cli.Result r = MainTest.run("analyze", survey.toString(), "--format", "csv", "--out", survey.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("is an input file");
        assertThat(Files.readString(survey)).isEqualTo("a_functional,a_dysfunctional\n1,5\n2,5\n");
    }

    @Test
    void outputErrorsSayWhyAndLeaveThePreviousFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Cli.Result isDir = MainTest.run("demo", "--out", folder.toString());
        assertThat(isDir.status()).isEqualTo(2); // a bad path is bad arguments, found before any work
        assertThat(isDir.err()).contains("is a folder");
        Cli.Result missing = MainTest.run("demo", "--out", dir.resolve("no/such/folder/x.txt").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
        Path previous = dir.resolve("previous.txt");
        Files.writeString(previous, "keep me");
        Cli.Result ok = MainTest.run("demo", "--format", "csv", "--out", previous.toString());
        assertThat(ok.status()).isZero();
        assertThat(Files.readString(previous)).startsWith("attribute,n,");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".kano4j-"));
        }
    }

    @Test
    void aFailingStandardOutputIsAnErrorNotASilentSuccess() {
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = Main.run(new String[] {"demo"}, broken, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the result to standard output");
    }

    @Test
    void controlCharactersInNamesAreNeverEchoedRaw() throws IOException {
        Path survey = dir.resolve("escape.csv");
        Files.writeString(survey, "\u001b[2Kspeed_functional,\u001b[2Kspeed_dysfunctional\n1,5\n2,5\n1,4\n");
        Cli.Result r = MainTest.run("analyze", survey.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").contains("\\u001B[2Kspeed");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "speed_functional,speed_dysfunctional\n\u001b[2A" + "x".repeat(5000) + ",5\n");
        Cli.Result e = MainTest.run("analyze", bad.toString(), "--missing", "fail");
        assertThat(e.status()).isEqualTo(2);
        assertThat(e.err()).doesNotContain("\u001b").contains("(5004 characters)").hasSizeLessThan(600);
        assertThat(e.err().lines().count()).isEqualTo(1);
    }

    @Test
    void bootstrapCountsBeyondTheLimitAreRefusedUpFrontByEveryCommand() {
        String kano = "examples/data/after-sales-service.csv";
        String sat = "examples/data/after-sales-satisfaction.csv";
        String[][] commands = {{"analyze", kano}, {"satisfaction", sat, "--overall", "overall"}, {"allocate", "--demo"}};
        for (String[] c : commands) {
            for (String n : new String[] {"2000000000", "1000001", "-3", "1e12", "99999999999999999999"}) {
                String[] args = Stream.concat(Arrays.stream(c), Stream.of("--bootstrap", n)).toArray(String[]::new);
                Cli.Result r = MainTest.run(args);
                assertThat(r.status()).as(c[0] + " " + n).isEqualTo(2);
                assertThat(r.err()).as(c[0] + " " + n).isEqualTo("kano4j: --bootstrap needs a whole number from 0 to "
                        + "1000000, was \"" + n + "\"\n");
            }
        }
        assertThat(MainTest.run("analyze", kano, "--seed", "9223372036854775807").status()).isZero();
    }

    @Test
    void csvCellsAreNeutralisedByDefaultAndVerbatimOnRequest() throws IOException {
        Path file = dir.resolve("cells.csv");
        Files.writeString(file, "\u001b[2Kevil_functional,\u001b[2Kevil_dysfunctional,＝1+1_functional,＝1+1_dysfunctional\n"
                + "1,5,1,5\n2,5,2,5\n");
        String neutral = MainTest.run("analyze", file.toString(), "--format", "csv").out();
        assertThat(neutral).doesNotContain("\u001b").contains("\n\\u001B[2Kevil,").contains("\n'＝1+1,");
        Cli.Result verbatim = MainTest.run("analyze", file.toString(), "--format", "csv", "--csv-cells", "verbatim");
        assertThat(verbatim.out()).contains("\n\"\u001b[2Kevil\",").contains("\n＝1+1,");
        assertThat(MainTest.run("analyze", file.toString(), "--csv-cells", "raw").err())
                .isEqualTo("kano4j: --csv-cells needs neutralised or verbatim, was \"raw\" (see kano4j analyze --help)\n");
        for (String[] c : new String[][] {{"satisfaction", "examples/data/after-sales-satisfaction.csv", "--overall",
            "overall"}, {"allocate", "--demo"}}) {
            String[] args = Stream.concat(Arrays.stream(c), Stream.of("--format", "csv", "--csv-cells", "verbatim"))
                    .toArray(String[]::new);
            assertThat(MainTest.run(args).status()).as(c[0]).isZero();
        }
    }

    @Test
    void aChineseFileNameUnderAnAsciiLocaleIsOneLineWithTheFix() throws Exception {
        Path wave = dir.resolve("2025年第一期.csv");
        Files.copy(Path.of("examples", "data", "after-sales-service.csv"), wave);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze", wave.toString(),
                "--format", "csv");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) { // file names decoded as ASCII in this locale (Linux, JDK 17)
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(err.lines().count()).as(err).isEqualTo(1);
            assertThat(err).startsWith("kano4j: the file name ").contains("LANG=C.UTF-8");
        }
    }

    @Test
    void aHeaderWithoutDataRowsIsBadInputForTheCommandLine() throws IOException {
        Path empty = dir.resolve("header-only.csv");
        Files.writeString(empty, "a_functional,a_dysfunctional\n");
        Cli.Result r = MainTest.run("analyze", empty.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("kano4j: " + empty + ": has a header but no data rows; nothing to analyse\n");
        Path sat = dir.resolve("sat-header-only.csv");
        Files.writeString(sat, "overall,speed\n");
        assertThat(MainTest.run("satisfaction", sat.toString(), "--overall", "overall").status()).isEqualTo(2);
    }

    @Test
    void markdownNamesCannotFormLinksImagesOrHtml() {
        Map<String, CategoryCounts> counts = new LinkedHashMap<>();
        counts.put("[x](javascript:alert(1))", CategoryCounts.ofMoairq(52, 61, 30, 41, 4, 2));
        counts.put("![](http://evil.example/p.png) <b>bold</b>", CategoryCounts.ofMoairq(12, 20, 70, 66, 3, 1));
        String md = Report.markdown(Kano.analyzeCounts(counts, KanoOptions.defaults()));
        assertThat(md).contains("\\[x\\]\\(javascript&#58;alert\\(1\\)\\)")
                .contains("\\!\\[\\]\\(http&#58;//evil.example/p.png\\) &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("](").doesNotContain("<b>").doesNotContain("http://");
    }
}
