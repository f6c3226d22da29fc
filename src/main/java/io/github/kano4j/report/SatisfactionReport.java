package io.github.kano4j.report;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.IpaQuadrant;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

/**
 * Charts and pages of the satisfaction-survey analysis: the impact-asymmetry chart (x = IA, y = RIOCS, the
 * hybrid band shaded) and the impact–performance chart (x = RIOCS, y = mean rating, cross-hairs at the
 * centres used), a table, Markdown and a self-contained HTML page.
 */
final class SatisfactionReport {
    private SatisfactionReport() {
    }

    /** The colour of a factor type (the colour of the Kano category it reads like). */
    static String colour(FactorType t) {
        return KanoReport.colour(t.kanoAnalogue().orElse(null));
    }

    /** The largest RIOCS rounded up to a quarter: the end of the RIOCS axis in both charts (1 when none). */
    private static double riocsAxisMax(SatisfactionAnalysis a) {
        double max = 0;
        for (FactorResult r : a.results()) {
            if (!Double.isNaN(r.riocs())) {
                max = Math.max(max, r.riocs());
            }
        }
        return max == 0 ? 1 : Math.ceil(max * 4) / 4;
    }

    /** The impact-asymmetry chart. */
    static String asymmetrySvg(SatisfactionAnalysis a, Language l) {
        double top = riocsAxisMax(a);
        Svg s = new Svg(680, 480, 60, 20, 20, 50).domain(-1, 1, 0, top);
        double c = a.options().hybridBand();
        s.rect(s.x(-c), s.y(top), s.x(c) - s.x(-c), s.y(0) - s.y(top), "#f1f1f1", null);
        s.text(s.x(0), s.y(top) + 14, l.message("satisfactionReport.hybrid_band"), 11, "middle", "#777");
        s.text(s.x(-0.98), s.y(top) + 14, l.message("satisfactionReport.dissatisfiers"), 12, "start",
                colour(FactorType.DISSATISFIER));
        s.text(s.x(0.98), s.y(top) + 14, l.message("satisfactionReport.satisfiers"), 12, "end", colour(FactorType.SATISFIER));
        s.axes(new double[] {-1, -0.5, 0, 0.5, 1}, new double[] {0, top / 4, top / 2, 3 * top / 4, top},
                l.message("satisfactionReport.impact_asymmetry_ia"), l.message("satisfactionReport.range_of_impact_riocs"));
        for (FactorResult r : a.results()) {
            if (Double.isNaN(r.ia())) {
                continue;
            }
            double py = s.y(r.riocs());
            if (r.iaInterval().isDefined()) {
                s.line(s.x(r.iaInterval().lower()), py, s.x(r.iaInterval().upper()), py, colour(r.factorType()), 1, false);
            }
            s.marker(s.x(r.ia()), py, 6, KanoReport.shape(r.factorType().kanoAnalogue().orElse(null)),
                    colour(r.factorType()), r.attribute() + ": " + r.factorType().displayName(l) + ", IA "
                    + Html.num(r.ia()) + " " + r.iaInterval() + ", RIOCS " + Html.num(r.riocs()));
        }
        for (FactorResult r : a.results()) {
            if (!Double.isNaN(r.ia())) {
                s.label(s.x(r.ia()), s.y(r.riocs()), KanoReport.shorten(r.attribute()), 11);
            }
        }
        return s.render(l.message("satisfactionReport.impact_asymmetry_chart"), l.message("satisfactionReport.each_attribute_at_its_impact"));
    }

