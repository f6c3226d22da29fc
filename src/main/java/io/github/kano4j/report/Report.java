package io.github.kano4j.report;

import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.internal.Hant;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.Questionnaire;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.satisfaction.GapAnalysis;
import io.github.kano4j.satisfaction.GapComparison;
import io.github.kano4j.satisfaction.PlanTracking;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionComparison;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every output of kano4j behind one entry, overloaded per result type: {@link #csv tidy CSV},
 * {@link #markdown Markdown}, {@link #html self-contained HTML} (inline CSS and SVG, no scripts, no external
 * resources) and {@link #svg SVG charts}. Results never render themselves; their {@code toString()} is the
 * aligned text table.
 *
 * <p>Text from the input (attribute names, segment values) is escaped in HTML, SVG and Markdown, and CSV cells
 * that a spreadsheet would run as a formula are neutralised with a leading apostrophe (docs/METHODS.md §10).
 * CSV numbers are printed at full precision with {@code Double.toString}; NaN is an empty cell.
 */
public final class Report {
    /** The columns of {@link #csv(KanoAnalysis)}, in order (lowercase snake_case; stable across releases). */
    public static final List<String> KANO_CSV_COLUMNS = KanoCsv.COLUMNS;
    /** The columns of {@link #csv(SatisfactionAnalysis)}, in order. */
    public static final List<String> SATISFACTION_CSV_COLUMNS = SatisfactionCsv.COLUMNS;
    /** The columns of {@link #csv(AllocationPlan)}, in order. */
    public static final List<String> ALLOCATION_CSV_COLUMNS = AllocationCsv.COLUMNS;

    /** Whether CSV text cells are neutralised against spreadsheet formulas (the default) or kept verbatim. */
    public enum CsvCells {
        /**
         * A text cell starting with {@code = + - @}, their full-width forms, a tab or a carriage return gets a
         * leading apostrophe, so a spreadsheet shows it instead of running it; control and bidirectional-override
         * characters are written as escapes such as <code>&#92;u001B</code>.
         */
        NEUTRALISED,
        /** Cells exactly as the names were read, for machine consumers that never open the file in a spreadsheet. */
        VERBATIM
    }

    private Report() {
    }

    /** The tidy CSV of a Kano analysis: a header and one row per attribute, {@code \n} line ends. */
    public static String csv(KanoAnalysis analysis) {
        Check.notNull(analysis, "analysis");
        return KanoCsv.toCsv(analysis, false);
    }

    /** The tidy CSV of a Kano analysis with text cells neutralised or verbatim. */
    public static String csv(KanoAnalysis analysis, CsvCells cells) {
        Check.notNull(analysis, "analysis");
        Check.notNull(cells, "cells");
        return KanoCsv.toCsv(analysis, cells == CsvCells.VERBATIM);
    }

    /**
     * The tidy CSV of a Kano analysis with one extra block of rows per segment comparison: a row per attribute
     * and segment, with the segment test's statistic, p-value and Holm-adjusted p-value.
     */
    public static String csv(KanoAnalysis analysis, List<SegmentComparison> comparisons) {
        Check.notNull(analysis, "analysis");
        Check.notNull(comparisons, "comparisons");
        return KanoCsv.toCsv(analysis, comparisons, false, Language.EN);
    }

    /** As {@link #csv(KanoAnalysis, List)} with text cells neutralised or verbatim. */
    public static String csv(KanoAnalysis analysis, List<SegmentComparison> comparisons, CsvCells cells) {
        return csv(analysis, comparisons, cells, Language.EN);
    }

    /**
     * As {@link #csv(KanoAnalysis, List, CsvCells)} with the {@code category_name} column in a language (e.g.
     * 必备属性 (M)); column names stay English.
     */
    public static String csv(KanoAnalysis analysis, List<SegmentComparison> comparisons, CsvCells cells,
            Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(comparisons, "comparisons");
        Check.notNull(cells, "cells");
        Check.notNull(language, "language");
        return KanoCsv.toCsv(analysis, comparisons, cells == CsvCells.VERBATIM, language);
    }

    /**
     * Writes the CSV of {@link #csv(KanoAnalysis, List, CsvCells, Language)} to {@code out} as it is made — for a
     * comparison of thousands of segments, whose rows are made on all cores a few hundred segments at a time and
     * never held whole. The same characters as the returned text.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void csv(KanoAnalysis analysis, List<SegmentComparison> comparisons, CsvCells cells,
            Language language, Appendable out) throws IOException {
        Check.notNull(analysis, "analysis");
        Check.notNull(comparisons, "comparisons");
        Check.notNull(cells, "cells");
        Check.notNull(language, "language");
        Check.notNull(out, "out");
        KanoCsv.write(out, analysis, comparisons, cells == CsvCells.VERBATIM, language);
    }

    /** The tidy CSV of a satisfaction-survey analysis: one row per attribute. */
    public static String csv(SatisfactionAnalysis analysis) {
        Check.notNull(analysis, "analysis");
        return SatisfactionCsv.toCsv(analysis, false, Language.EN);
    }

    /** The tidy CSV of a satisfaction-survey analysis with text cells neutralised or verbatim. */
    public static String csv(SatisfactionAnalysis analysis, CsvCells cells) {
        return csv(analysis, cells, Language.EN);
    }

    /** As {@link #csv(SatisfactionAnalysis, CsvCells)} with the {@code factor_type_name} column in a language. */
    public static String csv(SatisfactionAnalysis analysis, CsvCells cells, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(cells, "cells");
        Check.notNull(language, "language");
        return SatisfactionCsv.toCsv(analysis, cells == CsvCells.VERBATIM, language);
    }

    /** The tidy CSV of an allocation plan: one row per attribute. */
    public static String csv(AllocationPlan plan) {
        Check.notNull(plan, "plan");
        return AllocationCsv.csv(plan, false);
    }

    /** The tidy CSV of an allocation plan with text cells neutralised or verbatim. */
    public static String csv(AllocationPlan plan, CsvCells cells) {
        Check.notNull(plan, "plan");
        Check.notNull(cells, "cells");
        return AllocationCsv.csv(plan, cells == CsvCells.VERBATIM);
    }

    /**
     * The results of a Kano analysis as JSON for pipelines: an array with one object per attribute, with every
     * field of {@link #csv(KanoAnalysis)}, numbers as numbers and NaN as {@code null}.
     */
    public static String json(KanoAnalysis analysis) {
        Check.notNull(analysis, "analysis");
        return Json.fromCsv(KanoCsv.toCsv(analysis, true));
    }

    /** As {@link #json(KanoAnalysis)}, with one object per attribute and segment for segment comparisons. */
    public static String json(KanoAnalysis analysis, List<SegmentComparison> comparisons) {
        return json(analysis, comparisons, Language.EN);
    }

    /** As {@link #json(KanoAnalysis, List)} with {@code category_name} in a language. */
    public static String json(KanoAnalysis analysis, List<SegmentComparison> comparisons, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(comparisons, "comparisons");
        Check.notNull(language, "language");
        return Json.fromCsv(KanoCsv.toCsv(analysis, comparisons, true, language));
    }

    /** The factor types of a satisfaction survey as JSON (the fields of {@link #csv(SatisfactionAnalysis)}). */
    public static String json(SatisfactionAnalysis analysis) {
        return json(analysis, Language.EN);
    }

    /** As {@link #json(SatisfactionAnalysis)} with {@code factor_type_name} in a language. */
    public static String json(SatisfactionAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return Json.fromCsv(SatisfactionCsv.toCsv(analysis, true, language));
    }

    /** The allocation decisions as JSON (the fields of {@link #csv(AllocationPlan)}). */
    public static String json(AllocationPlan plan) {
        Check.notNull(plan, "plan");
        return Json.fromCsv(AllocationCsv.csv(plan, true));
    }

    /**
     * A Kano analysis as an Excel workbook ({@code .xlsx} bytes): a sheet "results" with the fields of
     * {@link #csv(KanoAnalysis, List)} (numbers as numbers), a sheet "ingest" with the ingest report, and a sheet
     * "provenance" with the options. Needs the optional dependency {@code org.dhatim:fastexcel}.
     *
     * @throws UnsupportedOperationException naming the artifact when it is missing
     */
    public static byte[] xlsx(KanoAnalysis analysis, List<SegmentComparison> comparisons) {
        return xlsx(analysis, comparisons, Language.EN);
    }

    /**
     * As {@link #xlsx(KanoAnalysis, List)} in a language: {@code category_name} and the ingest report translated
     * (sheet and column names stay English, as in CSV).
     */
    public static byte[] xlsx(KanoAnalysis analysis, List<SegmentComparison> comparisons, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(comparisons, "comparisons");
        Check.notNull(language, "language");
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("results", KanoCsv.toCsv(analysis, comparisons, true, language));
        analysis.ingest().ifPresent(r -> sheets.put("ingest", Xlsx.lines("ingest report", r.text(language))));
        sheets.put("provenance", Xlsx.lines("provenance", "options: " + analysis.options().provenance()));
        return Xlsx.of(sheets);
    }

    /** A satisfaction analysis as a workbook: sheets "factor types", "ingest" and "provenance" (see above). */
    public static byte[] xlsx(SatisfactionAnalysis analysis) {
        return xlsx(analysis, Language.EN);
    }

    /** As {@link #xlsx(SatisfactionAnalysis)} in a language ({@code factor_type_name} and the ingest report). */
    public static byte[] xlsx(SatisfactionAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("factor types", SatisfactionCsv.toCsv(analysis, true, language));
        sheets.put("ingest", Xlsx.lines("ingest report", analysis.report().text(language)));
        sheets.put("provenance", Xlsx.lines("provenance", "options: " + analysis.options().provenance()));
        return Xlsx.of(sheets);
    }

    /**
     * An allocation plan as a workbook for managers: a sheet "decisions" (the fields of {@link #csv(AllocationPlan)}),
     * then "kano results" and "factor types" for the analyses it was made from (each may be absent), and "ingest"
     * with the ingest reports of every input.
     */
    public static byte[] xlsx(AllocationPlan plan, Optional<KanoAnalysis> kano, Optional<SatisfactionAnalysis>
            satisfaction, List<IngestReport> ingest) {
        Check.notNull(plan, "plan");
        Check.notNull(kano, "kano");
        Check.notNull(satisfaction, "satisfaction");
        Check.argument(Check.notNull(ingest, "ingest").stream().noneMatch(r -> r == null),
                "The parameter 'ingest' must not hold null.");
        Map<String, String> sheets = new LinkedHashMap<>();
        Language l = plan.options().language();
        sheets.put("decisions", AllocationCsv.csv(plan, true));
        kano.ifPresent(k -> sheets.put("kano results", KanoCsv.toCsv(k, List.of(), true, l)));
        satisfaction.ifPresent(x -> sheets.put("factor types", SatisfactionCsv.toCsv(x, true, l)));
        StringBuilder reports = new StringBuilder();
        ingest.forEach(r -> reports.append(r.text(l)));
        sheets.put("ingest", Xlsx.lines("ingest report", reports.toString()));
        return Xlsx.of(sheets);
    }

    /**
     * A questionnaire as CSV: {@code number, attribute, role, question, answers} (the answers joined with
     * {@code " | "}), for survey tools that import a question list.
     */
    public static String csv(Questionnaire questionnaire) {
        Check.notNull(questionnaire, "questionnaire");
        return table(p -> {
            p.printRecord("number", "attribute", "role", "question", "answers");
            for (Questionnaire.Question q : questionnaire.questions()) {
                p.printRecord(q.number(), q.attribute(), q.role().name().toLowerCase(Locale.ROOT), q.text(),
                        String.join(" | ", q.answers()));
            }
        });
    }

    /** A questionnaire as Markdown: numbered questions, each with its answers as a list. */
    public static String markdown(Questionnaire questionnaire) {
        Check.notNull(questionnaire, "questionnaire");
        StringBuilder sb = new StringBuilder();
        for (Questionnaire.Question q : questionnaire.questions()) {
            sb.append(q.number()).append(". ").append(Html.markdownCell(q.text())).append('\n');
            q.answers().forEach(a -> sb.append("   - ").append(Html.markdownCell(a)).append('\n'));
        }
        return sb.toString();
    }

    /** A questionnaire as an HTML page to print or send: numbered questions with their answers. */
    public static String html(Questionnaire questionnaire) {
        Check.notNull(questionnaire, "questionnaire");
        Language lang = questionnaire.language();
        StringBuilder sb = new StringBuilder("<ol>\n");
        for (Questionnaire.Question q : questionnaire.questions()) {
            sb.append("<li><p>").append(Html.escape(q.text())).append("</p><ul class=\"summary\">");
            q.answers().forEach(a -> sb.append("<li>&#9675; ").append(Html.escape(a)).append("</li>"));
            sb.append("</ul></li>\n");
        }
        return Html.page(Html.say(lang, "Kano questionnaire", "Kano 问卷"), sb.append("</ol>\n").toString(),
                lang.tag());
    }

    /**
     * Expectation–perception gaps as CSV: {@code attribute, n, excluded, perception_mean, expectation_mean, gap,
     * gap_lower, gap_upper, negative_share, negative_share_lower, negative_share_upper} and, when the zone of
     * tolerance was measured, {@code msa, mss, below_adequate_share, within_zone_share, above_desired_share,
     * adequate_mean, desired_mean}; then {@code group, importance, importance_weight, weighted_gap, level, n_eff,
     * category, reading} (the Kano category or factor type's analogue and {@link GapAnalysis.Reading}, when given)
     * ({@code n_eff} is Kish's effective sample size of weighted respondents, n without weights). Rows
     * are attributes ({@code level} = attribute, by dimension when there are groups), then one row per dimension
     * ({@code level} = dimension: {@code attribute} and {@code group} name it, {@code n} counts its attributes,
     * {@code gap} is their mean gap and {@code weighted_gap} the sum of their weighted gaps). NaN is an empty cell.
     */
    public static String csv(GapAnalysis gaps) {
        Check.notNull(gaps, "gaps");
        boolean zone = gaps.results().stream().anyMatch(r -> !Double.isNaN(r.msa()));
        return table(p -> gapRows(p, gaps, zone, List.of(), a -> List.of()));
    }

    /**
     * Expectation–perception gaps by segment as CSV: the columns of {@link #csv(GapAnalysis)} for each segment's
     * rows, then {@code segment_column, segment, q, q_df, q_p, q_p_holm} (Cochran's Q of the attribute's gaps across
     * segments and its Holm-adjusted p-value; empty on dimension rows).
     */
    public static String csv(GapComparison comparison) {
        Check.notNull(comparison, "comparison");
        boolean zone = comparison.segments().values().stream().flatMap(g -> g.results().stream())
                .anyMatch(r -> !Double.isNaN(r.msa()));
        Map<String, GapComparison.AttributeTest> tests = new LinkedHashMap<>();
        comparison.tests().forEach(t -> tests.put(t.attribute(), t));
        return table(p -> {
            boolean first = true;
            for (Map.Entry<String, GapAnalysis> e : comparison.segments().entrySet()) {
                gapRows(p, e.getValue(), zone, first ? List.of("segment_column", "segment", "q", "q_df", "q_p",
                        "q_p_holm") : null, attribute -> {
                            GapComparison.AttributeTest t = tests.get(attribute);
                            return List.of(KanoCsv.text(comparison.column(), false), KanoCsv.text(e.getKey(), false),
                                    t == null ? "" : KanoCsv.num(t.chiSquare()), t == null ? "" : Integer.toString(t.df()),
                                    t == null ? "" : KanoCsv.num(t.p()), t == null ? "" : KanoCsv.num(t.holmP()));
                        });
                first = false;
            }
        });
    }

    /**
     * The rows of one gap analysis: the header first when {@code extraHeader} is not null (followed by those names),
     * then the attributes and the dimensions, each followed by {@code extra}'s cells for the attribute (dimension
     * rows get as many empty cells).
     */
    private static void gapRows(CSVPrinter p, GapAnalysis gaps, boolean zone, List<String> extraHeader,
            java.util.function.Function<String, List<Object>> extra) throws IOException {
        if (extraHeader != null) {
            List<Object> header = new ArrayList<>(List.of("attribute", "n", "excluded", "perception_mean",
                    "expectation_mean", "gap", "gap_lower", "gap_upper", "negative_share", "negative_share_lower",
                    "negative_share_upper"));
            if (zone) {
                header.addAll(List.of("msa", "mss", "below_adequate_share", "within_zone_share", "above_desired_share",
                        "adequate_mean", "desired_mean"));
            }
            header.addAll(List.of("group", "importance", "importance_weight", "weighted_gap", "level", "n_eff",
                    "category", "reading"));
            header.addAll(extraHeader);
            p.printRecord(header);
        }
        int extraWidth = -1;
        for (GapAnalysis.GapResult r : Groups.ordered(gaps.results(), GapAnalysis.GapResult::attribute,
                gaps.groups())) {
            List<Object> row = new ArrayList<>(List.of(KanoCsv.text(r.attribute(), false), r.n(), r.excluded(),
                    KanoCsv.num(r.perceptionMean()), KanoCsv.num(r.expectationMean()), KanoCsv.num(r.gap()),
                    KanoCsv.num(r.gapInterval().lower()), KanoCsv.num(r.gapInterval().upper()),
                    KanoCsv.num(r.negativeShare()), KanoCsv.num(r.negativeInterval().lower()),
                    KanoCsv.num(r.negativeInterval().upper())));
            if (zone) {
                for (double v : new double[] {r.msa(), r.mss(), r.belowAdequate(), r.withinZone(), r.aboveDesired(),
                    r.adequateMean(), r.desiredMean()}) {
                    row.add(KanoCsv.num(v));
                }
            }
            Double imp = gaps.importance().get(r.attribute());
            row.addAll(List.of(KanoCsv.text(gaps.groups().getOrDefault(r.attribute(), ""), false),
                    imp == null ? "" : KanoCsv.num(imp), KanoCsv.num(gaps.importanceWeight(r.attribute())),
                    KanoCsv.num(gaps.weightedGap(r.attribute())), "attribute", KanoCsv.num(r.effectiveN()),
                    Optional.ofNullable(gaps.categories().get(r.attribute())).map(Category::letter).orElse(""),
                    gaps.reading(r.attribute()).map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("")));
            List<Object> more = extra.apply(r.attribute());
            extraWidth = more.size();
            row.addAll(more);
            p.printRecord(row);
        }
        for (GapAnalysis.DimensionGap d : gaps.dimensions()) {
            List<Object> row = new ArrayList<>();
            row.add(KanoCsv.text(d.dimension(), false));
            row.add(d.attributes().size());
            row.addAll(List.of("", "", "", KanoCsv.num(d.meanGap()), "", "", "", "", ""));
            if (zone) {
                row.addAll(List.of("", "", "", "", "", "", ""));
            }
            row.addAll(List.of(KanoCsv.text(d.dimension(), false), "", "", KanoCsv.num(d.weightedGap()),
                    "dimension", "", "", ""));
            for (int k = 0; k < Math.max(0, extraWidth); k++) {
                row.add("");
            }
            p.printRecord(row);
        }
    }



    /**
     * Satisfaction by segment as CSV, one row per attribute and segment: {@code attribute, segment_column, segment,
     * n, factor_type, penalty, penalty_se, reward, reward_se, chi_square, df, p, p_holm, type_drift}.
     */
    public static String csv(SatisfactionComparison comparison) {
        Check.notNull(comparison, "comparison");
        return table(p -> {
            p.printRecord("attribute", "segment_column", "segment", "n", "factor_type", "penalty", "penalty_se",
                    "reward", "reward_se", "chi_square", "df", "p", "p_holm", "type_drift");
            for (SatisfactionComparison.AttributeTest t : comparison.tests()) {
                for (String segment : t.types().keySet()) {
                    long n = comparison.segments().get(segment).result(t.attribute()).map(r -> r.n()).orElse(0L);
                    p.printRecord(t.attribute(), comparison.column(), segment, n,
                            t.types().get(segment).name().toLowerCase(Locale.ROOT), t.penalties().get(segment)
                                    .estimate(), t.penalties().get(segment).se(), t.rewards().get(segment).estimate(),
                            t.rewards().get(segment).se(), t.chiSquare(), t.df(), t.p(), t.holmP(), t.typeDrift());
                }
            }
        });
    }

    /**
     * A saved plan measured again as CSV: {@code attribute, boundary, metric, op, value, then, n, now, now_lower,
     * now_upper, status}.
     */
    public static String csv(PlanTracking tracking) {
        Check.notNull(tracking, "tracking");
        return table(p -> {
            p.printRecord("attribute", "boundary", "metric", "op", "value", "then", "n", "now", "now_lower",
                    "now_upper", "status");
            for (PlanTracking.Result r : tracking.checks()) {
                PlanTracking.Goal g = r.goal();
                p.printRecord(g.attribute(), g.kind(), g.metric(), g.op(), g.value(), g.then(), r.n(), r.now(),
                        r.interval().lower(), r.interval().upper(), r.status().name().toLowerCase(Locale.ROOT));
            }
        });
    }

    /** Expectation–perception gaps as a Markdown table with the dimensions, in English. */
    public static String markdown(GapAnalysis gaps) {
        return markdown(gaps, Language.EN);
    }

    /** Expectation–perception gaps as a Markdown table with the dimensions, in a language. */
    public static String markdown(GapAnalysis gaps, Language language) {
        Check.notNull(gaps, "gaps");
        Check.notNull(language, "language");
        return GapReport.markdown(gaps, language);
    }

    /** A self-contained HTML page of the gaps: table, dimensions, gap chart, ingest report; in English. */
    public static String html(GapAnalysis gaps) {
        return html(gaps, Language.EN);
    }

    /** A self-contained HTML page of the gaps in a language. */
    public static String html(GapAnalysis gaps, Language language) {
        Check.notNull(gaps, "gaps");
        Check.notNull(language, "language");
        return GapReport.html(gaps, language);
    }

    /** Gaps by segment as JSON (the fields of {@link #csv(GapComparison)}). */
    public static String json(GapComparison comparison) {
        return Json.fromCsv(csv(comparison));
    }

    /** Expectation–perception gaps as JSON (the fields of {@link #csv(GapAnalysis)}). */
    public static String json(GapAnalysis gaps) {
        return Json.fromCsv(csv(gaps));
    }

    /** The rows a body prints. */
    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    /** CSV text: RFC 4180 with LF line ends, as the printer writes it. */
    private static String table(Rows rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            rows.print(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** A Markdown table of a Kano analysis with the flags' meanings and a provenance line, in English. */
    public static String markdown(KanoAnalysis analysis) {
        return markdown(analysis, Language.EN);
    }

    /**
     * A Markdown table of a Kano analysis in a language (headings, category names, Fong's verdict, the flags'
     * meanings); option names and flag codes stay as written in code.
     */
    public static String markdown(KanoAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return KanoReport.markdown(analysis, language);
    }

    /** A Markdown table of a satisfaction-survey analysis with a provenance line, in English. */
    public static String markdown(SatisfactionAnalysis analysis) {
        return markdown(analysis, Language.EN);
    }

    /** A Markdown table of a satisfaction-survey analysis in a language (headings and factor types). */
    public static String markdown(SatisfactionAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return SatisfactionReport.markdown(analysis, language);
    }

    /** A Markdown table of an allocation plan, its sentences, the budget split and the provenance. */
    public static String markdown(AllocationPlan plan) {
        Check.notNull(plan, "plan");
        return AllocationReport.markdown(plan);
    }

    /** A self-contained HTML page of a Kano analysis: table and charts, in English. */
    public static String html(KanoAnalysis analysis) {
        return html(analysis, Language.EN);
    }

    /**
     * A self-contained HTML page of a Kano analysis in a language: {@code lang} on the page, headings, table,
     * chart titles, axes, legends and descriptions, the flags' meanings and the ingest report.
     */
    public static String html(KanoAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return KanoReport.html(analysis, language);
    }

    /** A self-contained HTML page of a satisfaction-survey analysis: table and charts, in English. */
    public static String html(SatisfactionAnalysis analysis) {
        return html(analysis, Language.EN);
    }

    /** A self-contained HTML page of a satisfaction-survey analysis in a language (as {@link #html(KanoAnalysis, Language)}). */
    public static String html(SatisfactionAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return SatisfactionReport.html(analysis, language);
    }

    /** A self-contained HTML page of an allocation plan. */
    public static String html(AllocationPlan plan) {
        Check.notNull(plan, "plan");
        return AllocationReport.html(plan);
    }

    /**
     * One HTML page for a manager: the summary first (what to fix first, improve, hold, cut or remove, the budget
     * split), then the decisions with their boundaries, the charts, the statistics, a glossary, and provenance and
     * ingest reports last.
     */
    public static String html(KanoAnalysis kano, AllocationPlan plan) {
        Check.notNull(kano, "kano");
        Check.notNull(plan, "plan");
        Language l = plan.options().language();
        return Html.page(title(plan), managerPage(plan, KanoReport.charts(kano, l), kanoHeading(plan)
                + KanoReport.table(kano, l), KanoReport.provenance(kano, l)), lang(plan));
    }

    /** One HTML page for a manager from a satisfaction survey and the plan (order as {@link #html(KanoAnalysis, AllocationPlan)}). */
    public static String html(SatisfactionAnalysis satisfaction, AllocationPlan plan) {
        Check.notNull(satisfaction, "satisfaction");
        Check.notNull(plan, "plan");
        Language l = plan.options().language();
        return Html.page(title(plan), managerPage(plan, SatisfactionReport.charts(satisfaction, l),
                factorHeading(plan) + SatisfactionReport.note(l)
                        + SatisfactionReport.table(satisfaction, l), SatisfactionReport.provenance(satisfaction, l)),
                lang(plan));
    }

    /** One HTML page for a manager from both analyses and the plan (order as {@link #html(KanoAnalysis, AllocationPlan)}). */
    public static String html(KanoAnalysis kano, SatisfactionAnalysis satisfaction, AllocationPlan plan) {
        Check.notNull(kano, "kano");
        Check.notNull(satisfaction, "satisfaction");
        Check.notNull(plan, "plan");
        return Html.page(title(plan), managerBody(kano, satisfaction, plan), lang(plan));
    }

    /**
     * The manager's report from both analyses and the plan as a scoped HTML fragment for a notebook cell or a
     * dashboard (the content of {@link #html(KanoAnalysis, SatisfactionAnalysis, AllocationPlan)}, in the plan's
     * language).
     */
    public static String htmlFragment(KanoAnalysis kano, SatisfactionAnalysis satisfaction, AllocationPlan plan) {
        Check.notNull(kano, "kano");
        Check.notNull(satisfaction, "satisfaction");
        Check.notNull(plan, "plan");
        return Html.fragment(title(plan), managerBody(kano, satisfaction, plan), lang(plan));
    }

    private static String managerBody(KanoAnalysis kano, SatisfactionAnalysis satisfaction, AllocationPlan plan) {
        Language l = plan.options().language();
        return managerPage(plan, KanoReport.charts(kano, l) + SatisfactionReport.charts(satisfaction, l),
                kanoHeading(plan) + KanoReport.table(kano, l)
                        + factorHeading(plan) + SatisfactionReport.note(l)
                        + SatisfactionReport.table(satisfaction, l),
                KanoReport.provenance(kano, l) + SatisfactionReport.provenance(satisfaction, l));
    }

    private static String title(AllocationPlan plan) {
        return Html.say(plan.options().language(), TITLE, "Kano 与满意度报告");
    }

    private static String kanoHeading(AllocationPlan plan) {
        return "<h3>" + Html.say(plan.options().language(), "Kano questionnaire", "Kano 问卷") + "</h3>\n";
    }

    private static String factorHeading(AllocationPlan plan) {
        return "<h3>" + Html.say(plan.options().language(), "Factor types from the satisfaction survey",
                "满意度调查的因素类型") + "</h3>\n";
    }

    private static String lang(AllocationPlan plan) {
        return plan.options().language().tag();
    }

    private static String managerPage(AllocationPlan plan, String charts, String statistics, String provenance) {
        Language lang = plan.options().language();
        boolean zh = lang.isChinese();
        String glossary = lang == Language.ZH_HANT ? Hant.of(GLOSSARY_ZH).replace("lang=\"zh-Hans\"", "lang=\"zh-Hant\"")
                : zh ? GLOSSARY_ZH : GLOSSARY;
        return AllocationReport.summary(plan) + "<section id=\"decisions\">\n" + AllocationReport.decisions(plan)
                + "</section>\n<section id=\"charts\">\n<h2>" + (zh ? Html.chinese(lang, "图表") : "Charts") + "</h2>\n" + charts
                + "</section>\n<section id=\"statistics\">\n<h2>" + (zh ? Html.chinese(lang, "统计结果") : "Statistics") + "</h2>\n"
                + statistics + "</section>\n" + glossary + "<section id=\"provenance\">\n<h2>"
                + (zh ? Html.chinese(lang, "来源与数据") : "Provenance and data") + "</h2>\n" + AllocationReport.provenance(plan) + provenance
                + "</section>\n";
    }

    /** The glossary in Simplified Chinese, with the category names of Chinese Kano practice. */
    private static final String GLOSSARY_ZH = "<section id=\"glossary\" lang=\"zh-Hans\">\n<h2>如何阅读本报告</h2>\n<dl>\n"
            + "<dt>M — 必备属性（基本型）</dt><dd>顾客认为理所当然：缺少会引起不满，做得更好也不会带来赞扬。保持在底线之上。</dd>\n"
            + "<dt>O — 期望属性（一维型）</dt><dd>表现越好，顾客越满意；表现越差，越不满意。</dd>\n"
            + "<dt>A — 魅力属性</dt><dd>具备时令人惊喜，缺少时不会不满：有选择地投入。</dd>\n"
            + "<dt>I — 无差异属性</dt><dd>顾客无所谓：可考虑削减成本。</dd>\n"
            + "<dt>R — 反向属性</dt><dd>许多顾客希望没有它：取消或改为可选。</dd>\n"
            + "<dt>Q — 可疑结果</dt><dd>回答自相矛盾（具备和不具备都喜欢）。</dd>\n"
            + "<dt>因素类型</dt><dd>来自不含 Kano 问题的满意度调查：低评分使总体满意度下降多少，高评分使其上升多少。</dd>\n"
            + "<dt>Better–Worse 图</dt><dd>横轴：|Worse|，不具备时的不满意程度；纵轴：Better，具备时的满意程度。"
            + "误差线为 95 % Wilson 区间；气泡大小随重要性增加。</dd>\n"
            + "<dt>层级</dt><dd>1：底线未达标（优先修复）；2：表现不足；3：有选择地投入魅力属性。</dd>\n</dl>\n</section>\n";

    /** How to read the categories, factor types and charts. */
    private static final String GLOSSARY = "<section id=\"glossary\">\n<h2>How to read this report</h2>\n<dl>\n"
            + "<dt>M — Must-be (basic)</dt><dd>Expected as a matter of course: missing it causes dissatisfaction, "
            + "more of it earns no praise. Keep it above its floor.</dd>\n"
            + "<dt>O — One-dimensional (performance)</dt><dd>The better it performs, the more satisfied customers "
            + "are, and the reverse.</dd>\n"
            + "<dt>A — Attractive (delighter)</dt><dd>Delights when present, not missed when absent: invest "
            + "selectively.</dd>\n"
            + "<dt>I — Indifferent</dt><dd>Customers do not care either way: a candidate for cutting cost.</dd>\n"
            + "<dt>R — Reverse</dt><dd>Many customers prefer it absent: remove it or make it optional.</dd>\n"
            + "<dt>Q — Questionable</dt><dd>Contradictory answers (liked both present and absent).</dd>\n"
            + "<dt>Factor types</dt><dd>From a satisfaction survey without Kano questions: how much a low rating "
            + "lowers and a high rating raises overall satisfaction (basic, performance, excitement factors).</dd>\n"
            + "<dt>Better–Worse diagram</dt><dd>Horizontal: |Worse|, the dissatisfaction if the attribute is "
            + "absent; vertical: Better, the satisfaction if present. Whiskers are 95 % Wilson intervals; bubble "
            + "size grows with stated importance.</dd>\n"
            + "<dt>Tiers</dt><dd>1: broken floors (fix first); 2: performance shortfalls; 3: selective investment "
            + "in delight.</dd>\n</dl>\n</section>\n";

    /**
     * The Kano analysis as an HTML fragment for a notebook cell or a dashboard: one {@code <div
     * class="kano4j-report">} with styles scoped to it (nothing leaks into the host page), the same content as
     * {@link #html(KanoAnalysis)}.
     */
    public static String htmlFragment(KanoAnalysis analysis) {
        return htmlFragment(analysis, Language.EN);
    }

    /** The Kano analysis as a scoped HTML fragment in a language (see {@link #html(KanoAnalysis, Language)}). */
    public static String htmlFragment(KanoAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return Html.fragment(KanoReport.title(language), KanoReport.section(analysis, language), language.tag());
    }

    /** The satisfaction-survey analysis as a scoped HTML fragment (see {@link #htmlFragment(KanoAnalysis)}). */
    public static String htmlFragment(SatisfactionAnalysis analysis) {
        return htmlFragment(analysis, Language.EN);
    }

    /** The satisfaction-survey analysis as a scoped HTML fragment in a language. */
    public static String htmlFragment(SatisfactionAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return Html.fragment(SatisfactionReport.title(language), SatisfactionReport.section(analysis, language),
                language.tag());
    }

    /** The allocation plan as a scoped HTML fragment (see {@link #htmlFragment(KanoAnalysis)}). */
    public static String htmlFragment(AllocationPlan plan) {
        Check.notNull(plan, "plan");
        Language l = plan.options().language();
        return Html.fragment(l.message("allocationReport.page_title"), AllocationReport.section(plan), l.tag());
    }

    /**
     * Every chart of a Kano analysis as standalone SVG, by file name: {@code better-worse.svg},
     * {@code category-shares.svg}, {@code dumouchel.svg} (for slides; each has its title and description).
     */
    public static Map<String, String> charts(KanoAnalysis analysis) {
        return charts(analysis, Language.EN);
    }

    /** The charts of {@link #charts(KanoAnalysis)} with titles, axes, legends and descriptions in a language. */
    public static Map<String, String> charts(KanoAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("better-worse.svg", KanoReport.betterWorseSvg(analysis, language));
        out.put("category-shares.svg", KanoReport.categoryBarsSvg(analysis, language));
        out.put("dumouchel.svg", KanoReport.continuousSvg(analysis, language));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Every chart of a satisfaction-survey analysis as standalone SVG, by file name: {@code impact-asymmetry.svg},
     * {@code impact-performance.svg}.
     */
    public static Map<String, String> charts(SatisfactionAnalysis analysis) {
        return charts(analysis, Language.EN);
    }

    /** The charts of {@link #charts(SatisfactionAnalysis)} in a language. */
    public static Map<String, String> charts(SatisfactionAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("impact-asymmetry.svg", SatisfactionReport.asymmetrySvg(analysis, language));
        out.put("impact-performance.svg", SatisfactionReport.performanceSvg(analysis, language));
        return Collections.unmodifiableMap(out);
    }

    /** The Better–Worse diagram of a Kano analysis as a standalone SVG element. */
    public static String svg(KanoAnalysis analysis) {
        return svg(analysis, Language.EN);
    }

    /** The Better–Worse diagram in a language. */
    public static String svg(KanoAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return KanoReport.betterWorseSvg(analysis, language);
    }

    /** The impact-asymmetry chart of a satisfaction-survey analysis as a standalone SVG element. */
    public static String svg(SatisfactionAnalysis analysis) {
        return svg(analysis, Language.EN);
    }

    /** The impact-asymmetry chart in a language. */
    public static String svg(SatisfactionAnalysis analysis, Language language) {
        Check.notNull(analysis, "analysis");
        Check.notNull(language, "language");
        return SatisfactionReport.asymmetrySvg(analysis, language);
    }

    private static final String TITLE = "Kano and satisfaction report";
}
