package io.github.kano4j.io;

import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Text;
import io.github.kano4j.satisfaction.GapAnalysis;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an expectation–perception survey (docs/METHODS.md §6.9): one row per respondent, per attribute a
 * perception column and an expectation column — or an adequate and a desired expectation for the zone of
 * tolerance — named {@code <attr>_perception}, {@code <attr>_expectation}, {@code <attr>_adequate},
 * {@code <attr>_desired} (also {@code _perceived}, {@code _expected}, {@code _minimum}, {@code _ideal}), or in
 * Chinese {@code <attr>_感知}, {@code _期望}, {@code _最低期望}, {@code _理想期望} (also in brackets:
 * {@code <attr>（感知）}). Ratings are numbers on one scale; a blank or missing-answer token is missing, other text
 * is missing and reported. Every row is counted; CSV or an Excel workbook's first sheet.
 */
public final class GapCsvReader {
    /** Role suffixes, longest first so 最低期望 is not read as 期望. */
    private static final String[][] ROLES = {
        {"adequate", "_adequate", "_minimum", "_最低期望", "（最低期望）", "(最低期望)"},
        {"desired", "_desired", "_ideal", "_理想期望", "（理想期望）", "(理想期望)"},
        {"perception", "_perception", "_perceived", "_感知", "（感知）", "(感知)"},
        {"expectation", "_expectation", "_expected", "_期望", "（期望）", "(期望)"},
    };

    private GapCsvReader() {
    }

    /** The ratings of every attribute found, in header order, with the ingest report. */
    public record GapSurvey(List<GapAnalysis.Ratings> attributes, IngestReport report) {
        /** Copies the list. */
        public GapSurvey {
            attributes = List.copyOf(attributes);
            Check.notNull(report, "report");
        }
    }

    /** Reads a file: CSV (UTF-8, comma, semicolon or tab) or an Excel workbook's first sheet. */
    public static GapSurvey read(Path file) {
        Check.notNull(file, "file");
        return readFile(file, null);
    }

    /**
     * Reads a file whose respondents carry weights in {@code weightColumn} (docs/METHODS.md §7.6; null for none):
     * the gaps, shares and zones are then weighted, with n_eff in the intervals.
     */
    public static GapSurvey read(Path file, String weightColumn) {
        Check.notNull(file, "file");
        Check.notNull(weightColumn, "weightColumn", "Use read(file) for a survey without weights.");
        return readFile(file, weightColumn);
    }

    private static GapSurvey readFile(Path file, String weightColumn) {
        if (Workbooks.isWorkbook(file)) {
            Workbooks.SheetText text = Workbooks.read(file, null);
            return readText(new StringReader(text.csv()), Workbooks.source(file, text.sheet()), weightColumn);
        }
        return CsvFiles.withParser(file, StandardCharsets.UTF_8, (parser, src) -> read(parser, src, weightColumn, null)
                .whole());
    }

    /**
     * A gap survey read by segment: the whole survey and one per value of the segment column (first-seen order;
     * blank as {@code (missing)}).
     *
     * @param column   the segment column
     * @param whole    every row
     * @param segments segment value → its rows
     */
    public record Segmented(String column, GapSurvey whole, Map<String, GapSurvey> segments) {
        /** Copies the map. */
        public Segmented {
            Check.notNull(column, "column");
            Check.notNull(whole, "whole");
            segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        }
    }

    /**
     * Explicit columns for exports whose headers are questions (问卷星, Qualtrics, Google Forms): per attribute its
     * perception column and either an expectation column or an adequate and a desired one — header texts
     * (case-insensitive) or 1-based column numbers.
     *
     * @param byAttribute attribute → [perception, expectation] or [perception, adequate, desired]
     */
    public record Columns(Map<String, List<String>> byAttribute) {
        /** Checks and copies the map. */
        public Columns {
            Check.notNull(byAttribute, "byAttribute");
            Map<String, List<String>> copy = new LinkedHashMap<>();
            byAttribute.forEach((k, v) -> {
                Check.argument(k != null && !k.isBlank() && v != null && (v.size() == 2 || v.size() == 3)
                        && v.stream().allMatch(c -> c != null && !c.isBlank()), "A gap column set needs an attribute "
                        + "and 2 columns (perception, expectation) or 3 (perception, adequate, desired), was " + k
                        + " -> " + v);
                copy.put(k.strip(), List.copyOf(v));
            });
            byAttribute = Collections.unmodifiableMap(copy);
        }

