package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Language;
import io.github.kano4j.Answer;
import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Hostile attribute names are escaped; HTML and SVG parse as XML; output is deterministic. */
class HtmlReportTest {
    static final List<String> NAMES = List.of("<script>alert(1)</script>", "\"&'", "服务热线 24/7", "=cmd|' /C calc'!A0",
            "Zeile\u0000mit\u0007Steuerzeichen", "emoji \uD83D\uDE00 and lone \uD800 surrogate");

    static KanoAnalysis kano() {
        KanoTally t = KanoTally.create();
        Random rng = new Random(5);
        for (String name : NAMES) {
            for (int j = 0; j < 60; j++) {
                t.accept(name, Answer.values()[rng.nextInt(5)], Answer.values()[rng.nextInt(5)]);
                t.declare(name).acceptImportance(1 + rng.nextInt(9));
            }
        }
        return KanoAnalysis.of(t, KanoOptions.defaults().withBootstrap(200, 1L));
    }

    static SatisfactionAnalysis satisfaction() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(NAMES);
        Random rng = new Random(6);
        for (int j = 0; j < 300; j++) {
            double[] x = new double[NAMES.size()];
            double os = 3;
            for (int i = 0; i < x.length; i++) {
                x[i] = 1 + rng.nextInt(5);
                os += (x[i] <= 2 ? -0.5 : 0) + (x[i] == 5 ? 0.4 : 0);
            }
            b.add(os + rng.nextGaussian() * 0.5, x);
        }
        return SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults().withBootstrap(100, 2L));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyPageAndChartIsWellFormedAndInert() throws Exception {
        KanoAnalysis k = kano();
        SatisfactionAnalysis s = satisfaction();
        AllocationPlan plan = AllocationPlan.of(k, s, Map.of(), AllocationOptions.defaults(), Double.NaN);
        List<String> docs = List.of(Report.html(k), Report.svg(k), KanoReport.categoryBarsSvg(k, Language.EN), KanoReport.continuousSvg(k, Language.EN),
                Report.html(s), Report.svg(s), SatisfactionReport.performanceSvg(s, Language.EN), Report.html(plan),
                Report.html(k, s, plan), Report.html(k, plan), Report.html(s, plan));
        for (String doc : docs) {
            Document d = parse(doc);
            assertThat(d.getElementsByTagName("script").getLength()).isZero();
            assertThat(doc).doesNotContain("<script>").doesNotContain("href=").doesNotContain("src=")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            NodeList all = d.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                var attrs = all.item(i).getAttributes();
                for (int a = 0; a < attrs.getLength(); a++) {
                    assertThat(attrs.item(a).getNodeName()).doesNotStartWith("on");
                }
            }
        }
        assertThat(Report.html(k)).contains("服务热线 24/7").contains("&quot;&amp;&#39;").contains("emoji \uD83D\uDE00");
        assertThat(Report.markdown(k)).contains("&lt;script&gt;").contains("=cmd\\|");
    }

    @Test
    void sameInputSameBytes() {
        assertThat(Report.html(kano())).isEqualTo(Report.html(kano()));
        assertThat(Report.html(satisfaction())).isEqualTo(Report.html(satisfaction()));
    }

    @Test
    void escapeHandlesEveryDangerousCharacter() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Html.escape("a\u0000b\u001Fc\td")).isEqualTo("abc\td");
        assertThat(Html.escape("x\uDC00y")).isEqualTo("x\uFFFDy");
        assertThat(Html.escape(null)).isEmpty();
    }
}
