package io.github.kano4j.regressions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.cli.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by attacking the new command line (issue 24): options accepted and then silently doing nothing, numbers
 * that switch an option off, argument files, advice that was itself invalid. Each is now refused in one line.
 */
class OptionsThatWouldDoNothingTest {
    private static final String KANO = "examples/data/after-sales-service.csv";
    private static final String SAT = "examples/data/after-sales-satisfaction.csv";

    @TempDir
    Path dir;

    @Test
    void demoRefusesTheFilesAndReadingOptionsItWouldIgnore() {
        for (String[] extra : new String[][] {{"--kano", "nonexist.csv"}, {"--satisfaction", SAT}, {"--max-q", "0"},
            {"--weight", "w"}, {"--kano-weight", "w"}, {"--columns", "a,b"}, {"--encoding", "GBK"}}) {
            Cli.Result r = Cli.attempt("allocate", "--demo", extra[0], extra[1]);
            assertThat(r.status()).as(extra[0]).isEqualTo(2);
            assertThat(r.err()).startsWith("kano4j: " + extra[0] + " cannot be used with --demo");
        }
        assertThat(Cli.attempt("allocate", "--demo", "--table", "pouliot").status()).isZero();
    }

    @Test
    void optionsOfASurveyThatIsNotGivenAreRefused() {
        Cli.Result weight = Cli.attempt("allocate", "--kano", KANO, "--weight", "nothere");
        assertThat(weight.status()).isEqualTo(2);
        assertThat(weight.err()).isEqualTo("kano4j: --weight applies to the satisfaction survey; give --satisfaction "
                + "FILE\n");
        assertThat(Cli.attempt("allocate", "--satisfaction", SAT, "--max-q", "1").err())
                .contains("--max-q applies to the Kano questionnaire; give --kano FILE");
        assertThat(Cli.attempt("gap", "examples/data/call-centre-gaps.csv", "--columns", "a,b").status())
                .isEqualTo(2);
        assertThat(Cli.attempt("gap", "--help").out()).doesNotContain("--rake", "--trim");
    }

    @Test
    void countAsQIsTheKanoFilesPolicyBesideASatisfactionSurvey() {
        Cli.Result r = Cli.attempt("allocate", "--kano", KANO, "--satisfaction", SAT, "--missing",
                "count-as-q", "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
    }

    @Test
    void nanAndInfinityAreNotNumbersThatSwitchAnOptionOff() {
        for (String v : new String[] {"NaN", "Infinity", "abc", ""}) {
            Cli.Result r = Cli.attempt("allocate", "--demo", "--budget", v);
            assertThat(r.status()).as(v).isEqualTo(2);
            assertThat(r.err()).startsWith("kano4j: --budget: needs a number, was \"" + v + "\"");
        }
    }

    @Test
    void anAtSignIsAFileNameNotAFileOfArguments() throws IOException {
        Path args = Files.writeString(dir.resolve("args"), "--format\ncsv\n");
        Cli.Result r = Cli.attempt("analyze", KANO, "@" + args);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("kano4j: unexpected argument \"@");
    }

    @Test
    void scaleAdviceIsItselfValidAndAnEmptyScaleIsRefused() {
        assertThat(Cli.attempt("satisfaction", SAT, "--overall", "overall", "--scale", "2-3").err())
                .startsWith("kano4j: --scale 2-3 needs at least three ratings");
        String advice = Cli.attempt("satisfaction", SAT, "--overall", "overall", "--scale", "1-10").err();
        assertThat(advice).contains("--scale 1-10 --cuts 2,10");
    }

    @Test
    void emptyFileNamesAndFilesInTheWayOfAFolderAreBadArguments() {
        assertThat(Cli.attempt("analyze", KANO, "--out", "").err()).startsWith("kano4j: --out: needs a file name");
        Cli.Result r = Cli.attempt("allocate", "--demo", "--charts", KANO + "/x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).endsWith("is a file, not a folder\n");
    }
}
