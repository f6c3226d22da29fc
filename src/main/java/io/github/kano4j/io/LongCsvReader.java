package io.github.kano4j.io;

import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the long layout — one row per respondent × attribute: {@code respondent, attribute, functional,
 * dysfunctional[, importance][, segment columns]} — and pre-aggregated answer-pair counts
 * ({@code attribute, functional, dysfunctional, count}), what a data-warehouse {@code GROUP BY} produces.
 * Each row is one pair (or {@code count} identical pairs). Streams, except that respondent quality filters
 * need each respondent's answers together: with a filter on, pairs are kept per respondent until the end.
 */
final class LongCsvReader {
    private final ReadSettings settings;
    private final EvaluationTable table;
    private final AnswerScale answers;
    private final RespondentFilter filter;
    private final boolean reversed;
    private final List<String> segmentColumns;

    LongCsvReader(ReadSettings settings) {
        this.settings = settings;
        this.table = settings.table();
        this.answers = settings.answers();
        this.filter = settings.filter();
        this.reversed = settings.reversed();
        this.segmentColumns = settings.segments();
    }

    /** Column positions of the long layout; count −1 for respondent-level rows. */
    record Columns(int respondent, int attribute, int functional, int dysfunctional, int importance, int count) {
        static Columns of(List<String> header) {
            return new Columns(find(header, "respondent", "respondent_id", "id", "rid"),
                    find(header, "attribute", "feature", "item", "requirement"),
                    find(header, "functional", "f", "func", "functional_answer"),
                    find(header, "dysfunctional", "d", "dysfunc", "dysfunctional_answer"),
                    find(header, "importance", "imp", "self_stated_importance"),
                    find(header, "count", "n", "frequency", "freq", "respondents"));
        }
    }

