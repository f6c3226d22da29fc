package io.github.kano4j.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.Answer;
import io.github.kano4j.Category;
import io.github.kano4j.Kano;

import org.junit.jupiter.api.Test;

/** docs/METHODS.md §9: zero denominators, NaN, ties, the Q guard and small samples. */
class EdgeCasesTest {

    private static KanoResult classify(CategoryCounts c) {
        return Kano.classify("x", c);
    }

    private static KanoResult classify(CategoryCounts c, KanoOptions o) {
        return Kano.classify("x", c, o);
    }

    @Test
    void emptyAttributeIsUnclassifiedWithNaNNeverZero() {
        KanoResult r = classify(new CategoryCounts(0, 0, 0, 0, 0, 0));
        assertThat(r.category()).isEmpty();
        assertThat(r.label()).isEqualTo("UNCLASSIFIED");
        assertThat(r.decidedBy()).isEqualTo(Decision.EMPTY);
        assertThat(r.flags()).contains(Flag.EMPTY);
        assertThat(r.categoryStrength()).isNaN();
        assertThat(r.totalStrength()).isNaN();
        assertThat(r.better()).isNaN();
        assertThat(r.worse()).isNaN();
        assertThat(r.coefficients().betterInterval().isDefined()).isFalse();
        assertThat(r.fong().exactP()).isNaN();
        assertThat(r.mode()).isEmpty();
        assertThat(r.runnerUp()).isEmpty();
        assertThat(r.oamLabel()).isEmpty();
        assertThat(r.quadrant()).isEmpty();
        assertThat(r.toString()).contains("UNCLASSIFIED").contains("n/a");
    }

    @Test
    void onlyReverseAnswersGiveRWithUndefinedCoefficients() {
        KanoResult r = classify(new CategoryCounts(0, 0, 0, 0, 7, 2));
        assertThat(r.category()).contains(Category.R);
        assertThat(r.flags()).contains(Flag.NO_VALID_ANSWERS, Flag.LOW_N);
        assertThat(r.better()).isNaN();
        assertThat(r.coefficients().asc()).isNaN();
        assertThat(r.coefficients().asymmetrySe()).isNaN();
        assertThat(r.quadrant()).isEmpty();
    }

    @Test
    void quadrantRuleFallsBackToTheModeWithoutValidAnswers() {
        KanoResult r = classify(new CategoryCounts(0, 0, 0, 0, 7, 2),
                KanoOptions.defaults().withRule(ClassificationRule.BETTER_WORSE_QUADRANT));
        assertThat(r.category()).contains(Category.R);
        assertThat(r.decidedBy()).isEqualTo(Decision.QUADRANT_FALLBACK_MODE);
    }

    @Test
    void onlyQuestionableAnswersGiveQWithOrWithoutTheGuard() {
        KanoResult guarded = classify(new CategoryCounts(0, 0, 0, 0, 0, 3));
        assertThat(guarded.category()).contains(Category.Q);
        assertThat(guarded.decidedBy()).isEqualTo(Decision.Q_GUARD);
        KanoResult unguarded = classify(new CategoryCounts(0, 0, 0, 0, 0, 3),
                KanoOptions.defaults().toBuilder().questionableGuard(false).build());
        assertThat(unguarded.category()).contains(Category.Q);
        assertThat(unguarded.decidedBy()).isEqualTo(Decision.ONLY_QUESTIONABLE);
        assertThat(unguarded.mode()).isEmpty();
    }

    @Test
    void questionableGuardFiresAtEqualityAndCanBeSwitchedOff() {
        CategoryCounts c = CategoryCounts.ofMoairq(20, 10, 5, 5, 0, 20);
        KanoResult r = classify(c);
        assertThat(r.category()).contains(Category.Q);
        assertThat(r.flags()).contains(Flag.HIGH_Q);
        assertThat(r.mode()).contains(Category.M);
        KanoResult off = classify(c, KanoOptions.defaults().toBuilder().questionableGuard(false).build());
        assertThat(off.category()).contains(Category.M);
        assertThat(off.flags()).doesNotContain(Flag.HIGH_Q);
    }

    @Test
    void exactTiesFollowMOAIRAndAreFlagged() {
        // A and O tied at 30: O comes before A in M > O > A > I > R, never alphabetical or input order
        KanoResult r = classify(CategoryCounts.ofMoairq(10, 30, 30, 10, 0, 0),
                KanoOptions.defaults().withRule(ClassificationRule.PLAIN_MODE));
        assertThat(r.mode()).contains(Category.O);
        assertThat(r.runnerUp()).contains(Category.A);
        assertThat(r.category()).contains(Category.O);
        assertThat(r.flags()).contains(Flag.TIE);
        assertThat(r.categoryStrength()).isEqualTo(0.0);
        // I and R tied: I first
        KanoResult ir = classify(CategoryCounts.ofMoairq(0, 0, 0, 40, 40, 0));
        assertThat(ir.mode()).contains(Category.I);
        assertThat(ir.label()).isEqualTo("MIXED(I/R)");
        assertThat(ir.category()).contains(Category.I);
    }

