package io.github.kano4j.io;

import io.github.kano4j.Answer;
import io.github.kano4j.IngestReport;
import io.github.kano4j.internal.Check;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Kano answers from Java collections or streams of any type, with extractor functions. An extracted
 * answer may be an {@link Answer}, a numeric code (1–5, or 1–3 on the three-point table) or a label text;
 * {@code null} is missing. Missing and unrecognised answers follow the given policy (default: the pair is
 * dropped), and the ingest report accounts for every record, as with files.
 *
 * <pre>{@code
 * KanoSurvey s = KanoRecords.fromLong(rows, Row::attribute, Row::functional, Row::dysfunctional);
 * }</pre>
 */
public final class KanoRecords {
    private KanoRecords() {
    }

    /** One record per respondent × attribute; five-point answers, a missing or unrecognised answer drops the pair. */
    public static <T> KanoSurvey fromLong(Iterable<T> records, Function<T, String> attribute,
            Function<T, ?> functional, Function<T, ?> dysfunctional) {
        return fromLong(records, attribute, functional, dysfunctional, EvaluationTable.STANDARD,
                MissingAnswerPolicy.DROP_PAIR);
    }

    /**
     * One record per respondent × attribute, with the evaluation table whose scale parses the answers and the
     * missing-answer policy.
     */
    public static <T> KanoSurvey fromLong(Iterable<T> records, Function<T, String> attribute,
            Function<T, ?> functional, Function<T, ?> dysfunctional, EvaluationTable table,
            MissingAnswerPolicy policy) {
        return long0(records, attribute, functional, dysfunctional, null, table, policy);
    }

    /**
     * One record per respondent × attribute with the respondent's survey weight (docs/METHODS.md §7.6): shares,
     * Better/Worse and the category become weighted.
     *
     * @param weight the record's weight, positive and finite
     * @throws IllegalArgumentException naming the record for a weight that is not positive and finite
     */
    public static <T> KanoSurvey fromLongWeighted(Iterable<T> records, Function<T, String> attribute,
            Function<T, ?> functional, Function<T, ?> dysfunctional, ToDoubleFunction<T> weight, EvaluationTable table,
            MissingAnswerPolicy policy) {
        return long0(records, attribute, functional, dysfunctional, Check.notNull(weight, "weight"), table, policy);
    }

    private static <T> KanoSurvey long0(Iterable<T> records, Function<T, String> attribute,
            Function<T, ?> functional, Function<T, ?> dysfunctional, ToDoubleFunction<T> weight, EvaluationTable table,
            MissingAnswerPolicy policy) {
        Check.notNull(records, "records");
        Check.notNull(attribute, "attribute");
        Check.notNull(functional, "functional");
        Check.notNull(dysfunctional, "dysfunctional");
        Accounting acc = new Accounting(table, policy);
        long index = 0;
        for (T r : records) {
            index++;
            acc.weight = weight == null ? Double.NaN : weight(weight, r, index);
            acc.ingest.rowRead();
            String name = attribute.apply(r);
            if (name == null || name.isBlank()) {
                acc.ingest.reject(IngestAccounting.Reason.ATTRIBUTE_MISSING);
                continue;
            }
            if (acc.pair(name, functional.apply(r), dysfunctional.apply(r))) {
                acc.ingest.rowUsed();
            } else {
                acc.ingest.reject(IngestAccounting.Reason.NO_COMPLETE_PAIR);
            }
        }
        return acc.survey();
    }

    /** One record per respondent with an answer pair per named attribute; five-point answers, DROP_PAIR. */
    public static <T> KanoSurvey fromWide(Iterable<T> records, List<String> attributes,
            BiFunction<T, String, ?> functional, BiFunction<T, String, ?> dysfunctional) {
        return fromWide(records, attributes, functional, dysfunctional, EvaluationTable.STANDARD,
                MissingAnswerPolicy.DROP_PAIR);
    }

    /** One record per respondent with an answer pair per named attribute, with table and missing-answer policy. */
    public static <T> KanoSurvey fromWide(Iterable<T> records, List<String> attributes,
            BiFunction<T, String, ?> functional, BiFunction<T, String, ?> dysfunctional, EvaluationTable table,
            MissingAnswerPolicy policy) {
        return wide0(records, attributes, functional, dysfunctional, null, table, policy);
    }

