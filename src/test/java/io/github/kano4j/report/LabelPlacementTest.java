package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Language;
import io.github.kano4j.Kano;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Labels never sit beside the wrong point, checked from the SVG geometry alone: every label box lies inside the
 * chart, overlaps no other label and no other point's disc, and a label without a leader line is nearer to its own
 * point than to any other point. Checked on the bundled example, on hostile names, and on crowded charts of 40
 * attributes in tight clusters.
 */
class LabelPlacementTest {
    private static final Pattern ELEMENT = Pattern.compile("<g class=\"point\" data-cx=\"([\\d.-]+)\" data-cy=\"([\\d.-]+)\" "
            + "data-r=\"([\\d.]+)\"|"
            + "<line class=\"leader\"|<text class=\"label\" data-point=\"(-?\\d+)\" x=\"([\\d.-]+)\" y=\"([\\d.-]+)\" "
            + "font-size=\"(\\d+)\"[^>]*>([^<]*)</text>");

    @Test
    void labelsOfTheBundledExampleSitByTheirOwnPoints() {
        Path data = Path.of("examples", "data");
        KanoAnalysis kano = Kano.analyze(data.resolve("after-sales-service.csv"));
        SatisfactionAnalysis sat = Kano.analyzeSatisfaction(data.resolve("after-sales-satisfaction.csv"), "overall");
        assertThat(check(KanoReport.charts(kano, Language.EN) + SatisfactionReport.charts(sat, Language.EN))).isGreaterThanOrEqualTo(40);
        assertThat(check(KanoReport.charts(HtmlReportTest.kano(), Language.EN))).isGreaterThan(5);
    }

    @Test
    void labelsOfCrowdedChartsSitByTheirOwnPoints() {
        for (long seed = 1; seed <= 5; seed++) {
            Random rng = new Random(seed);
            KanoTally t = KanoTally.create();
            for (int k = 0; k < 40; k++) {
                int cluster = k % 3;
                for (int j = 0; j < 100; j++) {
                    int f = rng.nextInt(10) < 7 ? cluster : rng.nextInt(5);
                    int d = rng.nextInt(10) < 7 ? 4 - cluster : rng.nextInt(5);
                    t.acceptLevels("Service element number " + k, f, d);
                }
            }
            assertThat(check(KanoReport.charts(Kano.analyze(t, KanoOptions.defaults()), Language.EN))).as("seed " + seed)
                    .isEqualTo(80);
        }
    }

    /** Checks every chart in the HTML; returns the number of labels checked. */
    private static int check(String html) {
        int labels = 0;
        for (String svg : html.split("</svg>")) {
            labels += checkChart(svg);
        }
        return labels;
    }

    private static int checkChart(String svg) {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        if (!size.find()) {
            return 0;
        }
        double width = Double.parseDouble(size.group(1));
        double height = Double.parseDouble(size.group(2));
        List<double[]> points = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Matcher m = ELEMENT.matcher(svg);
        boolean leader = false;
        while (m.find()) {
            if (m.group(1) != null) {
                points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3))});
            } else if (m.group(4) == null) {
                leader = true;
            } else {
                int own = Integer.parseInt(m.group(4));
                int fontSize = Integer.parseInt(m.group(7));
                String text = m.group(8);
                double x = Double.parseDouble(m.group(5));
                double top = Double.parseDouble(m.group(6)) - fontSize + 2;
                double[] box = {x, top, Svg.textWidth(unescape(text), fontSize), fontSize};
                assertThat(own).as(text).isBetween(0, points.size() - 1);
                assertThat(box[0] >= 0 && box[0] + box[2] <= width + 0.1 && box[1] >= -0.1
                        && box[1] + box[3] <= height + 0.1).as(text + " inside the chart").isTrue();
                for (int i = 0; i < boxes.size(); i++) {
                    double[] b = boxes.get(i);
                    boolean overlap = box[0] < b[0] + b[2] - 0.1 && box[0] + box[2] > b[0] + 0.1
                            && box[1] < b[1] + b[3] - 0.1 && box[1] + box[3] > b[1] + 0.1;
                    assertThat(overlap).as(text + " overlaps " + texts.get(i)).isFalse();
                }
                double mine = Svg.distance(box, points.get(own)[0], points.get(own)[1]);
                for (int i = 0; i < points.size(); i++) {
                    if (i == own) {
                        continue;
                    }
                    double[] p = points.get(i);
                    double other = Svg.distance(box, p[0], p[1]);
                    assertThat(other).as(text + " covers point " + i).isGreaterThanOrEqualTo(p[2] + 0.9);
                    if (!leader) {
                        assertThat(other).as(text + " is nearer point " + i + " than its own").isGreaterThan(mine);
                    }
                }
                boxes.add(box);
                texts.add(text);
                leader = false;
            }
        }
        return boxes.size();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
