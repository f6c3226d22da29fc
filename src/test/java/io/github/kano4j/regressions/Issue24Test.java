package io.github.kano4j.regressions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.cli.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24 (one read engine, one command-line grammar, one report door, every text in a bundle): one test per
 * defect it reported, named after what it pins, kept forever.
 */
class Issue24Test {
    private static final String KANO = "examples/data/after-sales-service.csv";

    @TempDir
    Path dir;

    static Cli.Result run(String... args) {
        return Cli.attempt(args);
    }

    @Test
    void analyzeHelpExitsZeroAndDashHIsHelpNotAFile() {
        assertThat(run("analyze", "--help").status()).isZero();
        Cli.Result h = run("analyze", "-h");
        assertThat(h.status()).isZero();
        assertThat(h.out()).contains("Usage: kano4j analyze");
    }

    @Test
    void optionEqualsValueIsAccepted() {
        assertThat(run("analyze", KANO, "--format=csv").out()).isEqualTo(run("analyze", KANO, "--format", "csv").out());
    }

    @Test
    void aTypoGetsADidYouMean() {
        assertThat(run("analyze", KANO, "--fromat", "csv").err()).contains("did you mean --format?");
    }

    @Test
    void reportRefusesFormatsItDoesNotWriteInsteadOfWritingHtml() {
        for (String f : new String[] {"xlsx", "csv", "json"}) {
            Cli.Result r = run("report", "--demo", "--format", f, "--out", dir.resolve("r." + f).toString());
            assertThat(r.status()).as(f).isEqualTo(2);
            assertThat(r.err()).contains("report writes html, not \"" + f + "\"");
            assertThat(dir.resolve("r." + f)).doesNotExist();
        }
    }

    @Test
    void aMissingOutputFolderIsBadArgumentsNotAnInternalError() {
        Cli.Result r = run("demo", "--out", dir.resolve("missing/out.txt").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("internal error");
    }

    @Test
    void outFilesAreNotOwnerOnly() throws IOException {
        Path out = dir.resolve("plan.txt");
        assertThat(run("allocate", "--demo", "--out", out.toString()).status()).isZero();
        Path reference = Files.createFile(dir.resolve("any-new-file"));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void allocateReportAndTrackTakeTheReadingOptionsSatisfactionHas() {
        for (String command : new String[] {"allocate", "report", "track"}) {
            String help = run(command, "--help").out();
            assertThat(help).as(command).contains("--scale", "--cuts", "--columns", "--ignore", "--sheet", "--encoding",
                    "--missing", "--weight", "--rake");
        }
    }

    @Test
    void theEncodingCanBeChosenOnTheCommandLine() throws IOException {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "速度_functional,速度_dysfunctional\n1,5\n1,5\n2,5\n".getBytes("GBK"));
        Cli.Result r = run("analyze", gbk.toString(), "--encoding", "GBK", "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\n速度,3,");
        assertThat(run("analyze", gbk.toString(), "--encoding", "no-such").err())
                .startsWith("kano4j: --encoding: unknown encoding \"no-such\"");
    }

    @Test
    void aChinesePlanNamesItsBoundariesInChinese() {
        String out = run("allocate", "--demo", "--language", "zh").out();
        String zh = out.substring(0, out.indexOf("\n\n")); // the decision table
        assertThat(zh).contains("评分低于 3 的比例 <= 0.1000（当前 0.2988）", "低分比例 <= 0.1000（当前 0.3025）", "评分 <= 3")
                .doesNotContain("(now ").doesNotContain("share_below_3");
        assertThat(run("allocate", "--demo", "--language", "zh-Hant").out())
                .contains("評分低於 3 的比例 <= 0.1000（當前 0.2988）");
        assertThat(run("allocate", "--demo").out()).contains("share_below_3 <= 0.1000");
        assertThat(run("allocate", "--demo", "--language", "zh", "--format", "csv").out())
                .as("CSV keeps the machine codes").contains("share_below_3");
    }

    @Test
    void theQuestionnaireCommandsIngestReportIsInTheChosenLanguage() {
        Cli.Result r = run("questionnaire", "examples/data/call-centre-attributes.csv", "--language", "zh", "--format", "wjx");
        assertThat(r.err()).startsWith("数据读取报告：").doesNotContain("Ingest report");
    }
}