    /** The impact–performance chart. */
    static String performanceSvg(SatisfactionAnalysis a, Language l) {
        double right = riocsAxisMax(a);
        var scale = a.scale();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (FactorResult r : a.results()) {
            if (!Double.isNaN(r.mean())) {
                lo = Math.min(lo, r.mean());
                hi = Math.max(hi, r.mean());
            }
        }
        // zoom on the data, in half scale points, within the scale
        double y0 = lo > hi ? scale.min() : Math.max(scale.min(), Math.floor(lo * 2) / 2 - 0.5);
        double y1 = lo > hi ? scale.max() : Math.min(scale.max(), Math.ceil(hi * 2) / 2 + 0.5);
        Svg s = new Svg(680, 480, 60, 20, 20, 50).domain(0, right, y0, y1);
        if (!Double.isNaN(a.impactCentre())) {
            s.line(s.x(a.impactCentre()), s.y(y0), s.x(a.impactCentre()), s.y(y1), "#bbb", 1, true);
            s.line(s.x(0), s.y(a.performanceCentre()), s.x(right), s.y(a.performanceCentre()), "#bbb", 1, true);
        }
        s.text(s.x(right) - 4, s.y(y0) - 8, IpaQuadrant.CONCENTRATE_HERE.displayName(l), 12, "end", "#c62828");
        s.text(s.x(right) - 4, s.y(y1) + 14, IpaQuadrant.KEEP_UP_THE_GOOD_WORK.displayName(l), 12, "end", "#2e7d32");
        s.text(s.x(0) + 4, s.y(y1) + 14, IpaQuadrant.POSSIBLE_OVERKILL.displayName(l), 12, "start", "#ef6c00");
        s.text(s.x(0) + 4, s.y(y0) - 8, IpaQuadrant.LOW_PRIORITY.displayName(l), 12, "start", "#757575");
        int steps = (int) Math.round((y1 - y0) * 2);
        double[] yt = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            yt[i] = y0 + i * 0.5;
        }
        s.axes(new double[] {0, right / 4, right / 2, 3 * right / 4, right}, yt, l.message("satisfactionReport.impact_riocs"),
                l.message("satisfactionReport.performance_mean_rating"));
        for (FactorResult r : a.results()) {
            if (!Double.isNaN(r.riocs())) {
                s.marker(s.x(r.riocs()), s.y(r.mean()), 6,
                        KanoReport.shape(r.factorType().kanoAnalogue().orElse(null)), colour(r.factorType()), r.attribute() + ": "
                        + r.ipaQuadrant().map(q -> q.displayName(l)).orElse("") + ", RIOCS "
                        + Html.num(r.riocs()) + l.message("satisfactionReport.mean") + Html.num(r.mean()));
            }
        }
        for (FactorResult r : a.results()) {
            if (!Double.isNaN(r.riocs())) {
                s.label(s.x(r.riocs()), s.y(r.mean()), KanoReport.shorten(r.attribute()), 11);
            }
        }
        return s.render(l.message("satisfactionReport.impact_performance_chart"), l.message("satisfactionReport.each_attribute_at_its_range"));
    }

    static String table(SatisfactionAnalysis a, Language l) {
        StringBuilder sb = new StringBuilder("<table><tr><th>" + l.message("satisfactionReport.attribute") + "</th><th>"
                + l.message("satisfactionReport.mean_2") + "</th><th>" + l.message("satisfactionReport.share_low") + "</th><th>"
                + l.message("satisfactionReport.share_high") + "</th><th>" + l.message("satisfactionReport.penalty_p") + "</th><th>"
                + l.message("satisfactionReport.reward_p") + "</th><th>RIOCS</th><th>IA [CI]</th><th>"
                + l.message("satisfactionReport.factor_type") + "</th><th>" + l.message("satisfactionReport.knot") + "</th><th>"
                + l.message("satisfactionReport.slope_below_above") + "</th><th>IPA</th></tr>\n");
        String previous = null;
        for (FactorResult r : Groups.ordered(a.results(), FactorResult::attribute, a.groups())) {
            previous = Html.groupRow(sb, a.groups(), r.attribute(), previous, 12, l);
            sb.append("<tr><td class=\"t\">").append(Html.escape(r.attribute())).append("</td><td>")
                    .append(Html.num(r.mean())).append("</td><td>").append(Html.num(r.shareLow())).append("</td><td>")
                    .append(Html.num(r.shareHigh())).append("</td><td>").append(Html.num(r.penalty().estimate()))
                    .append(" (").append(Html.num(r.penalty().p())).append(")</td><td>")
                    .append(Html.num(r.reward().estimate())).append(" (").append(Html.num(r.reward().p()))
                    .append(")</td><td>").append(Html.num(r.riocs())).append("</td><td>").append(Html.num(r.ia()))
                    .append(' ').append(r.iaInterval()).append("</td><td class=\"t\" style=\"color:")
                    .append(colour(r.factorType())).append("\"><b>").append(Html.escape(r.factorType().displayName(l)))
                    .append("</b></td><td>").append(Html.num(r.hinge().knot())).append("</td><td>")
                    .append(Html.num(r.hinge().slopeBelow())).append(" / ").append(Html.num(r.hinge().slopeAbove()))
                    .append("</td><td class=\"t\">").append(r.ipaQuadrant().map(q -> Html.escape(q.displayName(l))).orElse("-")).append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    /** The body section for a combined report. */
    static String section(SatisfactionAnalysis a, Language l) {
        return "<h2>" + l.message("satisfactionReport.factor_types_from_the_satisfaction") + "</h2>\n" + note(l)
                + table(a, l) + charts(a, l) + provenance(a, l);
    }

    /** What the factor types are, in one sentence. */
    static String note(Language l) {
        return "<p class=\"note\">" + l.message("satisfactionReport.impact_asymmetry_of_each_attribute") + "</p>\n";
    }

    /** The charts: impact asymmetry and importance–performance. */
    static String charts(SatisfactionAnalysis a, Language l) {
        return asymmetrySvg(a, l) + performanceSvg(a, l);
    }

    /** The model line, provenance and the ingest report. */
    static String provenance(SatisfactionAnalysis a, Language l) {
        return "<p class=\"prov\">" + l.message("satisfactionReport.model_n") + a.n() + ", R2 " + Html.num(a.rSquared())
                + l.message("satisfactionReport.scale") + Html.escape(a.scale().toString()) + "; "
                + Html.escape(a.options().provenance()) + "</p>\n<pre class=\"prov\">" + Html.escape(a.report().text(l))
                + "</pre>\n";
    }

    /** The page title in a language. */
    static String title(Language l) {
        return l.message("satisfactionReport.factor_types_from_a_satisfaction");
    }

    /** A self-contained HTML page. */
    static String html(SatisfactionAnalysis a, Language l) {
        return Html.page(title(l), section(a, l), l.tag());
    }

    /** A Markdown table with a provenance line. */
    static String markdown(SatisfactionAnalysis a, Language l) {
        boolean grouped = !a.groups().isEmpty();
        StringBuilder sb = new StringBuilder("| " + l.message("satisfactionReport.attribute") + " | "
                + (grouped ? l.message("satisfactionReport.group") + " | " : "") + l.message("satisfactionReport.mean_2") + " | "
                + l.message("satisfactionReport.share_low") + " | " + l.message("satisfactionReport.share_high") + " | "
                + l.message("satisfactionReport.penalty") + " | " + l.message("satisfactionReport.reward") + " | RIOCS | IA | "
                + l.message("satisfactionReport.factor_type") + " | " + l.message("satisfactionReport.knot")
                + " |\n|---|---|---|---|---|---|---|---|---|---|" + (grouped ? "---|" : "") + "\n");
        for (FactorResult r : Groups.ordered(a.results(), FactorResult::attribute, a.groups())) {
            sb.append("| ").append(Html.markdownCell(r.attribute())).append(" | ");
            if (grouped) {
                sb.append(Html.markdownCell(a.groups().getOrDefault(r.attribute(), "-"))).append(" | ");
            }
            sb.append(Html.num(r.mean())).append(" | ")
                    .append(Html.num(r.shareLow())).append(" | ").append(Html.num(r.shareHigh())).append(" | ")
                    .append(Html.num(r.penalty().estimate())).append(" | ").append(Html.num(r.reward().estimate()))
                    .append(" | ").append(Html.num(r.riocs())).append(" | ").append(Html.num(r.ia())).append(" | ")
                    .append(Html.markdownCell(r.factorType().displayName(l))).append(" | ").append(Html.num(r.hinge().knot())).append(" |\n");
        }
        return sb.append("\n_").append(Html.markdownCell(a.options().provenance())).append("_\n").toString();
    }
}
