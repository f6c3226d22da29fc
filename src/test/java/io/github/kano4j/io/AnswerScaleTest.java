package io.github.kano4j.io;

import io.github.kano4j.questionnaire.EvaluationTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.Answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AnswerScaleTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "1|LIKE", "5|DISLIKE", "3.0|NEUTRAL", "like|LIKE", "  LIKE  |LIKE", "I like it that way.|LIKE",
        "It must be that way|MUST_BE", "expect|MUST_BE", "I am neutral|NEUTRAL", "I can live with it|LIVE_WITH",
        "tolerate|LIVE_WITH", "I dislike it that way|DISLIKE", "This would be very helpful to me|LIKE",
        "This is a basic requirement for me|MUST_BE", "This would not affect me|NEUTRAL",
        "This would be a minor inconvenience|LIVE_WITH", "This would be a major problem for me|DISLIKE",
        "我很喜欢|LIKE", "理应如此|MUST_BE", "无所谓|NEUTRAL", "能忍受|LIVE_WITH", "我很不喜欢|DISLIKE",
        "喜歡|LIKE", "應該的|MUST_BE", "無所謂|NEUTRAL", "不喜歡|DISLIKE", "ＬＩＫＥ|LIKE", "２|MUST_BE",
        "I  can   live with it|LIVE_WITH", "I don’t care|NEUTRAL", "気に入る|LIKE", "当然|MUST_BE",
        "Das setze ich voraus|MUST_BE", "me gusta|LIKE", "je n'aime pas|DISLIKE", "não gosto|DISLIKE"})
    void labelsInTheWild(String text, Answer expected) {
        assertThat(AnswerScale.FIVE_POINT.level(text)).isEqualTo(expected.level());
    }

    /** The built-in table is built without the normaliser, so every wording must be written normalised. */
    @Test
    void builtInWordingsAreWrittenNormalised() {
        assertThat(AnswerScale.FIVE_POINT.acceptedLabels()).hasSizeGreaterThan(200)
                .allSatisfy(label -> assertThat(AnswerScale.normalize(label)).isEqualTo(label));
        assertThat(AnswerScale.THREE_POINT.acceptedLabels())
                .allSatisfy(label -> assertThat(AnswerScale.normalize(label)).isEqualTo(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "NA", "n/a", "N.A.", "null", "-", ".", "?", "missing", "#N/A"})
    void missingTokensAreMissingNeverAnAnswer(String text) {
        assertThat(AnswerScale.FIVE_POINT.level(text)).isEqualTo(AnswerScale.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "7", "maybe", "like it a lot", "1.5"})
    void unknownTextIsInvalid(String text) {
        assertThat(AnswerScale.FIVE_POINT.level(text)).isEqualTo(AnswerScale.INVALID);
    }

    @Test
    void threePointScaleAndCustomLabels() {
        assertThat(AnswerScale.THREE_POINT.level("3")).isEqualTo(2);
        assertThat(AnswerScale.THREE_POINT.level("4")).isEqualTo(AnswerScale.INVALID);
        assertThat(AnswerScale.forTable(EvaluationTable.THREE_POINT)).isSameAs(AnswerScale.THREE_POINT);
        AnswerScale custom = AnswerScale.FIVE_POINT.withLabel("Super!", Answer.LIKE);
        assertThat(custom.level("super")).isEqualTo(0);
        assertThatThrownBy(() -> AnswerScale.FIVE_POINT.withLabel("NA", Answer.LIKE))
                .hasMessageContaining("missing-value token");
        assertThatThrownBy(() -> AnswerScale.THREE_POINT.withLabel("x", Answer.DISLIKE))
                .hasMessageContaining("has no answer DISLIKE");
    }
}
