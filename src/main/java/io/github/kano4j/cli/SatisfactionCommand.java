package io.github.kano4j.cli;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionComparison;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kano4j satisfaction FILE --overall COLUMN [options]} and {@code satisfaction-demo}: factor types from an
 * ordinary satisfaction survey, overall and by segment.
 */
abstract class SatisfactionCommand extends Command {
    @Mixin
    SatisfactionReadingOptions satReading;
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

    @Option(names = "--segment", paramLabel = "COLUMN", description = "also the factor types of each segment of "
            + "COLUMN, with penalty/reward tests of their differences (text or csv)")
    String segment;

    @Option(names = "--groups", paramLabel = "FILE", description = "attribute,group (or a sheet with a group "
            + "column): every output lists attributes by group")
    Path groupsFile;

    @Option(names = "--attributes", paramLabel = "COL,COL", hidden = true, description = "old name of --columns")
    String oldColumns;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, json, markdown, html or "
            + "xlsx (a workbook, with --out FILE.xlsx); with --segment text or csv")
    String format;

    /** The overall column when none is given. */
    abstract String defaultOverall();

    /** The survey, read with {@code reader}. */
    abstract SatisfactionSurvey read(SatisfactionCsvReader reader);

    @Override
    int run() {
        Format f = format(format, Format.TEXT, Format.TEXT, Format.CSV, Format.JSON, Format.MARKDOWN, Format.HTML,
                Format.XLSX);
        if (segment != null) {
            require(f, "--segment", Format.TEXT, Format.CSV);
        }
        Sink sink = sink();
        SatisfactionOptions options = options();
        SatisfactionCsvReader reader = reader();
        Language lang = language.language;
        if (segment != null) {
            return bySegment(reader, options, f, sink);
        }
        SatisfactionSurvey survey = read(reader);
        phase("analysing");
        SatisfactionAnalysis analysis = Kano.analyzeSatisfaction(survey, options);
        if (groupsFile != null) {
            Map<String, String> groups = groups(groupsFile, lang);
            warnUngrouped(analysis.ungrouped(groups), groupsFile);
            analysis = analysis.withGroups(groups);
        }
        phase("writing");
        if (f == Format.TEXT) {
            sink.text(analysis.text(lang) + "\n" + survey.report().text(lang));
            return 0;
        }
        info(survey.report(), lang);
        switch (f) {
            case XLSX -> sink.binary(Report.xlsx(analysis, lang), "--format xlsx");
            case CSV -> sink.text(Report.csv(analysis, cells.policy(), lang));
            case JSON -> sink.text(Report.json(analysis, lang));
            case MARKDOWN -> sink.text(Report.markdown(analysis, lang));
            default -> sink.text(Report.html(analysis, lang));
        }
        return 0;
    }

    /** The whole survey, then each segment's factor types and the test of differences. */
    int bySegment(SatisfactionCsvReader reader, SatisfactionOptions options, Format f, Sink sink) {
        throw new UsageException(name() + " has no file to segment; --segment needs satisfaction FILE");
    }

    /** Writes the segments' factor types and their comparison. */
    final int writeSegments(SatisfactionCsvReader.Segmented read, SatisfactionOptions options, Format f, Sink sink) {
        Args.requireRows(read.whole().report());
        Language lang = language.language;
        phase("analysing");
        SatisfactionComparison comparison = SatisfactionComparison.of(read.column(), read.segments(), options);
        phase("writing");
        if (f == Format.CSV) {
            info(read.whole().report(), lang);
            sink.text(Report.csv(comparison));
            return 0;
        }
        StringBuilder sb = new StringBuilder(Kano.analyzeSatisfaction(read.whole(), options).text(lang)).append('\n');
        comparison.segments().forEach((value, a) -> sb.append(lang.message("satisfactionCommand.segment")).append(read.column())
                .append(" = ").append(value).append('\n').append(a.text(lang)).append('\n'));
        sink.text(sb.append(comparison.text(lang)).append('\n').append(read.whole().report().text(lang)).toString());
        return 0;
    }

    private SatisfactionOptions options() {
        SatisfactionOptions options = satReading.apply(SatisfactionOptions.defaults());
        Integer bootstrap = resampling.replicates(SatisfactionOptions.MAX_REPLICATES);
        Long seed = resampling.seed();
        if (bootstrap != null || seed != null) {
            options = options.withBootstrap(bootstrap == null ? options.bootstrapReplicates() : bootstrap,
                    seed == null ? options.seed() : seed);
        }
        return confidence.given() ? options.withConfidence(confidence.confidence) : options;
    }

    private SatisfactionCsvReader reader() {
        String overall = satReading.overall(defaultOverall());
        if (overall == null) {
            throw new UsageException("satisfaction needs --overall COLUMN, the overall-satisfaction column");
        }
        if (oldColumns != null) {
            if (satReading.columns != null) {
                throw new UsageException("--attributes is the old name of --columns; give one of them");
            }
            warn("--attributes COL,COL is now --columns COL,COL (--attributes names an attribute sheet elsewhere)");
            satReading.columns = Arrays.asList(oldColumns.split("\\s*,\\s*"));
        }
        return reading.apply(satReading.apply(weighting.apply(SatisfactionCsvReader.create(overall))));
    }

    /** {@code kano4j satisfaction FILE --overall COLUMN}. */
    @picocli.CommandLine.Command(name = "satisfaction", description = "Factor types (dissatisfier, hybrid, "
            + "satisfier, low impact) from an ordinary satisfaction survey: attribute ratings and an overall rating.")
    static final class File extends SatisfactionCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "the survey: .csv, .txt or .xlsx")
        Path file;

        @Override
        String defaultOverall() {
            return null;
        }

        @Override
        SatisfactionSurvey read(SatisfactionCsvReader reader) {
            phase("reading " + file);
            SatisfactionSurvey survey = reader.read(file);
            Args.requireRows(survey.report());
            return survey;
        }

        @Override
        int bySegment(SatisfactionCsvReader reader, SatisfactionOptions options, Format f, Sink sink) {
            phase("reading " + file);
            return writeSegments(reader.readSegmented(file, segment), options, f, sink);
        }
    }

    /** {@code kano4j satisfaction-demo}: the bundled example. */
    @picocli.CommandLine.Command(name = "satisfaction-demo", description = "The same on the bundled satisfaction "
            + "survey (with --language zh or zh-Hant the Chinese call-centre survey).")
    static final class Bundled extends SatisfactionCommand {
        @Override
        String defaultOverall() {
            return Demo.Data.of(language.language).overall;
        }

        @Override
        SatisfactionSurvey read(SatisfactionCsvReader reader) {
            return Demo.satisfaction(Demo.Data.of(language.language), reader);
        }
    }

}
