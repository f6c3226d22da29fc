package io.github.kano4j.cli;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.internal.InOrder;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.questionnaire.ClassificationRule;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.report.Report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kano4j analyze FILE [options]} and {@code kano4j demo [options]}: classify the attributes of a Kano
 * questionnaire, overall and by segment.
 */
abstract class AnalyzeCommand extends Command {
    @Mixin
    KanoReadingOptions kanoReading;
    @Mixin
    ReadingOptions reading;
    @Mixin
    WeightingOptions weighting;
    @Mixin
    ConfidenceOption confidence;
    @Mixin
    ResamplingOptions resampling;
    @Mixin
    CsvCellsOption cells;

    @Option(names = "--rule", paramLabel = "RULE", description = "classification rule: moai (default: Fong + "
            + "M>O>A>I), mode, band, aom or quadrant")
    String rule;

    @Option(names = "--quadrant-means", description = "Better-Worse quadrant at the means (default 0.5/0.5)")
    boolean quadrantMeans;

    @Option(names = "--segment", paramLabel = "COLUMN", description = "also analyse and compare the segments of "
            + "COLUMN (repeatable)")
    List<String> segments = new ArrayList<>();

    @Option(names = "--groups", paramLabel = "FILE", description = "attribute,group (or a sheet with a group "
            + "column): every output lists attributes by group")
    Path groupsFile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, json, markdown, html or "
            + "xlsx (a workbook, with --out FILE.xlsx)")
    String format;

    /** The survey, read with {@code reader}. */
    abstract KanoSurvey read(KanoCsvReader reader);

    @Override
    int run() {
        Format f = format(format, Format.TEXT, Format.TEXT, Format.CSV, Format.JSON, Format.MARKDOWN, Format.HTML,
                Format.XLSX);
        Sink sink = sink();
        KanoOptions options = options();
        Language lang = language.language;
        KanoSurvey survey = read(reader(options));
        phase("analysing");
        KanoAnalysis analysis = Kano.analyze(survey, options);
        if (groupsFile != null) {
            Map<String, String> groups = groups(groupsFile, lang);
            warnUngrouped(analysis.ungrouped(groups), groupsFile);
            analysis = analysis.withGroups(groups);
        }
        List<SegmentComparison> comparisons = new ArrayList<>();
        for (String column : segments) {
            comparisons.add(Kano.compareSegments(survey, column, options));
        }
        phase("writing");
        KanoAnalysis overall = analysis;
        if (f == Format.TEXT) {
            sink.stream(to -> text(to, overall, comparisons, survey, lang));
            return 0;
        }
        info(survey.report(), lang);
        switch (f) {
            case XLSX -> sink.binary(Report.xlsx(analysis, comparisons, lang), "--format xlsx");
            // written as it is made: every segment's rows of thousands of segments are never held whole
            case CSV -> sink.stream(to -> Report.csv(overall, comparisons, cells.policy(), lang, to));
            case JSON -> sink.text(Report.json(analysis, comparisons, lang));
            case MARKDOWN -> sink.text(Report.markdown(analysis, lang));
            default -> sink.text(Report.html(analysis, lang));
        }
        return 0;
    }

    /** Written as it is made: every segment's table, made on all cores a few hundred at a time. */
    private static void text(Appendable to, KanoAnalysis overall, List<SegmentComparison> comparisons,
            KanoSurvey survey, Language lang) throws java.io.IOException {
        to.append(overall.text(lang)).append('\n');
        for (SegmentComparison c : comparisons) {
            List<String> names = new ArrayList<>(c.segments().keySet());
            InOrder.write(to, names.size(), s -> lang.message("analyzeCommand.segment") + c.name() + " = " + names.get(s) + '\n'
                    + c.segments().get(names.get(s)).text(lang) + '\n');
            to.append(c.text(lang)).append('\n');
        }
        to.append(survey.report().text(lang));
    }

    private KanoOptions options() {
        KanoOptions options = KanoOptions.defaults();
        options = options.withTable(kanoReading.table(options.table()));
        if (rule != null) {
            options = options.withRule(ClassificationRule.parse(rule));
        }
        if (confidence.given()) {
            options = options.withConfidence(confidence.confidence);
        }
        if (quadrantMeans) {
            options = options.withQuadrantAtMeans();
        }
        Integer bootstrap = resampling.replicates(KanoOptions.MAX_REPLICATES);
        Long seed = resampling.seed();
        if (bootstrap != null || seed != null) {
            options = options.withBootstrap(bootstrap == null ? 0 : bootstrap, seed == null ? options.seed() : seed);
        }
        return options;
    }

    private KanoCsvReader reader(KanoOptions options) {
        KanoCsvReader reader = kanoReading.apply(Kano.reader(), options.table())
                .withSegmentColumns(segments.toArray(new String[0]));
        return reading.apply(weighting.apply(reader));
    }

    /** {@code kano4j analyze FILE}. */
    @picocli.CommandLine.Command(name = "analyze", aliases = "analyse", description = "Classify the attributes of "
            + "a Kano questionnaire (wide, long, pair-count or category-count CSV, a platform export or a workbook).")
    static final class File extends AnalyzeCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "the survey: .csv, .txt or .xlsx")
        Path file;

        @Override
        KanoSurvey read(KanoCsvReader reader) {
            phase("reading " + file);
            KanoSurvey survey = reader.read(file);
            Args.requireRows(survey.report());
            return survey;
        }
    }

    /** {@code kano4j demo}: the bundled example. */
    @picocli.CommandLine.Command(name = "demo", description = "Analyse the bundled after-sales service survey (with "
            + "--language zh or zh-Hant the Chinese call-centre survey).")
    static final class Bundled extends AnalyzeCommand {
        @Override
        KanoSurvey read(KanoCsvReader reader) {
            return Demo.kano(Demo.Data.of(language.language), reader);
        }
    }
}
