package io.github.kano4j.report;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.HingeFit;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tidy CSV of the indirect analysis: one row per attribute, full-precision numbers, NaN as an empty cell,
 * text cells neutralised against spreadsheet formulas.
 */
final class SatisfactionCsv {
    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("attribute", "n", "mean", "share_low", "share_high",
            "penalty", "reward", "riocs", "sgp", "dgp", "ia", "factor_type", "knot", "slope_below", "slope_above",
            "count_low", "count_high", "penalty_se", "penalty_p", "reward_se", "reward_p", "symmetry_wald",
            "symmetry_p", "ia_lower", "ia_upper", "riocs_lower", "riocs_upper", "alternative_type", "kano_analogue",
            "hinge_shape", "hinge_p", "quadratic_b1", "quadratic_b2", "saturation", "ipa_quadrant", "vif_low",
            "vif_high", "flags", "scale", "cut_low", "cut_high", "se", "type_rule", "hybrid_band", "r_squared", "factor_type_name", "group", "weighted", "n_eff", "deff");

    private SatisfactionCsv() {
    }

    /** The CSV text, {@code \n} line ends. */
    static String toCsv(SatisfactionAnalysis a, boolean verbatim, Language language) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(COLUMNS);
            for (FactorResult r : Groups.ordered(a.results(), FactorResult::attribute, a.groups())) {
                List<String> v = new ArrayList<>();
                v.add(KanoCsv.text(r.attribute(), verbatim));
                v.add(Long.toString(r.n()));
                v.add(num(r.mean()));
                v.add(num(r.shareLow()));
                v.add(num(r.shareHigh()));
                v.add(num(r.penalty().estimate()));
                v.add(num(r.reward().estimate()));
                v.add(num(r.riocs()));
                v.add(num(r.sgp()));
                v.add(num(r.dgp()));
                v.add(num(r.ia()));
                v.add(r.factorType().name().toLowerCase(Locale.ROOT));
                v.add(num(r.hinge().knot()));
                v.add(num(r.hinge().slopeBelow()));
                v.add(num(r.hinge().slopeAbove()));
                v.add(Long.toString(r.countLow()));
                v.add(Long.toString(r.countHigh()));
                v.add(num(r.penalty().se()));
                v.add(num(r.penalty().p()));
                v.add(num(r.reward().se()));
                v.add(num(r.reward().p()));
                v.add(num(r.symmetryWald()));
                v.add(num(r.symmetryP()));
                v.add(num(r.iaInterval().lower()));
                v.add(num(r.iaInterval().upper()));
                v.add(num(r.riocsInterval().lower()));
                v.add(num(r.riocsInterval().upper()));
                v.add(r.alternativeType().name().toLowerCase(Locale.ROOT));
                v.add(r.factorType().kanoAnalogue().map(c -> c.letter()).orElse(""));
                v.add(r.hinge().shape() == HingeFit.Shape.NOT_ESTIMABLE ? "" : r.hinge().shape().name().toLowerCase(Locale.ROOT));
                v.add(num(r.hinge().changeP()));
                v.add(num(r.quadratic().b1()));
                v.add(num(r.quadratic().b2()));
                v.add(num(r.quadratic().saturation(a.scale().min(), a.scale().max())));
                v.add(r.ipaQuadrant().map(q -> q.name().toLowerCase(Locale.ROOT)).orElse(""));
                v.add(num(r.vifLow()));
                v.add(num(r.vifHigh()));
                v.add(r.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(";")));
                v.add(a.scale().min() + "-" + a.scale().max());
                v.add(Integer.toString(a.scale().cutLow()));
                v.add(Integer.toString(a.scale().cutHigh()));
                v.add(a.options().standardErrors().name().toLowerCase(Locale.ROOT));
                v.add(a.options().typeRule().name().toLowerCase(Locale.ROOT));
                v.add(num(a.options().hybridBand()));
                v.add(num(a.rSquared()));
                v.add(r.factorType().displayName(language));
                v.add(KanoCsv.text(a.groups().getOrDefault(r.attribute(), ""), verbatim));
                v.add(Boolean.toString(a.weighted()));
                v.add(num(a.effectiveN()));
                v.add(num(a.designEffect()));
                p.printRecord(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static String num(double v) {
        return KanoCsv.num(v);
    }
}
