package io.github.kano4j.io;

import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.io.AnswerScale;
import io.github.kano4j.questionnaire.AttributeTally;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a wide Kano survey CSV — one row per respondent, a functional and a dysfunctional column per
 * attribute (see {@link WideHeader} for the header patterns), optional {@code <attr>_importance}
 * columns — into a {@link KanoTally} with an {@link IngestReport}. Streams: memory does not grow with
 * the number of respondents.
 *
 * <p>Answers are parsed by the {@link AnswerScale} (codes or labels). A missing or unrecognised answer
 * follows the reader's {@link MissingAnswerPolicy}; a row without any answer is rejected (counted) under
 * every policy. A column that holds values but none of them a recognised answer is an error listing the
 * unrecognised values. Row numbers count the header as row 1.
 */
final class WideCsvReader {
    /** Row-level rejection: nothing answered. */
    static final String NO_ANSWERS = "no answers";
    /** Row-level rejection: answers present, but no pair complete (policy DROP_PAIR). */
    static final String NO_COMPLETE_PAIR = "no complete answer pair";
    /** Row-level rejection: fewer fields than the header. */
    static final String TOO_FEW_FIELDS = "fewer fields than the header";
    /** Row-level rejection: more non-empty fields than the header. */
    static final String TOO_MANY_FIELDS = "more fields than the header";
    /** Pair-level skip reasons. */
    static final String MISSING_FUNCTIONAL = "functional answer missing";
    static final String MISSING_DYSFUNCTIONAL = "dysfunctional answer missing";
    static final String MISSING_BOTH = "both answers missing";
    static final String INVALID_ANSWER = "unrecognised answer";

    private static final int MAX_DISTINCT_INVALID = 20;

    private final ReadSettings settings;
    private final EvaluationTable table;
    private final Charset charset;
    private final List<String> segmentColumns;
    private final RespondentFilter filter;
    private final boolean reversedDysfunctional;
    private final Map<String, String[]> pairs;

    WideCsvReader(ReadSettings settings) {
        this.settings = settings;
        this.table = settings.table();
        this.charset = settings.charset();
        this.segmentColumns = settings.segments();
        this.filter = settings.filter();
        this.reversedDysfunctional = settings.reversed();
        this.pairs = settings.pairArrays();
    }

    /** Reads a file. */
    KanoSurvey read(Path file) {
        return CsvFiles.withParser(file, charset, this::read);
    }

    /** Reads CSV text from a reader; {@code source} names it in messages and the report. */
    KanoSurvey read(Reader reader, String source) {
        return CsvFiles.withParser(reader, source, charset, this::read);
    }

