package io.github.kano4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;

/**
 * Every command of the command line, each with a command line that runs on copies of the bundled data in a folder
 * of the test's own — the walk that the grammar, format and output-guard tests take.
 */
final class Commands {
    private Commands() {
    }

    /** Every command's name, aliases aside. */
    static Set<String> names() {
        CommandLine cl = Main.commandLine(new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()));
        Set<String> names = new LinkedHashSet<>();
        cl.getSubcommands().values().forEach(c -> names.add(c.getCommandName()));
        names.remove("help");
        return names;
    }

    /** The picocli model of one command. */
    static CommandLine command(String name) {
        return Main.commandLine(new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream())).getSubcommands().get(name);
    }

    /**
     * A command line per command that reads every kind of input that command takes (main and auxiliary files),
     * the files copied into {@code dir}; by command name. The plan that {@code track} reads is made here too.
     */
    static Map<String, List<String>> runnable(Path dir) {
        Path kano = copy("after-sales-service.csv", dir);
        Path sat = copy("after-sales-satisfaction.csv", dir);
        Path sheet = copy("after-sales-attributes.csv", dir);
        Path ccSheet = copy("call-centre-attributes.csv", dir);
        Path gaps = copy("call-centre-gaps.csv", dir);
        Path groups = write(dir.resolve("groups.csv"), "attribute,group\nProgress text messages,contact\n");
        Path labels = write(dir.resolve("labels.csv"), "love it,like\n");
        Path plan = dir.resolve("plan.csv");
        Cli.Result made = MainTest.run("allocate", "--demo", "--format", "csv", "--out", plan.toString());
        if (made.status() != 0) {
            throw new IllegalStateException(made.err());
        }
        Map<String, List<String>> runs = new LinkedHashMap<>();
        runs.put("analyze", List.of(kano.toString(), "--groups", groups.toString(), "--labels", labels.toString()));
        runs.put("demo", List.of("--groups", groups.toString()));
        runs.put("satisfaction", List.of(sat.toString(), "--overall", "overall", "--groups", groups.toString()));
        runs.put("satisfaction-demo", List.of("--groups", groups.toString()));
        runs.put("allocate", List.of("--kano", kano.toString(), "--satisfaction", sat.toString(), "--attributes",
                sheet.toString(), "--groups", groups.toString()));
        runs.put("report", List.of("--kano", kano.toString(), "--satisfaction", sat.toString(), "--attributes",
                sheet.toString()));
        runs.put("gap", List.of(gaps.toString(), "--attributes", ccSheet.toString()));
        runs.put("track", List.of("--plan", plan.toString(), "--satisfaction", sat.toString()));
        runs.put("plan", List.of("--margin", "0.1"));
        runs.put("questionnaire", List.of(ccSheet.toString()));
        return runs;
    }

    /** The arguments of a run that name existing files (its inputs). */
    static List<Path> inputs(List<String> args) {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("-") && a.contains("/") && Files.isRegularFile(Path.of(a))) {
                files.add(Path.of(a));
            }
        }
        return files;
    }

    private static Path copy(String name, Path dir) {
        try {
            return Files.copy(Path.of("examples/data", name), dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
