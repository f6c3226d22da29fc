package io.github.kano4j.cli;

import io.github.kano4j.Language;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.io.AttributeSheet;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.io.GapCsvReader;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.GapAnalysis;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kano4j gap FILE [--confidence C] [--attributes SHEET] [--groups FILE] [--weight COLUMN] [--format text|csv|json]
 * [--language en|zh|zh-Hant] [--out FILE]}: expectation–perception gaps per attribute, importance-weighted and by
 * dimension when the sheet gives importance and groups (docs/METHODS.md §6.9).
 */
final class GapCommand {
    private GapCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        double confidence = 0.95;
        String format = "text";
        Language language = Language.EN;
        Path outFile = null;
        Path sheet = null;
        Path groupsFile = null;
        String weightColumn = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--confidence" -> confidence = Args.number(Args.value(args, ++i, a), a);
                case "--format" -> format = Args.format(Args.value(args, ++i, a));
                case "--out" -> outFile = Path.of(Args.value(args, ++i, a));
                case "--language" -> language = Args.language(Args.value(args, ++i, a));
                case "--attributes" -> sheet = Path.of(Args.value(args, ++i, a));
                case "--groups" -> groupsFile = Path.of(Args.value(args, ++i, a));
                case "--weight" -> weightColumn = Args.value(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a + " for gap; see kano4j --help");
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 1) {
            throw new UsageException("gap needs exactly one CSV file with <attribute>_perception and "
                    + "<attribute>_expectation columns, e.g. kano4j gap servqual.csv");
        }
        if (!List.of("text", "csv", "json").contains(format)) {
            throw new UsageException("gap writes text, csv or json, not " + format);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new UsageException("--confidence needs a level strictly between 0 and 1, was " + confidence);
        }
        Path file = Path.of(positional.get(0));
        GapCsvReader.GapSurvey survey = weightColumn == null ? GapCsvReader.read(file)
                : GapCsvReader.read(file, weightColumn);
        Args.requireRows(survey.report());
        GapAnalysis gaps = GapAnalysis.of(survey.attributes(), confidence, survey.report());
        if (sheet != null) {
            AttributeSheet read = AttributeSheetReader.read(sheet);
            err.print(read.report().text(language));
            gaps = gaps.withImportance(AttributeFacts.importanceOf(read.facts()))
                    .withGroups(AttributeFacts.groupsOf(read.facts()));
        }
        if (groupsFile != null) {
            gaps = gaps.withGroups(Args.groups(groupsFile, language, err));
        }
        String text = switch (format) {
            case "csv" -> Report.csv(gaps);
            case "json" -> Report.json(gaps);
            default -> gaps.text(language) + "\n" + survey.report().text(language);
        };
        if (!format.equals("text")) {
            err.print(survey.report().text(language));
        }
        Args.emit(text, outFile, out, List.of(file));
        return 0;
    }
}
