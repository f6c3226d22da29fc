package io.github.kano4j.report;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.satisfaction.GapAnalysis;

import java.util.List;

/**
 * Pages of an expectation–perception gap analysis (docs/METHODS.md §6.9): a Markdown table, and an HTML page with
 * the table (a section row per dimension), the dimensions and a gap chart — each attribute's mean gap as a bar from
 * zero with its interval, below-expectation gaps in red.
 */
final class GapReport {
    private GapReport() {
    }

    static String title(Language l) {
        return l.message("gapReport.expectation_perception_gaps");
    }

    /** A Markdown table of the gaps, then the dimensions. */
    static String markdown(GapAnalysis g, Language l) {
        boolean zone = g.results().stream().anyMatch(r -> !Double.isNaN(r.msa()));
        StringBuilder sb = new StringBuilder("| " + String.join(" | ", l.message("gapReport.attribute"),
                l.message("gapReport.dimension"), "n", l.message("gapReport.perception"), l.message("gapReport.expectation"),
                l.message("gapReport.gap_ci"), l.message("gapReport.p_e"))
                + (zone ? " | " + l.message("gapReport.below_adequate") + " | " + l.message("gapReport.above_desired") : "")
                + " |\n|---|---|---|---|---|---|---|" + (zone ? "---|---|" : "") + "\n");
        for (GapAnalysis.GapResult r : Groups.ordered(g.results(), GapAnalysis.GapResult::attribute, g.groups())) {
            sb.append("| ").append(Html.markdownCell(r.attribute())).append(" | ")
                    .append(Html.markdownCell(g.groups().getOrDefault(r.attribute(), "-"))).append(" | ").append(r.n())
                    .append(" | ").append(Html.num(r.perceptionMean())).append(" | ").append(Html.num(r.expectationMean()))
                    .append(" | ").append(Html.num(r.gap())).append(' ').append(r.gapInterval()).append(" | ")
                    .append(Html.num(r.negativeShare()));
            if (zone) {
                sb.append(" | ").append(Html.num(r.belowAdequate())).append(" | ").append(Html.num(r.aboveDesired()));
            }
            sb.append(" |\n");
        }
        List<GapAnalysis.DimensionGap> dims = g.dimensions();
        if (!dims.isEmpty()) {
            sb.append("\n| ").append(l.message("gapReport.dimension")).append(" | ").append(l.message("gapReport.attributes"))
                    .append(" | ").append(l.message("gapReport.mean_gap")).append(" | ").append(l.message("gapReport.weighted_gap")).append(" |\n|---|---|---|---|\n");
            dims.forEach(d -> sb.append("| ").append(Html.markdownCell(d.dimension())).append(" | ")
                    .append(d.attributes().size()).append(" | ").append(Html.num(d.meanGap())).append(" | ")
                    .append(Html.num(d.weightedGap())).append(" |\n"));
        }
        return sb.append("\n_").append(Html.markdownCell(footer(g, l))).append("_\n").toString();
    }

    private static String footer(GapAnalysis g, Language l) {
        return l.message("gapReport.gap_perception_expectation_intervals")
                + Math.round(g.confidence() * 100) + l.message("gapReport.paired_t_wilson_for_shares");
    }

    /** A self-contained page: table, dimensions, chart, ingest report. */
    static String html(GapAnalysis g, Language l) {
        return Html.page(title(l), section(g, l), l.tag());
    }