    /**
     * One record per respondent with an answer pair per named attribute and the respondent's survey weight
     * (docs/METHODS.md §7.6).
     *
     * @throws IllegalArgumentException naming the record for a weight that is not positive and finite
     */
    public static <T> KanoSurvey fromWideWeighted(Iterable<T> records, List<String> attributes,
            BiFunction<T, String, ?> functional, BiFunction<T, String, ?> dysfunctional, ToDoubleFunction<T> weight,
            EvaluationTable table, MissingAnswerPolicy policy) {
        return wide0(records, attributes, functional, dysfunctional, Check.notNull(weight, "weight"), table, policy);
    }

    private static <T> KanoSurvey wide0(Iterable<T> records, List<String> attributes,
            BiFunction<T, String, ?> functional, BiFunction<T, String, ?> dysfunctional, ToDoubleFunction<T> weight,
            EvaluationTable table, MissingAnswerPolicy policy) {
        Check.notNull(records, "records");
        Check.notNull(attributes, "attributes");
        Check.notNull(functional, "functional");
        Check.notNull(dysfunctional, "dysfunctional");
        Accounting acc = new Accounting(table, policy);
        attributes.forEach(a -> {
            acc.tally.declare(a);
            acc.ingest.attribute(a);
        });
        long index = 0;
        for (T r : records) {
            index++;
            acc.weight = weight == null ? Double.NaN : weight(weight, r, index);
            acc.ingest.rowRead();
            boolean used = false;
            for (String a : attributes) {
                used |= acc.pair(a, functional.apply(r, a), dysfunctional.apply(r, a));
            }
            if (used) {
                acc.ingest.rowUsed();
            } else {
                acc.ingest.reject(IngestAccounting.Reason.NO_COMPLETE_PAIR);
            }
        }
        return acc.survey();
    }

    private static <T> double weight(ToDoubleFunction<T> weight, T record, long index) {
        double w = weight.applyAsDouble(record);
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("Record " + index + ": a respondent weight must be positive and finite, "
                    + "was " + w);
        }
        return w;
    }

    /** The level of an extracted answer, MISSING or INVALID. */
    static int level(Object value, AnswerScale scale) {
        if (value == null) {
            return AnswerScale.MISSING;
        }
        if (value instanceof Answer a) {
            return a.level() < scale.levels() ? a.level() : AnswerScale.INVALID;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && d >= 1 && d <= scale.levels() ? (int) d - 1 : AnswerScale.INVALID;
        }
        return scale.level(value.toString());
    }

    /** The tally of records being read, with the shared ingest accounting. */
    private static final class Accounting {
        final MissingAnswerPolicy policy;
        final AnswerScale scale;
        final KanoTally tally;
        final IngestAccounting ingest = new IngestAccounting("records");
        /** The current record's weight; NaN without weights. */
        double weight = Double.NaN;

        Accounting(EvaluationTable table, MissingAnswerPolicy policy) {
            Check.notNull(table, "table");
            this.policy = Check.notNull(policy, "policy");
            this.scale = AnswerScale.forTable(table);
            this.tally = KanoTally.create(table.levels());
        }

        /** Counts one pair; returns whether it was used (counted or counted as Q). */
        boolean pair(String attribute, Object functional, Object dysfunctional) {
            int f = level(functional, scale);
            int d = level(dysfunctional, scale);
            IngestAccounting.Attribute a = ingest.attribute(attribute);
            tally.declare(attribute);
            if (f >= 0 && d >= 0) {
                if (Double.isNaN(weight)) {
                    tally.acceptLevels(attribute, f, d);
                } else {
                    tally.acceptWeighted(attribute, f, d, weight);
                }
                a.used++;
                return true;
            }
            if (policy == MissingAnswerPolicy.FAIL) {
                throw new IllegalArgumentException("Attribute \"" + attribute + "\": " + (f < 0 ? "functional answer "
                        + functional : "dysfunctional answer " + dysfunctional) + " is missing or not recognised "
                        + "(policy fail); expected " + scale.expected());
            }
            if (policy == MissingAnswerPolicy.COUNT_AS_Q) {
                if (Double.isNaN(weight)) {
                    tally.declare(attribute).acceptQuestionable();
                } else {
                    tally.declare(attribute).acceptQuestionableWeighted(weight);
                }
                a.countedAsQ++;
                return true;
            }
            a.skip(IngestAccounting.Reason.ofPair(f, d), 1);
            return false;
        }

        KanoSurvey survey() {
            IngestReport report = ingest.report();
            // records are not a file: no "header but no data rows" warning
            return new KanoSurvey(tally, new IngestReport(report.source(), report.rowsRead(), report.rowsUsed(),
                    report.rowsRejected(), report.attributes(), List.of(), List.of()));
        }
    }
}
