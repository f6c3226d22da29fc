package io.github.kano4j.report;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.Flag;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoResult;

import java.util.List;

/**
 * Charts and pages of a Kano questionnaire analysis: the Better–Worse diagram (x = |Worse|, y = Better,
 * quadrant lines at the thresholds used, Wilson whiskers, bubble size by importance, category colours),
 * stacked category-share bars, the DuMouchel continuous scatter, Markdown and a self-contained HTML page.
 */
final class KanoReport {
    private KanoReport() {
    }

    /** The colour of a category in every chart. */
    static String colour(Category c) {
        if (c == null) {
            return "#767676";
        }
        // Okabe-Ito hues (distinguishable with the common colour-vision deficiencies), darkened for text contrast
        return switch (c) {
            case A -> "#007a5a";
            case O -> "#0063a0";
            case M -> "#b34f00";
            case I -> "#676767";
            case R -> "#a3487f";
            case Q -> "#8a6100";
        };
    }

    /** The marker shape of a category: the second cue besides colour. */
    static Svg.Shape shape(Category c) {
        if (c == null) {
            return Svg.Shape.CIRCLE;
        }
        return switch (c) {
            case M -> Svg.Shape.SQUARE;
            case O -> Svg.Shape.CIRCLE;
            case A -> Svg.Shape.TRIANGLE;
            case I, Q -> Svg.Shape.DIAMOND;
            case R -> Svg.Shape.TRIANGLE_DOWN;
        };
    }

    /** How marker shapes map to categories, for notes under the charts. */
    static String shapes(Language l) {
        return l.message("kanoReport.marker_shape_and_colour_show");
    }

    /** The Better–Worse diagram. */
    static String betterWorseSvg(KanoAnalysis a, Language l) {
        Svg s = new Svg(680, 520, 60, 20, 20, 50).domain(0, 1, 0, 1);
        double bt = a.betterThreshold();
        double wt = a.worseThreshold();
        double[] ticks = {0, 0.25, 0.5, 0.75, 1};
        if (!Double.isNaN(bt) && !Double.isNaN(wt)) {
            s.line(s.x(wt), s.y(0), s.x(wt), s.y(1), "#bbb", 1, true);
            s.line(s.x(0), s.y(bt), s.x(1), s.y(bt), "#bbb", 1, true);
        }
        s.text(s.x(0.02), s.y(0.97), Category.A.displayNameWithLetter(l), 12, "start", colour(Category.A));
        s.text(s.x(0.98), s.y(0.97), Category.O.displayNameWithLetter(l), 12, "end", colour(Category.O));
        s.text(s.x(0.98), s.y(0.03), Category.M.displayNameWithLetter(l), 12, "end", colour(Category.M));
        s.text(s.x(0.02), s.y(0.03), Category.I.displayNameWithLetter(l), 12, "start", colour(Category.I));
        s.axes(ticks, ticks, l.message("kanoReport.worse_dissatisfaction_if_absent"),
                l.message("kanoReport.better_satisfaction_if_present"));
        double minImp = Double.POSITIVE_INFINITY;
        double maxImp = Double.NEGATIVE_INFINITY;
        for (KanoResult r : a.results()) {
            if (!Double.isNaN(r.importanceMean())) {
                minImp = Math.min(minImp, r.importanceMean());
                maxImp = Math.max(maxImp, r.importanceMean());
            }
        }
        for (KanoResult r : a.results()) {
            var c = r.coefficients();
            if (Double.isNaN(c.better())) {
                continue;
            }
            double px = s.x(c.absWorse());
            double py = s.y(c.better());
            String col = colour(r.category().orElse(null));
            s.line(s.x(c.absWorseInterval().lower()), py, s.x(c.absWorseInterval().upper()), py, col, 1, false);
            s.line(px, s.y(c.betterInterval().lower()), px, s.y(c.betterInterval().upper()), col, 1, false);
            double radius = 6;
            if (!Double.isNaN(r.importanceMean()) && maxImp > minImp) {
                radius = 5 + 9 * (r.importanceMean() - minImp) / (maxImp - minImp);
            }
            s.marker(px, py, radius, shape(r.category().orElse(null)), col, r.attribute() + ": " + r.label(l) + ", Better " + Html.num(c.better())
                    + " " + c.betterInterval() + ", |Worse| " + Html.num(c.absWorse()) + " " + c.absWorseInterval());
        }
        for (KanoResult r : a.results()) {
            if (!Double.isNaN(r.better())) {
                s.label(s.x(r.coefficients().absWorse()), s.y(r.better()), shorten(r.attribute()), 11);
            }
        }
        return s.render(l.message("kanoReport.better_worse_diagram"), l.message("kanoReport.each_attribute_at_worse_dissatisfaction") + shapes(l)
                + l.message("kanoReport.bubble_size_grows_with_stated"));
    }

