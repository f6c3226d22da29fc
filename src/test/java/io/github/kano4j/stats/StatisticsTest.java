package io.github.kano4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Interval and test building blocks against worked example 11 and textbook identities. */
class StatisticsTest {
    private static final double TOL = 1e-4;

    @Test
    void example11HomogeneityChiSquare() {
        // segment 1 (M, O, A, I) = (40, 30, 20, 10), segment 2 = (20, 30, 30, 20)
        HomogeneityTest t = HomogeneityTest.of(new long[][] {{40, 30, 20, 10}, {20, 30, 30, 20}}, 10_000, 1L);
        assertThat(t.statistic()).isCloseTo(12.0, within(1e-12));
        assertThat(t.df()).isEqualTo(3);
        assertThat(t.p()).isCloseTo(0.0074, within(TOL));
        assertThat(t.method()).isEqualTo("asymptotic");
        assertThat(t.minExpected()).isEqualTo(15.0);
    }

    @Test
    void example11BetterDifference() {
        ProportionDifference d = ProportionDifference.of(50, 100, 60, 100, 0.95);
        assertThat(d.difference()).isCloseTo(-0.10, within(1e-12));
        assertThat(d.z()).isCloseTo(-1.4213, within(TOL));
        assertThat(d.p()).isCloseTo(0.1552, within(TOL));
        assertThat(d.interval().lower()).isCloseTo(-0.2321, within(TOL));
        assertThat(d.interval().upper()).isCloseTo(0.0373, within(TOL));
        assertThat(d.interval().method()).isEqualTo("newcombe");
    }

    @Test
    void example11AbsWorseDifference() {
        ProportionDifference d = ProportionDifference.of(70, 100, 50, 100, 0.95);
        assertThat(d.z()).isCloseTo(2.8868, within(TOL));
        assertThat(d.p()).isCloseTo(0.0039, within(TOL));
        assertThat(d.interval().lower()).isCloseTo(0.0642, within(TOL));
        assertThat(d.interval().upper()).isCloseTo(0.3258, within(TOL));
    }

    @Test
    void emptyColumnsAreDroppedAndSmallTablesUseSeededMonteCarlo() {
        long[][] table = {{3, 0, 1, 0}, {0, 0, 4, 1}};
        HomogeneityTest a = HomogeneityTest.of(table, 2000, 42L);
        HomogeneityTest b = HomogeneityTest.of(table, 2000, 42L);
        assertThat(a.df()).isEqualTo(2); // the all-zero O column is dropped
        assertThat(a.method()).isEqualTo("monte-carlo");
        assertThat(a).isEqualTo(b);
        assertThat(a.p()).isBetween(1.0 / 2001, 1.0);
        // the exact permutation p of this table, by enumerating the hypergeometric tables with these margins,
        // is 11/126 = 0.0873; the Monte-Carlo estimate with 2000 replicates has SE about 0.006
        assertThat(a.statistic()).isCloseTo(5.76, within(1e-12));
        assertThat(a.p()).isCloseTo(11.0 / 126, within(0.02));
        HomogeneityTest single = HomogeneityTest.of(new long[][] {{3, 1}, {0, 0}}, 100, 1L);
        assertThat(single.p()).isNaN();
    }

    @Test
    void holmAdjustmentStepsDownAndKeepsNaN() {
        double[] adjusted = Holm.adjust(new double[] {0.01, Double.NaN, 0.04, 0.03});
        assertThat(adjusted[0]).isCloseTo(0.03, within(1e-15));
        assertThat(adjusted[1]).isNaN();
        assertThat(adjusted[3]).isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[2]).isCloseTo(0.06, within(1e-15)); // monotone: max(0.06, 0.04)
    }

    @Test
    void goodmanIntervalsAreWiderThanWilsonAndContainTheShares() {
        long[] counts = {30, 61, 52, 41, 4, 2};
        Interval[] g = MultinomialIntervals.goodman(counts, 0.95);
        // A = chi2(1) quantile at 1 - 0.05/6 = 6.9604; O: (A + 122 ± sqrt(A (A + 4·61·129/190))) / (2 (190 + A))
        double a = 6.960401;
        double root = Math.sqrt(a * (a + 4 * 61.0 * 129 / 190));
        assertThat(g[1].lower()).isCloseTo((a + 122 - root) / (2 * (190 + a)), within(1e-5));
        assertThat(g[1].upper()).isCloseTo((a + 122 + root) / (2 * (190 + a)), within(1e-5));
        Interval wilson = Proportions.wilson(61, 190, 0.95);
        assertThat(g[1].lower()).isLessThan(wilson.lower());
        assertThat(g[1].upper()).isGreaterThan(wilson.upper());
        for (int i = 0; i < counts.length; i++) {
            assertThat(g[i].contains(counts[i] / 190.0)).isTrue();
        }
        assertThat(MultinomialIntervals.goodman(new long[] {0, 0}, 0.95)[0].isDefined()).isFalse();
    }

    @Test
    void wilsonEdgesAndZ() {
        assertThat(Proportions.z(0.95)).isCloseTo(1.959964, within(1e-6));
        assertThat(Proportions.wilson(0, 10, 0.95).lower()).isEqualTo(0.0);
        assertThat(Proportions.wilson(10, 10, 0.95).upper()).isEqualTo(1.0);
        assertThat(Proportions.wilson(0, 0, 0.95).isDefined()).isFalse();
    }
}
