package io.github.kano4j.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.Answer;
import io.github.kano4j.Category;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/METHODS.md §1.2 and worked example 1: every cell of every built-in table. */
class EvaluationTableTest {

    @ParameterizedTest(name = "standard ({0}, {1}) = {2}")
    @CsvSource({
        "LIKE,LIKE,Q", "LIKE,MUST_BE,A", "LIKE,NEUTRAL,A", "LIKE,LIVE_WITH,A", "LIKE,DISLIKE,O",
        "MUST_BE,LIKE,R", "MUST_BE,MUST_BE,I", "MUST_BE,NEUTRAL,I", "MUST_BE,LIVE_WITH,I", "MUST_BE,DISLIKE,M",
        "NEUTRAL,LIKE,R", "NEUTRAL,MUST_BE,I", "NEUTRAL,NEUTRAL,I", "NEUTRAL,LIVE_WITH,I", "NEUTRAL,DISLIKE,M",
        "LIVE_WITH,LIKE,R", "LIVE_WITH,MUST_BE,I", "LIVE_WITH,NEUTRAL,I", "LIVE_WITH,LIVE_WITH,I", "LIVE_WITH,DISLIKE,M",
        "DISLIKE,LIKE,R", "DISLIKE,MUST_BE,R", "DISLIKE,NEUTRAL,R", "DISLIKE,LIVE_WITH,R", "DISLIKE,DISLIKE,Q"})
    void standardTableCells(Answer f, Answer d, Category expected) {
        assertThat(EvaluationTable.STANDARD.categoryOf(f, d)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pouliot ({0}, {1}) = {2}")
    @CsvSource({
        "LIKE,LIKE,Q", "LIKE,MUST_BE,A", "LIKE,NEUTRAL,A", "LIKE,LIVE_WITH,A", "LIKE,DISLIKE,O",
        "MUST_BE,LIKE,R", "MUST_BE,MUST_BE,Q", "MUST_BE,NEUTRAL,I", "MUST_BE,LIVE_WITH,I", "MUST_BE,DISLIKE,M",
        "NEUTRAL,LIKE,R", "NEUTRAL,MUST_BE,I", "NEUTRAL,NEUTRAL,I", "NEUTRAL,LIVE_WITH,I", "NEUTRAL,DISLIKE,M",
        "LIVE_WITH,LIKE,R", "LIVE_WITH,MUST_BE,I", "LIVE_WITH,NEUTRAL,I", "LIVE_WITH,LIVE_WITH,Q", "LIVE_WITH,DISLIKE,M",
        "DISLIKE,LIKE,R", "DISLIKE,MUST_BE,R", "DISLIKE,NEUTRAL,R", "DISLIKE,LIVE_WITH,R", "DISLIKE,DISLIKE,Q"})
    void pouliotTableCells(Answer f, Answer d, Category expected) {
        assertThat(EvaluationTable.POULIOT.categoryOf(f, d)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "three-point ({0}, {1}) = {2}")
    @CsvSource({"1,1,A", "1,2,A", "1,3,O", "2,1,I", "2,2,I", "2,3,M", "3,1,I", "3,2,I", "3,3,M"})
    void threePointTableCells(int f, int d, Category expected) {
        assertThat(EvaluationTable.THREE_POINT.categoryOf(f - 1, d - 1)).isEqualTo(expected);
        assertThat(EvaluationTable.THREE_POINT.levels()).isEqualTo(3);
    }

    @Test
    void pouliotDiffersFromStandardInExactlyTwoCells() {
        int differences = 0;
        for (Answer f : Answer.values()) {
            for (Answer d : Answer.values()) {
                if (EvaluationTable.STANDARD.categoryOf(f, d) != EvaluationTable.POULIOT.categoryOf(f, d)) {
                    differences++;
                }
            }
        }
        assertThat(differences).isEqualTo(2);
        assertThat(EvaluationTable.POULIOT.categoryOf(Answer.NEUTRAL, Answer.NEUTRAL)).isEqualTo(Category.I);
    }

    @Test
    void customTableFromLettersWithSeparators() {
        EvaluationTable partial = EvaluationTable.of("must-be-pair-q", "Q A A A O", "R Q I I M", "R,I,I,I,M",
                "R|I|I|I|M", "RRRRQ");
        assertThat(partial.categoryOf(Answer.MUST_BE, Answer.MUST_BE)).isEqualTo(Category.Q);
        assertThat(partial.categoryOf(Answer.LIVE_WITH, Answer.LIVE_WITH)).isEqualTo(Category.I);
        assertThat(partial.name()).isEqualTo("must-be-pair-q");
        assertThat(partial.rows()).containsExactly("QAAAO", "RQIIM", "RIIIM", "RIIIM", "RRRRQ");
        assertThat(partial).isNotEqualTo(EvaluationTable.STANDARD);
        assertThat(EvaluationTable.of("standard", EvaluationTable.STANDARD.rows())).isEqualTo(EvaluationTable.STANDARD);
    }

    @Test
    void badCustomTablesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> EvaluationTable.of("x", "QAAAO", "RIIIM"))
                .hasMessageContaining("needs 5 rows");
        assertThatThrownBy(() -> EvaluationTable.of("x", "QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRQ"))
                .hasMessageContaining("row 5 must have 5 category letters");
        assertThatThrownBy(() -> EvaluationTable.of("x", "QAAAX", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"))
                .hasMessageContaining("\"X\"");
    }

    @Test
    void namedTablesAndUnknownName() {
        assertThat(EvaluationTable.named("Pouliot")).isSameAs(EvaluationTable.POULIOT);
        assertThat(EvaluationTable.named(" standard ")).isSameAs(EvaluationTable.STANDARD);
        assertThat(EvaluationTable.named("three_point")).isSameAs(EvaluationTable.THREE_POINT);
        assertThatThrownBy(() -> EvaluationTable.named("kano"))
                .hasMessage("Unknown evaluation table \"kano\"; expected one of standard, pouliot, three-point");
    }

    @Test
    void countingUnderATableAddsQuestionableByPolicyAndRejectsForeignLevels() {
        AttributeTally t = AttributeTally.create()
                .accept(Answer.LIKE, Answer.DISLIKE)
                .accept(Answer.MUST_BE, Answer.MUST_BE)
                .acceptQuestionable();
        assertThat(EvaluationTable.STANDARD.count(t)).isEqualTo(new CategoryCounts(0, 1, 0, 1, 0, 1));
        assertThat(EvaluationTable.POULIOT.count(t)).isEqualTo(new CategoryCounts(0, 1, 0, 0, 0, 2));
        assertThatThrownBy(() -> EvaluationTable.THREE_POINT.count(t))
                .hasMessageContaining("has 3 answer levels but the tally holds answers at level 5");
    }
}
