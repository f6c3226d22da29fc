package io.github.kano4j.report;

import io.github.kano4j.internal.TextTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A small SVG builder for the charts: a plot area with linear axes, and label placement that avoids
 * overlapping earlier labels. Text is escaped with {@link Html#escape(String)}.
 */
final class Svg {
    final int width;
    final int height;
    final double left;
    final double right;
    final double top;
    final double bottom;
    double xMin = 0;
    double xMax = 1;
    double yMin = 0;
    double yMax = 1;
    private final StringBuilder body = new StringBuilder();
    private final List<double[]> labels = new ArrayList<>();

    Svg(int width, int height, double left, double right, double top, double bottom) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    Svg domain(double x0, double x1, double y0, double y1) {
        xMin = x0;
        xMax = x1;
        yMin = y0;
        yMax = y1;
        return this;
    }

    double x(double v) {
        return left + (v - xMin) / (xMax - xMin) * (width - left - right);
    }

    double y(double v) {
        return height - bottom - (v - yMin) / (yMax - yMin) * (height - top - bottom);
    }

    Svg raw(String s) {
        body.append(s).append('\n');
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
        body.append("<line x1=\"").append(Html.px(x1)).append("\" y1=\"").append(Html.px(y1)).append("\" x2=\"")
                .append(Html.px(x2)).append("\" y2=\"").append(Html.px(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(Html.px(w)).append('"')
                .append(dashed ? " stroke-dasharray=\"5,4\"" : "").append("/>\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String title) {
        body.append("<rect x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(y)).append("\" width=\"")
                .append(Html.px(Math.max(0, w))).append("\" height=\"").append(Html.px(Math.max(0, h)))
                .append("\" fill=\"").append(fill).append('"');
        if (title != null) {
            body.append("><title>").append(Html.escape(title)).append("</title></rect>\n");
        } else {
            body.append("/>\n");
        }
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String title) {
        body.append("<circle cx=\"").append(Html.px(cx)).append("\" cy=\"").append(Html.px(cy)).append("\" r=\"")
                .append(Html.px(r)).append("\" fill=\"").append(fill).append("\" fill-opacity=\"0.75\" stroke=\"#fff\">")
                .append("<title>").append(Html.escape(title)).append("</title></circle>\n");
        return this;
    }

    Svg text(double x, double y, String text, int size, String anchor, String fill) {
        body.append("<text x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(y)).append("\" font-size=\"")
                .append(size).append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append("\">")
                .append(Html.escape(text)).append("</text>\n");
        return this;
    }

    /** Approximate rendered width of a label at a font size (wide characters count double). */
    static double textWidth(String s, int size) {
        return TextTable.displayWidth(s) * size * 0.55;
    }

    /**
     * Places a label near (px, py) at the first of several offsets whose box overlaps no earlier label and
     * stays inside the chart; falls back to the first offset.
     */
    Svg label(double px, double py, String text, int size) {
        double w = textWidth(text, size);
        double h = size;
        double[][] offsets = {{7, -6}, {7, h + 4}, {-7 - w, -6}, {-7 - w, h + 4}, {-w / 2, -10}, {-w / 2, h + 10},
            {7, 4}, {-7 - w, 4}, {7, -6 - h - 2}, {7, 2 * h + 6}, {-7 - w, -6 - h - 2}, {-7 - w, 2 * h + 6},
            {-w / 2, -12 - h}, {-w / 2, 2 * h + 12}, {7, -8 - 2 * h}, {7, 3 * h + 8}, {-7 - w, -8 - 2 * h},
            {-7 - w, 3 * h + 8}};
        double[] chosen = null;
        for (double[] o : offsets) {
            double bx = px + o[0];
            double by = py + o[1] - h;
            if (bx < 0 || bx + w > width || by < 0 || by + h > height) {
                continue;
            }
            boolean free = true;
            for (double[] b : labels) {
                if (bx < b[0] + b[2] && bx + w > b[0] && by < b[1] + b[3] && by + h > b[1]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen = new double[] {bx, by, w, h};
                break;
            }
        }
        boolean leader = false;
        if (chosen == null) {
            chosen = new double[] {Math.max(0, Math.min(width - w, px + 7)), Math.max(0, py - 6 - h), w, h};
        } else {
            leader = Math.abs(chosen[1] + h / 2 - py) > 1.6 * h;
        }
        labels.add(chosen);
        if (leader) {
            double lx = chosen[0] > px ? chosen[0] - 1 : chosen[0] + w + 1;
            line(px, py, lx, chosen[1] + h / 2, "#bbb", 0.7, false);
        }
        return text(chosen[0], chosen[1] + h - 2, text, size, "start", "#333");
    }

    /** Axes with ticks and titles. */
    Svg axes(double[] xTicks, double[] yTicks, String xTitle, String yTitle) {
        line(left, height - bottom, width - right, height - bottom, "#999", 1, false);
        line(left, top, left, height - bottom, "#999", 1, false);
        for (double t : xTicks) {
            line(x(t), height - bottom, x(t), height - bottom + 4, "#999", 1, false);
            text(x(t), height - bottom + 16, TextTable.number(t).replaceAll("0+$", "").replaceAll("\\.$", ""), 11,
                    "middle", "#555");
        }
        for (double t : yTicks) {
            line(left - 4, y(t), left, y(t), "#999", 1, false);
            text(left - 7, y(t) + 4, TextTable.number(t).replaceAll("0+$", "").replaceAll("\\.$", ""), 11, "end",
                    "#555");
        }
        text((left + width - right) / 2, height - 6, xTitle, 12, "middle", "#333");
        body.append("<text x=\"14\" y=\"").append(Html.px((top + height - bottom) / 2))
                .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#333\" transform=\"rotate(-90 14 ")
                .append(Html.px((top + height - bottom) / 2)).append(")\">").append(Html.escape(yTitle))
                .append("</text>\n");
        return this;
    }

    /** The SVG element. */
    String render(String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\"" + Html.escape(title)
                + "\">\n<title>" + Html.escape(title) + "</title>\n<rect x=\"0\" y=\"0\" width=\"" + width
                + "\" height=\"" + height + "\" fill=\"#fff\"/>\n" + body + "</svg>\n";
    }
}
