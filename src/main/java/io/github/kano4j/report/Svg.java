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
    private final List<double[]> points = new ArrayList<>();
    private final List<String> legend = new ArrayList<>();

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
        return marker(cx, cy, r, Shape.CIRCLE, fill, title);
    }

    /** Marker shapes: a second cue besides colour. */
    enum Shape {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN
    }

    /**
     * A data point drawn as a shape of about radius r, with a tooltip; registered for label placement and marked
     * ({@code class="point"}, {@code data-cx}, {@code data-cy}, {@code data-r}) so placement can be checked.
     */
    Svg marker(double cx, double cy, double r, Shape shape, String fill, String title) {
        points.add(new double[] {cx, cy, r});
        body.append("<g class=\"point\" data-cx=\"").append(Html.px(cx)).append("\" data-cy=\"").append(Html.px(cy))
                .append("\" data-r=\"").append(Html.px(r)).append("\" fill=\"").append(fill)
                .append("\" fill-opacity=\"0.8\" stroke=\"#fff\"><title>").append(Html.escape(title)).append("</title>");
        switch (shape) {
            case CIRCLE -> body.append("<circle cx=\"").append(Html.px(cx)).append("\" cy=\"").append(Html.px(cy))
                    .append("\" r=\"").append(Html.px(r)).append("\"/>");
            case SQUARE -> {
                double h = r * 0.89;
                body.append("<rect x=\"").append(Html.px(cx - h)).append("\" y=\"").append(Html.px(cy - h))
                        .append("\" width=\"").append(Html.px(2 * h)).append("\" height=\"").append(Html.px(2 * h))
                        .append("\"/>");
            }
            case TRIANGLE -> polygon(cx, cy - r * 1.15, cx + r * 1.1, cy + r * 0.75, cx - r * 1.1, cy + r * 0.75);
            case TRIANGLE_DOWN -> polygon(cx, cy + r * 1.15, cx + r * 1.1, cy - r * 0.75, cx - r * 1.1, cy - r * 0.75);
            case DIAMOND -> polygon(cx, cy - r * 1.2, cx + r * 1.2, cy, cx, cy + r * 1.2, cx - r * 1.2, cy);
        }
        body.append("</g>\n");
        return this;
    }

    private void polygon(double... xy) {
        body.append("<polygon points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            body.append(i == 0 ? "" : " ").append(Html.px(xy[i])).append(',').append(Html.px(xy[i + 1]));
        }
        body.append("\"/>");
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
     * Places the label of the point at (px, py) — a point drawn earlier with {@link #circle} — so that it never sits
     * beside the wrong point: candidate positions close around the point are accepted only when the label box
     * overlaps no earlier label and no other point, stays inside the chart, and is nearer to its own point than to
     * any other point; failing that, positions further out are tried with a leader line from the point to the
     * label. The text carries {@code class="label"} and the index of its point ({@code data-point}), the leader line
     * {@code class="leader"}, so the placement can be checked from the SVG alone.
     */
    Svg label(double px, double py, String text, int size) {
        String shown = text.replaceAll("[\\x00-\\x08\\x0B-\\x1F]", "");
        int own = nearestPoint(px, py);
        Placement p = place(px, py, shown, size, own);
        if (p == null) {
            // no room for the name: a number by the point, the name in the legend under the chart
            String number = String.valueOf(legend.size() + 1);
            p = place(px, py, number, size, own);
            legend.add(number + "  " + shown);
            shown = number;
            if (p == null) {
                double w = textWidth(number, size);
                p = new Placement(new double[] {Math.max(0, Math.min(width - w, px + 7)), Math.max(0, py - 6 - size),
                    w, size}, true);
            }
        }
        double[] chosen = p.box();
        labels.add(chosen);
        if (p.leader()) {
            double lx = Math.max(chosen[0], Math.min(px, chosen[0] + chosen[2]));
            double ly = Math.max(chosen[1], Math.min(py, chosen[1] + chosen[3]));
            body.append("<line class=\"leader\" x1=\"").append(Html.px(px)).append("\" y1=\"").append(Html.px(py))
                    .append("\" x2=\"").append(Html.px(lx)).append("\" y2=\"").append(Html.px(ly))
                    .append("\" stroke=\"#999\" stroke-width=\"0.8\"/>\n");
        }
        body.append("<text class=\"label\" data-point=\"").append(own).append("\" x=\"").append(Html.px(chosen[0]))
                .append("\" y=\"").append(Html.px(chosen[1] + size - 2)).append("\" font-size=\"").append(size)
                .append("\" text-anchor=\"start\" fill=\"#333\">").append(Html.escape(shown)).append("</text>\n");
        return this;
    }

    private record Placement(double[] box, boolean leader) {
    }

    /** A free place for a label: close by without a leader, or further out with one; null when none is free. */
    private Placement place(double px, double py, String text, int size, int own) {
        double w = textWidth(text, size);
        double h = size;
        double[][] near = {{7, -6}, {7, h + 4}, {-7 - w, -6}, {-7 - w, h + 4}, {-w / 2, -10}, {-w / 2, h + 10},
            {7, 4}, {-7 - w, 4}};
        for (double[] o : near) {
            double[] box = {px + o[0], py + o[1] - h, w, h};
            if (fits(box, own) && nearestTo(box, own)) {
                return new Placement(box, false);
            }
        }
        for (int ring = 1; ring <= 8; ring++) {
            double d = 12 + 14 * ring;
            for (int k = 0; k < 16; k++) {
                double a = Math.PI * 2 * k / 16;
                double[] box = {px + Math.cos(a) * (d + w / 2) - w / 2, py - Math.sin(a) * d - h / 2, w, h};
                if (fits(box, own)) {
                    return new Placement(box, true);
                }
            }
        }
        return null;
    }

    /** Inside the chart, clear of earlier labels and of every point's disc except the own point's centre area. */
    private boolean fits(double[] b, int own) {
        if (b[0] < 0 || b[0] + b[2] > width || b[1] < 0 || b[1] + b[3] > height) {
            return false;
        }
        for (double[] l : labels) {
            if (b[0] < l[0] + l[2] && b[0] + b[2] > l[0] && b[1] < l[1] + l[3] && b[1] + b[3] > l[1]) {
                return false;
            }
        }
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            if (distance(b, p[0], p[1]) < (i == own ? 1 : p[2] + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the box is nearer to the own point than to any other point (by at least 2 px). */
    private boolean nearestTo(double[] b, int own) {
        if (own < 0) {
            return true;
        }
        double mine = distance(b, points.get(own)[0], points.get(own)[1]);
        for (int i = 0; i < points.size(); i++) {
            if (i != own && distance(b, points.get(i)[0], points.get(i)[1]) <= mine + 2) {
                return false;
            }
        }
        return true;
    }

    /** Distance from a point to a box (0 inside). */
    static double distance(double[] b, double x, double y) {
        double dx = Math.max(Math.max(b[0] - x, 0), x - (b[0] + b[2]));
        double dy = Math.max(Math.max(b[1] - y, 0), y - (b[1] + b[3]));
        return Math.hypot(dx, dy);
    }

    private int nearestPoint(double x, double y) {
        int best = -1;
        double bd = 0.5;
        for (int i = 0; i < points.size(); i++) {
            double d = Math.hypot(points.get(i)[0] - x, points.get(i)[1] - y);
            if (d < bd) {
                bd = d;
                best = i;
            }
        }
        return best;
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
        return render(title, null);
    }

    /** The SVG element with a title and, when given, a description of how to read it ({@code <desc>}). */
    String render(String title, String description) {
        StringBuilder key = new StringBuilder();
        int total = height;
        if (!legend.isEmpty()) {
            key.append("<text class=\"legend\" x=\"").append(Html.px(left)).append("\" y=\"").append(height + 14)
                    .append("\" font-size=\"11\" fill=\"#333\">Numbered points:</text>\n");
            int columns = Math.max(1, (int) ((width - left) / 230));
            for (int i = 0; i < legend.size(); i++) {
                double x = left + (i % columns) * 230;
                int y = height + 30 + (i / columns) * 15;
                key.append("<text class=\"legend\" x=\"").append(Html.px(x)).append("\" y=\"").append(y)
                        .append("\" font-size=\"11\" fill=\"#333\">").append(Html.escape(legend.get(i)))
                        .append("</text>\n");
            }
            total = height + 40 + ((legend.size() - 1) / columns) * 15;
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + total
                + "\" viewBox=\"0 0 " + width + " " + total + "\" role=\"img\" aria-label=\"" + Html.escape(title)
                + "\">\n<title>" + Html.escape(title) + "</title>\n"
                + (description == null ? "" : "<desc>" + Html.escape(description) + "</desc>\n")
                + "<rect x=\"0\" y=\"0\" width=\"" + width
                + "\" height=\"" + total + "\" fill=\"#fff\"/>\n" + body + key + "</svg>\n";
    }
}
