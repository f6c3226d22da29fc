package io.github.kano4j.cli;

import io.github.kano4j.Language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Shared parsing of command-line option values; every problem is a one-line usage error. */
final class Args {
    private Args() {
    }

    /** The value after an option. */
    static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value; see kano4j --help");
        }
        return args[i];
    }

    /** A number. */
    static double number(String s, String option) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, was \"" + s + "\"");
        }
    }

    /** A whole number ≥ 0. */
    static int integer(String s, String option) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v < 0) {
                throw new UsageException(option + " needs a non-negative whole number, was \"" + s + "\"");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, was \"" + s + "\"");
        }
    }

    /** A language: en or zh (zh-Hans). */
    static Language language(String s) {
        try {
            return Language.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--language: " + e.getMessage());
        }
    }

    /** An output format: text, csv, markdown or html. */
    static String format(String s) {
        String f = s.toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "markdown", "html").contains(f)) {
            throw new UsageException("unknown format \"" + s + "\"; expected text, csv, markdown or html");
        }
        return f;
    }

    /** Prints {@code text} to {@code out}, or writes it to {@code file} when one was given. */
    static void emit(String text, Path file, PrintStream out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