        /** No explicit columns: the header names are matched. */
        public static Columns none() {
            return new Columns(Map.of());
        }

        /**
         * Reads explicit columns from a CSV with the header {@code attribute,perception,expectation} or
         * {@code attribute,perception,adequate,desired}.
         */
        public static Columns from(Path file) {
            Check.notNull(file, "file");
            return CsvFiles.withParser(file, StandardCharsets.UTF_8, (parser, src) -> {
                Iterator<CSVRecord> records = parser.iterator();
                if (!CsvFiles.hasNext(records, parser, src)) {
                    throw new KanoInputException(src, "is empty; expected the header attribute,perception,expectation "
                            + "or attribute,perception,adequate,desired");
                }
                List<String> header = records.next().toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .toList();
                int attribute = header.indexOf("attribute");
                int perception = header.indexOf("perception");
                int[] rest = header.contains("expectation") ? new int[] {header.indexOf("expectation")}
                        : new int[] {header.indexOf("adequate"), header.indexOf("desired")};
                if (attribute < 0 || perception < 0 || java.util.Arrays.stream(rest).anyMatch(i -> i < 0)) {
                    throw new KanoInputException(src, 1, null, null, "expected the header attribute,perception,"
                            + "expectation or attribute,perception,adequate,desired; was " + header);
                }
                Map<String, List<String>> out = new LinkedHashMap<>();
                while (CsvFiles.hasNext(records, parser, src)) {
                    CSVRecord rec = records.next();
                    if (rec.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    List<Integer> at = new ArrayList<>(List.of(attribute, perception));
                    java.util.Arrays.stream(rest).forEach(at::add);
                    List<String> cells = new ArrayList<>();
                    for (int i : at) {
                        String cell = i < rec.size() ? rec.get(i).strip() : "";
                        if (cell.isEmpty()) {
                            throw new KanoInputException(src, rec.getRecordNumber(), header.get(i), "", "missing; every "
                                    + "row names an attribute and its columns");
                        }
                        cells.add(cell);
                    }
                    out.put(cells.get(0), cells.subList(1, cells.size()));
                }
                return new Columns(out);
            });
        }
    }

    /**
     * The general read: explicit columns (or {@link Columns#none()}), respondent weights and a segment column, each
     * optional.
     */
    public static Segmented read(Path file, Columns columns, Optional<String> weightColumn,
            Optional<String> segmentColumn) {
        Check.notNull(file, "file");
        Check.notNull(columns, "columns");
        Check.notNull(weightColumn, "weightColumn");
        Check.notNull(segmentColumn, "segmentColumn");
        if (Workbooks.isWorkbook(file)) {
            Workbooks.SheetText text = Workbooks.read(file, null);
            return CsvFiles.withParser(new StringReader(text.csv()), Workbooks.source(file, text.sheet()),
                    StandardCharsets.UTF_8, (parser, src) -> read(parser, src, weightColumn.orElse(null),
                            segmentColumn.orElse(null), columns));
        }
        return CsvFiles.withParser(file, StandardCharsets.UTF_8, (parser, src) -> read(parser, src,
                weightColumn.orElse(null), segmentColumn.orElse(null), columns));
    }

    /** Reads a gap file by the values of a segment column (sites, outsourcers, waves). */
    public static Segmented readSegmented(Path file, String segmentColumn) {
        Check.notNull(file, "file");
        Check.notNull(segmentColumn, "segmentColumn");
        return CsvFiles.withParser(file, StandardCharsets.UTF_8, (parser, src) -> read(parser, src, null,
                segmentColumn));
    }