    private KanoSurvey read(CSVParser parser, String src) {
        AnswerScale answers = settings.answers();
        MissingAnswerPolicy policy = settings.missing();
        Iterator<CSVRecord> records = parser.iterator();
        if (!CsvFiles.hasNext(records, parser, src)) {
            throw new KanoInputException(src, "is empty; expected a header row with <attribute>_functional and "
                    + "<attribute>_dysfunctional columns");
        }
        CSVRecord headerRecord = records.next();
        List<String> header = headerRecord.toList();
        WideHeader layout = pairs.isEmpty() ? new WideHeader(header) : WideHeader.explicit(header, pairs, src);
        int idIndex = -1;
        for (int c = 0; c < header.size() && idIndex < 0; c++) {
            if (List.of("id", "respondent", "respondent_id", "respondentid").contains(
                    header.get(c).strip().toLowerCase(Locale.ROOT))) {
                idIndex = c;
            }
        }
        DuplicateCounter ids = new DuplicateCounter();
        int[] segmentIndex = new int[segmentColumns.size()];
        for (int g = 0; g < segmentIndex.length; g++) {
            segmentIndex[g] = -1;
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).strip().equalsIgnoreCase(segmentColumns.get(g).strip())) {
                    segmentIndex[g] = c;
                    break;
                }
            }
            if (segmentIndex[g] < 0) {
                throw new KanoInputException(src, 1, segmentColumns.get(g), null, "segment column not found in the "
                        + "header; expected one of " + abbreviate(header));
            }
            String prefix = "\"" + header.get(segmentIndex[g]).strip() + "\" (column " + (segmentIndex[g] + 1) + ")";
            layout.unused.removeIf(u -> u.startsWith(prefix));
        }
        Map<String, Map<String, KanoTally>> segments = new LinkedHashMap<>();
        List<Map<String, AttributeTally[]>> segmentTallies = new ArrayList<>();
        for (String column : segmentColumns) {
            segments.put(column, new LinkedHashMap<>());
            segmentTallies.add(new LinkedHashMap<>());
        }
        AttributeTally[][] targets = new AttributeTally[1 + segmentColumns.size()][];
        if (layout.attributes.isEmpty()) {
            throw new KanoInputException(src, 1, null, null, "no functional/dysfunctional column pairs in the header "
                    + abbreviate(header) + "; expected names such as <attribute>_functional and <attribute>_dysfunctional, "
                    + "<attribute>_f and <attribute>_d, or F1 and D1");
        }
        int width = header.size();
        List<WideHeader.Columns> cols = layout.attributes;
        int k = cols.size();
        KanoTally tally = KanoTally.create();
        AttributeTally[] tallies = new AttributeTally[k];
        for (int a = 0; a < k; a++) {
            tallies[a] = tally.declare(cols.get(a).attribute());
        }
        long[] used = new long[k];
        long[] asQ = new long[k];
        long[][] skipped = new long[k][4];
        long[] importanceCounted = new long[k];
        long[] validByColumn = new long[width];
        Map<Integer, Map<String, long[]>> invalid = new LinkedHashMap<>();
        Map<String, Long> rejected = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        long invalidImportance = 0;
        long rowsRead = 0;
        long rowsUsed = 0;
        int[] fl = new int[k];
        int[] dl = new int[k];
        int[] validF = new int[k];
        int[] validD = new int[k];
        Category[] validC = new Category[k];

        while (CsvFiles.hasNext(records, parser, src)) {
            CSVRecord rec = records.next();
            long row = rec.getRecordNumber();
            rowsRead++;
            int size = rec.size();
            if (size < width) {
                if (size == 1 && rec.get(0).isBlank()) {
                    reject(rejected, NO_ANSWERS);
                } else {
                    reject(rejected, TOO_FEW_FIELDS);
                }
                continue;
            }
            if (size > width && !extrasBlank(rec, width)) {
                reject(rejected, TOO_MANY_FIELDS);
                continue;
            }
            boolean anyAnswer = false;
            for (int a = 0; a < k; a++) {
                WideHeader.Columns c = cols.get(a);
                String fv = rec.get(c.functional());
                String dv = rec.get(c.dysfunctional());
                int f = answers.level(fv);
                int d = reversedDysfunctional ? answers.reversedCodeLevel(dv) : answers.level(dv);
                fl[a] = f;
                dl[a] = d;
                if (f >= 0) {
                    validByColumn[c.functional()]++;
                }
                if (d >= 0) {
                    validByColumn[c.dysfunctional()]++;
                }
                if (f != AnswerScale.MISSING || d != AnswerScale.MISSING) {
                    anyAnswer = true;
                }
                if (f >= 0 && d >= 0) {
                    continue;
                }
                if (policy == MissingAnswerPolicy.FAIL) {
                    int bad = f < 0 ? c.functional() : c.dysfunctional();
                    String value = f < 0 ? fv : dv;
                    int level = f < 0 ? f : d;
                    throw new KanoInputException(src, row, header.get(bad), value, (level == AnswerScale.MISSING
                            ? "missing answer" : "not a recognised answer") + " (policy fail); expected "
                            + answers.expected());
                }
                if (f == AnswerScale.INVALID) {
                    noteInvalid(invalid, c.functional(), fv, row);
                }
                if (d == AnswerScale.INVALID) {
                    noteInvalid(invalid, c.dysfunctional(), dv, row);
                }
            }
            if (anyAnswer && filter.isActive()) {
                int valid = 0;
                for (int a = 0; a < k; a++) {
                    if (fl[a] >= 0 && dl[a] >= 0) {
                        validF[valid] = fl[a];
                        validD[valid] = dl[a];
                        validC[valid] = table.categoryOf(Math.min(fl[a], table.levels() - 1),
                                Math.min(dl[a], table.levels() - 1));
                        valid++;
                    }
                }
                String why = filter.reject(validC, validF, validD, valid);
                if (why != null) {
                    reject(rejected, why);
                    continue;
                }
            }
            if (idIndex >= 0 && anyAnswer) {
                ids.add(rec.get(idIndex).strip());
            }
            if (!anyAnswer) {
                reject(rejected, NO_ANSWERS);
                continue;
            }
            boolean rowUsed = policy == MissingAnswerPolicy.COUNT_AS_Q;
            for (int a = 0; a < k && !rowUsed; a++) {
                rowUsed = fl[a] >= 0 && dl[a] >= 0;
            }
            if (!rowUsed) {
                for (int a = 0; a < k; a++) {
                    skipped[a][skipReason(fl[a], dl[a])]++;
                }
                reject(rejected, NO_COMPLETE_PAIR);
                continue;
            }
            rowsUsed++;
            targets[0] = tallies;
            for (int g = 0; g < segmentIndex.length; g++) {
                String value = rec.get(segmentIndex[g]).strip();
                String key = value.isEmpty() ? "(missing)" : value;
                Map<String, KanoTally> bySegment = segments.get(segmentColumns.get(g));
                targets[g + 1] = segmentTallies.get(g).computeIfAbsent(key, v -> {
                    KanoTally t = KanoTally.create();
                    bySegment.put(v, t);
                    AttributeTally[] arr = new AttributeTally[k];
                    for (int a = 0; a < k; a++) {
                        arr[a] = t.declare(cols.get(a).attribute());
                    }
                    return arr;
                });
            }
            for (int a = 0; a < k; a++) {
                int f = fl[a];
                int d = dl[a];
                int ic = cols.get(a).importance();
                int rating = AnswerScale.MISSING;
                if (ic >= 0) {
                    String iv = rec.get(ic);
                    rating = importance(iv);
                    if (rating == AnswerScale.INVALID) {
                        if (policy == MissingAnswerPolicy.FAIL) {
                            throw new KanoInputException(src, row, header.get(ic), iv,
                                    "not an importance rating; expected an integer 0-100");
                        }
                        invalidImportance++;
                        noteInvalid(invalid, ic, iv, row);
                    } else if (rating >= 0) {
                        importanceCounted[a]++;
                    }
                }
                if (f >= 0 && d >= 0) {
                    for (AttributeTally[] target : targets) {
                        if (rating >= 0) {
                            target[a].acceptLevelsWithImportance(f, d, rating);
                        } else {
                            target[a].acceptLevels(f, d);
                        }
                    }
                    used[a]++;
                    continue;
                }
                for (AttributeTally[] target : targets) {
                    if (rating >= 0) {
                        target[a].acceptImportance(rating);
                    }
                    if (policy == MissingAnswerPolicy.COUNT_AS_Q) {
                        target[a].acceptQuestionable();
                    }
                }
                if (policy == MissingAnswerPolicy.COUNT_AS_Q) {
                    asQ[a]++;
                } else {
                    skipped[a][skipReason(f, d)]++;
                }
            }
        }

        for (Map.Entry<Integer, Map<String, long[]>> e : invalid.entrySet()) {
            int column = e.getKey();
            String listing = listInvalid(e.getValue());
            boolean importanceColumn = cols.stream().anyMatch(c -> c.importance() == column);
            if (!importanceColumn && validByColumn[column] == 0) {
                String first = e.getValue().keySet().iterator().next();
                throw new KanoInputException(src, e.getValue().get(first)[1], header.get(column), first,
                        "no value in this column is a recognised answer; unrecognised values: " + listing
                                + "; expected " + answers.expected());
            }
            warnings.add("column \"" + header.get(column) + "\": unrecognised "
                    + (importanceColumn ? "importance ratings" : "answers") + " " + listing
                    + (importanceColumn ? " (not counted)" : " (pairs handled by policy "
                            + policy.name().toLowerCase(Locale.ROOT) + ")"));
        }
        if (invalidImportance > 0 && invalid.isEmpty()) {
            warnings.add(invalidImportance + " importance ratings were not integers 0-100 and were not counted");
        }
        long duplicates = idIndex < 0 ? 0 : ids.duplicates();
        if (duplicates > 0) {
            warnings.add(duplicates + " rows repeat a respondent id of column \"" + header.get(idIndex).strip()
                    + "\" (rows kept; check for double submissions)");
        }
        String scaleWarning = CsvFiles.threePointWarning(tally, table);
        if (scaleWarning != null) {
            warnings.add(scaleWarning);
        }
        if (rowsRead == 0) {
            warnings.add("the file has a header but no data rows");
        }
        Map<String, IngestReport.AttributeIngest> perAttribute = new LinkedHashMap<>();
        String[] reasons = {MISSING_FUNCTIONAL, MISSING_DYSFUNCTIONAL, MISSING_BOTH, INVALID_ANSWER};
        for (int a = 0; a < k; a++) {
            Map<String, Long> why = new LinkedHashMap<>();
            for (int r = 0; r < reasons.length; r++) {
                if (skipped[a][r] > 0) {
                    why.put(reasons[r], skipped[a][r]);
                }
            }
            perAttribute.put(cols.get(a).attribute(),
                    new IngestReport.AttributeIngest(used[a], asQ[a], why, importanceCounted[a]));
        }
        IngestReport report = new IngestReport(src, rowsRead, rowsUsed, rejected, perAttribute, layout.unused,
                warnings);
        return new KanoSurvey(tally, report, segments);
    }

    private static int skipReason(int f, int d) {
        if (f == AnswerScale.INVALID || d == AnswerScale.INVALID) {
            return 3;
        }
        if (f == AnswerScale.MISSING && d == AnswerScale.MISSING) {
            return 2;
        }
        return f == AnswerScale.MISSING ? 0 : 1;
    }

    /** An importance rating 0–100, MISSING or INVALID. */
    static int importance(String text) {
        String s = text.strip();
        if (AnswerScale.FIVE_POINT.level(s) == AnswerScale.MISSING) {
            return AnswerScale.MISSING;
        }
        if (s.matches("\\d{1,3}(\\.0+)?")) {
            int v = Integer.parseInt(s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
            return v <= AttributeTally.MAX_IMPORTANCE ? v : AnswerScale.INVALID;
        }
        return AnswerScale.INVALID;
    }

    private static boolean extrasBlank(CSVRecord rec, int width) {
        for (int i = width; i < rec.size(); i++) {
            if (!rec.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void reject(Map<String, Long> rejected, String reason) {
        rejected.merge(reason, 1L, Long::sum);
    }

    private static void noteInvalid(Map<Integer, Map<String, long[]>> invalid, int column, String value, long row) {
        Map<String, long[]> values = invalid.computeIfAbsent(column, c -> new LinkedHashMap<>());
        long[] seen = values.get(value);
        if (seen != null) {
            seen[0]++;
        } else if (values.size() < MAX_DISTINCT_INVALID) {
            values.put(value, new long[] {1, row});
        }
    }

    private static String listInvalid(Map<String, long[]> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((v, s) -> parts.add("\"" + v + "\" ×" + s[0] + " (first at row " + s[1] + ")"));
        return String.join(", ", parts) + (values.size() >= MAX_DISTINCT_INVALID ? ", …" : "");
    }

    private static String abbreviate(List<String> header) {
        String s = header.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…]" : s;
    }
}
