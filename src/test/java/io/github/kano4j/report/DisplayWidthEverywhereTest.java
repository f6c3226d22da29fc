package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.io.GapCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.satisfaction.GapAnalysis;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every text table aligns names of equal display width but different lengths in characters — Chinese, full-width
 * Latin, a combining accent and plain ASCII — in every language: the attributes have identical data, so with the
 * name replaced by a placeholder of the same display width (and digits masked) their rows must be identical.
 */
class DisplayWidthEverywhereTest {
    /** Display width 10 each: 5 CJK, 5 full-width, 10 with a combining acute (11 chars), 10 ASCII. */
    private static final List<String> NAMES = List.of("服务速度快", "ＳＰＥＥＤ", "Cafe\u0301 speed", "abcdefghij");
    private static final String PLACEHOLDER = "##########";

    private static String kanoCsv() {
        StringBuilder sb = new StringBuilder("id,site");
        for (String n : NAMES) {
            sb.append(',').append(n).append("_functional,").append(n).append("_dysfunctional");
        }
        sb.append('\n');
        Random rng = new Random(11);
        for (int i = 1; i <= 120; i++) {
            int f = 1 + rng.nextInt(5);
            int d = 1 + rng.nextInt(5);
            sb.append(i).append(',').append(i % 2 == 0 ? "北京" : "ＳＨ");
            for (int k = 0; k < NAMES.size(); k++) {
                sb.append(',').append(f).append(',').append(d);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String gapCsv() {
        StringBuilder sb = new StringBuilder("id");
        for (String n : NAMES) {
            sb.append(',').append(n).append("_perception,").append(n).append("_expectation");
        }
        sb.append('\n');
        Random rng = new Random(5);
        for (int i = 1; i <= 80; i++) {
            int p = 1 + rng.nextInt(7);
            int e = 1 + rng.nextInt(7);
            sb.append(i);
            for (int k = 0; k < NAMES.size(); k++) {
                sb.append(',').append(p).append(',').append(e);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The rows naming the test attributes, each with its name replaced by the placeholder. */
    private static List<String> rows(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (String n : NAMES) {
                String trimmed = line.stripLeading();
                if (trimmed.startsWith(n + " ") && !trimmed.startsWith(n + ": ")) {
                    // digits masked: Monte-Carlo p-values differ between attributes, their widths do not
                    out.add(line.replace(n, PLACEHOLDER).replaceAll("[0-9]", "0"));
                }
            }
        }
        return out;
    }

    @Test
    void everyTableAlignsWideFullWidthAndCombiningNames() {
        KanoSurvey survey = Kano.reader().withSegmentColumns("site").read(new StringReader(kanoCsv()), "widths.csv");
        KanoAnalysis kano = Kano.analyze(survey, KanoOptions.defaults());
        GapCsvReader.GapSurvey gaps = GapCsvReader.read(new StringReader(gapCsv()), "gaps.csv");
        GapAnalysis gap = GapAnalysis.of(gaps.attributes(), 0.95, gaps.report());
        for (Language l : Language.values()) {
            Map<String, String> outputs = Map.of(
                    "kano", kano.text(l),
                    "kano grouped", kano.withGroups(Map.of(NAMES.get(0), "技术", NAMES.get(1), "技术",
                            NAMES.get(2), "技术", NAMES.get(3), "技术")).text(l),
                    "segments", Kano.compareSegments(survey, "site", KanoOptions.defaults()).text(l),
                    "ingest", survey.report().text(l),
                    "gaps", gap.text(l),
                    "plan", Kano.allocate(kano, AllocationOptions.defaults().withLanguage(l)).toString());
            outputs.forEach((name, text) -> {
                List<String> rows = rows(text);
                assertThat(rows).as("%s %s", name, l).hasSizeGreaterThanOrEqualTo(NAMES.size());
                for (int i = 0; i + NAMES.size() <= rows.size(); i += NAMES.size()) {
                    List<String> block = rows.subList(i, i + NAMES.size());
                    assertThat(block).as("%s %s:%n%s", name, l, text).allMatch(r -> r.equals(block.get(0)));
                }
                for (String line : text.split("\n")) {
                    if (line.startsWith("---")) {
                        int rule = line.length();
                        rows.forEach(r -> assertThat(TextTable.displayWidth(r)).as(name).isLessThanOrEqualTo(rule + 2));
                    }
                }
            });
        }
        assertThat(TextTable.displayWidth(NAMES.get(2))).isEqualTo(10);
        assertThat(NAMES.get(2)).hasSize(11);
    }
}
