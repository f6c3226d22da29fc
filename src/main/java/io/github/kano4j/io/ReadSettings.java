package io.github.kano4j.io;

import io.github.kano4j.internal.Check;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;
import io.github.kano4j.stats.Raking;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of a Kano survey read, in one immutable value that is copied in one place and passed whole to
 * each layout reader — so no wither can drop another's setting (the column-pairs bug of 0.1.0).
 *
 * @param layout   the layout, or AUTO to detect it from the header
 * @param table    the evaluation table; its answer scale (five- or three-point) parses the answers
 * @param missing  what a missing or unrecognised answer does
 * @param scale    a custom answer scale instead of the table's
 * @param charset  the file encoding
 * @param filter   respondent quality filters
 * @param reversed numeric dysfunctional codes run 1 = dislike … 5 = like
 * @param segments segment columns tallied separately
 * @param pairs    explicit column pairs: attribute → functional, dysfunctional[, importance] column
 * @param sheet    the sheet of an Excel workbook to read; empty for the first
 * @param weight   the column of the respondents' weights; empty for none
 * @param margins  population margins to rake the weights to (empty for none)
 * @param trim     the raking's lower and upper trim, multiples of the mean weight (NaN for none)
 * @param rowWeights the raked weight of each data row by file row number (computed before the tally pass)
 */
record ReadSettings(Layout layout, EvaluationTable table, MissingAnswerPolicy missing,
        Optional<AnswerScale> scale, Charset charset, RespondentFilter filter, boolean reversed, List<String> segments,
        Map<String, List<String>> pairs, Optional<String> sheet, Optional<String> weight, List<Raking.Margin> margins,
        double[] trim, Map<Long, Double> rowWeights) {

    /** The most distinct values a segment column may hold: segments are groups (sites, tiers), not ids. */
    static final int MAX_SEGMENTS = 10_000;

    static final ReadSettings DEFAULTS = new ReadSettings(Layout.AUTO, EvaluationTable.STANDARD,
            MissingAnswerPolicy.DROP_PAIR, Optional.empty(), StandardCharsets.UTF_8, RespondentFilter.NONE, false,
            List.of(), Map.of(), Optional.empty(), Optional.empty(), List.of(), new double[] {Double.NaN, Double.NaN},
            Map.of());

    ReadSettings {
        Check.notNull(layout, "layout");
        Check.notNull(table, "table");
        Check.notNull(missing, "missing");
        Check.notNull(scale, "scale");
        Check.notNull(charset, "charset");
        Check.notNull(filter, "filter");
        Check.notNull(sheet, "sheet");
        Check.notNull(weight, "weight");
        segments = List.copyOf(segments);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        pairs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        pairs = Collections.unmodifiableMap(copy);
    }

    /** The scale that parses answers: the custom one, or the evaluation table's. */
    AnswerScale answers() {
        return scale.orElseGet(() -> AnswerScale.forTable(table));
    }

    ReadSettings withLayout(Layout v) {
        return new ReadSettings(v, table, missing, scale, charset, filter, reversed, segments, pairs, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withTable(EvaluationTable v) {
        return new ReadSettings(layout, v, missing, scale, charset, filter, reversed, segments, pairs, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withMissing(MissingAnswerPolicy v) {
        return new ReadSettings(layout, table, v, scale, charset, filter, reversed, segments, pairs, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withScale(AnswerScale v) {
        return new ReadSettings(layout, table, missing, Optional.of(Check.notNull(v, "scale")), charset, filter,
                reversed, segments, pairs, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withCharset(Charset v) {
        return new ReadSettings(layout, table, missing, scale, v, filter, reversed, segments, pairs, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withFilter(RespondentFilter v) {
        return new ReadSettings(layout, table, missing, scale, charset, v, reversed, segments, pairs, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withReversed(boolean v) {
        return new ReadSettings(layout, table, missing, scale, charset, filter, v, segments, pairs, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withSegments(List<String> v) {
        return new ReadSettings(layout, table, missing, scale, charset, filter, reversed, v, pairs, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withPairs(Map<String, List<String>> v) {
        return new ReadSettings(layout, table, missing, scale, charset, filter, reversed, segments, v, sheet, weight, margins, trim, rowWeights);
    }

    ReadSettings withSheet(String v) {
        return new ReadSettings(layout, table, missing, scale, charset, filter, reversed, segments, pairs,
                Optional.of(Check.notNull(v, "sheet")), weight, margins, trim, rowWeights);
    }

    /** The explicit pairs as arrays, for the header matcher. */
    Map<String, String[]> pairArrays() {
        Map<String, String[]> out = new LinkedHashMap<>();
        pairs.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
        return out;
    }

    ReadSettings withWeight(String v) {
        return new ReadSettings(layout, table, missing, scale, charset, filter, reversed, segments, pairs, sheet,
                Optional.of(v), margins, trim, rowWeights);
    }

    ReadSettings withRaking(List<Raking.Margin> m, double lower, double upper) {
        return new ReadSettings(layout, table, missing, scale, charset, filter, reversed, segments, pairs, sheet, weight,
                List.copyOf(m), new double[] {lower, upper}, rowWeights);
    }

    ReadSettings withRowWeights(Map<Long, Double> w) {
        return new ReadSettings(layout, table, missing, scale, charset, filter, reversed, segments, pairs, sheet, weight,
                margins, trim, Map.copyOf(w));
    }
}
