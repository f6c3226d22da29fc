package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** For tests in other packages: runs the command line in this JVM and returns what it printed. */
public final class Cli {
    private Cli() {
    }

    /** What a run of the command line gave: its exit status, standard output and standard error. */
    public record Result(int status, String out, String err) {
    }

    /** Runs {@code kano4j args…} in this JVM, whatever its exit status. */
    public static Result attempt(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code kano4j args…}, requires exit 0 (the message is standard error) and returns standard output. */
    public static String run(String... args) {
        Result r = attempt(args);
        assertThat(r.status()).as("%s: %s", String.join(" ", args), r.err()).isZero();
        return r.out();
    }
}
