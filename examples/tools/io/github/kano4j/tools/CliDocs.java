package io.github.kano4j.tools;

import io.github.kano4j.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the reference part of {@code docs/cli.md} from the command line's own help, between the lines
 * {@code <!-- help:begin -->} and {@code <!-- help:end -->}, so the help, the parser and the docs cannot drift
 * ({@code CommandLineGrammarTest} fails when they do). Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.kano4j.tools.CliDocs}.
 */
public final class CliDocs {
    private static final List<String> COMMANDS = List.of("analyze", "demo", "satisfaction", "satisfaction-demo",
            "allocate", "report", "gap", "track", "plan", "questionnaire");

    private CliDocs() {
    }

    /** Rewrites docs/cli.md's help section. */
    public static void main(String[] args) throws IOException {
        Path docs = Path.of("docs/cli.md");
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        String begin = "<!-- help:begin -->\n";
        String end = "<!-- help:end -->\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("docs/cli.md has no help section between " + begin.strip() + " and "
                    + end.strip());
        }
        StringBuilder sb = new StringBuilder(begin).append("\n```text\n").append(help("--help")).append("```\n");
        for (String c : COMMANDS) {
            sb.append("\n### ").append(c).append("\n\n```text\n").append(help(c, "--help")).append("```\n");
        }
        Files.writeString(docs, text.substring(0, from) + sb + "\n" + text.substring(to), StandardCharsets.UTF_8);
    }

    private static String help(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = Main.run(args, ps, ps);
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + status);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