    @Test
    void runnerUpBetweenReverseAndFourValidCategoriesPicksTheOther() {
        KanoResult r = classify(CategoryCounts.ofMoairq(0, 0, 40, 5, 42, 0));
        assertThat(r.mode()).contains(Category.R);
        assertThat(r.runnerUp()).contains(Category.A);
        assertThat(r.category()).contains(Category.A);
        assertThat(r.label()).isEqualTo("MIXED(R/A)");
    }

    @Test
    void onlyOneNonZeroCategoryHasStrengthEqualToItsShare() {
        KanoResult r = classify(CategoryCounts.ofMoairq(0, 0, 30, 0, 0, 10));
        assertThat(r.categoryStrength()).isCloseTo(0.75, within(1e-15));
        assertThat(r.better()).isEqualTo(1.0);
        assertThat(r.worse()).isEqualTo(0.0);
        assertThat(1 / r.worse()).isPositive();
        assertThat(r.coefficients().betterInterval().upper()).isEqualTo(1.0);
        assertThat(r.coefficients().absWorseInterval().lower()).isEqualTo(0.0);
        assertThat(r.coefficients().asymmetrySe()).isEqualTo(0.0);
    }

    @Test
    void minimumNForTestsIsTwelveAndSmallExpectedBelowTwenty() {
        KanoResult eleven = classify(CategoryCounts.ofMoairq(5, 3, 2, 1, 0, 0));
        assertThat(eleven.fong().applicable()).isFalse();
        assertThat(eleven.flags()).contains(Flag.LOW_N, Flag.SMALL_SAMPLE);
        KanoResult twelve = classify(CategoryCounts.ofMoairq(6, 3, 2, 1, 0, 0));
        assertThat(twelve.fong().applicable()).isTrue();
        assertThat(twelve.chiSquare().applicable()).isTrue();
        assertThat(twelve.flags()).contains(Flag.SMALL_EXPECTED).doesNotContain(Flag.LOW_N);
        KanoResult lowered = classify(CategoryCounts.ofMoairq(5, 3, 2, 1, 0, 0),
                KanoOptions.defaults().toBuilder().minimumN4(0).build());
        assertThat(lowered.fong().applicable()).isTrue();
    }

    @Test
    void strengthBandRuleUsesStrictlyGreaterThanTheBand() {
        // CS = 6/100 = 0.06 exactly: within the band, so M > O > A > I picks M over O
        KanoResult r = classify(CategoryCounts.ofMoairq(30, 36, 14, 20, 0, 0),
                KanoOptions.defaults().withRule(ClassificationRule.STRENGTH_BAND));
        assertThat(r.categoryStrength()).isCloseTo(0.06, within(1e-15));
        assertThat(r.category()).contains(Category.M);
        assertThat(r.decidedBy()).isEqualTo(Decision.STRENGTH_BAND_M_O_A_I);
        KanoResult narrow = classify(CategoryCounts.ofMoairq(30, 36, 14, 20, 0, 0),
                KanoOptions.defaults().withRule(ClassificationRule.STRENGTH_BAND).toBuilder().strengthBand(0.05).build());
        assertThat(narrow.category()).contains(Category.O);
    }

    @Test
    void oamRuleEqualityGoesToTheIrqBranch() {
        KanoResult r = classify(CategoryCounts.ofMoairq(10, 10, 10, 20, 5, 5),
                KanoOptions.defaults().withRule(ClassificationRule.OAM_VS_IRQ));
        assertThat(r.category()).contains(Category.I);
        KanoResult tie = classify(CategoryCounts.ofMoairq(10, 10, 10, 0, 5, 5),
                KanoOptions.defaults().withRule(ClassificationRule.OAM_VS_IRQ));
        assertThat(tie.category()).contains(Category.M);
    }

    @Test
    void denominatorAllShrinksBothCoefficientsAndSaysSo() {
        CategoryCounts c = CategoryCounts.ofMoairq(52, 61, 30, 41, 4, 2);
        KanoResult all = classify(c, KanoOptions.defaults().toBuilder().denominator(KanoOptions.Denominator.ALL).build());
        assertThat(all.better()).isEqualTo(91.0 / 190);
        assertThat(all.worse()).isEqualTo(-113.0 / 190);
        assertThat(all.flags()).contains(Flag.DENOMINATOR_ALL);
        assertThat(all.options().provenance()).contains("denominator=all");
    }

    @Test
    void quadrantValueEqualToThresholdCountsAsHigh() {
        // Better = 0.5 exactly and |Worse| = 0.5 exactly → O
        KanoResult r = classify(CategoryCounts.ofMoairq(25, 25, 25, 25, 0, 0));
        assertThat(r.better()).isEqualTo(0.5);
        assertThat(r.quadrant()).contains(Category.O);
    }