    /** As {@link #readSegmented(Path, String)}, with respondent weights in {@code weightColumn}. */
    public static Segmented readSegmented(Path file, String segmentColumn, String weightColumn) {
        Check.notNull(file, "file");
        Check.notNull(segmentColumn, "segmentColumn");
        Check.notNull(weightColumn, "weightColumn", "Use readSegmented(file, segmentColumn) without weights.");
        return CsvFiles.withParser(file, StandardCharsets.UTF_8, (parser, src) -> read(parser, src, weightColumn,
                segmentColumn));
    }

    /** Reads CSV text from a reader; {@code source} names it in messages and the report. */
    public static GapSurvey read(Reader reader, String source) {
        Check.notNull(reader, "reader");
        Check.notNull(source, "source");
        return readText(reader, source, null);
    }

    /** As {@link #read(Reader, String)}, with respondent weights in {@code weightColumn} (null for none). */
    public static GapSurvey read(Reader reader, String source, String weightColumn) {
        Check.notNull(reader, "reader");
        Check.notNull(source, "source");
        Check.notNull(weightColumn, "weightColumn", "Use read(reader, source) for a survey without weights.");
        return readText(reader, source, weightColumn);
    }

    private static GapSurvey readText(Reader reader, String source, String weightColumn) {
        return CsvFiles.withParser(reader, source, StandardCharsets.UTF_8, (parser, src) -> read(parser, src,
                weightColumn, null).whole());
    }

    private static Segmented read(CSVParser parser, String src, String weightColumn, String segmentColumn) {
        return read(parser, src, weightColumn, segmentColumn, Columns.none());
    }

