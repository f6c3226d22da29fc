package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The combined report reads as a manager reads: the summary first (fix first, improve, hold, cut or remove, no
 * decision, budget with the cost to meet every floor), then decisions, charts, statistics, a glossary, and
 * provenance with the ingest reports last; tables repeat their header when printed; narrow screens and print have
 * their own rules.
 */
class ManagerReportTest {
    private static final Path DATA = Path.of("examples", "data");

    @Test
    void theSummaryComesFirstAndProvenanceLast() throws Exception {
        KanoAnalysis kano = Kano.analyze(DATA.resolve("after-sales-service.csv"));
        SatisfactionAnalysis sat = Kano.analyzeSatisfaction(DATA.resolve("after-sales-satisfaction.csv"), "overall");
        AllocationPlan plan = Kano.allocate(kano, sat,
                AttributeSheetReader.read(DATA.resolve("after-sales-attributes.csv")).facts(),
                AllocationOptions.defaults(), 20_000);
        String html = Report.html(kano, sat, plan);
        HtmlReportTest.parse(html.substring(html.indexOf("<html")));
        List<String> order = List.of("<h1>", "<section id=\"summary\">", "<h3>Fix first: broken basics</h3>",
                "<h3>Then improve</h3>", "<h3>Hold</h3>", "<h3>Cut or remove</h3>", "<h3>No decision yet</h3>",
                "<h3>Budget</h3>", "<section id=\"decisions\">", "<section id=\"charts\">",
                "<section id=\"statistics\">", "<section id=\"glossary\">", "<section id=\"provenance\">",
                "Ingest report: ");
        int at = -1;
        for (String marker : order) {
            int next = html.indexOf(marker, at + 1);
            assertThat(next).as(marker + " after the previous part").isGreaterThan(at);
            at = next;
        }
        String summary = html.substring(html.indexOf("<section id=\"summary\">"), html.indexOf("</section>"));
        assertThat(summary).contains("Fix first: raise &#39;Callback when the line is busy&#39; until no more than 10% "
                + "of customers rate it 1-2 (now 30%)").contains("(expected gain 0.1547 points of overall satisfaction "
                + "(0-10))").contains("<li>Budget 20000: spend 19800 for an expected gain of 0.2443")
                .contains("<li>Callback when the line is busy: 10800 for 18 percentage points (18 to the floor)")
                .contains("<li>Cost to meet every floor: 82500.</li>").doesNotContain(": 0 for 0 percentage points");
        assertThat(summary.indexOf("Callback when the line is busy")).as("priority 1 first")
                .isLessThan(summary.indexOf("Technician arrives within two hours"));
        assertThat(html).contains("<table><thead><tr><th>attribute</th>").contains("thead{display:table-header-group}")
                .contains("@media (max-width:600px)").contains("name=\"viewport\"")
                .contains("<dt>M — Must-be (basic)</dt>");
    }

    @Test
    void aChinesePlanGivesAChineseSummaryAndGlossary() throws Exception {
        KanoAnalysis kano = Kano.analyze(DATA.resolve("after-sales-service.csv"));
        SatisfactionAnalysis sat = Kano.analyzeSatisfaction(DATA.resolve("after-sales-satisfaction.csv"), "overall");
        AllocationPlan plan = Kano.allocate(kano, sat,
                AttributeSheetReader.read(DATA.resolve("after-sales-attributes.csv")).facts(),
                AllocationOptions.defaults().withLanguage(Language.ZH_HANS), 20_000);
        String html = Report.html(kano, sat, plan);
        HtmlReportTest.parse(html.substring(html.indexOf("<html")));
        assertThat(html).contains("<html lang=\"zh-Hans\">").contains("<h2>摘要</h2>")
                .contains("<h3>优先修复（基本要求未达标）</h3>").contains("<li>预算 20000：支出 19800")
                .contains("达到全部底线的成本：82500。").contains("<h2>如何阅读本报告</h2>").contains("M — 必备属性（基本型）");
    }

    @Test
    void aPlanAloneOpensWithItsSummary() {
        KanoAnalysis kano = Kano.analyze(DATA.resolve("after-sales-service.csv"));
        String html = Report.html(Kano.allocate(kano, AllocationOptions.defaults()));
        assertThat(html.indexOf("<section id=\"summary\">")).isLessThan(html.indexOf("<h2>Resource allocation</h2>"));
        assertThat(Report.htmlFragment(Kano.allocate(kano, AllocationOptions.defaults())))
                .contains("<section id=\"summary\">");
    }
}
