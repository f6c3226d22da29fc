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

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kano4j gap FILE [options]}: expectation–perception gaps per attribute, importance-weighted and by dimension
 * when the sheet gives importance and groups, read with the Kano categories or factor types (docs/METHODS.md §6.9).
 */
@picocli.CommandLine.Command(name = "gap", description = "Expectation-perception gaps per attribute (weighted by "
        + "the sheet's importance, rolled up by its groups, read with the Kano categories or factor types).")
final class GapCommand extends Command {
    @Mixin
    SatisfactionReadingOptions satReading;
    @Mixin
    ConfidenceOption confidence;

    @Parameters(index = "0", paramLabel = "FILE", description = "the survey: <attribute>_perception and "
            + "<attribute>_expectation (or adequate/desired) columns")
    Path file;
    @Option(names = "--weight", paramLabel = "COLUMN", description = WeightingOptions.WEIGHT)
    String weight;
    @Option(names = "--pairs", paramLabel = "FILE", description = "attribute,perception,adequate,desired columns "
            + "(header texts or column numbers)")
    Path pairs;
    @Option(names = "--attributes", paramLabel = "SHEET", description = "the attribute sheet: importance and group")
    Path sheet;
    @Option(names = "--groups", paramLabel = "FILE", description = "attribute,group: gaps rolled up by group")
    Path groupsFile;
    @Option(names = "--segment", paramLabel = "COLUMN", description = "also the gaps of each segment of COLUMN, "
            + "compared (text, csv or json)")
    String segment;
    @Option(names = "--kano", paramLabel = "FILE", description = "a Kano questionnaire: its categories read the gaps")
    Path kanoFile;
    @Option(names = "--satisfaction", paramLabel = "FILE", description = "a satisfaction survey (with --overall): "
            + "its factor types read the gaps where no Kano category is known")
    Path satFile;
    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, json, markdown or html; "
            + "with --segment text, csv or json")
    String format;

    @Override
    int run() {
        Format f = format(format, Format.TEXT, Format.TEXT, Format.CSV, Format.JSON, Format.MARKDOWN, Format.HTML);
        if (segment != null) {
            require(f, "--segment", Format.TEXT, Format.CSV, Format.JSON);
        }
        double level = confidence.level(0.95);
        if (satFile == null) {
            refuse(given("satReading"), "applies to the satisfaction survey; give --satisfaction FILE");
        }
        Sink sink = sink();
        Language lang = language.language;
        GapCsvReader.Columns columns = pairs == null ? GapCsvReader.Columns.none() : GapCsvReader.Columns.from(pairs);
        phase("reading " + file);
        GapCsvReader.Segmented all = GapCsvReader.read(file, columns, Optional.ofNullable(weight),
                Optional.ofNullable(segment));
        GapCsvReader.GapSurvey survey = all.whole();
        Args.requireRows(survey.report());
        Map<String, Double> importance = Map.of();
        Map<String, String> groups = Map.of();
        if (sheet != null) {
            AttributeSheet facts = AttributeSheetReader.read(sheet);
            info(facts.report(), lang);
            importance = AttributeFacts.importanceOf(facts.facts());
            groups = AttributeFacts.groupsOf(facts.facts());
        }
        if (groupsFile != null) {
            groups = groups(groupsFile, lang);
        }
        phase("analysing");
        GapAnalysis gaps = gapsOf(survey, level, importance, groups).withCategories(categories(lang));
        String text = segment == null ? render(gaps, f, survey) : renderSegments(all, gaps, f, level, importance,
                groups);
        if (f != Format.TEXT) {
            info(survey.report(), lang);
        }
        sink.text(text);
        return 0;
    }

    /** The Kano categories (which take precedence) or else the factor types' analogues, by attribute. */
    private Map<String, Category> categories(Language lang) {
        Map<String, Category> categories = new LinkedHashMap<>();
        if (satFile != null) {
            phase("reading " + satFile);
            SatisfactionSurvey sat = satReading.apply(SatisfactionCsvReader.create(satReading.overall("overall")))
                    .read(satFile);
            info(sat.report(), lang);
            Kano.analyzeSatisfaction(sat, satReading.apply(SatisfactionOptions.defaults()).withBootstrap(0, 1))
                    .results().forEach(r -> r.factorType().kanoAnalogue().ifPresent(c -> categories.put(r.attribute(),
                    c)));
        }
        if (kanoFile != null) {
            phase("reading " + kanoFile);
            KanoSurvey kano = Kano.reader().read(kanoFile);
            info(kano.report(), lang);
            Kano.analyze(kano, KanoOptions.defaults()).results().forEach(r ->
                    r.category().ifPresent(c -> categories.put(r.attribute(), c)));
        }
        return categories;
    }

    private String render(GapAnalysis gaps, Format f, GapCsvReader.GapSurvey survey) {
        Language lang = language.language;
        return switch (f) {
            case CSV -> Report.csv(gaps);
            case JSON -> Report.json(gaps);
            case MARKDOWN -> Report.markdown(gaps, lang);
            case HTML -> Report.html(gaps, lang);
            default -> gaps.text(lang) + "\n" + survey.report().text(lang);
        };
    }

    private String renderSegments(GapCsvReader.Segmented read, GapAnalysis gaps, Format f, double level,
            Map<String, Double> importance, Map<String, String> groups) {
        Language lang = language.language;
        Map<String, GapAnalysis> bySegment = new LinkedHashMap<>();
        for (Map.Entry<String, GapCsvReader.GapSurvey> e : read.segments().entrySet()) {
            bySegment.put(e.getKey(), gapsOf(e.getValue(), level, importance, groups));
        }
        GapComparison comparison = GapComparison.of(read.column(), bySegment);
        if (f == Format.CSV) {
            return Report.csv(comparison);
        }
        if (f == Format.JSON) {
            return Report.json(comparison);
        }
        StringBuilder sb = new StringBuilder(gaps.text(lang)).append('\n');
        for (Map.Entry<String, GapAnalysis> e : bySegment.entrySet()) {
            sb.append(lang.message("gapCommand.segment")).append(read.column()).append(" = ").append(e.getKey())
                    .append('\n').append(e.getValue().text(lang)).append('\n');
        }
        return sb.append(comparison.text(lang)).append('\n').append(read.whole().report().text(lang)).toString();
    }

    private static GapAnalysis gapsOf(GapCsvReader.GapSurvey survey, double confidence, Map<String, Double> importance,
            Map<String, String> groups) {
        return GapAnalysis.of(survey.attributes(), confidence, survey.report()).withImportance(importance)
                .withGroups(groups);
    }
}
