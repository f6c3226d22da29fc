package io.github.kano4j.io;

import io.github.kano4j.IngestReport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one ingest accounting every Kano reader uses: rows read, used and rejected by reason; per attribute the
 * pairs used, counted as Q and skipped by reason, and the importance ratings counted; unused columns and
 * warnings. {@link #report()} builds the {@link IngestReport}, which reconciles by construction when each row
 * is either {@link #rowUsed() used} or {@link #reject(Reason) rejected}.
 */
final class IngestAccounting {

    /** Why a row was rejected or a pair skipped; the label is what the ingest report prints. */
    enum Reason {
        /** A row with no answer at all. */
        NO_ANSWERS("no answers"),
        /** Answers present, but no pair complete (policy DROP_PAIR). */
        NO_COMPLETE_PAIR("no complete answer pair"),
        /** Fewer fields than the header. */
        TOO_FEW_FIELDS("fewer fields than the header"),
        /** More non-empty fields than the header. */
        TOO_MANY_FIELDS("more fields than the header"),
        /** The attribute name of a long or count row is blank. */
        ATTRIBUTE_MISSING("attribute name missing"),
        /** A pair-count row with count 0. */
        ZERO_COUNT("zero count"),
        /** The functional answer is missing. */
        MISSING_FUNCTIONAL("functional answer missing"),
        /** The dysfunctional answer is missing. */
        MISSING_DYSFUNCTIONAL("dysfunctional answer missing"),
        /** Both answers are missing. */
        MISSING_BOTH("both answers missing"),
        /** An answer is not one of the scale's codes or labels. */
        INVALID_ANSWER("unrecognised answer"),
        /** Respondent filter: more Questionable answers than allowed. */
        TOO_MANY_Q("more Questionable answers than allowed"),
        /** Respondent filter: more Indifferent answers than allowed. */
        TOO_MANY_I("more Indifferent answers than allowed"),
        /** Respondent filter: the same answer pair for every attribute. */
        STRAIGHT_LINE("identical answers to every question");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The text the ingest report prints. */
        String label() {
            return label;
        }

        /** Why an incomplete pair (a level below 0) was skipped. */
        static Reason ofPair(int functionalLevel, int dysfunctionalLevel) {
            if (functionalLevel == AnswerScale.INVALID || dysfunctionalLevel == AnswerScale.INVALID) {
                return INVALID_ANSWER;
            }
            if (functionalLevel < 0 && dysfunctionalLevel < 0) {
                return MISSING_BOTH;
            }
            return functionalLevel < 0 ? MISSING_FUNCTIONAL : MISSING_DYSFUNCTIONAL;
        }
    }

    /** The counters of one attribute. */
    static final class Attribute {
        long used;
        long countedAsQ;
        long importance;
        final Map<Reason, Long> skipped = new EnumMap<>(Reason.class);

        void skip(Reason reason, long n) {
            skipped.merge(reason, n, Long::sum);
        }
    }

    private final String source;
    private long rowsRead;
    private long rowsUsed;
    private final Map<String, Long> rejected = new LinkedHashMap<>();
    private final Map<String, Attribute> attributes = new LinkedHashMap<>();
    private final List<String> unused = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    IngestAccounting(String source) {
        this.source = source;
    }

    void rowRead() {
        rowsRead++;
    }

    void rowUsed() {
        rowsUsed++;
    }

    /** Moves {@code n} rows counted as used to rejected (a respondent filter decides after the rows were read). */
    void unuse(long n, Reason reason) {
        rowsUsed -= n;
        rejected.merge(reason.label(), n, Long::sum);
    }

    void reject(Reason reason) {
        rejected.merge(reason.label(), 1L, Long::sum);
    }

    /** The counters of an attribute, created (in first-seen order) on first use. */
    Attribute attribute(String name) {
        return attributes.computeIfAbsent(name, k -> new Attribute());
    }

    long rowsRead() {
        return rowsRead;
    }

    void unused(List<String> columns) {
        unused.addAll(columns);
    }

    void warn(String warning) {
        if (warning != null) {
            warnings.add(warning);
        }
    }

    /** Adds the counts of another accounting of the same file's next part (same attributes, same columns). */
    void absorb(IngestAccounting other) {
        rowsRead += other.rowsRead;
        rowsUsed += other.rowsUsed;
        other.rejected.forEach((why, n) -> rejected.merge(why, n, Long::sum));
        other.attributes.forEach((name, o) -> {
            Attribute a = attribute(name);
            a.used += o.used;
            a.countedAsQ += o.countedAsQ;
            a.importance += o.importance;
            o.skipped.forEach((why, n) -> a.skip(why, n));
        });
        warnings.addAll(other.warnings);
    }

    /** The report; adds the "no data rows" warning when nothing was read. */
    IngestReport report() {
        if (rowsRead == 0) {
            warnings.add("the file has a header but no data rows");
        }
        Map<String, IngestReport.AttributeIngest> perAttribute = new LinkedHashMap<>();
        attributes.forEach((name, a) -> {
            Map<String, Long> why = new LinkedHashMap<>();
            a.skipped.forEach((r, n) -> why.put(r.label(), n));
            perAttribute.put(name, new IngestReport.AttributeIngest(a.used, a.countedAsQ, why, a.importance));
        });
        return new IngestReport(source, rowsRead, rowsUsed, rejected, perAttribute, unused, warnings);
    }
}