    static String section(GapAnalysis g, Language l) {
        boolean zone = g.results().stream().anyMatch(r -> !Double.isNaN(r.msa()));
        StringBuilder sb = new StringBuilder("<h2>").append(l.message("gapReport.gaps_by_attribute"))
                .append("</h2>\n<table><tr>");
        String[][] heads = {{"attribute", "属性"}, {"n", "n"}, {"perception", "感知"}, {"expectation", "期望"},
            {"gap [CI]", "差距 [CI]"}, {"P < E [CI]", "感知 < 期望 [CI]"}};
        for (String[] h : heads) {
            sb.append("<th>").append(Html.escape(l.text(h[0], h[1]))).append("</th>");
        }
        if (zone) {
            sb.append("<th>").append(l.message("gapReport.below_adequate")).append("</th><th>")
                    .append(l.message("gapReport.within_zone")).append("</th><th>")
                    .append(l.message("gapReport.above_desired")).append("</th>");
        }
        sb.append("</tr>\n");
        int columns = heads.length + (zone ? 3 : 0);
        String previous = null;
        for (GapAnalysis.GapResult r : Groups.ordered(g.results(), GapAnalysis.GapResult::attribute, g.groups())) {
            previous = Html.groupRow(sb, g.groups(), r.attribute(), previous, columns, l);
            sb.append("<tr><td class=\"t\">").append(Html.escape(r.attribute())).append("</td><td>").append(r.n())
                    .append("</td><td>").append(Html.num(r.perceptionMean())).append("</td><td>")
                    .append(Html.num(r.expectationMean())).append("</td><td style=\"color:")
                    .append(r.gap() < 0 ? "#c62828" : "#2e7d32").append("\">").append(Html.num(r.gap())).append(' ')
                    .append(r.gapInterval()).append("</td><td>").append(Html.num(r.negativeShare())).append(' ')
                    .append(r.negativeInterval()).append("</td>");
            if (zone) {
                sb.append("<td>").append(Html.num(r.belowAdequate())).append("</td><td>").append(Html.num(r.withinZone()))
                        .append("</td><td>").append(Html.num(r.aboveDesired())).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        List<GapAnalysis.DimensionGap> dims = g.dimensions();
        if (!dims.isEmpty()) {
            sb.append("<table><tr><th>").append(l.message("gapReport.dimension")).append("</th><th>")
                    .append(l.message("gapReport.attributes")).append("</th><th>").append(l.message("gapReport.mean_gap"))
                    .append("</th><th>").append(l.message("gapReport.weighted_gap")).append("</th></tr>\n");
            dims.forEach(d -> sb.append("<tr><td class=\"t\">").append(Html.escape(d.dimension())).append("</td><td>")
                    .append(d.attributes().size()).append("</td><td>").append(Html.num(d.meanGap())).append("</td><td>")
                    .append(Html.num(d.weightedGap())).append("</td></tr>\n"));
            sb.append("</table>\n");
        }
        return sb.append(chart(g, l)).append("<p class=\"prov\">").append(Html.escape(footer(g, l)))
                .append("</p>\n<pre class=\"prov\">").append(Html.escape(g.report().text(l))).append("</pre>\n")
                .toString();
    }

    /** Each attribute's mean gap as a bar from zero, with its interval as a whisker. */
    static String chart(GapAnalysis g, Language l) {
        List<GapAnalysis.GapResult> rs = Groups.ordered(g.results(), GapAnalysis.GapResult::attribute, g.groups());
        double lo = -0.5;
        double hi = 0.5;
        for (GapAnalysis.GapResult r : rs) {
            for (double v : new double[] {r.gap(), r.gapInterval().lower(), r.gapInterval().upper()}) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        final double min = Math.floor(lo * 2) / 2;
        final double max = Math.ceil(hi * 2) / 2;
        int rowH = 22;
        double labelW = 230;
        int width = 720;
        Svg s = new Svg(width, 50 + rowH * rs.size() + 30, labelW, 20, 20, 40).domain(min, max, 0, 1);
        double plot = width - labelW - 20;
        java.util.function.DoubleUnaryOperator x = v -> labelW + (v - min) / (max - min) * plot;
        for (int i = 0; i < rs.size(); i++) {
            GapAnalysis.GapResult r = rs.get(i);
            double y0 = 20 + i * rowH;
            s.text(labelW - 8, y0 + 14, KanoReport.shorten(r.attribute()), 11, "end", "#333");
            if (Double.isNaN(r.gap())) {
                continue;
            }
            double a = x.applyAsDouble(Math.min(0, r.gap()));
            double b = x.applyAsDouble(Math.max(0, r.gap()));
            s.rect(a, y0 + 3, b - a, rowH - 8, r.gap() < 0 ? "#c62828" : "#2e7d32", r.attribute() + ": "
                    + Html.num(r.gap()) + " " + r.gapInterval());
            if (r.gapInterval().isDefined()) {
                double cy = y0 + rowH / 2.0 - 1;
                s.line(x.applyAsDouble(r.gapInterval().lower()), cy, x.applyAsDouble(r.gapInterval().upper()), cy, "#222",
                        1, false);
            }
        }
        double bottom = 20 + rs.size() * rowH;
        s.line(x.applyAsDouble(0), 14, x.applyAsDouble(0), bottom, "#555", 1, false);
        for (double t = min; t <= max + 1e-9; t += 0.5) {
            s.text(x.applyAsDouble(t), bottom + 16, Html.num(t).replaceAll("0+$", "").replaceAll("\\.$", ""), 10,
                    "middle", "#555");
        }
        s.text(labelW + plot / 2, bottom + 32, l.message("gapReport.mean_gap_perception_expectation"), 11,
                "middle", "#333");
        return s.render(l.message("gapReport.gap_chart"), l.message("gapReport.each_attribute_s_mean_gap"));
    }
}
