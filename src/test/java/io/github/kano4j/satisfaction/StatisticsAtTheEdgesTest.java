package io.github.kano4j.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.Kano;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.report.Report;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Hardening of the statistics at their edges (docs/METHODS.md §9). */
class StatisticsAtTheEdgesTest {

    private static SatisfactionSurvey survey(long seed, boolean singleLow) {
        Random rng = new Random(seed);
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a", "b"));
        for (int j = 0; j < 300; j++) {
            int x = singleLow ? (j == 0 ? 1 : 3 + rng.nextInt(3)) : 1 + rng.nextInt(5);
            int y = 1 + rng.nextInt(5);
            b.add(2 + 0.4 * x + 0.3 * y + rng.nextGaussian(), x, y);
        }
        return b.build();
    }

    @Test
    void aZoneWithASingleRespondentHasNoStandardErrorButTheOthersKeepTheirs() {
        SatisfactionAnalysis s = SatisfactionAnalysis.of(survey(3, true), SatisfactionOptions.defaults()
                .withBootstrap(0, 1));
        FactorResult a = s.result("a").orElseThrow();
        FactorResult b = s.result("b").orElseThrow();
        assertThat(a.countLow()).isEqualTo(1);
        assertThat(a.penalty().se()).isNaN();
        assertThat(a.penalty().p()).isNaN();
        assertThat(a.penalty().significant(0.05)).isFalse();
        assertThat(a.flags()).contains(SatisfactionFlag.SINGLE_RESPONDENT_ZONE);
        assertThat(a.reward().se()).isFinite().isPositive();
        assertThat(b.penalty().se()).isFinite().isPositive();
        assertThat(b.reward().se()).isFinite().isPositive();
        assertThat(b.flags()).doesNotContain(SatisfactionFlag.SINGLE_RESPONDENT_ZONE);
    }

    @Test
    void aConstantOverallRatingHasNoHingePValueOrShape() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a"));
        Random rng = new Random(1);
        for (int j = 0; j < 200; j++) {
            b.add(4, 1 + rng.nextInt(5));
        }
        FactorResult r = SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults().withBootstrap(0, 1))
                .result("a").orElseThrow();
        assertThat(r.hinge().changeP()).isNaN();
        assertThat(r.hinge().shape()).isEqualTo(HingeFit.Shape.NOT_ESTIMABLE);
        assertThat(r.flags()).contains(SatisfactionFlag.CONSTANT_OVERALL);
    }

    @Test
    void ratingsOnOneToNineAreNeverTakenForZeroToTen() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a"));
        for (int j = 0; j < 50; j++) {
            b.add(5, 1 + j % 9);
        }
        assertThatThrownBy(() -> SatisfactionAnalysis.of(b.build(), SatisfactionOptions.defaults()))
                .hasMessageContaining("ratings range from 1 to 9").hasMessageContaining("never taken for 0-10")
                .hasMessageContaining("--scale 1-9 --cuts 3,9");
        SatisfactionSurvey.Builder typo = SatisfactionSurvey.builder(List.of("a"));
        for (int j = 0; j < 50; j++) {
            typo.add(3, j == 17 ? 99 : 1 + j % 5);
        }
        assertThatThrownBy(() -> SatisfactionAnalysis.of(typo.build(), SatisfactionOptions.defaults()))
                .hasMessageContaining("respondent 18: ratings range from 1 to 99, beyond the common 1-5, 1-7 and 0-10 "
                        + "scales; correct the value");
    }

    @Test
    void degenerateDeltaMethodErrorsAreExactlyZeroAndNoOutputPrintsMinusZero() {
        KanoResult allO = Kano.classify("o", CategoryCounts.ofMoairq(0, 40, 0, 0, 0, 0), KanoOptions.defaults());
        assertThat(allO.coefficients().asymmetrySe()).isEqualTo(0.0);
        assertThat(allO.coefficients().ascSe()).isEqualTo(0.0);
        assertThat(allO.coefficients().asymmetry()).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(allO.coefficients().asymmetry())).isZero();
        KanoResult allI = Kano.classify("i", CategoryCounts.ofMoairq(0, 0, 0, 40, 0, 0), KanoOptions.defaults());
        String csv = Report.csv(Kano.analyzeCounts(java.util.Map.of("o", CategoryCounts.ofMoairq(0, 40, 0, 0, 0, 0),
                "i", CategoryCounts.ofMoairq(0, 0, 0, 40, 0, 0)), KanoOptions.defaults()));
        assertThat(csv).doesNotContainPattern("(^|,)-0\\.0(,|$)");
        assertThat(allI.worse()).isEqualTo(0.0);
        assertThat(allI.runnerUp()).isEmpty(); // only one category occurred: no runner-up
        assertThat(allI.toString()).doesNotContain("-0.0000");
    }
}
