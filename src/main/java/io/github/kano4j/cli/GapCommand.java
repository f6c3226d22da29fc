package io.github.kano4j.cli;

import io.github.kano4j.Category;
import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.io.AttributeSheet;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.io.GapCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.GapAnalysis;
import io.github.kano4j.satisfaction.GapComparison;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kano4j gap FILE [--confidence C] [--attributes SHEET] [--groups FILE] [--weight COLUMN] [--segment COLUMN]
 * [--pairs COLUMNS.csv] [--kano KANO.csv] [--satisfaction FILE.csv --overall COLUMN] [--format text|csv|json|markdown|html]
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
        String segment = null;
        Path kanoFile = null;
        Path satFile = null;
        String overall = "overall";
        Path pairs = null;
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
                case "--segment" -> segment = Args.value(args, ++i, a);
                case "--kano" -> kanoFile = Path.of(Args.value(args, ++i, a));
                case "--satisfaction" -> satFile = Path.of(Args.value(args, ++i, a));
                case "--overall" -> overall = Args.value(args, ++i, a);
                case "--pairs" -> pairs = Path.of(Args.value(args, ++i, a));
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
        if (!List.of("text", "csv", "json", "markdown", "html").contains(format)) {
            throw new UsageException("gap writes text, csv, json, markdown or html, not " + format);
        }
        if (segment != null && (format.equals("markdown") || format.equals("html"))) {
            throw new UsageException("gap --segment writes text, csv or json, not " + format);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new UsageException("--confidence needs a level strictly between 0 and 1, was " + confidence);
        }
        Path file = Path.of(positional.get(0));
        GapCsvReader.Columns columns = pairs == null ? GapCsvReader.Columns.none() : GapCsvReader.Columns.from(pairs);
        GapCsvReader.Segmented all = GapCsvReader.read(file, columns, Optional.ofNullable(weightColumn),
                Optional.ofNullable(segment));
        GapCsvReader.Segmented read = segment == null ? null : all;
        GapCsvReader.GapSurvey survey = all.whole();
        Args.requireRows(survey.report());
        Map<String, Double> importance = Map.of();
        Map<String, String> groups = Map.of();
        if (sheet != null) {
            AttributeSheet facts = AttributeSheetReader.read(sheet);
            err.print(facts.report().text(language));
            importance = AttributeFacts.importanceOf(facts.facts());
            groups = AttributeFacts.groupsOf(facts.facts());
        }
        if (groupsFile != null) {
            groups = Args.groups(groupsFile, language, err);
        }
        Map<String, Category> categories = new LinkedHashMap<>();
        if (satFile != null) {
            SatisfactionSurvey sat = SatisfactionCsvReader.create(overall).read(satFile);
            err.print(sat.report().text(language));
            Kano.analyzeSatisfaction(sat, SatisfactionOptions.defaults().withBootstrap(0, 1)).results().forEach(r ->
                    r.factorType().kanoAnalogue().ifPresent(c -> categories.put(r.attribute(), c)));
        }
        if (kanoFile != null) { // the questionnaire's categories take precedence over the factor types
            KanoSurvey kano = Kano.reader().read(kanoFile);
            err.print(kano.report().text(language));
            Kano.analyze(kano, KanoOptions.defaults()).results().forEach(r ->
                    r.category().ifPresent(c -> categories.put(r.attribute(), c)));
        }
        GapAnalysis gaps = gapsOf(survey, confidence, importance, groups).withCategories(categories);
        String text;
        if (read != null) {
            Map<String, GapAnalysis> bySegment = new LinkedHashMap<>();
            for (Map.Entry<String, GapCsvReader.GapSurvey> e : read.segments().entrySet()) {
                bySegment.put(e.getKey(), gapsOf(e.getValue(), confidence, importance, groups));
            }
            GapComparison comparison = GapComparison.of(read.column(), bySegment);
            StringBuilder sb = new StringBuilder(gaps.text(language)).append('\n');
            for (Map.Entry<String, GapAnalysis> e : bySegment.entrySet()) {
                sb.append(language.text("Segment ", "细分 ")).append(read.column()).append(" = ").append(e.getKey())
                        .append('\n').append(e.getValue().text(language)).append('\n');
            }
            text = switch (format) {
                case "csv" -> Report.csv(comparison);
                case "json" -> Report.json(comparison);
                default -> sb.append(comparison.text(language)).append('\n').append(survey.report().text(language))
                        .toString();
            };
        } else {
            text = switch (format) {
                case "csv" -> Report.csv(gaps);
                case "json" -> Report.json(gaps);
                case "markdown" -> Report.markdown(gaps, language);
                case "html" -> Report.html(gaps, language);
                default -> gaps.text(language) + "\n" + survey.report().text(language);
            };
        }
        if (!format.equals("text")) {
            err.print(survey.report().text(language));
        }
        Args.emit(text, outFile, out, List.of(file));
        return 0;
    }

    private static GapAnalysis gapsOf(GapCsvReader.GapSurvey survey, double confidence, Map<String, Double> importance,
            Map<String, String> groups) {
        return GapAnalysis.of(survey.attributes(), confidence, survey.report()).withImportance(importance)
                .withGroups(groups);
    }
}
