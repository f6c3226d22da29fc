package io.github.kano4j.io;

import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.internal.Check;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;
import io.github.kano4j.stats.Raking;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final ReadSettings settings;

    /**
     * The sheet to read from an Excel workbook ({@code .xlsx}); the first sheet by default. Reading workbooks needs
     * the optional dependency {@code org.dhatim:fastexcel-reader}.
     */
    public KanoCsvReader withSheet(String sheet) {
        return new KanoCsvReader(settings.withSheet(Check.notNull(sheet, "sheet")));
    }

    /** Every setting of this reader. */
    ReadSettings settings() {
        return settings;
    }

    private KanoCsvReader(ReadSettings settings) {
        this.settings = settings;
    }

    /** A reader detecting the layout: standard table, missing answers dropped pair by pair, UTF-8, no filters. */
    public static KanoCsvReader create() {
        return new KanoCsvReader(ReadSettings.DEFAULTS);
    }

    /** A fixed layout instead of detection. */
    public KanoCsvReader withLayout(Layout layout) {
        return new KanoCsvReader(settings.withLayout(Check.notNull(layout, "layout")));
    }

    /**
     * The evaluation table whose answer scale parses the answers (default {@link EvaluationTable#STANDARD},
     * five-point); use the same table for the analysis.
     */
    public KanoCsvReader withTable(EvaluationTable table) {
        return new KanoCsvReader(settings.withTable(Check.notNull(table, "table")));
    }

    /** What a missing or unrecognised answer does (default {@link MissingAnswerPolicy#DROP_PAIR}). */
    public KanoCsvReader withMissingAnswers(MissingAnswerPolicy policy) {
        return new KanoCsvReader(settings.withMissing(Check.notNull(policy, "policy")));
    }

    /** A custom answer scale (e.g. with extra labels) instead of the table's. */
    public KanoCsvReader withScale(AnswerScale scale) {
        return new KanoCsvReader(settings.withScale(scale));
    }

    /**
     * Adds the answer labels of a mapping file (one {@code label,answer} per line; the answer a code 1–5 or one
     * of like, must-be, neutral, live-with, dislike) to the scale in use, e.g. the wordings of a survey platform.
     *
     * @throws KanoInputException naming the file and line of a bad entry, or why the file cannot be read
     */
    public KanoCsvReader withLabelsFrom(Path file) {
        Check.notNull(file, "file");
        AnswerScale base = settings.scale().orElse(AnswerScale.forTable(settings.table()));
        try {
            return withScale(base.withLabelsFrom(file));
        } catch (NoSuchFileException e) {
            throw new KanoInputException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new KanoInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The column pairs of a file with the columns {@code attribute, functional, dysfunctional} and optionally
     * {@code importance}: each row names an attribute and its columns, as header texts (e.g. the questions of a
     * survey-platform export) or 1-based column numbers. Then as {@link #withColumnPairs(Map)}.
     *
     * @throws KanoInputException naming file, row and column of a missing cell or a repeated attribute
     */
    public KanoCsvReader withColumnPairsFrom(Path file) {
        Check.notNull(file, "file");
        Map<String, List<String>> pairs = CsvFiles.withParser(file, StandardCharsets.UTF_8, (parser, src) -> {
            Iterator<CSVRecord> records = parser.iterator();
            if (!CsvFiles.hasNext(records, parser, src)) {
                throw new KanoInputException(src, "is empty; expected the header attribute,functional,dysfunctional"
                        + "[,importance]");
            }
            List<String> header = records.next().toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> roles = List.of("attribute", "functional", "dysfunctional", "importance");
            int[] at = roles.stream().mapToInt(header::indexOf).toArray();
            for (int r = 0; r < 3; r++) {
                if (at[r] < 0) {
                    throw new KanoInputException(src, 1, roles.get(r), null, "column not found; expected the header "
                            + "attribute,functional,dysfunctional[,importance]");
                }
            }
            Map<String, List<String>> out = new LinkedHashMap<>();
            while (CsvFiles.hasNext(records, parser, src)) {
                CSVRecord rec = records.next();
                if (rec.stream().allMatch(String::isBlank)) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                for (int r = 0; r < roles.size(); r++) {
                    String cell = at[r] >= 0 && at[r] < rec.size() ? rec.get(at[r]).strip() : "";
                    if (cell.isEmpty() && r < 3) {
                        throw new KanoInputException(src, rec.getRecordNumber(), roles.get(r), "", "missing; every "
                                + "row names an attribute and its functional and dysfunctional columns");
                    }
                    if (r > 0 && !cell.isEmpty()) {
                        columns.add(cell);
                    }
                }
                String attribute = rec.get(at[0]).strip();
                if (out.put(attribute, columns) != null) {
                    throw new KanoInputException(src, rec.getRecordNumber(), "attribute", attribute, "repeats an "
                            + "attribute of an earlier row");
                }
            }
            if (out.isEmpty()) {
                throw new KanoInputException(src, "has no column pairs; expected one row per attribute");
            }
            return out;
        });
        return withColumnPairs(pairs);
    }

    /** The file encoding (default UTF-8, with or without byte-order mark). */
    public KanoCsvReader withCharset(Charset charset) {
        return new KanoCsvReader(settings.withCharset(Check.notNull(charset, "charset")));
    }

    /** Respondent quality filters (default none). */
    public KanoCsvReader withRespondentFilter(RespondentFilter filter) {
        return new KanoCsvReader(settings.withFilter(Check.notNull(filter, "filter")));
    }

    /**
     * Whether numeric dysfunctional codes run the other way (1 = dislike … 5 = like), as some questionnaires
     * code them; labels keep their meaning.
     */
    public KanoCsvReader withReversedDysfunctionalCodes(boolean reversed) {
        return new KanoCsvReader(settings.withReversed(reversed));
    }

    /**
     * Reads each respondent's weight from this column (docs/METHODS.md §7.6): every pair of the respondent counts with
     * that weight, and shares, Better/Worse and the category become weighted, with Kish's n_eff in the tests. A
     * missing, non-numeric or non-positive weight stops the read, naming the row. Wide and long layouts.
     */
    public KanoCsvReader withWeight(String column) {
        Check.notNull(column, "column");
        Check.argument(!column.isBlank(), "The weight column name must not be blank.");
        return new KanoCsvReader(settings.withWeight(column.strip()));
    }

    /**
     * Rakes the respondents' weights (from {@link #withWeight(String) the weight column}, or 1) to population
     * margins before tallying (docs/METHODS.md §7.6): each margin's variable is a column of the file, one row per
     * respondent (the wide layout). The ingest report gives the sweeps, the largest remaining margin error, the
     * weight range and n_eff.
     */
    public KanoCsvReader withRaking(List<Raking.Margin> margins) {
        return withRaking(margins, Double.NaN, Double.NaN);
    }

    /** As {@link #withRaking(List)}, trimming the weights to {@code [lower, upper] × mean} and raking again. */
    public KanoCsvReader withRaking(List<Raking.Margin> margins, double lower, double upper) {
        Check.notNull(margins, "margins");
        Check.argument(margins.stream().noneMatch(m -> m == null), "The parameter 'margins' must not hold null.");
        Check.argument(Double.isNaN(lower) || (lower > 0 && lower < 1), "The lower trim must be in (0, 1), was "
                + lower);
        Check.argument(Double.isNaN(upper) || upper > 1, "The upper trim must be above 1, was " + upper);
        return new KanoCsvReader(settings.withRaking(margins, lower, upper));
    }

    /**
     * Also tallies each value of these columns separately (e.g. {@code customer_type}), for segment
     * comparisons. A blank segment value is its own segment, {@code (missing)}.
     */
    public KanoCsvReader withSegmentColumns(String... columns) {
        Check.notNull(columns, "columns");
        for (String c : columns) {
            Check.argument(c != null && !c.isBlank(), "A segment column name must not be blank.");
        }
        return new KanoCsvReader(settings.withSegments(List.of(columns)));
    }

    /**
     * Wide layout with explicitly paired columns instead of header patterns: attribute → functional column,
     * dysfunctional column[, importance column]. Columns not named here are reported as unused. Sets the
     * layout to {@link Layout#WIDE}; every other setting is kept, whatever the order of the calls.
     */
    public KanoCsvReader withColumnPairs(Map<String, List<String>> pairs) {
        Check.notNull(pairs, "pairs");
        pairs.forEach((k, v) -> Check.argument(k != null && !k.isBlank() && v != null && v.size() >= 2
                && v.size() <= 3 && v.stream().allMatch(c -> c != null && !c.isBlank()),
                "A column pair needs an attribute name and 2 or 3 column names, was " + k + " -> " + v));
        return new KanoCsvReader(settings.withPairs(pairs).withLayout(Layout.WIDE));
    }

    /**
     * Reads a file. A wide UTF-8 file without quoted fields — the common export — is scanned as bytes, and in
     * parts on all cores when it is large; any other file is read by commons-csv. Both give the same survey, ingest
     * report and errors. An Excel workbook ({@code .xlsx}, needs the optional {@code org.dhatim:fastexcel-reader})
     * is read from its first sheet or the one {@link #withSheet(String) named}, reported as {@code file [sheet
     * NAME]}.
     */
    public KanoSurvey read(Path file) {
        Check.notNull(file, "file");
        if (Workbooks.isWorkbook(file)) {
            Workbooks.SheetText sheet = Workbooks.read(file, settings.sheet().orElse(null));
            return read(new StringReader(sheet.csv()), Workbooks.source(file, sheet.sheet()));
        }
        KanoSurvey fast = FastWideReader.read(file, settings);
        return fast != null ? fast : readGeneral(file);
    }

    /** Reads a file with the general parser (commons-csv), never the fast path. */
    KanoSurvey readGeneral(Path file) {
        try (BufferedReader in = CsvFiles.open(file, settings.charset())) {
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
        Check.notNull(files, "files");
        Check.argument(files.stream().noneMatch(f -> f == null), "The parameter 'files' must not hold null.");
        List<KanoSurvey> parts = files.parallelStream().map(this::read).toList();
        int levels = settings.table().levels();
        KanoTally tally = KanoTally.create(levels);
        Map<String, Map<String, KanoTally>> segmentsOut =
                new LinkedHashMap<>();
        Map<String, CategoryCounts> counts = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (KanoSurvey p : parts) {
            tally.combine(p.tally());
            p.groups().forEach(groups::putIfAbsent);
            p.segments().forEach((column, values) -> values.forEach((value, t) -> segmentsOut
                    .computeIfAbsent(column, c -> new LinkedHashMap<>())
                    .computeIfAbsent(value, v -> KanoTally.create(levels)).combine(t)));
            p.categoryCounts().forEach((k, v) -> counts.merge(k, v, CategoryCounts::plus));
        }
        if (!counts.isEmpty() && !tally.attributes().isEmpty()) {
            throw new KanoInputException(files.size() + " files", "mix category counts with answer pairs; read them "
                    + "separately");
        }
        IngestReport report = IngestReport.merge(files.size() + " files",
                parts.stream().map(KanoSurvey::report).toList());
        return new KanoSurvey(tally, report, segmentsOut, counts, groups);
    }

    /** Reads CSV text; {@code source} names it in messages. */
    public KanoSurvey read(Reader reader, String source) {
        Check.notNull(reader, "reader");
        String src = Check.notNull(source, "source");
        if (!settings.margins().isEmpty() && settings.rowWeights().isEmpty()) {
            return raked(reader, src);
        }
        BufferedReader in = CsvFiles.open(reader, src);
        try {
            // the header is parsed once and every layout reader continues from it: no mark and reset, so a valid
            // header of any length (within the line guard) is read
            char delimiter = CsvFiles.detectDelimiter(in);
            CSVParser parser = CSVParser.builder().setReader(in).setFormat(CsvFiles.format(delimiter)).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!CsvFiles.hasNext(records, parser, src)) {
                throw new KanoInputException(src, settings.layout() == Layout.WIDE ? "is empty; expected a header "
                        + "row with <attribute>_functional and <attribute>_dysfunctional columns"
                        : "is empty; expected a header row");
            }
            List<String> header = records.next().toList();
            PlatformExport.Rest rest = PlatformExport.skipExtraHeaderRows(header, records, parser, src);
            Iterator<CSVRecord> rows = rest.records();
            Layout chosen = settings.layout() == Layout.AUTO ? LayoutDetection.of(header) : settings.layout();
            KanoSurvey survey = switch (chosen) {
                case CATEGORY_COUNTS -> CategoryCountsReader.read(rows, parser, header, src);
                case LONG, PAIR_COUNTS -> {
                    if (chosen == Layout.PAIR_COUNTS && LongCsvReader.Columns.of(header).count() < 0) {
                        throw new KanoInputException(src, 1, "count", null, "the pair-counts layout needs a count "
                                + "column; the header is " + header);
                    }
                    yield new LongCsvReader(settings).read(rows, parser, header, src);
                }
                default -> new WideCsvReader(settings).read(rows, parser, header, src);
            };
            return rest.note() == null ? survey : survey.withWarningFirst(rest.note());
        } catch (CharacterCodingException e) {
            throw new KanoInputException(src, "is not valid " + settings.charset().name() + " text; save it as UTF-8 or choose "
                    + "its encoding");
        } catch (IOException e) {
            throw new KanoInputException(src, "cannot be read: " + e.getMessage());
        }
    }

    /** The layout a header suggests. */
    /**
     * Raking needs every respondent before any weight is known: a first pass reads the margin variables (and the
     * weight column) of every row and rakes; the second pass tallies with the raked weight of each row.
     */
    private KanoSurvey raked(Reader reader, String src) {
        String text;
        try (BufferedReader in = CsvFiles.open(reader, src)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                sb.append(buf, 0, r);
            }
            text = sb.toString();
        } catch (IOException e) {
            throw new KanoInputException(src, "cannot be read: " + e.getMessage());
        }
        List<Raking.Margin> margins = settings.margins();
        List<Long> rows = new ArrayList<>();
        List<String[]> categories = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        try (BufferedReader in = CsvFiles.open(new StringReader(text), src)) {
            char delimiter = CsvFiles.detectDelimiter(in);
            CSVParser parser = CSVParser.builder().setReader(in).setFormat(CsvFiles.format(delimiter)).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!CsvFiles.hasNext(records, parser, src)) {
                throw new KanoInputException(src, "is empty; expected a header row");
            }
            List<String> header = records.next().toList();
            Iterator<CSVRecord> data = PlatformExport.skipExtraHeaderRows(header, records, parser, src).records();
            Layout chosen = settings.layout() == Layout.AUTO ? LayoutDetection.of(header) : settings.layout();
            if (chosen != Layout.WIDE) {
                throw new KanoInputException(src, "cannot be raked: raking needs one row per respondent (the wide "
                        + "layout), this file is " + chosen.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + "; give a weight column instead");
            }
            int[] at = new int[margins.size()];
            for (int v = 0; v < at.length; v++) {
                at[v] = indexOf(header, margins.get(v).variable());
                if (at[v] < 0) {
                    throw new KanoInputException(src, 1, margins.get(v).variable(), null, "raking variable not found: "
                            + "the margins name a column the survey does not have");
                }
            }
            int weightAt = settings.weight().map(w -> indexOf(header, w)).orElse(-1);
            if (settings.weight().isPresent() && weightAt < 0) {
                throw new KanoInputException(src, 1, settings.weight().get(), null, "weight column not found");
            }
            while (CsvFiles.hasNext(data, parser, src)) {
                CSVRecord rec = data.next();
                if (rec.size() < header.size()) {
                    continue; // rejected by the tally pass, with its reason
                }
                categories.add(CsvFiles.marginCategories(rec, at, header, margins, src));
                base.add(weightAt < 0 ? 1.0 : CsvFiles.weight(rec.get(weightAt), src, rec.getRecordNumber(),
                        header.get(weightAt).strip()));
                rows.add(rec.getRecordNumber());
            }
        } catch (IOException e) {
            throw new KanoInputException(src, "cannot be read: " + e.getMessage());
        }
        Raking.Result result = CsvFiles.rake(categories, margins, base.stream().mapToDouble(Double::doubleValue)
                .toArray(), settings.trim(), src);
        Map<Long, Double> byRow = new HashMap<>();
        for (int j = 0; j < rows.size(); j++) {
            byRow.put(rows.get(j), result.weights()[j]);
        }
        if (byRow.isEmpty()) {
            throw new KanoInputException(src, "cannot be raked: no respondent rows");
        }
        return new KanoCsvReader(settings.withRowWeights(byRow)).read(new StringReader(text), src)
                .withWarningFirst("respondent weights " + result.summary());
    }

    private static int indexOf(List<String> header, String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).strip().equalsIgnoreCase(name.strip())) {
                return c;
            }
        }
        return -1;
    }
}