    private static Segmented read(CSVParser parser, String src, String weightColumn, String segmentColumn,
            Columns explicit) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!CsvFiles.hasNext(records, parser, src)) {
            throw new KanoInputException(src, "is empty; expected a header with <attribute>_perception and "
                    + "<attribute>_expectation columns");
        }
        List<String> header = records.next().toList();
        Map<String, int[]> columns = new LinkedHashMap<>(); // attribute -> perception, expectation, adequate, desired
        List<String> unused = new ArrayList<>();
        int weightIndex = -1;
        for (int c = 0; c < header.size() && weightColumn != null; c++) {
            weightIndex = weightIndex < 0 && header.get(c).strip().equalsIgnoreCase(weightColumn.strip()) ? c
                    : weightIndex;
        }
        if (weightColumn != null && weightIndex < 0) {
            throw new KanoInputException(src, 1, weightColumn, null, "weight column not found; expected one of "
                    + Text.shortened(header.toString(), 200));
        }
        int segmentIndex = -1;
        for (int c = 0; c < header.size() && segmentColumn != null; c++) {
            segmentIndex = segmentIndex < 0 && header.get(c).strip().equalsIgnoreCase(segmentColumn.strip()) ? c
                    : segmentIndex;
        }
        if (segmentColumn != null && segmentIndex < 0) {
            throw new KanoInputException(src, 1, segmentColumn, null, "segment column not found; expected one of "
                    + Text.shortened(header.toString(), 200));
        }
        java.util.Set<Integer> explicitColumns = new java.util.HashSet<>();
        explicit.byAttribute().forEach((attribute, cols) -> {
            int[] at = {-1, -1, -1, -1};
            int[] roles = cols.size() == 2 ? new int[] {0, 1} : new int[] {0, 2, 3};
            for (int k = 0; k < cols.size(); k++) {
                int c = column(header, cols.get(k));
                if (c < 0) {
                    throw new KanoInputException(src, 1, cols.get(k), null, "column of \"" + attribute + "\" not found; "
                            + "expected a header text or a column number from 1 to " + header.size());
                }
                at[roles[k]] = c;
                explicitColumns.add(c);
            }
            columns.put(attribute, at);
        });
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            if (!explicit.byAttribute().isEmpty()) {
                if (!explicitColumns.contains(c) && c != weightIndex && c != segmentIndex) {
                    unused.add("\"" + name + "\" (column " + (c + 1) + "): not in the column pairs");
                    continue;
                }
                if (explicitColumns.contains(c)) {
                    continue;
                }
            }
            if (c == weightIndex) {
                unused.add("\"" + name + "\" (column " + (c + 1) + "): respondent weight");
                continue;
            }
            if (c == segmentIndex) {
                unused.add("\"" + name + "\" (column " + (c + 1) + "): segment column");
                continue;
            }
            String[] match = match(name);
            if (match == null) {
                unused.add("\"" + name + "\" (column " + (c + 1) + "): not a perception or expectation column");
                continue;
            }
            int role = switch (match[1]) {
                case "perception" -> 0;
                case "expectation" -> 1;
                case "adequate" -> 2;
                default -> 3;
            };
            int[] at = columns.computeIfAbsent(match[0], k -> new int[] {-1, -1, -1, -1});
            if (at[role] >= 0) {
                unused.add("\"" + name + "\" (column " + (c + 1) + "): a second " + match[1] + " column of \""
                        + match[0] + "\"; the first (column " + (at[role] + 1) + ") is read");
                continue;
            }
            at[role] = c;
        }
        List<String> names = new ArrayList<>();
        List<int[]> used = new ArrayList<>();
        columns.forEach((attribute, at) -> {
            boolean complete = at[0] >= 0 && (at[1] >= 0 || (at[2] >= 0 && at[3] >= 0));
            if (complete) {
                names.add(attribute);
                used.add(at);
            } else {
                unused.add("\"" + attribute + "\": no " + (at[0] < 0 ? "perception" : "expectation") + " column to "
                        + "pair with");
            }
        });
        if (names.isEmpty()) {
            throw new KanoInputException(src, 1, null, null, "no perception/expectation column pairs in the header "
                    + Text.shortened(header.toString(), 200) + "; expected names such as <attribute>_perception and <attribute>_expectation (or "
                    + "_adequate and _desired), or <attribute>_感知 and <attribute>_期望");
        }
        List<List<double[]>> values = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            values.add(new ArrayList<>());
        }
        long read = 0;
        long usedRows = 0;
        Map<String, Long> rejected = new LinkedHashMap<>();
        Map<String, Long> notNumbers = new LinkedHashMap<>();
        List<Double> weights = new ArrayList<>();
        List<String> segmentOf = new ArrayList<>();
        Map<String, long[]> segmentRows = new LinkedHashMap<>(); // read, used by segment
        while (CsvFiles.hasNext(records, parser, src)) {
            CSVRecord rec = records.next();
            read++;
            if (rec.size() < header.size()) {
                rejected.merge(rec.size() == 1 && rec.get(0).isBlank() ? "no ratings" : "fewer fields than the header",
                        1L, Long::sum);
                continue;
            }
            if (rec.stream().skip(header.size()).anyMatch(v -> !v.isBlank())) {
                rejected.merge("more fields than the header", 1L, Long::sum);
                continue;
            }
            boolean any = false;
            List<double[]> row = new ArrayList<>();
            for (int[] at : used) {
                double[] v = new double[4];
                for (int role = 0; role < 4; role++) {
                    v[role] = at[role] < 0 ? Double.NaN : number(rec.get(at[role]), header.get(at[role]), notNumbers);
                    any |= !Double.isNaN(v[role]);
                }
                row.add(v);
            }
            if (!any) {
                rejected.merge("no ratings", 1L, Long::sum);
                continue;
            }
            if (weightIndex >= 0) {
                weights.add(CsvFiles.weight(rec.get(weightIndex), src, rec.getRecordNumber(),
                        header.get(weightIndex).strip()));
            }
            usedRows++;
            for (int a = 0; a < names.size(); a++) {
                values.get(a).add(row.get(a));
            }
            if (segmentIndex >= 0) {
                String value = rec.get(segmentIndex).strip();
                String key = value.isEmpty() ? "(missing)" : value;
                if (!segmentRows.containsKey(key) && segmentRows.size() >= ReadSettings.MAX_SEGMENTS) {
                    throw new KanoInputException(src, rec.getRecordNumber(), header.get(segmentIndex).strip(), value,
                            "more than " + ReadSettings.MAX_SEGMENTS + " distinct values in this segment column; "
                                    + "expected a few groups such as sites or waves, not an identifier");
                }
                segmentRows.computeIfAbsent(key, k -> new long[1])[0]++;
                segmentOf.add(key);
            }
        }
        List<String> warnings = new ArrayList<>();
        notNumbers.forEach((column, n) -> warnings.add("column \"" + column + "\": " + n + " values are not ratings "
                + "(left out as missing)"));
        List<GapAnalysis.Ratings> ratings = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            int[] at = used.get(a);
            List<double[]> v = values.get(a);
            ratings.add(new GapAnalysis.Ratings(names.get(a), column(v, 0), at[1] < 0 ? new double[0] : column(v, 1),
                    at[2] < 0 || at[3] < 0 ? new double[0] : column(v, 2),
                    at[2] < 0 || at[3] < 0 ? new double[0] : column(v, 3),
                    weights.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        if (weightIndex >= 0 && !weights.isEmpty()) {
            double sum = 0;
            double sum2 = 0;
            for (double w : weights) {
                sum += w;
                sum2 += w * w;
            }
            warnings.add(String.format(Locale.ROOT, "respondent weights (column \"%s\"): n %d, n_eff %.1f, design "
                    + "effect %.3f", header.get(weightIndex).strip(), weights.size(), sum * sum / sum2,
                    weights.size() / (sum * sum / sum2)));
        }
        GapSurvey whole = new GapSurvey(ratings, new IngestReport(src, read, usedRows, rejected, Map.of(), unused,
                warnings));
        Map<String, GapSurvey> segments = new LinkedHashMap<>();
        for (String key : segmentRows.keySet()) {
            int[] rows = new int[(int) segmentRows.get(key)[0]];
            int m = 0;
            for (int j = 0; j < segmentOf.size(); j++) {
                if (segmentOf.get(j).equals(key)) {
                    rows[m++] = j;
                }
            }
            List<GapAnalysis.Ratings> part = new ArrayList<>();
            for (GapAnalysis.Ratings r : ratings) {
                part.add(new GapAnalysis.Ratings(r.attribute(), pick(r.perception(), rows), pick(r.expectation(), rows),
                        pick(r.adequate(), rows), pick(r.desired(), rows), pick(r.weights(), rows)));
            }
            String name = src + " [" + header.get(segmentIndex).strip() + " = " + key + "]";
            segments.put(key, new GapSurvey(part, new IngestReport(name, rows.length, rows.length, Map.of(), Map.of(),
                    List.of(), List.of("rows of this segment that were used; rejected rows are in the whole "
                            + "survey's report"))));
        }
        return new Segmented(segmentColumn == null ? "" : segmentColumn.strip(), whole, segments);
    }

    /** A column named by its header text (case-insensitive) or its 1-based number; −1 when there is none. */
    private static int column(List<String> header, String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).strip().equalsIgnoreCase(name.strip())) {
                return c;
            }
        }
        try {
            int n = Integer.parseInt(name.strip());
            return n >= 1 && n <= header.size() ? n - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The values at the given positions; an empty array stays empty (a level not measured). */
    private static double[] pick(double[] values, int[] rows) {
        if (values.length == 0) {
            return values;
        }
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]];
        }
        return out;
    }

    private static double[] column(List<double[]> rows, int role) {
        double[] out = new double[rows.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = rows.get(j)[role];
        }
        return out;
    }

    private static double number(String text, String column, Map<String, Long> notNumbers) {
        String s = text.strip();
        if (s.isEmpty() || AnswerScale.FIVE_POINT.isMissing(s)) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // counted below
        }
        notNumbers.merge(column.strip(), 1L, Long::sum);
        return Double.NaN;
    }

    /** {attribute, role} for a gap column name, or null. */
    private static String[] match(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String[] role : ROLES) {
            for (int k = 1; k < role.length; k++) {
                if (lower.endsWith(role[k]) && lower.length() > role[k].length()) {
                    String attribute = name.substring(0, name.length() - role[k].length()).strip();
                    return attribute.isEmpty() ? null : new String[] {attribute, role[0]};
                }
            }
        }
        return null;
    }
}
