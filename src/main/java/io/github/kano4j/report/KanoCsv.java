package io.github.kano4j.report;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.internal.InOrder;
import io.github.kano4j.internal.Text;
import io.github.kano4j.questionnaire.Flag;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.questionnaire.YangCategory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tidy CSV of a Kano analysis: one row per attribute, lowercase snake_case columns, numbers at full
 * precision ({@link Double#toString(double)}), NaN as an empty cell, {@code worse} signed (≤ 0).
 * Text cells that a spreadsheet would execute as a formula (starting with {@code = + - @}, tab or
 * carriage return) are prefixed with an apostrophe.
 */
final class KanoCsv {
    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("attribute", "n", "a", "o", "m", "i", "r", "q", "category",
            "label", "runner_up", "mixed", "decided_by", "better", "better_lower", "better_upper", "worse",
            "worse_lower", "worse_upper", "abs_worse", "category_strength", "total_strength", "fong_lhs", "fong_rhs",
            "fong_z", "fong_p", "fong_significant", "exact_binomial_p", "chi_square", "chi_square_p", "quadrant",
            "oam_label", "total_impact", "asc", "asc_se", "better_minus_abs_worse", "better_minus_abs_worse_se",
            "functional_mean", "functional_sd", "dysfunctional_mean", "dysfunctional_sd", "continuous_quadrant",
            "importance_mean", "mode", "flags", "table", "rule", "confidence", "importance_n", "importance_lower",
            "importance_upper", "yang_category", "akano_x", "akano_y", "akano_r", "akano_angle", "akano_label",
            "share_a_lower", "share_a_upper", "share_o_lower", "share_o_upper", "share_m_lower", "share_m_upper",
            "share_i_lower", "share_i_upper", "share_r_lower", "share_r_upper", "share_q_lower", "share_q_upper",
            "bootstrap_replicates", "seed", "stability", "better_boot_lower", "better_boot_upper",
            "abs_worse_boot_lower", "abs_worse_boot_upper", "segment_column", "segment", "segment_chi_square",
            "segment_df", "segment_p", "segment_p_holm", "segment_test", "category_name", "group", "weighted", "n_eff",
            "deff", "share_a", "share_o", "share_m", "share_i", "share_r", "share_q");

    private KanoCsv() {
    }

    /** The whole CSV as a string (header plus one row per attribute, {@code \n} line ends). */
    static String toCsv(KanoAnalysis analysis, boolean verbatim) {
        return toCsv(analysis, List.of(), verbatim, Language.EN);
    }

    /**
     * The overall rows (segment columns empty) followed by one row per segment and attribute for each
     * comparison, carrying the segment test of the attribute.
     */
    static String toCsv(KanoAnalysis analysis, List<SegmentComparison> comparisons, boolean verbatim,
            Language language) {
        StringBuilder sb = new StringBuilder();
        try {
            write(sb, analysis, comparisons, verbatim, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** Writes the CSV of {@link #toCsv(KanoAnalysis, List, boolean, Language)} to {@code out} as it is made. */
    static void write(Appendable out, KanoAnalysis analysis, List<SegmentComparison> comparisons, boolean verbatim,
            Language language) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, format)) {
            p.printRecord(COLUMNS);
            for (KanoResult r : Groups.ordered(analysis.results(), KanoResult::attribute, analysis.groups())) {
                List<String> row = row(r, verbatim);
                row.addAll(List.of("", "", "", "", "", "", ""));
                row.add(r.categoryName(language));
                row.add(text(analysis.groups().getOrDefault(r.attribute(), ""), verbatim));
                weighting(row, r);
                p.printRecord(row);
            }
        }
        out.append(sb);
        for (SegmentComparison c : comparisons) {
            // each attribute's test cells once; then the segments' rows, made on all cores and joined in order
            Map<String, List<String>> tests = new HashMap<>();
            for (SegmentComparison.SegmentTest test : c.tests()) {
                tests.put(test.attribute(), List.of(num(test.homogeneity().statistic()),
                        Integer.toString(test.homogeneity().df()), num(test.homogeneity().p()), num(test.holmP()),
                        test.homogeneity().method()));
            }
            List<String> segments = new ArrayList<>(c.segments().keySet());
            String name = text(c.name(), verbatim);
            InOrder.write(out, segments.size(), s -> {
                StringBuilder part = new StringBuilder();
                try (CSVPrinter p = new CSVPrinter(part, format)) {
                    KanoAnalysis segment = c.segments().get(segments.get(s));
                    for (KanoResult r : Groups.ordered(segment.results(), KanoResult::attribute,
                            analysis.groups())) {
                        List<String> row = row(r, verbatim);
                        row.add(name);
                        row.add(text(segments.get(s), verbatim));
                        row.addAll(tests.get(r.attribute()));
                        row.add(r.categoryName(language));
                        row.add(text(analysis.groups().getOrDefault(r.attribute(), ""), verbatim));
                        weighting(row, r);
                        p.printRecord(row);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return part.toString();
            });
        }
    }

    /**
     * {@code weighted, n_eff, deff} and the category shares: weighted ones with respondent weights, else the shares
     * of the counts (n_eff = n, deff = 1).
     */
    private static void weighting(List<String> row, KanoResult r) {
        var c = r.counts();
        row.add(Boolean.toString(r.weighting().isPresent()));
        row.add(num(r.weighting().map(w -> w.effectiveN()).orElse((double) c.n())));
        row.add(num(r.weighting().map(w -> w.designEffect()).orElse(c.n() == 0 ? Double.NaN : 1.0)));
        for (Category k : new Category[] {Category.A, Category.O, Category.M, Category.I, Category.R, Category.Q}) {
            row.add(num(r.weighting().map(w -> w.share(k)).orElse(c.n() == 0 ? Double.NaN : (double) c.get(k) / c.n())));
        }
    }

    private static List<String> row(KanoResult r, boolean verbatim) {
        var c = r.counts();
        var co = r.coefficients();
        var f = r.fong();
        var cont = r.continuous();
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(text(r.attribute(), verbatim));
        v.add(Long.toString(c.n()));
        v.add(Long.toString(c.a()));
        v.add(Long.toString(c.o()));
        v.add(Long.toString(c.m()));
        v.add(Long.toString(c.i()));
        v.add(Long.toString(c.r()));
        v.add(Long.toString(c.q()));
        v.add(letter(r.category()));
        v.add(text(r.label(), verbatim));
        v.add(letter(r.runnerUp()));
        v.add(Boolean.toString(r.mixed()));
        v.add(r.decidedBy().name().toLowerCase(Locale.ROOT));
        v.add(num(co.better()));
        v.add(num(co.betterInterval().lower()));
        v.add(num(co.betterInterval().upper()));
        v.add(num(co.worse()));
        v.add(num(co.worseInterval().lower()));
        v.add(num(co.worseInterval().upper()));
        v.add(num(co.absWorse()));
        v.add(num(r.categoryStrength()));
        v.add(num(r.totalStrength()));
        v.add(num(f.lhs()));
        v.add(num(f.rhs()));
        v.add(num(f.z()));
        v.add(num(f.p()));
        v.add(f.applicable() ? Boolean.toString(f.significant()) : "");
        v.add(num(f.exactP()));
        v.add(num(r.chiSquare().statistic()));
        v.add(num(r.chiSquare().p()));
        v.add(letter(r.quadrant()));
        v.add(letter(r.oamLabel()));
        v.add(num(co.totalImpact()));
        v.add(num(co.asc()));
        v.add(num(co.ascSe()));
        v.add(num(co.asymmetry()));
        v.add(num(co.asymmetrySe()));
        v.add(num(cont.functionalMean()));
        v.add(num(cont.functionalSd()));
        v.add(num(cont.dysfunctionalMean()));
        v.add(num(cont.dysfunctionalSd()));
        v.add(letter(cont.quadrant()));
        v.add(num(r.importanceMean()));
        v.add(letter(r.mode()));
        v.add(Flag.sorted(r.flags()).replace(", ", ";"));
        v.add(text(r.options().table().name(), verbatim));
        v.add(r.options().rule().name().toLowerCase(Locale.ROOT));
        v.add(num(r.options().confidence()));
        v.add(Long.toString(r.importance().n()));
        v.add(num(r.importance().interval().lower()));
        v.add(num(r.importance().interval().upper()));
        v.add(r.yangCategory().map(YangCategory::displayName).orElse(""));
        var ak = r.analyticalKano();
        v.add(num(ak.x()));
        v.add(num(ak.y()));
        v.add(num(ak.radius()));
        v.add(num(ak.angle()));
        v.add(letter(ak.label()));
        for (Category cat : Category.values()) {
            v.add(num(r.shareIntervals().get(cat).lower()));
            v.add(num(r.shareIntervals().get(cat).upper()));
        }
        var b = r.bootstrap();
        v.add(b.map(x -> Integer.toString(x.replicates())).orElse(""));
        v.add(b.map(x -> Long.toString(x.seed())).orElse(""));
        v.add(b.map(x -> num(x.stability())).orElse(""));
        v.add(b.map(x -> num(x.better().lower())).orElse(""));
        v.add(b.map(x -> num(x.better().upper())).orElse(""));
        v.add(b.map(x -> num(x.absWorse().lower())).orElse(""));
        v.add(b.map(x -> num(x.absWorse().upper())).orElse(""));
        return v;
    }

    /** Full precision; NaN and infinities as an empty cell. */
    static String num(double value) {
        return !Double.isFinite(value) ? "" : value == 0 ? "0.0" : Double.toString(value); // never "-0.0"
    }

    private static String letter(Optional<Category> c) {
        return c.map(Category::letter).orElse("");
    }

    /**
     * The cell, neutralised unless {@code verbatim} (OWASP "CSV injection" guidance): a leading {@code = + - @},
     * their full-width forms ({@code ＝ ＋ － ＠}), a tab or a carriage return gets an apostrophe in front, and
     * control and bidirectional-override characters are written as escapes such as <code>&#92;u001B</code>, so
     * the file is safe to show in a terminal.
     */
    static String text(String s, boolean verbatim) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (verbatim) {
            return s;
        }
        char first = s.charAt(0);
        boolean formula = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(first) >= 0;
        return Text.printable(formula ? "'" + s : s);
    }
}