    /** Stacked category shares per attribute. */
    static String categoryBarsSvg(KanoAnalysis a, Language l) {
        List<KanoResult> rs = a.results();
        int rowH = 22;
        double labelW = 230;
        Svg s = new Svg(720, 40 + rowH * rs.size() + 30, labelW, 20, 10, 30).domain(0, 1, 0, 1);
        Category[] order = {Category.M, Category.O, Category.A, Category.I, Category.R, Category.Q};
        for (int i = 0; i < rs.size(); i++) {
            KanoResult r = rs.get(i);
            double y0 = 20 + i * rowH;
            s.text(labelW - 8, y0 + 14, shorten(r.attribute()), 11, "end", "#333");
            CategoryCounts c = r.counts();
            double x = labelW;
            double w = 720 - labelW - 20;
            for (Category k : order) {
                double share = c.n() == 0 ? 0 : (double) c.get(k) / c.n();
                s.rect(x, y0, share * w, rowH - 6, colour(k), r.attribute() + ": " + k.letter() + " " + c.get(k)
                        + " (" + Html.num(share) + ")");
                x += share * w;
            }
        }
        double ly = 30 + rs.size() * rowH;
        double lx = 20;
        for (Category k : order) {
            s.rect(lx, ly - 9, 10, 10, colour(k), null);
            String label = l.isChinese() ? k.displayNameWithLetter(l) : k.letter() + " " + k.englishName();
            s.text(lx + 14, ly, label, 11, "start", "#333");
            lx += 28 + Svg.textWidth(label, 11);
        }
        return s.render(l.message("kanoReport.category_shares"), l.message("kanoReport.for_each_attribute_the_shares"));
    }

    /** DuMouchel's continuous scatter (x = dysfunctional mean, y = functional mean). */
    static String continuousSvg(KanoAnalysis a, Language l) {
        Svg s = new Svg(680, 520, 60, 20, 20, 50).domain(-2, 4, -2, 4);
        double split = a.options().continuousSplit();
        s.line(s.x(split), s.y(-2), s.x(split), s.y(4), "#bbb", 1, true);
        s.line(s.x(-2), s.y(split), s.x(4), s.y(split), "#bbb", 1, true);
        double[] ticks = {-2, -1, 0, 1, 2, 3, 4};
        s.axes(ticks, ticks, l.message("kanoReport.dysfunctional_mean"), l.message("kanoReport.functional_mean"));
        for (KanoResult r : a.results()) {
            var c = r.continuous();
            if (Double.isNaN(c.functionalMean())) {
                continue;
            }
            s.marker(s.x(c.dysfunctionalMean()), s.y(c.functionalMean()), 6, shape(r.category().orElse(null)),
                    colour(r.category().orElse(null)),
                    r.attribute() + ": F " + Html.num(c.functionalMean()) + " (SD " + Html.num(c.functionalSd())
                            + "), D " + Html.num(c.dysfunctionalMean()) + " (SD " + Html.num(c.dysfunctionalSd()) + ")");
        }
        for (KanoResult r : a.results()) {
            var c = r.continuous();
            if (!Double.isNaN(c.functionalMean())) {
                s.label(s.x(c.dysfunctionalMean()), s.y(c.functionalMean()), shorten(r.attribute()), 11);
            }
        }
        return s.render(l.message("kanoReport.dumouchel_continuous_scores"), l.message("kanoReport.each_attribute_at_its_mean") + shapes(l) + l.message("kanoReport.text"));
    }

