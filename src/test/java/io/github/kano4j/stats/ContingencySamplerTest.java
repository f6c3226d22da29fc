package io.github.kano4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Random tables with fixed margins: exact distribution, any size (the hardening issue). */
class ContingencySamplerTest {

    @Test
    void hypergeometricDrawsFollowTheirDistribution() {
        ContingencySampler s = new ContingencySampler(new Well19937c(11));
        HypergeometricDistribution h = new HypergeometricDistribution(null, 60, 25, 20);
        int draws = 200_000;
        long[] freq = new long[21];
        for (int i = 0; i < draws; i++) {
            freq[(int) s.hypergeometric(60, 25, 20)]++;
        }
        double chi = 0;
        int df = -1;
        for (int x = 0; x <= 20; x++) {
            double e = draws * h.probability(x);
            if (e > 5) {
                chi += (freq[x] - e) * (freq[x] - e) / e;
                df++;
            }
        }
        // far below the 0.999 quantile of chi-square(df) (about 40 for df = 15); a broken recurrence gives thousands
        assertThat(chi).as("chi-square with %s df", df).isLessThan(45);
    }

    @Test
    void tablesKeepTheirMarginsAndTheCellMeansAreTheExpectedCounts() {
        ContingencySampler s = new ContingencySampler(new Well19937c(5));
        long[] rows = {30, 50, 20};
        long[] cols = {10, 40, 25, 25};
        long[][] t = new long[3][4];
        double[][] mean = new double[3][4];
        int reps = 20_000;
        for (int b = 0; b < reps; b++) {
            s.sample(rows, cols, t);
            for (int r = 0; r < 3; r++) {
                long sum = 0;
                for (int c = 0; c < 4; c++) {
                    sum += t[r][c];
                    mean[r][c] += t[r][c] / (double) reps;
                }
                assertThat(sum).isEqualTo(rows[r]);
            }
            for (int c = 0; c < 4; c++) {
                assertThat(t[0][c] + t[1][c] + t[2][c]).isEqualTo(cols[c]);
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                assertThat(mean[r][c]).isCloseTo(rows[r] * cols[c] / 100.0, within(0.1));
            }
        }
    }

    @Test
    void drawingUnitByUnitGivesTheSameChiSquareDistributionAsTheChain() {
        // a sparse table: 200 groups of 3 over 4 categories; both samplers draw tables with these margins exactly
        long[] rows = new long[200];
        Arrays.fill(rows, 3);
        long[] cols = {150, 200, 130, 120};
        long n = 600;
        ContingencySampler chain = new ContingencySampler(new Well19937c(21));
        SplittableRandom rng = new SplittableRandom(22);
        long[][] sim = new long[200][4];
        int reps = 4_000;
        double[] a = new double[reps];
        double[] b = new double[reps];
        int[] labels = ContingencySampler.labels(cols, n);
        for (int r = 0; r < reps; r++) {
            chain.sample(rows, cols, sim);
            double stat = 0;
            for (int i = 0; i < 200; i++) {
                for (int c = 0; c < 4; c++) {
                    double e = rows[i] * cols[c] / (double) n;
                    stat += (sim[i][c] - e) * (sim[i][c] - e) / e;
                }
            }
            a[r] = stat;
            b[r] = ContingencySampler.unitsChiSquare(rows, cols, labels, rng);
        }
        assertThat(ContingencySampler.unitsAreCheaper(rows, cols, n)).isTrue();
        // the permutation mean of Pearson's χ² is N (r − 1)(c − 1) / (N − 1) = 598.0 (Haldane 1940)
        double expected = n * 199.0 * 3 / (n - 1);
        assertThat(mean(a)).isCloseTo(expected, within(3.0));
        assertThat(mean(b)).isCloseTo(expected, within(3.0));
        // and the two samples come from one distribution: two-sample Kolmogorov-Smirnov, 99.9 % critical value
        double d = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(a, b);
        assertThat(d).isLessThan(1.95 * Math.sqrt(2.0 / reps));
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    @Test
    void aMillionRespondentsWithOneTypoSegmentUseTheMonteCarloTestOverTablesNotPeople() {
        long[][] table = {{250_000, 300_000, 200_000, 249_999}, {0, 1, 0, 0}};
        HomogeneityTest t = HomogeneityTest.of(table, 10_000, 7);
        assertThat(t.method()).isEqualTo("monte-carlo");
        assertThat(t.p()).isBetween(0.0, 1.0);
        // a typo segment does not differ: the sequential test settles p after a few hundred tables
        assertThat(t.replicates()).isLessThan(1_000);
        assertThat(t.p()).isEqualTo((double) HomogeneityTest.EXCEEDANCES / t.replicates());
    }

    @Test
    void aClearDifferenceInSmallCellsUsesEveryTableAndTheUsualEstimate() {
        long[][] table = {{9, 0, 0, 1}, {0, 8, 1, 0}, {0, 1, 9, 0}};
        HomogeneityTest t = HomogeneityTest.of(table, 2_000, 3);
        assertThat(t.method()).isEqualTo("monte-carlo");
        assertThat(t.replicates()).isEqualTo(2_000);
        // no random table with these margins reaches χ² of the observed one in 2,000 draws: p = 1 / 2001
        assertThat(t.p()).isEqualTo(1.0 / 2_001);
    }
}