    static int find(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            for (String n : names) {
                if (h.equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    KanoSurvey read(Iterator<CSVRecord> records, CSVParser parser, List<String> header, String src) {
        Pass pass = new Pass(header, src);
        while (CsvFiles.hasNext(records, parser, src)) {
            pass.row(records.next());
        }
        return pass.finish();
    }

    /** One pair of a respondent, held back until the respondent filter has seen all of them. */
    private record HeldPair(String attribute, int f, int d, int rating, String[] segments, double weight) {
    }

    /** One read of one file. */
    private final class Pass {
        private final List<String> header;
        private final String src;
        private final Columns c;
        private final boolean counts;
        private final int[] segmentIndex;
        private final MissingAnswerPolicy policy = settings.missing();
        private final KanoTally tally = KanoTally.create(table.levels());
        private final Map<String, Map<String, KanoTally>> segments = new LinkedHashMap<>();
        private final IngestAccounting accounting;
        private final Map<String, List<HeldPair>> byRespondent = new LinkedHashMap<>();
        private final DuplicateCounter duplicates = new DuplicateCounter();
        private long pairsRead;
        private final int groupIndex;
        /** The weight column, −1 without weights. */
        private final int weightIndex;
        private final Map<String, String> groups = new LinkedHashMap<>();

        Pass(List<String> header, String src) {
            this.header = header;
            this.src = src;
            this.c = Columns.of(header);
            if (c.attribute() < 0 || c.functional() < 0 || c.dysfunctional() < 0) {
                throw new KanoInputException(src, 1, null, null, "the long layout needs columns attribute, "
                        + "functional and dysfunctional; the header is " + header);
            }
            this.counts = c.count() >= 0;
            this.segmentIndex = new int[segmentColumns.size()];
            for (int g = 0; g < segmentIndex.length; g++) {
                segmentIndex[g] = find(header, segmentColumns.get(g).strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
                if (segmentIndex[g] < 0) {
                    throw new KanoInputException(src, 1, segmentColumns.get(g), null, "segment column not found in "
                            + "the header; expected one of " + header);
                }
            }
            segmentColumns.forEach(s -> segments.put(s, new LinkedHashMap<>()));
            this.accounting = new IngestAccounting(src);
            if (settings.weight().isPresent()) {
                if (counts) {
                    throw new KanoInputException(src, 1, settings.weight().get(), null, "respondent weights do not "
                            + "apply to pre-aggregated pair counts (a count is already a sum over respondents); weigh "
                            + "the counts before aggregating, or read respondent rows");
                }
                weightIndex = find(header, settings.weight().get().strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
                if (weightIndex < 0) {
                    throw new KanoInputException(src, 1, settings.weight().get(), null, "weight column not found; "
                            + "expected one of " + header);
                }
            } else {
                weightIndex = -1;
            }
            int g = find(header, GROUP_COLUMNS);
            this.groupIndex = g >= 0 && segmentColumns.stream().noneMatch(s -> s.strip().equalsIgnoreCase(header.get(g)
                    .strip())) ? g : -1;
        }

        /** The attribute's group from the group column: one group per attribute, or an error naming the row. */
        private void group(CSVRecord rec, String attribute) {
            if (groupIndex < 0) {
                return;
            }
            String g = rec.get(groupIndex).strip();
            if (g.isEmpty()) {
                return;
            }
            String before = groups.putIfAbsent(attribute, g);
            if (before != null && !before.equals(g)) {
                throw new KanoInputException(src, rec.getRecordNumber(), header.get(groupIndex), g, "attribute \""
                        + attribute + "\" was in group \"" + before + "\" on an earlier row; expected one group per "
                        + "attribute");
            }
        }

        /** Reads, checks and tallies (or holds back for the respondent filter) one row. */
        void row(CSVRecord rec) {
            accounting.rowRead();
            if (rec.size() < header.size()) {
                accounting.reject(IngestAccounting.Reason.TOO_FEW_FIELDS);
                return;
            }
            String attribute = rec.get(c.attribute()).strip();
            if (attribute.isEmpty()) {
                accounting.reject(IngestAccounting.Reason.ATTRIBUTE_MISSING);
                return;
            }
            IngestAccounting.Attribute counter = accounting.attribute(attribute);
            tally.declare(attribute);
            group(rec, attribute);
            long n = count(rec);
            if (n == 0) {
                accounting.reject(IngestAccounting.Reason.ZERO_COUNT);
                return;
            }
            pairsRead += n;
            String fv = rec.get(c.functional());
            String dv = rec.get(c.dysfunctional());
            int f = answers.level(fv);
            int d = reversed ? answers.reversedCodeLevel(dv) : answers.level(dv);
            if (f < 0 || d < 0) {
                if (policy == MissingAnswerPolicy.FAIL) {
                    boolean fBad = f < 0;
                    throw new KanoInputException(src, rec.getRecordNumber(), header.get(fBad ? c.functional()
                            : c.dysfunctional()), fBad ? fv : dv, ((fBad ? f : d) == AnswerScale.MISSING
                            ? "missing answer" : "not a recognised answer") + " (policy fail); expected "
                            + answers.expected());
                }
                IngestAccounting.Reason why = IngestAccounting.Reason.ofPair(f, d);
                if (why == IngestAccounting.Reason.INVALID_ANSWER || policy == MissingAnswerPolicy.DROP_PAIR) {
                    counter.skip(why, n);
                    accounting.reject(why);
                    return;
                }
            }
            accounting.rowUsed();
            String[] seg = segmentValues(rec);
            for (int g = 0; g < seg.length; g++) {
                Map<String, KanoTally> bySegment = segments.get(segmentColumns.get(g));
                if (bySegment.size() >= ReadSettings.MAX_SEGMENTS && !bySegment.containsKey(seg[g])) {
                    throw new KanoInputException(src, rec.getRecordNumber(), header.get(segmentIndex[g]), seg[g],
                            "more than " + ReadSettings.MAX_SEGMENTS + " distinct values in this segment column; "
                                    + "expected a few groups such as sites or customer tiers, not an identifier");
                }
            }
            int rating = c.importance() < 0 ? AnswerScale.MISSING : Cells.importance(rec.get(c.importance()));
            double weight = weightIndex < 0 ? Double.NaN : weight(rec);
            if (filter.isActive() && c.respondent() >= 0 && !counts) {
                String r = rec.get(c.respondent()).strip();
                byRespondent.computeIfAbsent(r, x -> new ArrayList<>()).add(new HeldPair(attribute, f, d, rating, seg,
                        weight));
                return;
            }
            if (c.respondent() >= 0 && !counts) {
                duplicates.add(rec.get(c.respondent()).strip() + "\u0000" + attribute);
            }
            try {
                accept(attribute, f, d, rating, n, seg, counter, weight);
            } catch (IllegalArgumentException e) {
                throw new KanoInputException(src, rec.getRecordNumber(), counts ? header.get(c.count()) : null,
                        counts ? rec.get(c.count()).strip() : null, e.getMessage());
            }
        }

        /** The number of identical pairs the row stands for: 1, or its count column. */
        private long count(CSVRecord rec) {
            if (!counts) {
                return 1;
            }
            String cv = rec.get(c.count()).strip();
            long n = parseCount(cv);
            if (n < 0) {
                throw new KanoInputException(src, rec.getRecordNumber(), header.get(c.count()), cv,
                        "not a pair count; expected a whole number >= 0");
            }
            return n;
        }

        private String[] segmentValues(CSVRecord rec) {
            String[] seg = new String[segmentIndex.length];
            for (int g = 0; g < seg.length; g++) {
                String v = rec.get(segmentIndex[g]).strip();
                seg[g] = v.isEmpty() ? "(missing)" : v;
            }
            return seg;
        }

        /** Applies the respondent filter to the held-back pairs, tallying the respondents it keeps. */
        private void filterRespondents() {
            for (Map.Entry<String, List<HeldPair>> e : byRespondent.entrySet()) {
                List<HeldPair> pairs = e.getValue();
                Category[] cats = new Category[pairs.size()];
                int[] fs = new int[pairs.size()];
                int[] ds = new int[pairs.size()];
                int valid = 0;
                for (HeldPair p : pairs) {
                    if (p.f() >= 0 && p.d() >= 0) {
                        fs[valid] = p.f();
                        ds[valid] = p.d();
                        cats[valid] = table.categoryOf(fs[valid], ds[valid]);
                        valid++;
                    }
                }
                IngestAccounting.Reason why = filter.reject(cats, fs, ds, valid);
                if (why != null) {
                    // the respondent's rows were counted as used; move them to rejected
                    accounting.unuse(pairs.size(), why);
                    continue;
                }
                for (HeldPair p : pairs) {
                    duplicates.add(e.getKey() + "\u0000" + p.attribute());
                    accept(p.attribute(), p.f(), p.d(), p.rating(), 1, p.segments(), accounting.attribute(p.attribute()),
                            p.weight());
                }
            }
        }

        /** A row's weight: a positive finite number, or the read stops naming the row, column and value. */
        private double weight(CSVRecord rec) {
            return CsvFiles.weight(rec.get(weightIndex), src, rec.getRecordNumber(), header.get(weightIndex));
        }

        private void accept(String attribute, int f, int d, int rating, long n, String[] seg,
                IngestAccounting.Attribute counter, double weight) {
            List<KanoTally> targets = new ArrayList<>();
            targets.add(tally);
            for (int g = 0; g < seg.length; g++) {
                targets.add(segments.get(segmentColumns.get(g)).computeIfAbsent(seg[g], x -> KanoTally.create(table.levels())));
            }
            for (KanoTally t : targets) {
                if (!Double.isNaN(weight)) { // one respondent row: n is 1
                    if (f >= 0 && d >= 0) {
                        if (rating >= 0) {
                            t.declare(attribute).acceptWeightedWithImportance(f, d, rating, weight);
                        } else {
                            t.declare(attribute).acceptWeighted(f, d, weight);
                        }
                    } else {
                        t.declare(attribute).acceptQuestionableWeighted(weight);
                    }
                } else if (f >= 0 && d >= 0) {
                    if (n == 1 && rating >= 0) {
                        t.declare(attribute).acceptLevelsWithImportance(f, d, rating);
                    } else {
                        t.declare(attribute).acceptLevels(f, d, n);
                    }
                } else {
                    t.declare(attribute).acceptQuestionable(n);
                }
            }
            if (f >= 0 && d >= 0) {
                counter.used += n;
            } else {
                counter.countedAsQ += n;
            }
        }

        KanoSurvey finish() {
            filterRespondents();
            long dup = duplicates.duplicates();
            if (dup > 0) {
                accounting.warn(dup + " rows repeat a respondent-attribute pair (rows kept; check for double "
                        + "submissions)");
            }
            if (filter.isActive() && (c.respondent() < 0 || counts)) {
                accounting.warn("respondent quality filters need a respondent column and one row per answer pair; "
                        + "not applied");
            }
            accounting.warn(CsvFiles.threePointWarning(tally, table));
            tally.attributes().forEach((name, t) -> accounting.attribute(name).importance = t.importanceCount());
            IngestReport report = accounting.report();
            if (counts) {
                List<String> warnings = new ArrayList<>(report.warnings());
                warnings.add("pre-aggregated pair counts: " + pairsRead + " answer pairs in " + report.rowsRead()
                        + " rows");
                report = new IngestReport(report.source(), report.rowsRead(), report.rowsUsed(), report.rowsRejected(),
                        report.attributes(), report.unusedColumns(), warnings);
            }
            return new KanoSurvey(tally, report, segments, Map.of(), groups);
        }
    }

    /** Names of a long file's group column (department, dimension), compared as lower-case snake_case. */
    static final String[] GROUP_COLUMNS = {"group", "attribute_group", "dimension", "department", "分组", "分組", "维度",
        "維度", "部门", "部門"};

    private static long parseCount(String s) {
        try {
            double v = Double.parseDouble(s);
            return v >= 0 && v == Math.rint(v) && v < 1e15 ? (long) v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
