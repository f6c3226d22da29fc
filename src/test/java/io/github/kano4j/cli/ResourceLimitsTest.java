package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sizes that would cost gigabytes are refused with one line and exit 2 before anything is built for them (segment
 * values, satisfaction attributes), and whatever escapes — out of memory, a stack overflow, a bug — is one line
 * with exit 1, never a stack trace.
 */
class ResourceLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aSegmentColumnWithMoreThanTenThousandValuesIsRefusedNamingRowAndColumn() throws IOException {
        Path file = dir.resolve("segments.csv");
        String rows = IntStream.range(0, 10_001).mapToObj(i -> i + ",1,5,site-" + i).collect(Collectors.joining("\n"));
        Files.writeString(file, "id,speed_functional,speed_dysfunctional,site\n" + rows + "\n");
        Cli.Result r = MainTest.run("analyze", file.toString(), "--segment", "site", "--format", "csv");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("kano4j: " + file + ", row 10002, column \"site\"")
                .contains("more than 10000 distinct values");
        assertThat(r.err().lines().count()).isEqualTo(1);
        Path fine = dir.resolve("fine.csv");
        Files.writeString(fine, "id,speed_functional,speed_dysfunctional,site\n"
                + IntStream.range(0, 200).mapToObj(i -> i + ",1,5,site-" + i % 3).collect(Collectors.joining("\n")));
        assertThat(MainTest.run("analyze", fine.toString(), "--segment", "site", "--format", "csv").status()).isZero();
    }

    @Test
    void aSatisfactionSurveyWithMoreThanAThousandAttributesIsRefused() throws IOException {
        Path file = dir.resolve("wide-satisfaction.csv");
        String header = "overall," + IntStream.range(0, 1001).mapToObj(i -> "a" + i).collect(Collectors.joining(","));
        String row = "3," + IntStream.range(0, 1001).mapToObj(i -> String.valueOf(1 + i % 5))
                .collect(Collectors.joining(","));
        Files.writeString(file, header + "\n" + row + "\n" + row + "\n");
        Cli.Result r = MainTest.run("satisfaction", file.toString(), "--overall", "overall");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("at most 1000").contains("--attributes");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void errorsThatEscapeTheCommandsAreOneLineWithExitOne() {
        assertThat(guard(() -> {
            throw new OutOfMemoryError("Java heap space");
        })).startsWith("1 kano4j: out of memory (").contains("-Xmx4g").hasLineCount(1);
        assertThat(guard(() -> {
            throw new StackOverflowError();
        })).isEqualTo("1 kano4j: internal error: stack overflow (please report this with the input that caused it)\n");
        assertThat(guard(() -> {
            throw new IllegalStateException("x".repeat(10_000) + "\u001b[2K");
        })).startsWith("1 kano4j: internal error: java.lang.IllegalStateException: xxx").hasLineCount(1)
                .doesNotContain("\u001b").hasSizeLessThan(700);
        assertThat(guard(() -> {
            throw new IllegalArgumentException("bad\nvalue");
        })).startsWith("2 kano4j: bad").hasLineCount(1);
    }

    private static String guard(IntSupplier body) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.guarded(body, new PrintStream(err, true, StandardCharsets.UTF_8));
        return status + " " + err.toString(StandardCharsets.UTF_8);
    }
}
