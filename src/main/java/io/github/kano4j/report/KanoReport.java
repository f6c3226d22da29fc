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
        return l.text("marker shape and colour show the category: square M (must-be), circle O "
                + "(one-dimensional), triangle A (attractive), diamond I (indifferent) or Q, downward triangle R (reverse)",
                "标记的形状和颜色表示类别：方形 M（必备属性），圆形 O（期望属性），三角形 A（魅力属性），"
                + "菱形 I（无差异属性）或 Q（可疑结果），倒三角形 R（反向属性）");
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
        s.axes(ticks, ticks, l.text("|Worse| (dissatisfaction if absent)", "|Worse| 不满意系数（不具备时的不满）"),
                l.text("Better (satisfaction if present)", "Better 满意系数（具备时的满意）"));
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
        return s.render(l.text("Better-Worse diagram", "Better–Worse 图"), l.text("Each attribute at |Worse| "
                + "(dissatisfaction if absent, horizontal) and Better (satisfaction if present, vertical); ",
                "每个属性按 |Worse|（不具备时的不满，横轴）和 Better（具备时的满意，纵轴）定位；") + shapes(l)
                + l.text("; bubble size grows with stated importance; whiskers are 95 % Wilson intervals; dashed lines "
                + "are the classification thresholds.", "；气泡大小随重要性增加；误差线为 95 % Wilson 区间；虚线为分类阈值。"));
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
        return s.render(l.text("Category shares", "类别占比"), l.text("For each attribute, the shares of "
                + "respondents per category, stacked in the order M, O, A, I, R, Q.",
                "每个属性各类别受访者的占比，按 M、O、A、I、R、Q 的顺序堆叠。"));
    }

    /** DuMouchel's continuous scatter (x = dysfunctional mean, y = functional mean). */
    static String continuousSvg(KanoAnalysis a, Language l) {
        Svg s = new Svg(680, 520, 60, 20, 20, 50).domain(-2, 4, -2, 4);
        double split = a.options().continuousSplit();
        s.line(s.x(split), s.y(-2), s.x(split), s.y(4), "#bbb", 1, true);
        s.line(s.x(-2), s.y(split), s.x(4), s.y(split), "#bbb", 1, true);
        double[] ticks = {-2, -1, 0, 1, 2, 3, 4};
        s.axes(ticks, ticks, l.text("dysfunctional mean", "反向问题均值"), l.text("functional mean", "正向问题均值"));
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
        return s.render(l.text("DuMouchel continuous scores", "DuMouchel 连续得分"), l.text("Each attribute at its "
                + "mean dysfunctional score (horizontal) and mean functional score (vertical); ",
                "每个属性按反向问题均值（横轴）和正向问题均值（纵轴）定位；") + shapes(l) + l.text(".", "。"));
    }

    /** The results table as HTML. */
    static String table(KanoAnalysis a, Language l) {
        StringBuilder sb = new StringBuilder("<table><tr><th>" + l.text("attribute", "属性") + "</th><th>n</th>"
                + "<th>A</th><th>O</th><th>M</th><th>I</th><th>R</th><th>Q</th><th>" + l.text("category", "类别")
                + "</th><th>" + l.text("Better [CI]", "满意系数 Better [CI]") + "</th><th>"
                + l.text("Worse [CI]", "不满意系数 Worse [CI]") + "</th><th>" + l.text("CS", "类别强度") + "</th><th>"
                + l.text("TS", "总强度") + "</th><th>Fong</th><th>" + l.text("stability", "稳定性") + "</th><th>"
                + l.text("flags", "标记") + "</th></tr>\n");
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
        return "<h2>" + l.text("Kano questionnaire", "Kano 问卷") + "</h2>\n" + table(a, l) + charts(a, l)
                + provenance(a, l);
    }

    /** The charts: Better–Worse diagram, category bars, continuous (DuMouchel) diagram. */
    static String charts(KanoAnalysis a, Language l) {
        return betterWorseSvg(a, l) + "<p class=\"note\">" + Html.escape(l.text("Better–Worse diagram: ",
                "Better–Worse 图：") + shapes(l) + l.text("; bubble size grows with stated importance; whiskers are "
                + "95 % Wilson intervals.", "；气泡大小随重要性增加；误差线为 95 % Wilson 区间。")) + "</p>\n"
                + categoryBarsSvg(a, l) + continuousSvg(a, l);
    }

    /** The provenance line and the ingest report. */
    static String provenance(KanoAnalysis a, Language l) {
        return "<p class=\"prov\">" + Html.escape(l.text("options: ", "选项：") + a.options().provenance()) + "</p>\n"
                + a.ingest().map(r -> "<pre class=\"prov\">" + Html.escape(r.text(l)) + "</pre>\n").orElse("");
    }

    /** The page title in a language. */
    static String title(Language l) {
        return l.text("Kano analysis", "Kano 分析");
    }

    /** A self-contained HTML page. */
    static String html(KanoAnalysis a, Language l) {
        return Html.page(title(l), section(a, l), l.tag());
    }

    /** A Markdown table with a provenance line. */
    static String markdown(KanoAnalysis a, Language l) {
        boolean grouped = !a.groups().isEmpty();
        StringBuilder sb = new StringBuilder("| " + l.text("attribute", "属性") + " | "
                + (grouped ? l.text("group", "分组") + " | " : "") + "n | A | O | M | I | R | Q | "
                + l.text("category", "类别") + " | " + l.text("Better", "满意系数") + " | " + l.text("Worse", "不满意系数")
                + " | " + l.text("CS", "类别强度") + " | " + l.text("TS", "总强度")
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
