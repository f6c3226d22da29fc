package io.github.kano4j.io;

import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.io.AnswerScale;
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
        Columns c = Columns.of(header);
        if (c.attribute() < 0 || c.functional() < 0 || c.dysfunctional() < 0) {
            throw new KanoInputException(src, 1, null, null, "the long layout needs columns attribute, functional and "
                    + "dysfunctional; the header is " + header);
        }
        boolean counts = c.count() >= 0;
        int[] segmentIndex = new int[segmentColumns.size()];
        for (int g = 0; g < segmentIndex.length; g++) {
            segmentIndex[g] = find(header, segmentColumns.get(g).strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
            if (segmentIndex[g] < 0) {
                throw new KanoInputException(src, 1, segmentColumns.get(g), null, "segment column not found in the "
                        + "header; expected one of " + header);
            }
        }
        MissingAnswerPolicy policy = settings.missing();
        KanoTally tally = KanoTally.create();
        Map<String, Map<String, KanoTally>> segments = new LinkedHashMap<>();
        segmentColumns.forEach(s -> segments.put(s, new LinkedHashMap<>()));
        Map<String, Long> rejected = new LinkedHashMap<>();
        Map<String, long[]> perAttribute = new LinkedHashMap<>(); // used, asQ, missing f, missing d, both, invalid
        List<String> warnings = new ArrayList<>();
        Map<String, List<long[]>> byRespondent = new LinkedHashMap<>();
        Map<String, List<String[]>> segmentOfRespondent = new LinkedHashMap<>();
        DuplicateCounter duplicates = new DuplicateCounter();
        long rowsRead = 0;
        long rowsUsed = 0;
        long pairsRead = 0;
        while (CsvFiles.hasNext(records, parser, src)) {
            CSVRecord rec = records.next();
            rowsRead++;
            if (rec.size() < header.size()) {
                reject(rejected, WideCsvReader.TOO_FEW_FIELDS);
                continue;
            }
            String attribute = rec.get(c.attribute()).strip();
            if (attribute.isEmpty()) {
                reject(rejected, "attribute name missing");
                continue;
            }
            long[] acc = perAttribute.computeIfAbsent(attribute, a -> new long[6]);
            tally.declare(attribute);
            long n = 1;
            if (counts) {
                String cv = rec.get(c.count()).strip();
                n = parseCount(cv);
                if (n < 0) {
                    throw new KanoInputException(src, rec.getRecordNumber(), header.get(c.count()), cv,
                            "not a pair count; expected a whole number >= 0");
                }
                if (n == 0) {
                    reject(rejected, "zero count");
                    continue;
                }
            }
            pairsRead += n;
            String fv = rec.get(c.functional());
            String dv = rec.get(c.dysfunctional());
            int f = answers.level(fv);
            int d = reversed ? answers.reversedCodeLevel(dv) : answers.level(dv);
            String[] seg = new String[segmentIndex.length];
            for (int g = 0; g < seg.length; g++) {
                String v = rec.get(segmentIndex[g]).strip();
                seg[g] = v.isEmpty() ? "(missing)" : v;
            }
            int rating = c.importance() < 0 ? AnswerScale.MISSING : WideCsvReader.importance(rec.get(c.importance()));
            if (f < 0 || d < 0) {
                if (policy == MissingAnswerPolicy.FAIL) {
                    boolean fBad = f < 0;
                    throw new KanoInputException(src, rec.getRecordNumber(), header.get(fBad ? c.functional()
                            : c.dysfunctional()), fBad ? fv : dv, ((fBad ? f : d) == AnswerScale.MISSING ? "missing answer"
                            : "not a recognised answer") + " (policy fail); expected " + answers.expected());
                }
                if (f == AnswerScale.INVALID || d == AnswerScale.INVALID) {
                    acc[5] += n;
                    reject(rejected, WideCsvReader.INVALID_ANSWER);
                    continue;
                }
                if (policy == MissingAnswerPolicy.DROP_PAIR) {
                    acc[f < 0 && d < 0 ? 4 : f < 0 ? 2 : 3] += n;
                    reject(rejected, f < 0 && d < 0 ? WideCsvReader.MISSING_BOTH : f < 0
                            ? WideCsvReader.MISSING_FUNCTIONAL : WideCsvReader.MISSING_DYSFUNCTIONAL);
                    continue;
                }
            }
            rowsUsed++;
            if (filter.isActive() && c.respondent() >= 0 && !counts) {
                String r = rec.get(c.respondent()).strip();
                byRespondent.computeIfAbsent(r, x -> new ArrayList<>()).add(new long[] {
                    attributeIndex(perAttribute, attribute), f, d, rating});
                segmentOfRespondent.computeIfAbsent(r, x -> new ArrayList<>()).add(seg);
                continue;
            }
            if (c.respondent() >= 0 && !counts) {
                duplicates.add(rec.get(c.respondent()).strip() + "\u0000" + attribute);
            }
            accept(tally, segments, attribute, f, d, rating, n, seg, acc);
        }
        if (!byRespondent.isEmpty()) {
            List<String> names = new ArrayList<>(perAttribute.keySet());
            for (Map.Entry<String, List<long[]>> e : byRespondent.entrySet()) {
                List<long[]> pairs = e.getValue();
                Category[] cats = new Category[pairs.size()];
                int[] fs = new int[pairs.size()];
                int[] ds = new int[pairs.size()];
                int valid = 0;
                for (long[] p : pairs) {
                    if (p[1] >= 0 && p[2] >= 0) {
                        fs[valid] = (int) p[1];
                        ds[valid] = (int) p[2];
                        cats[valid] = table.categoryOf(fs[valid], ds[valid]);
                        valid++;
                    }
                }
                String why = filter.reject(cats, fs, ds, valid);
                if (why != null) {
                    // the respondent's rows were counted as used; move them to rejected
                    rowsUsed -= pairs.size();
                    rejected.merge(why, (long) pairs.size(), Long::sum);
                    continue;
                }
                List<String[]> segs = segmentOfRespondent.get(e.getKey());
                for (int i = 0; i < pairs.size(); i++) {
                    long[] p = pairs.get(i);
                    String attribute = names.get((int) p[0]);
                    duplicates.add(e.getKey() + "\u0000" + attribute);
                    accept(tally, segments, attribute, (int) p[1], (int) p[2], (int) p[3], 1, segs.get(i),
                            perAttribute.get(attribute));
                }
            }
        }
        long dup = duplicates.duplicates();
        if (dup > 0) {
            warnings.add(dup + " rows repeat a respondent-attribute pair (rows kept; check for double submissions)");
        }
        if (filter.isActive() && (c.respondent() < 0 || counts)) {
            warnings.add("respondent quality filters need a respondent column and one row per answer pair; not applied");
        }
        String scaleWarning = CsvFiles.threePointWarning(tally, table);
        if (scaleWarning != null) {
            warnings.add(scaleWarning);
        }
        if (rowsRead == 0) {
            warnings.add("the file has a header but no data rows");
        }
        Map<String, IngestReport.AttributeIngest> report = new LinkedHashMap<>();
        perAttribute.forEach((a, v) -> {
            Map<String, Long> skipped = new LinkedHashMap<>();
            String[] reasons = {WideCsvReader.MISSING_FUNCTIONAL, WideCsvReader.MISSING_DYSFUNCTIONAL,
                WideCsvReader.MISSING_BOTH, WideCsvReader.INVALID_ANSWER};
            for (int r = 0; r < 4; r++) {
                if (v[r + 2] > 0) {
                    skipped.put(reasons[r], v[r + 2]);
                }
            }
            report.put(a, new IngestReport.AttributeIngest(v[0], v[1], skipped, tally.declare(a).importanceCount()));
        });
        if (counts) {
            warnings.add("pre-aggregated pair counts: " + pairsRead + " answer pairs in " + rowsRead + " rows");
        }
        IngestReport ingest = new IngestReport(src, rowsRead, rowsUsed, rejected, report, List.of(), warnings);
        return new KanoSurvey(tally, ingest, segments);
    }

    private static long attributeIndex(Map<String, long[]> perAttribute, String attribute) {
        int i = 0;
        for (String k : perAttribute.keySet()) {
            if (k.equals(attribute)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private void accept(KanoTally tally, Map<String, Map<String, KanoTally>> segments, String attribute, int f, int d,
            int rating, long n, String[] seg, long[] acc) {
        List<KanoTally> targets = new ArrayList<>();
        targets.add(tally);
        for (int g = 0; g < seg.length; g++) {
            targets.add(segments.get(segmentColumns.get(g)).computeIfAbsent(seg[g], x -> KanoTally.create()));
        }
        for (KanoTally t : targets) {
            if (f >= 0 && d >= 0) {
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
            acc[0] += n;
        } else {
            acc[1] += n;
        }
    }

    private static void reject(Map<String, Long> rejected, String reason) {
        rejected.merge(reason, 1L, Long::sum);
    }

    private static long parseCount(String s) {
        try {
            double v = Double.parseDouble(s);
            return v >= 0 && v == Math.rint(v) && v < 1e15 ? (long) v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
