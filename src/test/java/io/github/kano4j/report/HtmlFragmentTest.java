package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Fragments for notebooks and dashboards: one scoped {@code <div>}, no page scaffolding, every style rule scoped
 * under the div's class (nothing leaks into Jupyter or the host page), own colours for dark themes, hostile names
 * escaped, well-formed XML.
 */
class HtmlFragmentTest {
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @Test
    void fragmentsAreOneScopedDivWithoutGlobalStyles() throws Exception {
        KanoAnalysis kano = HtmlReportTest.kano();
        SatisfactionAnalysis sat = HtmlReportTest.satisfaction();
        AllocationPlan plan = AllocationPlan.of(kano, sat, AllocationOptions.defaults());
        for (String f : List.of(Report.htmlFragment(kano), Report.htmlFragment(sat), Report.htmlFragment(plan))) {
            assertThat(f).matches("(?s)<div class=\"kano4j-report\"( lang=\"en\")? role=\"region\" aria-label=\".*")
                    .endsWith("</div>\n")
                    .doesNotContain("<html", "<body", "<head", "<!DOCTYPE", "<script", "<title>Kano")
                    .doesNotContain("<script>alert(1)");
            Document d = HtmlReportTest.parse(f);
            assertThat(d.getDocumentElement().getTagName()).isEqualTo("div");
            Matcher m = STYLE.matcher(f);
            assertThat(m.find()).isTrue();
            String css = m.group(1).strip();
            assertThat(m.find()).as("one style element").isFalse();
            int rules = 0;
            for (String rule : css.split("}")) {
                if (rule.isBlank()) {
                    continue;
                }
                rules++;
                for (String selector : rule.substring(0, rule.indexOf('{')).split(",")) {
                    assertThat(selector.strip()).as(rule).matches("\\.kano4j-report( .+)?");
                }
            }
            assertThat(rules).isGreaterThan(5);
            assertThat(css).contains(".kano4j-report{font-family").contains("background:#fff").contains("color:#222")
                    .contains(".kano4j-report tr.s-increase>td{background:");
        }
    }

    @Test
    void pageAndFragmentShowTheSameSections() {
        KanoAnalysis kano = HtmlReportTest.kano();
        String page = Report.html(kano);
        String fragment = Report.htmlFragment(kano);
        String body = page.substring(page.indexOf("<h2>"), page.indexOf("</body>"));
        assertThat(fragment).endsWith(body + "</div>\n");
    }
}
