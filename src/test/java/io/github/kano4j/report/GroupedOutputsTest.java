package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.cli.Cli;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Attribute groups in every output (text, Markdown, HTML sections, CSV and JSON columns, the CLI's {@code --groups})
 * and the localised name columns of the CSV: the bundled call-centre example with its 技术 / 流程 / 人员 groups.
 */
class GroupedOutputsTest {
    private static final Path DATA = Path.of("examples", "data");
    private static final Map<String, String> GROUPS = Map.of("电话顺利接通不占线", "技术", "反馈及时", "流程",
            "座席给出意外的建议", "人员", "一次性解决问题", "流程", "不在调查里的属性", "技术");

    private static KanoAnalysis kano() {
        return Kano.analyze(DATA.resolve("call-centre-kano.csv"));
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void groupsOrderEveryOutputAndFillTheGroupColumn() throws Exception {
        KanoAnalysis plain = kano();
        KanoAnalysis grouped = plain.withGroups(GROUPS);
        assertThat(grouped.groups()).hasSize(4).doesNotContainKey("不在调查里的属性");
        assertThat(grouped.ungrouped(GROUPS)).containsExactly("不在调查里的属性");
        assertThat(grouped.group("反馈及时")).contains("流程");
        assertThat(grouped.group("所有回答都准确")).isEmpty();
        // results themselves are untouched; only the outputs gain the column and the order
        assertThat(grouped.results()).isEqualTo(plain.results());

        List<CSVRecord> rows = records(Report.csv(grouped));
        List<String> order = new ArrayList<>();
        rows.forEach(r -> order.add(r.get("attribute") + "/" + r.get("group")));
        // groups in order of first appearance (技术 first, 流程 next, 人员 last), ungrouped attributes after them
        assertThat(order.subList(0, 4)).containsExactly("电话顺利接通不占线/技术", "反馈及时/流程", "一次性解决问题/流程",
                "座席给出意外的建议/人员");
        assertThat(order.subList(4, 9)).allMatch(s -> s.endsWith("/"));
        assertThat(rows).hasSize(plain.results().size());

        String text = grouped.text(Language.ZH_HANS);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("属性").contains("分组");
        assertThat(text.indexOf("反馈及时")).isLessThan(text.indexOf("所有回答都准确"));
        assertThat(Report.markdown(grouped, Language.EN)).contains("| attribute | group | n |")
                .contains("| 反馈及时 | 流程 |");
        String html = Report.html(grouped, Language.ZH_HANS);
        HtmlReportTest.parse(html);
        assertThat(html).contains("<tr class=\"group\"><td class=\"t\" colspan=\"16\"><b>技术</b></td></tr>")
                .contains("<b>未分组</b>");
        assertThat(Report.json(grouped, List.of())).contains("\"group\": \"流程\"");
        // without groups: no group column in text, an empty one in CSV
        assertThat(plain.text(Language.EN).lines().findFirst().orElseThrow()).doesNotContain("group");
        assertThat(records(Report.csv(plain))).allMatch(r -> r.get("group").isEmpty());
    }

    @Test
    void satisfactionOutputsTakeGroupsToo() throws Exception {
        SatisfactionAnalysis a = Kano.analyzeSatisfaction(SatisfactionCsvReader.create("总体满意度")
                .read(DATA.resolve("call-centre-satisfaction.csv")), SatisfactionOptions.defaults().withBootstrap(0, 1))
                .withGroups(GROUPS);
        List<CSVRecord> rows = records(Report.csv(a, Report.CsvCells.NEUTRALISED, Language.ZH_HANT));
        assertThat(rows.get(0).get("attribute")).isEqualTo("电话顺利接通不占线");
        assertThat(rows.get(0).get("group")).isEqualTo("技术");
        assertThat(rows.get(0).get("factor_type")).isEqualTo("dissatisfier");
        assertThat(rows.get(0).get("factor_type_name")).isEqualTo("基本因素");
        assertThat(a.text(Language.EN).lines().skip(1).findFirst().orElseThrow()).startsWith("attribute").contains("group");
        assertThat(Report.html(a, Language.EN)).contains("<b>no group</b>");
    }

    @Test
    void categoryNamesInCsvFollowTheLanguage() throws Exception {
        KanoAnalysis k = kano();
        CSVRecord en = records(Report.csv(k)).get(0);
        assertThat(en.get("category")).isEqualTo("M");
        assertThat(en.get("category_name")).isEqualTo("Must-be (M)");
        CSVRecord zh = records(Report.csv(k, List.of(), Report.CsvCells.NEUTRALISED, Language.ZH_HANS)).get(0);
        assertThat(zh.get("category_name")).isEqualTo("必备属性 (M)");
        CSVRecord hant = records(Report.csv(k, List.of(), Report.CsvCells.NEUTRALISED, Language.ZH_HANT)).get(0);
        assertThat(hant.get("category_name")).isEqualTo("必備屬性 (M)");
        // the column names stay English in every language
        assertThat(Report.csv(k, List.of(), Report.CsvCells.NEUTRALISED, Language.ZH_HANS).lines().findFirst())
                .contains(String.join(",", Report.KANO_CSV_COLUMNS));
        assertThat(k.results().get(1).categoryName(Language.EN)).isEqualTo("One-dimensional (O)");
    }

    @Test
    void aLongFileCarriesItsGroupsIntoTheAnalysis(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.csv");
        StringBuilder sb = new StringBuilder("respondent,attribute,分组,functional,dysfunctional\n");
        for (int i = 1; i <= 30; i++) {
            sb.append(i).append(",接通,技术,").append(1 + i % 5).append(",5\n");
            sb.append(i).append(",反馈及时,流程,2,").append(1 + i % 5).append('\n');
        }
        Files.writeString(file, sb.toString());
        KanoAnalysis a = Kano.analyze(file);
        assertThat(a.groups()).containsExactly(Map.entry("接通", "技术"), Map.entry("反馈及时", "流程"));
        assertThat(records(Report.csv(a)).get(1).get("group")).isEqualTo("流程");
        Files.writeString(file, sb + "31,接通,流程,1,5\n");
        assertThatThrownBy(() -> Kano.analyze(file)).hasMessageContaining("row 62").hasMessageContaining("分组")
                .hasMessageContaining("\"流程\"").hasMessageContaining("was in group \"技术\"");
    }

    @Test
    void theCommandLineReadsAGroupFileAndWarnsOfUnknownNames(@TempDir Path dir) throws Exception {
        Path groups = dir.resolve("groups.csv");
        Files.writeString(groups, "attribute,group\n反馈及时,流程\n不存在的属性,技术\n");
        String csv = Cli.run("analyze", DATA.resolve("call-centre-kano.csv").toString(), "--groups",
                groups.toString(), "--format", "csv", "--language", "zh");
        CSVRecord first = records(csv).get(0);
        assertThat(first.get("attribute")).isEqualTo("反馈及时");
        assertThat(first.get("group")).isEqualTo("流程");
        assertThat(first.get("category_name")).isEqualTo("期望属性 (O)");
        var err = new java.io.ByteArrayOutputStream();
        int exit = io.github.kano4j.cli.Main.run(new String[] {"analyze", DATA.resolve("call-centre-kano.csv")
            .toString(), "--groups", groups.toString()}, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("names 1 attribute not in the survey, not used: 不存在的属性");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "attribute\n反馈及时\n");
        assertThatThrownBy(() -> Cli.run("analyze", DATA.resolve("call-centre-kano.csv").toString(), "--groups",
                empty.toString())).hasMessageContaining("no attribute has a group");
    }
}
