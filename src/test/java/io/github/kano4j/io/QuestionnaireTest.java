package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.Language;
import io.github.kano4j.cli.Main;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.Questionnaire;
import io.github.kano4j.report.Report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The questionnaire generator in each language: the standard questions, answers the readers recognise in order
 * (so fielded answers read back as they are), the 问卷星 text-import form, and the CLI.
 */
class QuestionnaireTest {
    @Test
    void everyLanguageAsksBothQuestionsWithAnswersTheReadersRecognise() {
        for (Language language : Language.values()) {
            Questionnaire q = Questionnaire.of(List.of("Speed", "接通速度"), language, true);
            assertThat(q.questions()).hasSize(6);
            assertThat(q.questions()).extracting(Questionnaire.Question::role).containsExactly(
                    Questionnaire.Role.FUNCTIONAL, Questionnaire.Role.DYSFUNCTIONAL, Questionnaire.Role.IMPORTANCE,
                    Questionnaire.Role.FUNCTIONAL, Questionnaire.Role.DYSFUNCTIONAL, Questionnaire.Role.IMPORTANCE);
            List<String> answers = q.questions().get(0).answers();
            for (int level = 0; level < 5; level++) {
                assertThat(AnswerScale.FIVE_POINT.code(answers.get(level))).as("%s %s", language, answers.get(level))
                        .hasValue(level + 1);
            }
            assertThat(q.questions().get(2).answers()).hasSize(9);
        }
        assertThat(Questionnaire.of(List.of("Speed"), Language.EN, false).questions().get(1).text())
                .isEqualTo("If Speed is not provided, how do you feel?");
        assertThat(Questionnaire.of(List.of("接通速度"), Language.ZH_HANS, false).questions().get(0).text())
                .isEqualTo("如果提供“接通速度”，您的感受是？");
        assertThat(Questionnaire.of(List.of("接通速度"), Language.ZH_HANT, true).questions().get(2).text())
                .isEqualTo("「接通速度」對您有多重要？（1 = 一點也不重要，9 = 極其重要）");
        assertThatThrownBy(() -> Questionnaire.of(List.of(), Language.EN, false))
                .hasMessageContaining("at least one attribute");
    }

    @Test
    void theWenjuanxingImportForm() {
        assertThat(Questionnaire.of(List.of("反馈及时"), Language.ZH_HANS, false).wenjuanxingText()).isEqualTo(
                "1. 如果提供“反馈及时”，您的感受是？[单选题]\n我喜欢\n理应如此\n无所谓\n能够忍受\n我不喜欢\n\n"
                        + "2. 如果不提供“反馈及时”，您的感受是？[单选题]\n我喜欢\n理应如此\n无所谓\n能够忍受\n我不喜欢\n\n");
    }

    @Test
    void fieldedAnswersReadBackAsTheyAre() {
        Questionnaire q = Questionnaire.of(List.of("反馈及时"), Language.ZH_HANT, false);
        List<String> a = q.questions().get(0).answers();
        String csv = "反馈及时（正向）,反馈及时（反向）\n" + a.get(0) + "," + a.get(4) + "\n" + a.get(1) + "," + a.get(4)
                + "\n" + a.get(2) + "," + a.get(2) + "\n";
        KanoSurvey s = KanoCsvReader.create().read(new StringReader(csv), "fielded.csv");
        assertThat(s.tally()).isEqualTo(KanoTally.create().acceptCodes("反馈及时", 1, 5).acceptCodes("反馈及时", 2, 5)
                .acceptCodes("反馈及时", 3, 3));
        assertThat(Report.csv(q)).startsWith("number,attribute,role,question,answers\n1,反馈及时,functional,");
        assertThat(Report.html(q)).contains("<html lang=\"zh-Hant\"").contains("Kano 問卷");
    }

    @Test
    void theCommandLineWritesEachForm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"questionnaire", "examples/data/call-centre-attributes.csv", "--language",
            "zh", "--format", "wjx"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("1. 如果提供“电话顺利接通不占线”，您的感受是？[单选题]\n")
                .contains("18. 如果不提供“一次性解决问题”，您的感受是？[单选题]");
    }
}
