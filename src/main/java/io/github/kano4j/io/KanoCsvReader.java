package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.AnswerScale;
import io.github.kano4j.questionnaire.KanoOptions;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The front door for Kano survey files in any layout, detected from the header unless set:
 * <ul>
 *   <li>{@link Layout#WIDE} — one row per respondent, {@code <attr>_functional} / {@code <attr>_dysfunctional}
 *       columns ({@link WideCsvReader});</li>
 *   <li>{@link Layout#LONG} — one row per respondent × attribute: {@code respondent, attribute, functional,
 *       dysfunctional[, importance]};</li>
 *   <li>{@link Layout#PAIR_COUNTS} — {@code attribute, functional, dysfunctional, count};</li>
 *   <li>{@link Layout#CATEGORY_COUNTS} — {@code attribute, a, o, m, i[, r, q]}.</li>
 * </ul>
 * Every read returns an ingest report that reconciles; bad files fail with one message naming file, row,
 * column and value.
 */
public final class KanoCsvReader {

    /** Survey file layouts. */
    public enum Layout {
        /** Detect from the header. */
        AUTO,
        WIDE,
        LONG,
        PAIR_COUNTS,
        CATEGORY_COUNTS;

        /** Parses {@code auto, wide, long, pair-counts, category-counts}. */
        public static Layout parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("Unknown layout \"" + s + "\"; expected one of auto, wide, long, "
                        + "pair-counts, category-counts");
            }
        }
    }

    private final Layout layout;
    private final WideCsvReader wide;
    private final KanoOptions options;
    private final AnswerScale scale;
    private final Charset charset;
    private final RespondentFilter filter;
    private final boolean reversed;
    private final List<String> segments;
    private final java.util.Map<String, String[]> pairs;

    private KanoCsvReader(Layout layout, KanoOptions options, AnswerScale scale, Charset charset,
            RespondentFilter filter, boolean reversed, List<String> segments) {
        this(layout, options, scale, charset, filter, reversed, segments, java.util.Map.of());
    }

    private KanoCsvReader(Layout layout, KanoOptions options, AnswerScale scale, Charset charset,
            RespondentFilter filter, boolean reversed, List<String> segments, java.util.Map<String, String[]> pairs) {
        this.pairs = pairs;
        this.layout = layout;
        this.options = options;
        this.scale = scale;
        this.charset = charset;
        this.filter = filter;
        this.reversed = reversed;
        this.segments = List.copyOf(segments);
        WideCsvReader w = WideCsvReader.create().withOptions(options).withCharset(charset).withRespondentFilter(filter)
                .withReversedDysfunctionalCodes(reversed).withSegmentColumns(segments.toArray(new String[0]));
        w = pairs.isEmpty() ? w : w.withColumnPairs(pairs);
        this.wide = scale == null ? w : w.withScale(scale);
    }

    /**
     * Wide layout with explicitly paired columns: attribute → {functional column, dysfunctional column[,
     * importance column]}.
     */
    public KanoCsvReader withColumnPairs(java.util.Map<String, String[]> pairs) {
        return new KanoCsvReader(Layout.WIDE, options, scale, charset, filter, reversed, segments, pairs);
    }

    /** A reader detecting the layout, with default options. */
    public static KanoCsvReader create() {
        return new KanoCsvReader(Layout.AUTO, KanoOptions.defaults(), null, StandardCharsets.UTF_8,
                RespondentFilter.NONE, false, List.of());
    }

    /** A fixed layout instead of detection. */
    public KanoCsvReader withLayout(Layout layout) {
        return new KanoCsvReader(Objects.requireNonNull(layout), options, scale, charset, filter, reversed, segments);
    }

    /** Options: table (and hence the answer scale) and the missing-answer policy. */
    public KanoCsvReader withOptions(KanoOptions options) {
        return new KanoCsvReader(layout, Objects.requireNonNull(options), scale, charset, filter, reversed, segments);
    }

    /** A custom answer scale (e.g. with extra labels). */
    public KanoCsvReader withScale(AnswerScale scale) {
        return new KanoCsvReader(layout, options, Objects.requireNonNull(scale), charset, filter, reversed, segments);
    }

    /** The file encoding (default UTF-8). */
    public KanoCsvReader withCharset(Charset charset) {
        return new KanoCsvReader(layout, options, scale, Objects.requireNonNull(charset), filter, reversed, segments);
    }

    /** Respondent quality filters (default none). */
    public KanoCsvReader withRespondentFilter(RespondentFilter filter) {
        return new KanoCsvReader(layout, options, scale, charset, Objects.requireNonNull(filter), reversed, segments);
    }

    /** Numeric dysfunctional codes run the other way (1 = dislike … 5 = like). */
    public KanoCsvReader withReversedDysfunctionalCodes(boolean reversed) {
        return new KanoCsvReader(layout, options, scale, charset, filter, reversed, segments);
    }

    /** Segment columns tallied separately. */
    public KanoCsvReader withSegmentColumns(String... columns) {
        return new KanoCsvReader(layout, options, scale, charset, filter, reversed, List.of(columns));
    }

    /** Reads a file. */
    public KanoSurvey read(Path file) {
        Objects.requireNonNull(file, "The parameter 'file' must not be null.");
        try (BufferedReader in = CsvFiles.open(file, charset)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new KanoInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads several files — survey waves, regions, or one export split into parts — in parallel (one file per
     * core) and merges them: tallies combine exactly, so the result equals reading one file with all rows.
     * The files are combined in the given order, so the output is deterministic.
     */
    public KanoSurvey readAll(List<Path> files) {
        List<KanoSurvey> parts = files.parallelStream().map(this::read).toList();
        io.github.kano4j.questionnaire.KanoTally tally = io.github.kano4j.questionnaire.KanoTally.create();
        java.util.Map<String, java.util.Map<String, io.github.kano4j.questionnaire.KanoTally>> segmentsOut =
                new java.util.LinkedHashMap<>();
        java.util.Map<String, io.github.kano4j.questionnaire.CategoryCounts> counts = new java.util.LinkedHashMap<>();
        for (KanoSurvey p : parts) {
            tally.combine(p.tally());
            p.segments().forEach((column, values) -> values.forEach((value, t) -> segmentsOut
                    .computeIfAbsent(column, c -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(value, v -> io.github.kano4j.questionnaire.KanoTally.create()).combine(t)));
            p.categoryCounts().forEach((k, v) -> counts.merge(k, v, io.github.kano4j.questionnaire.CategoryCounts::plus));
        }
        if (!counts.isEmpty() && !tally.attributes().isEmpty()) {
            throw new KanoInputException(files.size() + " files", "mix category counts with answer pairs; read them "
                    + "separately");
        }
        io.github.kano4j.IngestReport report = io.github.kano4j.IngestReport.merge(files.size() + " files",
                parts.stream().map(KanoSurvey::report).toList());
        return new KanoSurvey(tally, report, segmentsOut, counts);
    }

    /** Reads CSV text; {@code source} names it in messages. */
    public KanoSurvey read(Reader reader, String source) {
        String src = source == null ? "input" : source;
        BufferedReader in = CsvFiles.open(reader);
        try {
            if (layout == Layout.WIDE) {
                return wide.read(in, src);
            }
            in.mark(1 << 20);
            char delimiter = CsvFiles.detectDelimiter(in);
            CSVParser parser = CSVParser.builder().setReader(in).setFormat(CsvFiles.format(delimiter)).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!CsvFiles.hasNext(records, parser, src)) {
                throw new KanoInputException(src, "is empty; expected a header row");
            }
            List<String> header = records.next().toList();
            Layout chosen = layout == Layout.AUTO ? detect(header) : layout;
            switch (chosen) {
                case CATEGORY_COUNTS:
                    return CategoryCountsReader.read(records, parser, header, src);
                case LONG:
                case PAIR_COUNTS:
                    if (chosen == Layout.PAIR_COUNTS && LongCsvReader.Columns.of(header).count() < 0) {
                        throw new KanoInputException(src, 1, "count", null, "the pair-counts layout needs a count "
                                + "column; the header is " + header);
                    }
                    AnswerScale answers = scale != null ? scale : AnswerScale.forTable(options.table());
                    return new LongCsvReader(options, answers, filter, reversed, segments).read(records, parser, header,
                            src);
                default:
                    in.reset();
                    return wide.read(in, src);
            }
        } catch (CharacterCodingException e) {
            throw new KanoInputException(src, "is not valid " + charset.name() + " text; save it as UTF-8 or choose "
                    + "its encoding");
        } catch (IOException e) {
            throw new KanoInputException(src, "cannot be read: " + e.getMessage());
        }
    }

    /** The layout a header suggests. */
    static Layout detect(List<String> header) {
        if (CategoryCountsReader.matches(header)) {
            return Layout.CATEGORY_COUNTS;
        }
        LongCsvReader.Columns c = LongCsvReader.Columns.of(header);
        if (c.attribute() >= 0 && c.functional() >= 0 && c.dysfunctional() >= 0) {
            return c.count() >= 0 ? Layout.PAIR_COUNTS : Layout.LONG;
        }
        return Layout.WIDE;
    }
}
