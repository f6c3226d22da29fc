package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.internal.Check;
import io.github.kano4j.satisfaction.SatisfactionSurvey;
import io.github.kano4j.stats.Raking;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an ordinary satisfaction survey CSV: one row per respondent, one column per attribute rating
 * (whole numbers) and one overall-satisfaction column named by {@link #withOverall(String)}. Columns whose
 * values in the first rows are mostly not numbers (segments, free text) and identifier columns are not
 * attributes;
 * the ingest report lists them. Respondents with a missing or invalid rating are dropped from the joint
 * model and counted by reason (policy {@code drop}, default) or stop the read ({@code fail}).
 */
public final class SatisfactionCsvReader {
    /** Rows inspected to decide which columns hold ratings. */
    static final int SNIFF_ROWS = 50;

    private final String overall;
    private final boolean failOnMissing;
    private final Charset charset;
    private final List<String> attributes;
    private final List<String> ignored;
    private final String sheet;
    private final String weightColumn;
    private final List<Raking.Margin> margins;
    private final double[] trim;

    private SatisfactionCsvReader(String overall, boolean failOnMissing, Charset charset, List<String> attributes,
            List<String> ignored, String sheet, String weightColumn, List<Raking.Margin> margins, double[] trim) {
        this.weightColumn = weightColumn;
        this.margins = margins;
        this.trim = trim;
        this.overall = overall;
        this.failOnMissing = failOnMissing;
        this.charset = charset;
        this.attributes = attributes;
        this.ignored = ignored;
        this.sheet = sheet;
    }

    /** A reader of the overall column {@code overall}. */
    public static SatisfactionCsvReader create(String overall) {
        return new SatisfactionCsvReader(Objects.requireNonNull(overall, "The parameter 'overall' must not be null."),
                false, StandardCharsets.UTF_8, List.of(), List.of(), null, null, List.of(), new double[] {Double.NaN,
                    Double.NaN});
    }

    /** Another overall column. */
    public SatisfactionCsvReader withOverall(String column) {
        return new SatisfactionCsvReader(Objects.requireNonNull(column, "The parameter 'column' must not be null."),
                failOnMissing, charset, attributes, ignored, sheet, weightColumn, margins, trim);
    }

    /** Stop at the first missing or invalid rating instead of dropping the respondent. */
    public SatisfactionCsvReader withFailOnMissing(boolean fail) {
        return new SatisfactionCsvReader(overall, fail, charset, attributes, ignored, sheet, weightColumn, margins, trim);
    }

    /** Reads files in this encoding (default UTF-8, with or without BOM). */
    public SatisfactionCsvReader withCharset(Charset charset) {
        return new SatisfactionCsvReader(overall, failOnMissing, Check.notNull(charset, "charset"), attributes, ignored,
                sheet, weightColumn, margins, trim);
    }

    /** Uses exactly these attribute columns instead of every numeric column. */
    public SatisfactionCsvReader withAttributes(String... columns) {
        return new SatisfactionCsvReader(overall, failOnMissing, charset, List.of(Check.noNulls(columns, "columns")),
                ignored, sheet, weightColumn, margins, trim);
    }

    /** Leaves these columns out (e.g. {@code year}, {@code age}), reported as unused. */
    public SatisfactionCsvReader withIgnored(String... columns) {
        return new SatisfactionCsvReader(overall, failOnMissing, charset, attributes,
                List.of(Check.noNulls(columns, "columns")), sheet, weightColumn, margins, trim);
    }

    /**
     * The sheet to read from an Excel workbook ({@code .xlsx}); the first sheet by default. Reading workbooks needs
     * the optional dependency {@code org.dhatim:fastexcel-reader}.
     */
    public SatisfactionCsvReader withSheet(String name) {
        return new SatisfactionCsvReader(overall, failOnMissing, charset, attributes, ignored,
                Check.notNull(name, "name"), weightColumn, margins, trim);
    }

    /**
     * Reads each respondent's weight from this column (docs/METHODS.md §7.6): shares, means and the PRCA model are
     * then weighted. A missing, non-numeric or non-positive weight stops the read, naming the row.
     */
    public SatisfactionCsvReader withWeight(String column) {
        return new SatisfactionCsvReader(overall, failOnMissing, charset, attributes, ignored, sheet,
                Check.notNull(column, "column"), margins, trim);
    }

    /**
     * Rakes the respondents' weights (starting from {@link #withWeight(String) the weight column}, or 1) to these
     * population margins, each read from the column named by its variable; the ingest report says how it went
     * (sweeps, largest remaining error, weight range, n_eff).
     */
    public SatisfactionCsvReader withRaking(List<Raking.Margin> margins) {
        Check.notNull(margins, "margins");
        return new SatisfactionCsvReader(overall, failOnMissing, charset, attributes, ignored, sheet, weightColumn,
                List.copyOf(margins), trim);
    }

    /**
     * As {@link #withRaking(List)}, trimming the weights to {@code [lower, upper] × mean} and raking again.
     *
     * @param lower in (0, 1), or NaN for no lower bound
     * @param upper above 1, or NaN for no upper bound
     */
    public SatisfactionCsvReader withRaking(List<Raking.Margin> margins, double lower, double upper) {
        Check.notNull(margins, "margins");
        Check.argument(Double.isNaN(lower) || (lower > 0 && lower < 1), "The lower trim must be in (0, 1), was "
                + lower);
        Check.argument(Double.isNaN(upper) || upper > 1, "The upper trim must be above 1, was " + upper);
        return new SatisfactionCsvReader(overall, failOnMissing, charset, attributes, ignored, sheet, weightColumn,
                List.copyOf(margins), new double[] {lower, upper});
    }

    /** Reads a file: CSV, or an Excel workbook's first sheet or the one {@link #withSheet(String) named}. */
    public SatisfactionSurvey read(Path file) {
        Check.notNull(file, "file");
        if (Workbooks.isWorkbook(file)) {
            Workbooks.SheetText text = Workbooks.read(file, sheet);
            return read(new StringReader(text.csv()), Workbooks.source(file, text.sheet()));
        }
        return CsvFiles.withParser(file, charset, this::read);
    }

    /** Reads CSV text from a reader; {@code source} names it in messages and the report. */
    public SatisfactionSurvey read(Reader reader, String source) {
        return CsvFiles.withParser(reader, source, charset, this::read);
    }

    /**
     * A survey read by segment: the whole survey and one survey per value of the segment column (first-seen
     * order), each with its own ingest report.
     *
     * @param column   the segment column
     * @param whole    every row
     * @param segments segment value (blank as {@code (missing)}) → its rows
     */
    public record Segmented(String column, SatisfactionSurvey whole, Map<String, SatisfactionSurvey> segments) {
        /** Copies the map. */
        public Segmented {
            Check.notNull(column, "column");
            Check.notNull(whole, "whole");
            segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        }
    }

    /**
     * Reads a file split by a segment column (site, outsourcer, agent team, customer tier): the segment column is
     * not an attribute; each segment's survey names {@code file [column = value]} in its report.
     */
    public Segmented readSegmented(Path file, String column) {
        Check.notNull(file, "file");
        Check.notNull(column, "column");
        if (Workbooks.isWorkbook(file)) {
            Workbooks.SheetText text = Workbooks.read(file, sheet);
            return CsvFiles.withParser(new StringReader(text.csv()), Workbooks.source(file, text.sheet()), charset,
                    (parser, src) -> read(parser, src, column));
        }
        return CsvFiles.withParser(file, charset, (parser, src) -> read(parser, src, column));
    }

    private SatisfactionSurvey read(CSVParser parser, String src) {
        return read(parser, src, null).whole();
    }

    private Segmented read(CSVParser parser, String src, String segmentColumn) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!CsvFiles.hasNext(records, parser, src)) {
            throw new KanoInputException(src, "is empty; expected a header row with attribute rating columns and the "
                    + "overall column \"" + overall + "\"");
        }
        List<String> header = records.next().toList();
        PlatformExport.Rest rest = PlatformExport.skipExtraHeaderRows(header, records, parser, src);
        records = rest.records();
        int overallIndex = indexOf(header, overall);
        if (overallIndex < 0) {
            throw new KanoInputException(src, 1, overall, null, "overall-satisfaction column not found; expected one "
                    + "of " + header);
        }
        for (int c = overallIndex + 1; c < header.size(); c++) {
            if (header.get(c).strip().equalsIgnoreCase(overall.strip())) {
                throw new KanoInputException(src, 1, overall, null, "two columns have this name (columns "
                        + (overallIndex + 1) + " and " + (c + 1) + "); rename one so the overall rating is unambiguous");
            }
        }
        List<CSVRecord> sniffed = new ArrayList<>();
        while (sniffed.size() < SNIFF_ROWS && CsvFiles.hasNext(records, parser, src)) {
            sniffed.add(records.next());
        }
        int weightIndex = weightColumn == null ? -1 : indexOf(header, weightColumn);
        if (weightColumn != null && weightIndex < 0) {
            throw new KanoInputException(src, 1, weightColumn, null, "weight column not found; expected one of " + header);
        }
        int[] marginIndex = new int[margins.size()];
        for (int v = 0; v < marginIndex.length; v++) {
            marginIndex[v] = indexOf(header, margins.get(v).variable());
            if (marginIndex[v] < 0) {
                throw new KanoInputException(src, 1, margins.get(v).variable(), null, "raking variable not found: the "
                        + "margins name a column the survey does not have; expected one of " + header);
            }
        }
        int segmentIndex = segmentColumn == null ? -1 : indexOf(header, segmentColumn);
        if (segmentColumn != null && segmentIndex < 0) {
            throw new KanoInputException(src, 1, segmentColumn, null, "segment column not found; expected one of "
                    + header);
        }
        List<Integer> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        if (!attributes.isEmpty()) {
            for (String a : attributes) {
                int i = indexOf(header, a);
                if (i < 0) {
                    throw new KanoInputException(src, 1, a, null, "attribute column not found; expected one of " + header);
                }
                columns.add(i);
                names.add(header.get(i).strip());
            }
        }
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            String label = "\"" + name + "\" (column " + (c + 1) + ")";
            if (c == overallIndex || columns.contains(c)) {
                continue;
            }
            if (c == segmentIndex) {
                unused.add(label + ": segment column");
                continue;
            }
            if (c == weightIndex) {
                unused.add(label + ": respondent weight");
                continue;
            }
            final int column = c;
            if (java.util.Arrays.stream(marginIndex).anyMatch(m -> m == column)) {
                unused.add(label + ": raking variable");
                continue;
            }
            if (ignored.stream().anyMatch(x -> x.strip().equalsIgnoreCase(name))) {
                unused.add(label + ": ignored as asked");
            } else if (!attributes.isEmpty()) {
                unused.add(label + ": not one of the chosen attributes");
            } else if (name.isEmpty()) {
                unused.add("column " + (c + 1) + ": empty column name");
            } else if (CsvFiles.ID_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                unused.add(label + ": respondent identifier");
            } else if (names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                unused.add(label + ": duplicate column name");
            } else {
                String text = firstNonNumeric(sniffed, c);
                String notRating = text == null ? notARating(name, sniffed, c) : null;
                if (text != null) {
                    unused.add(label + ": not a rating (e.g. \"" + text + "\")");
                } else if (notRating != null) {
                    unused.add(label + ": " + notRating + "; choose the rating columns with --attributes, or "
                            + "withAttributes(...)");
                } else {
                    columns.add(c);
                    names.add(name);
                }
            }
        }
        if (columns.isEmpty()) {
            throw new KanoInputException(src, 1, null, null, "no attribute rating columns besides \"" + overall
                    + "\" in the header " + header);
        }
        if (columns.size() > SatisfactionSurvey.MAX_ATTRIBUTES) {
            throw new KanoInputException(src, 1, null, null, columns.size() + " attribute rating columns; a satisfaction "
                    + "survey may have at most " + SatisfactionSurvey.MAX_ATTRIBUTES + " (the joint model has two "
                    + "coefficients each); choose the rating columns with --attributes, or withAttributes(...)");
        }
        String note = rest.note();
        SatisfactionSurvey.Builder builder = builder(names, src, unused, note);
        Map<String, SatisfactionSurvey.Builder> bySegment = new LinkedHashMap<>();
        double[] ratings = new double[columns.size()];
        Iterator<CSVRecord> remaining = records;
        Iterator<CSVRecord> first = sniffed.iterator();
        boolean weighting = weightIndex >= 0 || !margins.isEmpty();
        List<Double> weights = new ArrayList<>();
        List<String[]> categories = new ArrayList<>();
        while (first.hasNext() || CsvFiles.hasNext(remaining, parser, src)) {
            CSVRecord rec = first.hasNext() ? first.next() : remaining.next();
            boolean kept = row(rec, header, overallIndex, columns, ratings, builder, src);
            if (kept && weighting) {
                weights.add(weightIndex < 0 ? 1.0 : CsvFiles.weight(rec.get(weightIndex), src, rec.getRecordNumber(),
                        header.get(weightIndex)));
                categories.add(CsvFiles.marginCategories(rec, marginIndex, header, margins, src));
            }
            if (segmentIndex >= 0) {
                String value = segmentIndex < rec.size() ? rec.get(segmentIndex).strip() : "";
                String key = value.isEmpty() ? "(missing)" : value;
                if (bySegment.size() >= ReadSettings.MAX_SEGMENTS && !bySegment.containsKey(key)) {
                    throw new KanoInputException(src, rec.getRecordNumber(), segmentColumn, value, "more than "
                            + ReadSettings.MAX_SEGMENTS + " distinct values in this segment column; expected a few "
                            + "groups such as sites or teams, not an identifier");
                }
                SatisfactionSurvey.Builder b = bySegment.computeIfAbsent(key, k -> builder(names, src + " ["
                        + segmentColumn.strip() + " = " + k + "]", unused, note));
                row(rec, header, overallIndex, columns, ratings, b, src);
            }
        }
        Map<String, SatisfactionSurvey> segments = new LinkedHashMap<>();
        bySegment.forEach((k, b) -> segments.put(k, b.build()));
        SatisfactionSurvey whole = builder.build();
        if (weighting && whole.respondents() > 0) {
            String how = weightIndex >= 0 ? "column \"" + header.get(weightIndex).strip() + "\"" : "";
            whole = weigh(whole, segments, weights, categories, how, src);
        }
        return new Segmented(segmentColumn == null ? "" : segmentColumn.strip(), whole, segments);
    }

    /**
     * The survey (and each segment's, by file row) with its respondents' weights: those read, raked to the margins
     * when there are margins.
     */
    private SatisfactionSurvey weigh(SatisfactionSurvey whole, Map<String, SatisfactionSurvey> segments,
            List<Double> read, List<String[]> categories, String column, String src) {
        double[] w = read.stream().mapToDouble(Double::doubleValue).toArray();
        String how = column;
        if (!margins.isEmpty()) {
            Raking.Result raked = CsvFiles.rake(categories, margins, w, trim, src);
            w = raked.weights();
            how = (how.isEmpty() ? "" : how + ", ") + raked.summary();
        }
        Map<Long, Double> byRow = new java.util.HashMap<>();
        for (int j = 0; j < w.length; j++) {
            byRow.put(whole.row(j), w[j]);
        }
        String why = how;
        segments.replaceAll((k, seg) -> {
            double[] sw = new double[seg.respondents()];
            for (int j = 0; j < sw.length; j++) {
                sw[j] = byRow.get(seg.row(j));
            }
            return sw.length == 0 ? seg : seg.withWeights(sw, why);
        });
        return whole.withWeights(w, how);
    }

    private static SatisfactionSurvey.Builder builder(List<String> names, String src, List<String> unused,
            String note) {
        SatisfactionSurvey.Builder builder = SatisfactionSurvey.Builder.forSource(names, src);
        unused.forEach(builder::unusedColumn);
        if (note != null) {
            builder.warning(note);
        }
        return builder;
    }


    /** Reads one row into the builder; whether the respondent was kept. */
    private boolean row(CSVRecord rec, List<String> header, int overallIndex, List<Integer> columns, double[] ratings,
            SatisfactionSurvey.Builder builder, String src) {
        if (rec.size() < header.size()) {
            builder.rejectOffered(rec.size() == 1 && rec.get(0).isBlank() ? "no ratings" : "fewer fields than the header");
            return false;
        }
        for (int c = header.size(); c < rec.size(); c++) {
            if (!rec.get(c).isBlank()) {
                builder.rejectOffered("more fields than the header");
                return false;
            }
        }
        long row = rec.getRecordNumber();
        String ov = rec.get(overallIndex);
        double o = Cells.number(ov);
        if (Double.isNaN(o)) {
            boolean missing = isMissing(ov);
            if (failOnMissing) {
                throw new KanoInputException(src, row, header.get(overallIndex), ov, (missing ? "missing" : "not a number")
                        + " (policy fail); expected the overall satisfaction rating");
            }
            builder.rejectOffered(missing ? "overall rating missing" : "overall rating not a number");
            return false;
        }
        if (o < 0 || o > 100) {
            throw new KanoInputException(src, row, header.get(overallIndex), ov, "outside any rating scale; expected "
                    + "the overall satisfaction rating, a number from 0 to 100");
        }
        for (int a = 0; a < columns.size(); a++) {
            String v = rec.get(columns.get(a));
            double x = Cells.number(v);
            if (!Double.isNaN(x) && (x != Math.rint(x) || x < 0 || x > 100)) {
                throw new KanoInputException(src, row, header.get(columns.get(a)), v, "outside any rating scale; "
                        + "expected a whole-number rating from 0 to 100");
            }
            if (Double.isNaN(x)) {
                boolean missing = isMissing(v);
                if (failOnMissing) {
                    throw new KanoInputException(src, row, header.get(columns.get(a)), v, (missing ? "missing rating"
                            : "not a rating") + " (policy fail); expected a whole number 0-100");
                }
                builder.rejectOffered(missing ? "attribute rating missing" : "attribute rating not a whole number 0-100");
                return false;
            }
            ratings[a] = x;
        }
        return builder.addRow(row, o, ratings);
    }

    private static boolean isMissing(String v) {
        return AnswerScale.FIVE_POINT.level(v) == AnswerScale.MISSING;
    }

    /**
     * The first text value of a column whose sniffed values are mostly not numbers (so a column of ratings
     * with a stray typo stays a rating column); null for a rating column.
     */
    private static String firstNonNumeric(List<CSVRecord> rows, int column) {
        int numeric = 0;
        int text = 0;
        String first = null;
        for (CSVRecord r : rows) {
            if (column < r.size()) {
                String v = r.get(column);
                if (isMissing(v)) {
                    continue;
                }
                if (Double.isNaN(Cells.number(v))) {
                    text++;
                    first = first == null ? v : first;
                } else {
                    numeric++;
                }
            }
        }
        return text > numeric ? first : null;
    }

    /** Names and value ranges that are numbers but not ratings. */
    private static final List<String> NOT_RATINGS = List.of("age", "year", "zip", "zipcode", "postcode", "income",
            "duration", "minutes", "seconds", "time", "date", "weight", "count", "order", "phone");

    /** Why a numeric column is not a rating (a known non-rating name, or values beyond any rating scale), or null. */
    private static String notARating(String name, List<CSVRecord> rows, int column) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        if (NOT_RATINGS.contains(n)) {
            return "a number that is not a rating (\"" + name + "\")";
        }
        double max = Double.NEGATIVE_INFINITY;
        for (CSVRecord r : rows) {
            if (column < r.size()) {
                double v = Cells.number(r.get(column));
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                    if (v != Math.rint(v)) {
                        return "a number that is not a rating (e.g. " + r.get(column).strip() + ")";
                    }
                }
            }
        }
        return max > 100 ? "a number beyond any rating scale (up to " + (long) max + ")" : null;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }
}
