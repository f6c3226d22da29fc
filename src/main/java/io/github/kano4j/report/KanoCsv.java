package io.github.kano4j.report;

import io.github.kano4j.Category;
import io.github.kano4j.questionnaire.Flag;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoResult;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tidy CSV of a Kano analysis: one row per attribute, lowercase snake_case columns, numbers at full
 * precision ({@link Double#toString(double)}), NaN as an empty cell, {@code worse} signed (≤ 0).
 * Text cells that a spreadsheet would execute as a formula (starting with {@code = + - @}, tab or
 * carriage return) are prefixed with an apostrophe.
 */
public final class KanoCsv {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("attribute", "n", "a", "o", "m", "i", "r", "q", "category",
            "label", "runner_up", "mixed", "decided_by", "better", "better_lower", "better_upper", "worse",
            "worse_lower", "worse_upper", "abs_worse", "category_strength", "total_strength", "fong_lhs", "fong_rhs",
            "fong_z", "fong_p", "fong_significant", "exact_binomial_p", "chi_square", "chi_square_p", "quadrant",
            "oam_label", "total_impact", "asc", "asc_se", "better_minus_abs_worse", "better_minus_abs_worse_se",
            "functional_mean", "functional_sd", "dysfunctional_mean", "dysfunctional_sd", "continuous_quadrant",
            "importance_mean", "mode", "flags", "table", "rule", "confidence");

    private KanoCsv() {
    }

    /** The whole CSV as a string (header plus one row per attribute, {@code \n} line ends). */
    public static String toCsv(KanoAnalysis analysis) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(COLUMNS);
            for (KanoResult r : analysis.results()) {
                p.printRecord(row(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static List<String> row(KanoResult r) {
        var c = r.counts();
        var co = r.coefficients();
        var f = r.fong();
        var cont = r.continuous();
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(text(r.attribute()));
        v.add(Long.toString(c.n()));
        v.add(Long.toString(c.a()));
        v.add(Long.toString(c.o()));
        v.add(Long.toString(c.m()));
        v.add(Long.toString(c.i()));
        v.add(Long.toString(c.r()));
        v.add(Long.toString(c.q()));
        v.add(letter(r.category()));
        v.add(text(r.label()));
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
        v.add(text(r.options().table().name()));
        v.add(r.options().rule().name().toLowerCase(Locale.ROOT));
        v.add(num(r.options().confidence()));
        return v;
    }

    /** Full precision; NaN and infinities as an empty cell. */
    static String num(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    private static String letter(Optional<Category> c) {
        return c.map(Category::letter).orElse("");
    }

    /**
     * Neutralises a text cell a spreadsheet would run as a formula by prefixing an apostrophe
     * (OWASP "CSV injection" guidance).
     */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + s;
        }
        return s;
    }
}
