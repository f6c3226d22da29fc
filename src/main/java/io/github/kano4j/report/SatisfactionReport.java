package io.github.kano4j.report;

import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import java.util.Locale;

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
    static String asymmetrySvg(SatisfactionAnalysis a) {
        double top = riocsAxisMax(a);
        Svg s = new Svg(680, 480, 60, 20, 20, 50).domain(-1, 1, 0, top);
        double c = a.options().hybridBand();
        s.rect(s.x(-c), s.y(top), s.x(c) - s.x(-c), s.y(0) - s.y(top), "#f1f1f1", null);
        s.text(s.x(0), s.y(top) + 14, "hybrid band", 11, "middle", "#777");
        s.text(s.x(-0.98), s.y(top) + 14, "dissatisfiers", 12, "start", colour(FactorType.DISSATISFIER));
        s.text(s.x(0.98), s.y(top) + 14, "satisfiers", 12, "end", colour(FactorType.SATISFIER));
        s.axes(new double[] {-1, -0.5, 0, 0.5, 1}, new double[] {0, top / 4, top / 2, 3 * top / 4, top},
                "impact asymmetry IA", "range of impact RIOCS");
        for (FactorResult r : a.results()) {
            if (Double.isNaN(r.ia())) {
                continue;
            }
            double py = s.y(r.riocs());
            if (r.iaInterval().isDefined()) {
                s.line(s.x(r.iaInterval().lower()), py, s.x(r.iaInterval().upper()), py, colour(r.factorType()), 1, false);
            }
            s.marker(s.x(r.ia()), py, 6, KanoReport.shape(r.factorType().kanoAnalogue().orElse(null)),
                    colour(r.factorType()), r.attribute() + ": " + name(r.factorType()) + ", IA "
                    + Html.num(r.ia()) + " " + r.iaInterval() + ", RIOCS " + Html.num(r.riocs()));
        }
        for (FactorResult r : a.results()) {
            if (!Double.isNaN(r.ia())) {
                s.label(s.x(r.ia()), s.y(r.riocs()), KanoReport.shorten(r.attribute()), 11);
            }
        }
        return s.render("Impact-asymmetry chart", "Each attribute at its impact asymmetry (horizontal: negative for "
                + "dissatisfiers, positive for satisfiers) and range of impact (vertical); whiskers are the "
                + "confidence intervals of the asymmetry; the grey band is the hybrid band; marker shapes as in the "
                + "Kano charts.");
    }

    /** The impact–performance chart. */
    static String performanceSvg(SatisfactionAnalysis a) {
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
        s.text(s.x(right) - 4, s.y(y0) - 8, "Concentrate here", 12, "end", "#c62828");
        s.text(s.x(right) - 4, s.y(y1) + 14, "Keep up the good work", 12, "end", "#2e7d32");
        s.text(s.x(0) + 4, s.y(y1) + 14, "Possible overkill", 12, "start", "#ef6c00");
        s.text(s.x(0) + 4, s.y(y0) - 8, "Low priority", 12, "start", "#757575");
        int steps = (int) Math.round((y1 - y0) * 2);
        double[] yt = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            yt[i] = y0 + i * 0.5;
        }
        s.axes(new double[] {0, right / 4, right / 2, 3 * right / 4, right}, yt, "impact (RIOCS)",
                "performance (mean rating)");
        for (FactorResult r : a.results()) {
            if (!Double.isNaN(r.riocs())) {
                s.marker(s.x(r.riocs()), s.y(r.mean()), 6,
                        KanoReport.shape(r.factorType().kanoAnalogue().orElse(null)), colour(r.factorType()), r.attribute() + ": "
                        + r.ipaQuadrant().map(q -> q.displayName()).orElse("") + ", RIOCS "
                        + Html.num(r.riocs()) + ", mean " + Html.num(r.mean()));
            }
        }
        for (FactorResult r : a.results()) {
            if (!Double.isNaN(r.riocs())) {
                s.label(s.x(r.riocs()), s.y(r.mean()), KanoReport.shorten(r.attribute()), 11);
            }
        }
        return s.render("Impact-performance chart", "Each attribute at its range of impact on overall satisfaction "
                + "(horizontal) and its mean rating (vertical); dashed lines are the centres; marker shapes as in the "
                + "Kano charts.");
    }

    private static String name(FactorType t) {
        return t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String table(SatisfactionAnalysis a) {
        StringBuilder sb = new StringBuilder("<table><tr><th>attribute</th><th>mean</th><th>share low</th>"
                + "<th>share high</th><th>penalty (p)</th><th>reward (p)</th><th>RIOCS</th><th>IA [CI]</th>"
                + "<th>factor type</th><th>knot</th><th>slope below / above</th><th>IPA</th></tr>\n");
        for (FactorResult r : a.results()) {
            sb.append("<tr><td class=\"t\">").append(Html.escape(r.attribute())).append("</td><td>")
                    .append(Html.num(r.mean())).append("</td><td>").append(Html.num(r.shareLow())).append("</td><td>")
                    .append(Html.num(r.shareHigh())).append("</td><td>").append(Html.num(r.penalty().estimate()))
                    .append(" (").append(Html.num(r.penalty().p())).append(")</td><td>")
                    .append(Html.num(r.reward().estimate())).append(" (").append(Html.num(r.reward().p()))
                    .append(")</td><td>").append(Html.num(r.riocs())).append("</td><td>").append(Html.num(r.ia()))
                    .append(' ').append(r.iaInterval()).append("</td><td class=\"t\" style=\"color:")
                    .append(colour(r.factorType())).append("\"><b>").append(name(r.factorType()))
                    .append("</b></td><td>").append(Html.num(r.hinge().knot())).append("</td><td>")
                    .append(Html.num(r.hinge().slopeBelow())).append(" / ").append(Html.num(r.hinge().slopeAbove()))
                    .append("</td><td class=\"t\">").append(r.ipaQuadrant().map(q -> Html.escape(q.displayName())).orElse("-")).append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    /** The body section for a combined report. */
    static String section(SatisfactionAnalysis a) {
        return "<h2>Factor types from the satisfaction survey</h2>\n" + NOTE + table(a) + charts(a) + provenance(a);
    }

    /** What the factor types are, in one sentence. */
    static final String NOTE = "<p class=\"note\">Impact asymmetry of each attribute on overall satisfaction; these "
            + "are factor types from satisfaction data, not questionnaire Kano categories.</p>\n";

    /** The charts: impact asymmetry and importance–performance. */
    static String charts(SatisfactionAnalysis a) {
        return asymmetrySvg(a) + performanceSvg(a);
    }

    /** The model line, provenance and the ingest report. */
    static String provenance(SatisfactionAnalysis a) {
        return "<p class=\"prov\">model: n " + a.n() + ", R2 " + Html.num(a.rSquared()) + ", scale "
                + Html.escape(a.scale().toString()) + "; " + Html.escape(a.options().provenance())
                + "</p>\n<pre class=\"prov\">" + Html.escape(a.report().toString()) + "</pre>\n";
    }

    /** A self-contained HTML page. */
    static String html(SatisfactionAnalysis a) {
        return Html.page("Factor types from a satisfaction survey", section(a));
    }

    /** A Markdown table with a provenance line. */
    static String markdown(SatisfactionAnalysis a) {
        StringBuilder sb = new StringBuilder("| attribute | mean | share low | share high | penalty | reward | RIOCS "
                + "| IA | factor type | knot |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (FactorResult r : a.results()) {
            sb.append("| ").append(Html.markdownCell(r.attribute())).append(" | ").append(Html.num(r.mean())).append(" | ")
                    .append(Html.num(r.shareLow())).append(" | ").append(Html.num(r.shareHigh())).append(" | ")
                    .append(Html.num(r.penalty().estimate())).append(" | ").append(Html.num(r.reward().estimate()))
                    .append(" | ").append(Html.num(r.riocs())).append(" | ").append(Html.num(r.ia())).append(" | ")
                    .append(name(r.factorType())).append(" | ").append(Html.num(r.hinge().knot())).append(" |\n");
        }
        return sb.append("\n_").append(Html.markdownCell(a.options().provenance())).append("_\n").toString();
    }
}
