package io.github.kano4j.io;

import io.github.kano4j.Answer;
import io.github.kano4j.IngestReport;
import io.github.kano4j.io.AnswerScale;
import io.github.kano4j.internal.Check;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

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
        Check.notNull(records, "records");
        Accounting acc = new Accounting(table, policy);
        for (T r : records) {
            acc.rowsRead++;
            String name = attribute.apply(r);
            if (name == null || name.isBlank()) {
                acc.reject("attribute name missing");
                continue;
            }
            if (acc.pair(name, functional.apply(r), dysfunctional.apply(r))) {
                acc.rowsUsed++;
            } else {
                acc.reject("no complete answer pair");
            }
        }
        return acc.survey("records");
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
        Check.notNull(records, "records");
        Check.notNull(attributes, "attributes");
        Accounting acc = new Accounting(table, policy);
        attributes.forEach(a -> acc.tally.declare(a));
        for (T r : records) {
            acc.rowsRead++;
            boolean used = false;
            for (String a : attributes) {
                used |= acc.pair(a, functional.apply(r, a), dysfunctional.apply(r, a));
            }
            if (used) {
                acc.rowsUsed++;
            } else {
                acc.reject("no complete answer pair");
            }
        }
        return acc.survey("records");
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

    private static final class Accounting {
        final EvaluationTable table;
        final MissingAnswerPolicy policy;
        final AnswerScale scale;
        final KanoTally tally = KanoTally.create();
        final Map<String, Long> rejected = new LinkedHashMap<>();
        final Map<String, long[]> perAttribute = new LinkedHashMap<>();
        long rowsRead;
        long rowsUsed;

        Accounting(EvaluationTable table, MissingAnswerPolicy policy) {
            this.table = Check.notNull(table, "table");
            this.policy = Check.notNull(policy, "policy");
            this.scale = AnswerScale.forTable(table);
        }

        /** Counts one pair; returns whether it was used (counted or counted as Q). */
        boolean pair(String attribute, Object functional, Object dysfunctional) {
            int f = level(functional, scale);
            int d = level(dysfunctional, scale);
            long[] a = perAttribute.computeIfAbsent(attribute, x -> new long[6]);
            tally.declare(attribute);
            if (f >= 0 && d >= 0) {
                tally.acceptLevels(attribute, f, d);
                a[0]++;
                return true;
            }
            if (policy == MissingAnswerPolicy.FAIL) {
                throw new IllegalArgumentException("Attribute \"" + attribute + "\": " + (f < 0 ? "functional answer "
                        + functional : "dysfunctional answer " + dysfunctional) + " is missing or not recognised "
                        + "(policy fail); expected " + scale.expected());
            }
            if (policy == MissingAnswerPolicy.COUNT_AS_Q) {
                tally.declare(attribute).acceptQuestionable();
                a[1]++;
                return true;
            }
            a[f == AnswerScale.INVALID || d == AnswerScale.INVALID ? 5 : f < 0 && d < 0 ? 4 : f < 0 ? 2 : 3]++;
            return false;
        }

        void reject(String reason) {
            rejected.merge(reason, 1L, Long::sum);
        }

        KanoSurvey survey(String source) {
            Map<String, IngestReport.AttributeIngest> report = new LinkedHashMap<>();
            String[] reasons = {WideCsvReader.MISSING_FUNCTIONAL, WideCsvReader.MISSING_DYSFUNCTIONAL,
                WideCsvReader.MISSING_BOTH, WideCsvReader.INVALID_ANSWER};
            perAttribute.forEach((name, v) -> {
                Map<String, Long> skipped = new LinkedHashMap<>();
                for (int r = 0; r < 4; r++) {
                    if (v[r + 2] > 0) {
                        skipped.put(reasons[r], v[r + 2]);
                    }
                }
                report.put(name, new IngestReport.AttributeIngest(v[0], v[1], skipped, 0));
            });
            return new KanoSurvey(tally, new IngestReport(source, rowsRead, rowsUsed, rejected, report, List.of(),
                    List.of()));
        }
    }
}