    @Test
    void continuousQuadrantEqualToSplitIsNotClassified() {
        // (Must-be, Dislike): F = 2 exactly, D = 4
        KanoTally t = KanoTally.create().accept("x", Answer.MUST_BE, Answer.DISLIKE);
        KanoResult r = Kano.analyze(t, KanoOptions.defaults()).results().get(0);
        assertThat(r.continuous().functionalMean()).isEqualTo(2.0);
        assertThat(r.continuous().quadrant()).isEmpty();
        assertThat(r.continuous().functionalSd()).isNaN();
        KanoResult population = Kano.analyze(t, KanoOptions.defaults().toBuilder().sampleStandardDeviation(false).build())
                .results().get(0);
        assertThat(population.continuous().functionalSd()).isEqualTo(0.0);
    }

    @Test
    void continuousScoresAreNaNWhenOnlyQAndRPairsOrOnlyCounts() {
        KanoTally t = KanoTally.create().accept("x", Answer.LIKE, Answer.LIKE).accept("x", Answer.DISLIKE,
                Answer.LIKE);
        KanoResult r = Kano.analyze(t, KanoOptions.defaults()).results().get(0);
        assertThat(r.continuous().pairs()).isZero();
        assertThat(r.continuous().functionalMean()).isNaN();
        KanoResult included = Kano.analyze(t,
                KanoOptions.defaults().toBuilder().continuousExcludesQuestionableAndReverse(false).build()).results().get(0);
        assertThat(included.continuous().functionalMean()).isEqualTo(1.0); // (4 + -2) / 2
        KanoResult counts = classify(new CategoryCounts(1, 1, 1, 1, 0, 0));
        assertThat(counts.flags()).contains(Flag.NO_ANSWER_PAIRS);
        assertThat(counts.continuous().functionalMean()).isNaN();
    }

    @Test
    void threePointTableWithFivePointScoresIsFlagged() {
        KanoTally t = KanoTally.create(3).acceptLevels("x", 0, 2);
        KanoResult r = Kano.analyze(t, KanoOptions.defaults().withTable(EvaluationTable.THREE_POINT)).results().get(0);
        assertThat(r.category()).contains(Category.O);
        assertThat(r.flags()).contains(Flag.CONTINUOUS_SCALE_MISMATCH);
        assertThat(r.options().table().name()).isEqualTo("three-point");
    }

    @Test
    void quarterScaleGivesTheAnalyticalKanoUnits() {
        KanoTally t = KanoTally.create().accept("x", Answer.LIKE, Answer.DISLIKE).accept("x", Answer.MUST_BE,
                Answer.DISLIKE);
        KanoResult r = Kano.analyze(t, KanoOptions.defaults().toBuilder().continuousScale(ContinuousScale.DUMOUCHEL_QUARTER).build())
                .results().get(0);
        assertThat(r.continuous().functionalMean()).isEqualTo(0.75);
        assertThat(r.continuous().dysfunctionalMean()).isEqualTo(1.0);
    }

    @Test
    void badOptionsAndCountsAreRejectedAtTheWither() {
        assertThatThrownBy(() -> KanoOptions.defaults().withConfidence(1.0)).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> KanoOptions.defaults().toBuilder().strengthBand(-0.1).build()).hasMessageContaining("'strengthBand'");
        assertThatThrownBy(() -> KanoOptions.defaults().toBuilder().fongCritical(0).build()).hasMessageContaining("positive");
        assertThatThrownBy(() -> new CategoryCounts(1, -1, 0, 0, 0, 0)).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> ClassificationRule.parse("fong"))
                .hasMessageContaining("expected one of mode, moai, band, aom, quadrant");
        assertThat(ClassificationRule.parse("aom")).isEqualTo(ClassificationRule.OAM_VS_IRQ);
        assertThat(ClassificationRule.parse("plain_mode")).isEqualTo(ClassificationRule.PLAIN_MODE);
    }

    @Test
    void optionsAreValuesAndWithersDoNotMutate() {
        KanoOptions d = KanoOptions.defaults();
        KanoOptions p = d.withTable(EvaluationTable.POULIOT);
        assertThat(d.table()).isSameAs(EvaluationTable.STANDARD);
        assertThat(p.table()).isSameAs(EvaluationTable.POULIOT);
        assertThat(p).isEqualTo(KanoOptions.defaults().withTable(EvaluationTable.POULIOT)).isNotEqualTo(d);
        assertThat(d.provenance()).startsWith("table=standard, rule=fong_m_o_a_i, questionableGuard=true, "
                + "strengthBand=0.06, lowTotalStrength=0.5, fongCritical=1.65, minimumN4=12, denominator=valid, "
                + "quadrantCentre=fixed, betterThreshold=0.5, worseThreshold=0.5, continuousScale=dumouchel, ")
                .contains("confidence=0.95 (wilson)").contains("monteCarloReplicates=10000").endsWith("momentMatchedSegments=1000");
    }
}