    /** The results table as HTML. */
    static String table(KanoAnalysis a, Language l) {
        StringBuilder sb = new StringBuilder("<table><tr><th>" + l.message("kanoReport.attribute") + "</th><th>n</th>"
                + "<th>A</th><th>O</th><th>M</th><th>I</th><th>R</th><th>Q</th><th>" + l.message("kanoReport.category")
                + "</th><th>" + l.message("kanoReport.better_ci") + "</th><th>"
                + l.message("kanoReport.worse_ci") + "</th><th>" + l.message("kanoReport.cs") + "</th><th>"
                + l.message("kanoReport.ts") + "</th><th>Fong</th><th>" + l.message("kanoReport.stability") + "</th><th>"
                + l.message("kanoReport.flags") + "</th></tr>\n");
        String previous = null;
        for (KanoResult r : Groups.ordered(a.results(), KanoResult::attribute, a.groups())) {
            previous = Html.groupRow(sb, a.groups(), r.attribute(), previous, 16, l);
            CategoryCounts c = r.counts();
            sb.append("<tr><td class=\"t\">").append(Html.escape(r.attribute())).append("</td><td>").append(c.n())
                    .append("</td><td>").append(c.a()).append("</td><td>").append(c.o()).append("</td><td>")
                    .append(c.m()).append("</td><td>").append(c.i()).append("</td><td>").append(c.r())
                    .append("</td><td>").append(c.q()).append("</td><td class=\"t\" style=\"color:")
                    .append(colour(r.category().orElse(null))).append(";white-space:nowrap\"><b>").append(Html.escape(r.label(l)))
                    .append("</b></td><td>").append(Html.num(r.better())).append(' ')
                    .append(r.coefficients().betterInterval()).append("</td><td>").append(Html.num(r.worse()))
                    .append(' ').append(r.coefficients().worseInterval()).append("</td><td>")
                    .append(Html.num(r.categoryStrength())).append("</td><td>").append(Html.num(r.totalStrength()))
                    .append("</td><td>").append(Html.escape(fong(r, l))).append("</td><td>")
                    .append(Html.num(r.stability())).append("</td><td class=\"t\">")
                    .append(Html.escape(Flag.sorted(r.flags()))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        List<String> legend = Flag.legend(a.results().stream().map(KanoResult::flags).toList(), l);
        if (!legend.isEmpty()) {
            sb.append("<ul class=\"note\">");
            legend.forEach(line -> sb.append("<li>").append(Html.escape(line)).append("</li>"));
            sb.append("</ul>\n");
        }
        return sb.toString();
    }

    /** The body section for a combined report. */
    static String section(KanoAnalysis a, Language l) {
        return "<h2>" + l.message("kanoReport.kano_questionnaire") + "</h2>\n" + table(a, l) + charts(a, l)
                + provenance(a, l);
    }

    /** The charts: Better–Worse diagram, category bars, continuous (DuMouchel) diagram. */
    static String charts(KanoAnalysis a, Language l) {
        return betterWorseSvg(a, l) + "<p class=\"note\">" + Html.escape(l.message("kanoReport.better_worse_diagram_2") + shapes(l) + l.message("kanoReport.bubble_size_grows_with_stated_2")) + "</p>\n"
                + categoryBarsSvg(a, l) + continuousSvg(a, l);
    }

    /** The provenance line and the ingest report. */
    static String provenance(KanoAnalysis a, Language l) {
        return "<p class=\"prov\">" + Html.escape(l.message("kanoReport.options") + a.options().provenance()) + "</p>\n"
                + a.ingest().map(r -> "<pre class=\"prov\">" + Html.escape(r.text(l)) + "</pre>\n").orElse("");
    }

    /** The page title in a language. */
    static String title(Language l) {
        return l.message("kanoReport.kano_analysis");
    }

    /** A self-contained HTML page. */
    static String html(KanoAnalysis a, Language l) {
        return Html.page(title(l), section(a, l), l.tag());
    }

    /** A Markdown table with a provenance line. */
    static String markdown(KanoAnalysis a, Language l) {
        boolean grouped = !a.groups().isEmpty();
        StringBuilder sb = new StringBuilder("| " + l.message("kanoReport.attribute") + " | "
                + (grouped ? l.message("kanoReport.group") + " | " : "") + "n | A | O | M | I | R | Q | "
                + l.message("kanoReport.category") + " | " + l.message("kanoReport.better") + " | " + l.message("kanoReport.worse")
                + " | " + l.message("kanoReport.cs") + " | " + l.message("kanoReport.ts")
                + " | Fong |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|" + (grouped ? "---|" : "") + "\n");
        for (KanoResult r : Groups.ordered(a.results(), KanoResult::attribute, a.groups())) {
            CategoryCounts c = r.counts();
            sb.append("| ").append(Html.markdownCell(r.attribute())).append(" | ");
            if (grouped) {
                sb.append(Html.markdownCell(a.groups().getOrDefault(r.attribute(), "-"))).append(" | ");
            }
            sb.append(c.n()).append(" | ").append(c.a())
                    .append(" | ").append(c.o()).append(" | ").append(c.m()).append(" | ").append(c.i()).append(" | ")
                    .append(c.r()).append(" | ").append(c.q()).append(" | ").append(Html.markdownCell(r.label(l))).append(" | ")
                    .append(Html.num(r.better())).append(' ').append(r.coefficients().betterInterval()).append(" | ")
                    .append(Html.num(r.worse())).append(" | ").append(Html.num(r.categoryStrength())).append(" | ")
                    .append(Html.num(r.totalStrength())).append(" | ").append(fong(r, l)).append(" |\n");
        }
        List<String> legend = Flag.legend(a.results().stream().map(KanoResult::flags).toList(), l);
        if (!legend.isEmpty()) {
            sb.append('\n');
            legend.forEach(line -> sb.append("- ").append(Html.markdownCell(line)).append('\n'));
        }
        return sb.append("\n_").append(Html.markdownCell(a.options().provenance())).append("_\n").toString();
    }

    /** Fong's verdict as the pages write it: "significant" or "not significant" in English. */
    private static String fong(KanoResult r, Language l) {
        return l.isChinese() ? r.fong().verdict(l) : r.fong().verdict();
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }
}
