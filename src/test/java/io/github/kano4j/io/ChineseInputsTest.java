package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.KanoTally;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese questionnaires as analysts have them: 满意-based and other common wordings in both scripts, the German
 * wording of Sauerwein et al., role words in headers (正向/反向, 功能/非功能, 具备/不具备, half- and full-width brackets),
 * explicit column pairs by question text or column number, and label files.
 */
class ChineseInputsTest {
    @TempDir
    Path dir;

    private static final String[][] WORDINGS = {
        {"非常满意", "理应如此", "无所谓", "能够忍受", "很不满意"},
        {"满意", "必须这样", "无所谓喜欢不喜欢", "可以忍受", "不满意"},
        {"非常滿意", "理應如此", "無所謂", "能夠忍受", "很不滿意"},
        {"感到满意", "应该如此", "无所谓", "勉强接受", "感到不满"},
        {"Das würde mich sehr freuen", "Das setze ich voraus", "Das ist mir egal",
            "Das könnte ich eventuell in Kauf nehmen", "Das würde mich sehr stören"}};

    @Test
    void everyWordingSetReadsAsItsAnswers() throws IOException {
        for (String[] w : WORDINGS) {
            StringBuilder sb = new StringBuilder("speed_functional,speed_dysfunctional\n");
            KanoTally expected = KanoTally.create();
            for (int f = 0; f < 5; f++) {
                for (int d = 0; d < 5; d++) {
                    sb.append(w[f]).append(',').append(w[d]).append('\n');
                    expected.acceptLevels("speed", f, d);
                }
            }
            Path file = dir.resolve("wording.csv");
            Files.writeString(file, sb.toString());
            KanoSurvey s = KanoCsvReader.create().read(file);
            assertThat(s.tally()).as(w[0]).isEqualTo(expected);
            assertThat(s.report().rowsUsed()).isEqualTo(25);
        }
    }

    @Test
    void chineseRoleWordsPairHeaders() throws IOException {
        List<String[]> styles = List.of(new String[] {"电话接通（正向）", "电话接通（反向）", "电话接通（重要性）"},
                new String[] {"正向-电话接通", "反向-电话接通", "重要性-电话接通"},
                new String[] {"电话接通_正向", "电话接通_反向", "电话接通_重要度"},
                new String[] {"电话接通【功能】", "电话接通【非功能】", "电话接通【重要性】"},
                new String[] {"电话接通-具备", "电话接通-不具备", "电话接通-重要性"},
                new String[] {"電話接通(具備)", "電話接通(不具備)", "電話接通(重要性)"});
        for (String[] h : styles) {
            Path file = dir.resolve("roles.csv");
            Files.writeString(file, String.join(",", h) + "\n1,5,7\n2,5,9\n");
            KanoSurvey s = KanoCsvReader.create().read(file);
            String name = h[0].startsWith("電") ? "電話接通" : "电话接通";
            assertThat(s.tally().attributes()).as(h[0]).containsOnlyKeys(name);
            assertThat(s.tally().attributes().get(name).pairCount(0, 4)).as(h[0]).isEqualTo(1);
            assertThat(s.tally().attributes().get(name).importanceCount()).as(h[0]).isEqualTo(2);
            assertThat(s.report().unusedColumns()).as(h[0]).isEmpty();
        }
    }

    @Test
    void columnPairsByQuestionTextOrColumnNumberAndLabelFiles() throws IOException {
        Path data = dir.resolve("wjx.csv");
        Files.writeString(data, "序号,提交答卷时间,7、如果电话一次接通，您的感受是？,8、如果电话未能接通，您的感受是？,备注\n"
                + "1,2026/11/01 10:00,很喜欢这样,很讨厌这样,\n2,2026/11/01 10:05,理应如此,很讨厌这样,\n");
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "attribute,functional,dysfunctional\n电话一次接通,7、如果电话一次接通，您的感受是？,4\n");
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "# 问卷星选项文本\n很喜欢这样,like\n很讨厌这样,dislike\n");
        KanoSurvey s = KanoCsvReader.create().withLabelsFrom(labels).withColumnPairsFrom(pairs).read(data);
        assertThat(s.tally().attributes().get("电话一次接通").pairCount(0, 4)).isEqualTo(1);
        assertThat(s.tally().attributes().get("电话一次接通").pairCount(1, 4)).isEqualTo(1);
        assertThat(s.report().unusedColumns()).hasSize(3);

        Files.writeString(pairs, "attribute,functional,dysfunctional\n电话一次接通,7、如果电话一次接通，您的感受是？,9\n");
        assertThatThrownBy(() -> KanoCsvReader.create().withColumnPairsFrom(pairs).read(data))
                .isInstanceOf(KanoInputException.class).hasMessageContaining("column \"9\"")
                .hasMessageContaining("a header text or a column number 1-5");
        Files.writeString(pairs, "attribute,functional,dysfunctional\n电话一次接通,,4\n");
        assertThatThrownBy(() -> KanoCsvReader.create().withColumnPairsFrom(pairs))
                .hasMessage(pairs + ", row 2, column \"functional\", value \"\": missing; every row names an attribute "
                        + "and its functional and dysfunctional columns");
        Files.writeString(labels, "很喜欢这样,adore\n");
        assertThatThrownBy(() -> KanoCsvReader.create().withLabelsFrom(labels))
                .isInstanceOf(KanoInputException.class).hasMessageContaining(labels + ", row 1");
        assertThatThrownBy(() -> KanoCsvReader.create().withLabelsFrom(dir.resolve("none.csv")))
                .hasMessage(dir.resolve("none.csv") + ": file not found");
    }
}
