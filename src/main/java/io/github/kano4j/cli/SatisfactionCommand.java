package io.github.kano4j.cli;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.RatingScale;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionComparison;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** {@code kano4j satisfaction FILE.csv --overall COLUMN …} and {@code satisfaction-demo}. */
final class SatisfactionCommand {
    private SatisfactionCommand() {
    }

    static int run(String command, String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        SatisfactionOptions options = SatisfactionOptions.defaults();
        String overall = null;
        String sheet = null;
        String segment = null;
        Language language = Language.EN;
        Path groupsFile = null;
        String format = "text";
        Report.CsvCells cells = Report.CsvCells.NEUTRALISED;
        Path outFile = null;
        int[] range = null;
        int[] cuts = null;
        Integer bootstrap = null;
        Long seed = null;
        boolean fail = false;
        String[] chosen = null;
        List<String> ignore = new ArrayList<>();
        Args.Weighting weighting = new Args.Weighting();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int taken = weighting.take(args, i);
            if (taken >= 0) {
                i = taken;
                continue;
            }
            switch (a) {
                case "--overall" -> overall = Args.value(args, ++i, a);
                case "--language" -> language = Args.language(Args.value(args, ++i, a));
                case "--groups" -> groupsFile = Path.of(Args.value(args, ++i, a));
                case "--sheet" -> sheet = Args.value(args, ++i, a);
                case "--segment" -> segment = Args.value(args, ++i, a);
                case "--scale" -> range = RatingScale.parseRange(Args.value(args, ++i, a));
                case "--cuts" -> cuts = cuts(Args.value(args, ++i, a));
                case "--bootstrap" -> bootstrap = Args.count(Args.value(args, ++i, a), a,
                        SatisfactionOptions.MAX_REPLICATES);
                case "--seed" -> seed = Args.seed(Args.value(args, ++i, a), a);
                case "--confidence" -> options = options.withConfidence(Args.number(Args.value(args, ++i, a), a));
                case "--missing" -> fail = missing(Args.value(args, ++i, a));
                case "--attributes" -> chosen = Args.value(args, ++i, a).split("\\s*,\\s*");
                case "--ignore" -> ignore.add(Args.value(args, ++i, a));
                case "--format" -> format = Args.format(Args.value(args, ++i, a));
                case "--csv-cells" -> cells = Args.csvCells(Args.value(args, ++i, a));
                case "--out" -> outFile = Path.of(Args.value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a + " for " + command + "; see kano4j --help");
                    }
                    positional.add(a);
                }
            }
        }
        Args.requireOutFile(format, outFile);
        Demo.Data data = Demo.Data.of(language);
        if (command.equals("satisfaction-demo") && overall == null) {
            overall = data.overall;
        }
        if (range != null || cuts != null) {
            int min = range == null ? 1 : range[0];
            int max = range == null ? 5 : range[1];
            options = options.withScale(cuts == null ? RatingScale.withDefaultCuts(min, max)
                    : new RatingScale(min, max, cuts[0], cuts[1]));
        }
        if (bootstrap != null || seed != null) {
            options = options.withBootstrap(bootstrap == null ? options.bootstrapReplicates() : bootstrap,
                    seed == null ? options.seed() : seed);
        }
        if (overall == null) {
            throw new UsageException("satisfaction needs --overall COLUMN, the overall-satisfaction column");
        }
        SatisfactionCsvReader reader = weighting.apply(SatisfactionCsvReader.create(overall)).withFailOnMissing(fail)
                .withIgnored(ignore.toArray(new String[0]));
        if (chosen != null) {
            reader = reader.withAttributes(chosen);
        }
        if (sheet != null) {
            reader = reader.withSheet(sheet);
        }
        SatisfactionSurvey survey;
        if (command.equals("satisfaction-demo")) {
            if (!positional.isEmpty()) {
                throw new UsageException("satisfaction-demo takes no file; it analyses the bundled example");
            }
            survey = Demo.satisfaction(data, reader);
        } else {
            if (positional.size() != 1) {
                throw new UsageException("satisfaction needs exactly one CSV file, e.g. kano4j satisfaction "
                        + "survey.csv --overall overall");
            }
            if (segment != null) {
                return bySegment(reader.readSegmented(Path.of(positional.get(0)), segment), options, language,
                        format, outFile, out, err, inputFiles(positional));
            }
            survey = reader.read(Path.of(positional.get(0)));
            Args.requireRows(survey.report());
        }
        SatisfactionAnalysis analysis = Kano.analyzeSatisfaction(survey, options);
        if (groupsFile != null) {
            Map<String, String> groups = Args.groups(groupsFile, language, err);
            Args.warnUngrouped(analysis.ungrouped(groups), groupsFile, err);
            analysis = analysis.withGroups(groups);
        }
        if (format.equals("xlsx")) {
            err.print(survey.report().text(language));
            Args.emitWorkbook(Report.xlsx(analysis, language), outFile, inputFiles(positional));
            return 0;
        }
        String text;
        if (!format.equals("text")) {
            text = switch (format) {
                case "csv" -> Report.csv(analysis, cells, language);
                case "json" -> Report.json(analysis, language);
                case "markdown" -> Report.markdown(analysis, language);
                default -> Report.html(analysis, language);
            };
            err.print(survey.report().text(language));
        } else {
            text = analysis.text(language) + "\n" + survey.report().text(language);
        }
        Args.emit(text, outFile, out, inputFiles(positional));
        return 0;
    }

    /** {@code --segment COL}: the whole survey, then each segment's factor types and the test of differences. */
    private static int bySegment(SatisfactionCsvReader.Segmented read, SatisfactionOptions options, Language language,
            String format, Path outFile, PrintStream out, PrintStream err, List<Path> inputs) {
        Args.requireRows(read.whole().report());
        SatisfactionComparison comparison = SatisfactionComparison.of(read.column(), read.segments(), options);
        String text;
        if (format.equals("csv")) {
            text = Report.csv(comparison);
        } else if (format.equals("text")) {
            StringBuilder sb = new StringBuilder(Kano.analyzeSatisfaction(read.whole(), options).text(language))
                    .append('\n');
            comparison.segments().forEach((value, a) -> sb.append(language.text("Segment ", "细分 "))
                    .append(read.column()).append(" = ").append(value).append('\n').append(a.text(language))
                    .append('\n'));
            text = sb.append(comparison.text(language)).append('\n').append(read.whole().report().text(language))
                    .toString();
        } else {
            throw new UsageException("satisfaction --segment writes text or csv, not " + format);
        }
        if (!format.equals("text")) {
            err.print(read.whole().report().text(language));
        }
        Args.emit(text, outFile, out, inputs);
        return 0;
    }

    private static boolean missing(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "drop" -> false;
            case "fail" -> true;
            default -> throw new UsageException("unknown missing-rating policy \"" + s + "\"; expected drop or fail");
        };
    }

    private static int[] cuts(String s) {
        String[] parts = s.split("\\s*,\\s*");
        if (parts.length != 2) {
            throw new UsageException("--cuts needs LOW,HIGH, e.g. --cuts 2,5, was \"" + s + "\"");
        }
        return new int[] {Args.integer(parts[0], "--cuts"), Args.integer(parts[1], "--cuts")};
    }

    private static List<Path> inputFiles(List<String> positional) {
        return positional.stream().map(Path::of).toList();
    }
}
