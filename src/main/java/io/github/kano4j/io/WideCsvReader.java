package io.github.kano4j.io;

import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.AttributeTally;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;
import io.github.kano4j.stats.Raking;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
    private static final int MAX_DISTINCT_INVALID = 20;

    private final ReadSettings settings;

    WideCsvReader(ReadSettings settings) {
        this.settings = settings;
    }

    /** Reads the records after a parsed header. */
    KanoSurvey read(Iterator<CSVRecord> records, CSVParser parser, List<String> header, String src) {
        Pass pass = new Pass(header, src);
        RecordFields row = new RecordFields();
        while (CsvFiles.hasNext(records, parser, src)) {
            row.record = records.next();
            pass.row(row);
        }
        return pass.finish();
    }

    /** commons-csv's record as {@link Fields}. */
    private static final class RecordFields implements Fields {
        private CSVRecord record;

        @Override
        public long row() {
            return record.getRecordNumber();
        }

        @Override
        public int size() {
            return record.size();
        }

        @Override
        public String get(int column) {
            return record.get(column);
        }
    }

    /** One read of one file: the header's layout, the tallies and the accounting. */
    final class Pass {
        private final List<String> header;
        private final String src;
        private final AnswerScale answers = settings.answers();
        private final MissingAnswerPolicy policy = settings.missing();
        private final EvaluationTable table = settings.table();
        private final List<WideHeader.Columns> cols;
        private final int k;
        private final int idIndex;
        private final int[] segmentIndex;
        /** The weight column, −1 without one. */
        private final int weightIndex;
        /** Whether rows carry weights: from the weight column, or raked before this pass. */
        private final boolean weighted;
        private final DuplicateCounter ids = new DuplicateCounter();
        private final KanoTally tally = KanoTally.create(table.levels());
        private final AttributeTally[] tallies;
        private final Map<String, Map<String, KanoTally>> segments = new LinkedHashMap<>();
        private final List<Map<String, AttributeTally[]>> segmentTallies = new ArrayList<>();
        /**
         * Unweighted rows without importance ratings count their segments in compact blocks (one array per segment
         * value), so thousands of segments stay small and a row touches one array per segment column.
         */
        private final boolean compact;
        private final List<CompactSegments> compactSegments = new ArrayList<>();
        /** The row's block per segment column (compact counting). */
        private final CompactSegments.Block[] blocks;
        private final AttributeTally[][] targets;
        private final IngestAccounting.Attribute[] counters;
        private final IngestAccounting accounting;
        private final long[] validByColumn;
        private final long[] invalidByColumn;
        private final Map<Integer, Map<String, long[]>> invalid = new LinkedHashMap<>();
        private long invalidImportance;
        private final int[] fl;
        private final int[] dl;
        private final FieldCodes functionalCodes;
        private final FieldCodes dysfunctionalCodes;
        private final FieldCodes importanceCodes = new FieldCodes(Cells::importance);

        Pass(List<String> header, String src) {
            this.header = header;
            this.src = src;
            WideHeader layout = settings.pairs().isEmpty() ? new WideHeader(header)
                    : WideHeader.explicit(header, settings.pairArrays(), src);
            this.idIndex = idColumn(header);
            this.segmentIndex = segmentColumns(header, layout);
            this.weightIndex = weightColumn(header, layout);
            this.weighted = weightIndex >= 0 || !settings.rowWeights().isEmpty();
            for (Raking.Margin m : settings.margins()) {
                for (int c = 0; c < header.size(); c++) {
                    if (header.get(c).strip().equalsIgnoreCase(m.variable())) {
                        String prefix = "\"" + header.get(c).strip() + "\" (column " + (c + 1) + ")";
                        layout.unused.removeIf(u -> u.startsWith(prefix));
                        layout.unused.add(prefix + ": raking variable");
                    }
                }
            }
            if (layout.attributes.isEmpty()) {
                throw new KanoInputException(src, 1, null, null, "no functional/dysfunctional column pairs in the "
                        + "header " + abbreviate(header) + "; expected names such as <attribute>_functional and "
                        + "<attribute>_dysfunctional, <attribute>_f and <attribute>_d, or F1 and D1");
            }
            this.cols = layout.attributes;
            this.k = cols.size();
            this.accounting = new IngestAccounting(src);
            accounting.unused(layout.unused);
            this.tallies = new AttributeTally[k];
            this.counters = new IngestAccounting.Attribute[k];
            for (int a = 0; a < k; a++) {
                tallies[a] = tally.declare(cols.get(a).attribute());
                counters[a] = accounting.attribute(cols.get(a).attribute());
            }
            this.compact = !weighted && cols.stream().allMatch(c -> c.importance() < 0);
            List<String> attributeNames = cols.stream().map(WideHeader.Columns::attribute).toList();
            for (String column : settings.segments()) {
                if (compact) {
                    CompactSegments blocksOfColumn = new CompactSegments(attributeNames, table.levels());
                    compactSegments.add(blocksOfColumn);
                    segments.put(column, blocksOfColumn);
                } else {
                    segments.put(column, new LinkedHashMap<>());
                }
                segmentTallies.add(new LinkedHashMap<>());
            }
            this.blocks = new CompactSegments.Block[compact ? segmentIndex.length : 0];
            this.targets = new AttributeTally[compact ? 1 : 1 + segmentIndex.length][];
            this.validByColumn = new long[header.size()];
            this.invalidByColumn = new long[header.size()];
            this.fl = new int[k];
            this.dl = new int[k];
            this.functionalCodes = new FieldCodes(answers::level);
            this.dysfunctionalCodes = settings.reversed() ? new FieldCodes(answers::reversedCodeLevel)
                    : new FieldCodes(answers::level);
        }

        private int idColumn(List<String> header) {
            for (int c = 0; c < header.size(); c++) {
                if (CsvFiles.ID_COLUMNS.contains(header.get(c).strip().toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
            return -1;
        }

        private int[] segmentColumns(List<String> header, WideHeader layout) {
            List<String> names = settings.segments();
            int[] index = new int[names.size()];
            for (int g = 0; g < index.length; g++) {
                index[g] = -1;
                for (int c = 0; c < header.size() && index[g] < 0; c++) {
                    if (header.get(c).strip().equalsIgnoreCase(names.get(g).strip())) {
                        index[g] = c;
                    }
                }
                if (index[g] < 0) {
                    throw new KanoInputException(src, 1, names.get(g), null, "segment column not found in the "
                            + "header; expected one of " + abbreviate(header));
                }
                String prefix = "\"" + header.get(index[g]).strip() + "\" (column " + (index[g] + 1) + ")";
                layout.unused.removeIf(u -> u.startsWith(prefix));
            }
            return index;
        }

        /** The weight column named by the settings (reported as such, not as unused), or −1. */
        private int weightColumn(List<String> header, WideHeader layout) {
            if (settings.weight().isEmpty()) {
                return -1;
            }
            String name = settings.weight().get();
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).strip().equalsIgnoreCase(name)) {
                    String prefix = "\"" + header.get(c).strip() + "\" (column " + (c + 1) + ")";
                    layout.unused.removeIf(u -> u.startsWith(prefix));
                    layout.unused.add(prefix + ": respondent weight");
                    return c;
                }
            }
            throw new KanoInputException(src, 1, name, null, "weight column not found in the header; expected one of "
                    + abbreviate(header));
        }

        /**
         * The row's weight: raked before this pass, or read from the weight column — a positive finite number, or
         * the read stops naming the row, column and value.
         */
        private double weight(Fields rec) {
            if (!settings.rowWeights().isEmpty()) {
                Double raked = settings.rowWeights().get(rec.row());
                if (raked == null) {
                    throw new KanoInputException(src, rec.row(), null, null, "no raked weight for this row");
                }
                return raked;
            }
            return CsvFiles.weight(rec.get(weightIndex), src, rec.row(), header.get(weightIndex));
        }

        /** Reads, checks and tallies one data row. */
        void row(Fields rec) {
            accounting.rowRead();
            int size = rec.size();
            int width = header.size();
            if (size < width) {
                boolean blank = size == 1 && rec.blank(0);
                if (blank && policy == MissingAnswerPolicy.FAIL) {
                    throw new KanoInputException(src, rec.row(), null, null, "the row has no answers "
                            + "(policy fail); expected an answer pair for every attribute");
                }
                accounting.reject(blank ? IngestAccounting.Reason.NO_ANSWERS : IngestAccounting.Reason.TOO_FEW_FIELDS);
                return;
            }
            if (size > width && !extrasBlank(rec, width)) {
                accounting.reject(IngestAccounting.Reason.TOO_MANY_FIELDS);
                return;
            }
            boolean anyAnswer = parseAnswers(rec);
            if (anyAnswer && settings.filter().isActive()) {
                IngestAccounting.Reason why = filtered();
                if (why != null) {
                    accounting.reject(why);
                    return;
                }
            }
            if (idIndex >= 0 && anyAnswer) {
                rec.addId(idIndex, ids);
            }
            if (!anyAnswer) {
                accounting.reject(IngestAccounting.Reason.NO_ANSWERS);
                return;
            }
            if (!completePairOrQ()) {
                for (int a = 0; a < k; a++) {
                    counters[a].skip(IngestAccounting.Reason.ofPair(fl[a], dl[a]), 1);
                }
                accounting.reject(IngestAccounting.Reason.NO_COMPLETE_PAIR);
                return;
            }
            double w = weighted ? weight(rec) : Double.NaN;
            accounting.rowUsed();
            selectTargets(rec);
            for (int a = 0; a < k; a++) {
                tallyPair(rec, a, w);
            }
            for (CompactSegments.Block block : blocks) {
                block.endRow();
            }
        }

        /** Parses every answer of the row into fl/dl; returns whether any answer was given. */
        private boolean parseAnswers(Fields rec) {
            boolean anyAnswer = false;
            for (int a = 0; a < k; a++) {
                WideHeader.Columns c = cols.get(a);
                int f = rec.code(c.functional(), functionalCodes);
                int d = rec.code(c.dysfunctional(), dysfunctionalCodes);
                fl[a] = f;
                dl[a] = d;
                if (f >= 0) {
                    validByColumn[c.functional()]++;
                }
                if (d >= 0) {
                    validByColumn[c.dysfunctional()]++;
                }
                anyAnswer |= f != AnswerScale.MISSING || d != AnswerScale.MISSING;
                if (f >= 0 && d >= 0) {
                    continue;
                }
                if (policy == MissingAnswerPolicy.FAIL) {
                    int bad = f < 0 ? c.functional() : c.dysfunctional();
                    throw new KanoInputException(src, rec.row(), header.get(bad), rec.get(bad),
                            ((f < 0 ? f : d) == AnswerScale.MISSING ? "missing answer" : "not a recognised answer")
                                    + " (policy fail); expected " + answers.expected());
                }
                if (f == AnswerScale.INVALID) {
                    invalidByColumn[c.functional()]++;
                    noteInvalid(invalid, c.functional(), rec.get(c.functional()), rec.row());
                }
                if (d == AnswerScale.INVALID) {
                    invalidByColumn[c.dysfunctional()]++;
                    noteInvalid(invalid, c.dysfunctional(), rec.get(c.dysfunctional()), rec.row());
                }
            }
            return anyAnswer;
        }

        /** The respondent filter's verdict on the row's complete pairs. */
        private IngestAccounting.Reason filtered() {
            Category[] categories = new Category[k];
            int[] f = new int[k];
            int[] d = new int[k];
            int valid = 0;
            for (int a = 0; a < k; a++) {
                if (fl[a] >= 0 && dl[a] >= 0) {
                    f[valid] = fl[a];
                    d[valid] = dl[a];
                    categories[valid] = table.categoryOf(Math.min(fl[a], table.levels() - 1),
                            Math.min(dl[a], table.levels() - 1));
                    valid++;
                }
            }
            return settings.filter().reject(categories, f, d, valid);
        }

        private boolean completePairOrQ() {
            if (policy == MissingAnswerPolicy.COUNT_AS_Q) {
                return true;
            }
            for (int a = 0; a < k; a++) {
                if (fl[a] >= 0 && dl[a] >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** The tallies this row counts in: the whole survey and one per segment column. */
        private void selectTargets(Fields rec) {
            targets[0] = tallies;
            for (int g = 0; g < segmentIndex.length; g++) {
                String value = rec.get(segmentIndex[g]).strip();
                String key = value.isEmpty() ? "(missing)" : value;
                Map<String, KanoTally> bySegment = segments.get(settings.segments().get(g));
                if (bySegment.size() >= ReadSettings.MAX_SEGMENTS && !bySegment.containsKey(key)) {
                    throw new KanoInputException(src, rec.row(), header.get(segmentIndex[g]), value,
                            "more than " + ReadSettings.MAX_SEGMENTS + " distinct values in this segment column; "
                                    + "expected a few groups such as sites or customer tiers, not an identifier");
                }
                if (compact) {
                    blocks[g] = compactSegments.get(g).block(key);
                    blocks[g].startRow();
                    continue;
                }
                targets[g + 1] = segmentTallies.get(g).computeIfAbsent(key, v -> {
                    KanoTally t = KanoTally.create(table.levels());
                    bySegment.put(v, t);
                    AttributeTally[] arr = new AttributeTally[k];
                    for (int a = 0; a < k; a++) {
                        arr[a] = t.declare(cols.get(a).attribute());
                    }
                    return arr;
                });
            }
        }

        /**
         * Counts attribute a of a used row: the pair (with its importance rating), or Q, or a skip; with the
         * respondent's weight {@code w} (NaN without weights).
         */
        private void tallyPair(Fields rec, int a, double w) {
            int f = fl[a];
            int d = dl[a];
            int rating = importanceOf(rec, a);
            boolean weighted = !Double.isNaN(w);
            if (f >= 0 && d >= 0) {
                for (AttributeTally[] target : targets) {
                    if (weighted) {
                        if (rating >= 0) {
                            target[a].acceptWeightedWithImportance(f, d, rating, w);
                        } else {
                            target[a].acceptWeighted(f, d, w);
                        }
                    } else if (rating >= 0) {
                        target[a].acceptLevelsWithImportance(f, d, rating);
                    } else {
                        target[a].acceptLevels(f, d);
                    }
                }
                for (CompactSegments.Block block : blocks) {
                    block.add(a, f * AttributeTally.LEVELS + d);
                }
                counters[a].used++;
                return;
            }
            for (AttributeTally[] target : targets) {
                if (rating >= 0) {
                    target[a].acceptImportance(rating);
                }
                if (policy == MissingAnswerPolicy.COUNT_AS_Q) {
                    if (weighted) {
                        target[a].acceptQuestionableWeighted(w);
                    } else {
                        target[a].acceptQuestionable();
                    }
                }
            }
            if (policy == MissingAnswerPolicy.COUNT_AS_Q) {
                for (CompactSegments.Block block : blocks) {
                    block.add(a, CompactSegments.QUESTIONABLE);
                }
                counters[a].countedAsQ++;
            } else {
                counters[a].skip(IngestAccounting.Reason.ofPair(f, d), 1);
            }
        }

        /** The importance rating of attribute a in the row, MISSING when there is none. */
        private int importanceOf(Fields rec, int a) {
            int ic = cols.get(a).importance();
            if (ic < 0) {
                return AnswerScale.MISSING;
            }
            int rating = rec.code(ic, importanceCodes);
            if (rating == AnswerScale.INVALID) {
                if (policy == MissingAnswerPolicy.FAIL) {
                    throw new KanoInputException(src, rec.row(), header.get(ic), rec.get(ic),
                            "not an importance rating; expected an integer 0-100");
                }
                invalidImportance++;
                noteInvalid(invalid, ic, rec.get(ic), rec.row());
            } else if (rating >= 0) {
                counters[a].importance++;
            }
            return rating;
        }

        /**
         * Adds the rows of a pass over the next part of the same file (same header), as if this pass had read
         * them: counts and tallies add, first-seen orders continue, the other part's row numbers move past this
         * part's rows. Returns false when the merge cannot be exact — more distinct unrecognised values than are
         * listed, or more segments than allowed — and the file must be read in one pass.
         */
        boolean absorb(Pass other) {
            long offset = accounting.rowsRead();
            for (Map.Entry<Integer, Map<String, long[]>> e : other.invalid.entrySet()) {
                Map<String, long[]> mine = invalid.computeIfAbsent(e.getKey(), c -> new LinkedHashMap<>());
                if (mine.size() >= MAX_DISTINCT_INVALID || e.getValue().size() >= MAX_DISTINCT_INVALID) {
                    return false;
                }
                e.getValue().forEach((value, seen) -> {
                    long[] at = mine.get(value);
                    if (at != null) {
                        at[0] += seen[0];
                    } else {
                        mine.put(value, new long[] {seen[0], seen[1] + offset});
                    }
                });
                if (mine.size() >= MAX_DISTINCT_INVALID) {
                    return false;
                }
            }
            for (int g = 0; g < compactSegments.size(); g++) {
                compactSegments.get(g).absorb(other.compactSegments.get(g));
                if (compactSegments.get(g).size() > ReadSettings.MAX_SEGMENTS) {
                    return false;
                }
            }
            for (String column : compact ? List.<String>of() : settings.segments()) {
                Map<String, KanoTally> bySegment = segments.get(column);
                other.segments.get(column).forEach((value, t) -> {
                    KanoTally known = bySegment.get(value);
                    if (known == null) {
                        bySegment.put(value, t);
                    } else {
                        known.combine(t);
                    }
                });
                if (bySegment.size() > ReadSettings.MAX_SEGMENTS) {
                    return false;
                }
            }
            accounting.absorb(other.accounting);
            tally.combine(other.tally);
            for (int c = 0; c < validByColumn.length; c++) {
                validByColumn[c] += other.validByColumn[c];
                invalidByColumn[c] += other.invalidByColumn[c];
            }
            invalidImportance += other.invalidImportance;
            ids.addAll(other.ids);
            return true;
        }

        /** Checks the unrecognised values, adds the warnings and builds the survey. */
        KanoSurvey finish() {
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
                if (!importanceColumn && invalidByColumn[column] > validByColumn[column]) {
                    String first = e.getValue().keySet().iterator().next();
                    throw new KanoInputException(src, e.getValue().get(first)[1], header.get(column), first,
                            "most answers in this column (" + invalidByColumn[column] + " of "
                                    + (invalidByColumn[column] + validByColumn[column]) + ") are not recognised: "
                                    + listing + "; expected " + answers.expected() + "; add your wording with a "
                                    + "label file (AnswerScale.withLabelsFrom) or fix the column");
                }
                accounting.warn("column \"" + header.get(column) + "\": unrecognised "
                        + (importanceColumn ? "importance ratings" : "answers") + " " + listing
                        + (importanceColumn ? " (not counted)" : " (pairs handled by policy "
                                + policy.name().toLowerCase(Locale.ROOT) + ")"));
            }
            if (invalidImportance > 0 && invalid.isEmpty()) {
                accounting.warn(invalidImportance + " importance ratings were not integers 0-100 and were not counted");
            }
            long duplicates = idIndex < 0 ? 0 : ids.duplicates();
            if (duplicates > 0) {
                accounting.warn(duplicates + " rows repeat a respondent id of column \""
                        + header.get(idIndex).strip() + "\" (rows kept; check for double submissions)");
            }
            accounting.warn(CsvFiles.threePointWarning(tally, table));
            return new KanoSurvey(tally, accounting.report(), segments);
        }
    }

    private static boolean extrasBlank(Fields rec, int width) {
        for (int i = width; i < rec.size(); i++) {
            if (!rec.blank(i)) {
                return false;
            }
        }
        return true;
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
