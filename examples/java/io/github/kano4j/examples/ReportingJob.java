package io.github.kano4j.examples;

import io.github.kano4j.Kano;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionComparison;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scheduled reporting job: reads every survey wave ({@code *.csv}, in name order) from a folder, writes an
 * HTML report and a tidy CSV per wave, and a text file of category drift between consecutive waves; satisfaction
 * waves in a subfolder {@code satisfaction/} (overall column {@code overall}) get their factor types as CSV and,
 * between consecutive waves, whether each attribute's penalty and reward changed. Exits 2 with one clear line on
 * bad input, so a scheduler sees the failure.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.kano4j.examples.ReportingJob -Dexec.args="waves/ reports/"}</pre>
 */
public final class ReportingJob {
    private ReportingJob() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ReportingJob INPUT_FOLDER OUTPUT_FOLDER");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1]), System.out, System.err));
    }

    /** The satisfaction waves of {@code folder} (if it exists): factor types per wave and the change between waves. */
    private static void satisfactionWaves(Path folder, Path output, PrintStream out) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> waves;
        try (Stream<Path> files = Files.list(folder)) {
            waves = files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        SatisfactionOptions options = SatisfactionOptions.defaults();
        SatisfactionSurvey previous = null;
        String previousName = null;
        for (Path wave : waves) {
            String name = wave.getFileName().toString().replaceFirst("\\.csv$", "");
            SatisfactionSurvey survey = SatisfactionCsvReader.create("overall").read(wave);
            SatisfactionAnalysis analysis = Kano.analyzeSatisfaction(survey, options);
            Files.writeString(output.resolve(name + "-satisfaction.csv"), Report.csv(analysis),
                    StandardCharsets.UTF_8);
            if (previous != null) {
                SatisfactionComparison change = SatisfactionComparison.ofWaves(previousName, previous, name, survey,
                        options);
                Files.writeString(output.resolve(name + "-satisfaction-drift.txt"), change.toString(),
                        StandardCharsets.UTF_8);
            }
            out.println(name + " (satisfaction): " + analysis.results().size() + " attributes, "
                    + survey.respondents() + " respondents");
            previous = survey;
            previousName = name;
        }
    }

    /** Runs the job; returns 0 on success, 2 on bad input. */
    public static int run(Path input, Path output, PrintStream out, PrintStream err) {
        KanoOptions options = KanoOptions.defaults().withBootstrap(1000, 20261122L);
        try {
            if (!Files.isDirectory(input)) {
                throw new KanoInputException(input.toString(), "is not a folder of survey waves");
            }
            List<Path> waves;
            try (Stream<Path> files = Files.list(input)) {
                waves = files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
            }
            if (waves.isEmpty()) {
                throw new KanoInputException(input.toString(), "holds no .csv survey waves");
            }
            Files.createDirectories(output);
            KanoSurvey previous = null;
            String previousName = null;
            for (Path wave : waves) {
                String name = wave.getFileName().toString().replaceFirst("\\.csv$", "");
                KanoSurvey survey = KanoCsvReader.create().withTable(options.table()).read(wave);
                KanoAnalysis analysis = Kano.analyze(survey, options);
                Files.writeString(output.resolve(name + ".html"), Report.html(analysis), StandardCharsets.UTF_8);
                Files.writeString(output.resolve(name + ".csv"), Report.csv(analysis), StandardCharsets.UTF_8);
                if (previous != null) {
                    SegmentComparison drift = SegmentComparison.ofWaves(previousName, previous.tally(), name,
                            survey.tally(), options);
                    Files.writeString(output.resolve(name + "-drift.txt"), drift.toString(), StandardCharsets.UTF_8);
                }
                out.println(name + ": " + analysis.results().size() + " attributes, " + survey.report().rowsRead()
                        + " rows read");
                previous = survey;
                previousName = name;
            }
            satisfactionWaves(input.resolve("satisfaction"), output, out);
            return 0;
        } catch (KanoInputException e) {
            err.println("reporting job: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("reporting job: cannot write reports to " + output + ": " + e.getMessage());
            return 2;
        } catch (InvalidPathException e) {
            // e.g. a wave named 2025年第一期.csv under a locale whose file names are ASCII
            err.println("reporting job: the file name \"" + e.getInput() + "\" cannot be used (" + e.getReason()
                    + "); Java decodes file names as " + System.getProperty("sun.jnu.encoding")
                    + " here: run with a UTF-8 locale, e.g. LANG=C.UTF-8");
            return 2;
        }
    }
}
