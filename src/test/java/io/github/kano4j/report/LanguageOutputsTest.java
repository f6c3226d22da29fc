package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Category;
import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.cli.Cli;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.questionnaire.Flag;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.IpaQuadrant;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionComparison;
import io.github.kano4j.satisfaction.SatisfactionSurvey;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every output of the analyses in English, Simplified and Traditional Chinese: text tables aligned in display
 * width, Markdown, HTML pages and fragments (parsed as XML), SVG charts, the ingest report and the CLI's
 * {@code --language} on every command. The data are the English after-sales example, so a Chinese output's Chinese
 * characters are all the library's own: none may be Simplified-only in Traditional output, and English output has
 * no Chinese at all.
 */
class LanguageOutputsTest {
    private static final Path DATA = Path.of("examples", "data");

    private static KanoAnalysis kano() {
        return Kano.analyze(DATA.resolve("after-sales-service.csv"));
    }

    private static SatisfactionAnalysis satisfaction() {
        return Kano.analyzeSatisfaction(SatisfactionCsvReader.create("overall")
                .read(DATA.resolve("after-sales-satisfaction.csv")), SatisfactionOptions.defaults().withBootstrap(50, 7));
    }

    /** Every analysis output in one language, by name. */
    private static Map<String, String> outputs(Language l) {
        KanoAnalysis k = kano();
        SatisfactionAnalysis s = satisfaction();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("kano text", k.text(l));
        out.put("kano markdown", Report.markdown(k, l));
        out.put("kano html", Report.html(k, l));
        out.put("kano fragment", Report.htmlFragment(k, l));
        Report.charts(k, l).forEach((name, svg) -> out.put(name, svg));
        out.put("ingest", k.ingest().orElseThrow().text(l));
        out.put("satisfaction text", s.text(l));
        out.put("satisfaction markdown", Report.markdown(s, l));
        out.put("satisfaction html", Report.html(s, l));
        out.put("satisfaction fragment", Report.htmlFragment(s, l));
        Report.charts(s, l).forEach((name, svg) -> out.put(name, svg));
        return out;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void englishOutputsAreEnglishAndUnchangedByTheNewOverloads() {
        KanoAnalysis k = kano();
        SatisfactionAnalysis s = satisfaction();
        outputs(Language.EN).forEach((name, text) -> assertThat(hasHan(text)).as(name).isFalse());
        assertThat(k.text(Language.EN)).isEqualTo(k.toString());
        assertThat(Report.markdown(k, Language.EN)).isEqualTo(Report.markdown(k));
        assertThat(Report.html(s, Language.EN)).isEqualTo(Report.html(s));
        assertThat(s.text(Language.EN)).isEqualTo(s.toString()).contains("dissatisfier");
        assertThat(k.ingest().orElseThrow().text(Language.EN)).isEqualTo(k.ingest().orElseThrow().toString());
    }

    @Test
    void chineseOutputsNameCategoriesFactorTypesAndHeadingsInEitherScript() throws Exception {
        for (Language l : List.of(Language.ZH_HANS, Language.ZH_HANT)) {
            Map<String, String> out = outputs(l);
            for (Map.Entry<String, String> e : out.entrySet()) {
                String text = e.getValue();
                assertThat(hasHan(text)).as(e.getKey()).isTrue();
                if (l == Language.ZH_HANT) {
                    assertThat(TraditionalChineseTest.leftover(text)).as(e.getKey()).isEmpty();
                }
                if (e.getKey().contains("html") || e.getKey().contains("fragment") || e.getKey().endsWith(".svg")) {
                    HtmlReportTest.parse(text);
                }
            }
            String must = Category.M.displayName(l);
            assertThat(must).isEqualTo(l == Language.ZH_HANS ? "必备属性" : "必備屬性");
            assertThat(out.get("kano text")).contains(must + " (M)").contains(l.chinese("属性"))
                    .contains(l.chinese("满意系数")).doesNotContain("category");
            assertThat(out.get("kano markdown")).contains(l.chinese("类别"));
            assertThat(out.get("kano html")).contains("<html lang=\"" + l.tag() + "\"").contains(must);
            assertThat(out.get("kano fragment")).contains("lang=\"" + l.tag() + "\"");
            assertThat(out.get("better-worse.svg")).contains(Category.A.displayName(l)).contains("Better")
                    .doesNotContain("Attractive (A)");
            assertThat(out.get("category-shares.svg")).contains(Category.Q.displayName(l));
            assertThat(out.get("ingest")).contains(l.chinese("读取行数")).doesNotContain("rows read");
            assertThat(out.get("satisfaction text")).contains(FactorType.DISSATISFIER.displayName(l))
                    .doesNotContain("dissatisfier");
            assertThat(out.get("impact-performance.svg")).contains(IpaQuadrant.CONCENTRATE_HERE.displayName(l));
            assertThat(out.get("satisfaction html")).contains("<html lang=\"" + l.tag() + "\"");
        }
    }

    @Test
    void chineseTextTablesAlignInDisplayWidth() {
        // each line's cells start at the same display column: find the Better interval's "[" in every row
        for (Language l : Language.values()) {
            String text = kano().text(l);
            List<String> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.contains("[0.") && !line.startsWith("flag") && !line.startsWith(l.text("flag", "标记"))) {
                    rows.add(line);
                }
            }
            assertThat(rows).as(l.tag()).hasSize(kano().results().size());
            Set<Integer> starts = new HashSet<>();
            for (String row : rows) {
                starts.add(TextTable.displayWidth(row.substring(0, row.indexOf('['))));
            }
            assertThat(starts).as(l.tag()).hasSize(1);
        }
    }

    @Test
    void everyFlagAndStatusIsExplainedInEveryLanguage() {
        for (Language l : Language.values()) {
            Set<String> seen = new HashSet<>();
            for (Flag f : Flag.values()) {
                assertThat(f.explanation(l)).as(f + " " + l).isNotBlank();
                assertThat(seen.add(f.explanation(l))).as(f + " " + l).isTrue();
                assertThat(hasHan(f.explanation(l))).isEqualTo(l.isChinese());
            }
            for (FactorType t : FactorType.values()) {
                assertThat(hasHan(t.displayName(l))).isEqualTo(l.isChinese());
            }
            for (Category c : Category.values()) {
                assertThat(hasHan(c.displayName(l))).isEqualTo(l.isChinese());
            }
        }
        assertThat(Category.A.displayName(Language.ZH_HANS)).isEqualTo("魅力属性");
        assertThat(Category.O.displayName(Language.ZH_HANS)).isEqualTo("期望属性");
        assertThat(Category.I.displayName(Language.ZH_HANS)).isEqualTo("无差异属性");
        assertThat(Category.R.displayName(Language.ZH_HANS)).isEqualTo("反向属性");
        assertThat(Category.Q.displayName(Language.ZH_HANS)).isEqualTo("可疑结果");
        assertThat(Category.I.displayName(Language.ZH_HANT)).isEqualTo("無差異屬性");
    }

    @Test
    void segmentComparisonsInChinese() {
        KanoSurvey survey = Kano.reader().withSegmentColumns("座席组").read(DATA.resolve("call-centre-kano.csv"));
        SegmentComparison c = Kano.compareSegments(survey, "座席组", KanoOptions.defaults());
        assertThat(c.text(Language.ZH_HANS)).startsWith("按细分比较：座席组").contains("类别变化");
        assertThat(c.text(Language.ZH_HANT)).startsWith("按細分比較：座席组").contains("類別變化"); // data stay as written
        assertThat(c.text(Language.EN)).isEqualTo(c.toString());
        SatisfactionSurvey sat = SatisfactionCsvReader.create("总体满意度").read(DATA.resolve("call-centre-satisfaction.csv"));
        SatisfactionComparison waves = SatisfactionComparison.ofWaves("2025", sat, "2026", sat,
                SatisfactionOptions.defaults().withBootstrap(0, 1));
        assertThat(waves.text(Language.ZH_HANS)).contains("类型变化").contains("基本因素");
        assertThat(waves.text(Language.EN)).isEqualTo(waves.toString()).contains("type drift");
    }

    @Test
    void thePlanInTextAndMarkdownFollowsItsLanguage() {
        KanoAnalysis k = kano();
        SatisfactionAnalysis s = satisfaction();
        var facts = io.github.kano4j.io.AttributeSheetReader.read(DATA.resolve("after-sales-attributes.csv")).facts();
        var en = Kano.allocate(k, s, facts, io.github.kano4j.allocation.AllocationOptions.defaults(), 20_000);
        assertThat(en.toString()).startsWith("Resource allocation (Kano questionnaire and satisfaction survey)")
                .contains("INCREASE").contains("Budget 20000");
        assertThat(hasHan(en.toString() + Report.markdown(en))).isFalse();
        for (Language l : List.of(Language.ZH_HANS, Language.ZH_HANT)) {
            var plan = Kano.allocate(k, s, facts, io.github.kano4j.allocation.AllocationOptions.defaults()
                    .withLanguage(l), 20_000);
            String text = plan.toString();
            String md = Report.markdown(plan);
            assertThat(text).startsWith(l.chinese("资源分配（Kano 问卷和满意度调查）")).contains(l.chinese("提升"))
                    .contains(l.chinese("预算 20000")).doesNotContain("INCREASE").doesNotContain("Budget");
            assertThat(md).contains("| " + l.chinese("属性") + " | " + l.chinese("策略") + " |");
            if (l == Language.ZH_HANT) {
                assertThat(TraditionalChineseTest.leftover(text + md)).isEmpty();
            }
        }
    }

    @Test
    void gapPagesInEveryLanguage() throws Exception {
        io.github.kano4j.io.GapCsvReader.GapSurvey s = io.github.kano4j.io.GapCsvReader.read(
                DATA.resolve("call-centre-gaps.csv"));
        io.github.kano4j.satisfaction.GapAnalysis g = io.github.kano4j.satisfaction.GapAnalysis.of(s.attributes(), 0.95,
                s.report()).withGroups(Map.of("反馈及时", "流程"));
        for (Language l : Language.values()) {
            String html = Report.html(g, l);
            HtmlReportTest.parse(html);
            assertThat(html).contains("<html lang=\"" + l.tag() + "\"").contains("<svg").contains("<b>"
                    + l.text("no group", "未分组") + "</b>");
            assertThat(Report.markdown(g, l)).contains("| " + l.text("attribute", "属性") + " |");
            if (l == Language.ZH_HANT) {
                // the attribute names are the user's (Simplified) data; the rest must be Traditional
                String own = html;
                for (var r : g.results()) {
                    own = own.replace(r.attribute(), "");
                }
                assertThat(TraditionalChineseTest.leftover(own.replace(s.report().source(), "").replace("流程", "").replace("序号", "")))
                        .isEmpty();
            }
        }
    }

    @Test
    void everyCommandTakesLanguage(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.csv");
        Cli.run("allocate", "--demo", "--budget", "20000", "--format", "csv", "--out", plan.toString());
        String sat = DATA.resolve("call-centre-satisfaction.csv").toString();
        Path attributes = dir.resolve("attributes.csv");
        Files.writeString(attributes, "attribute\n反馈及时\n");
        Map<List<String>, String> expected = new java.util.LinkedHashMap<>();
        expected.put(List.of("demo"), "必备属性 (M)");
        expected.put(List.of("analyze", DATA.resolve("call-centre-kano.csv").toString(), "--segment", "座席组"),
                "按细分比较");
        expected.put(List.of("analyze", DATA.resolve("call-centre-kano.csv").toString(), "--format", "markdown"),
                "| 属性 |");
        expected.put(List.of("satisfaction-demo"), "基本因素");
        expected.put(List.of("gap", DATA.resolve("call-centre-gaps.csv").toString()), "期望–感知差距");
        expected.put(List.of("track", "--plan", plan.toString(), "--satisfaction", sat, "--overall", "总体满意度"),
                "跟踪上期计划");
        expected.put(List.of("plan", "--margin", "0.05"), "每个细分所需样本量");
        expected.put(List.of("questionnaire", attributes.toString()), "反馈及时");
        expected.put(List.of("allocate", "--demo", "--budget", "20000"), "优先修复");
        expected.put(List.of("report", "--demo"), "<html lang=\"zh-Hans\"");
        for (Map.Entry<List<String>, String> e : expected.entrySet()) {
            List<String> args = new ArrayList<>(e.getKey());
            args.addAll(List.of("--language", "zh"));
            String out = Cli.run(args.toArray(new String[0]));
            assertThat(out).as(String.join(" ", args)).contains(e.getValue());
        }
    }
}
