package io.github.kano4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.Stream;

/** The exact permutation moments of Pearson's χ² (Haldane 1940), checked by listing every table. */
class ChiSquareMomentsTest {

    static Stream<Arguments> smallTables() {
        return Stream.of(
                Arguments.of(new long[] {2, 1, 2}, new long[] {3, 2}),
                Arguments.of(new long[] {3, 3, 2}, new long[] {4, 2, 2}),
                Arguments.of(new long[] {1, 1, 1, 4, 2}, new long[] {3, 3, 3}),
                Arguments.of(new long[] {2, 2, 2, 2, 2}, new long[] {5, 3, 1, 1}),
                Arguments.of(new long[] {4, 0, 1, 5}, new long[] {2, 0, 6, 2}),
                Arguments.of(new long[] {1, 1, 1}, new long[] {2, 1}));
    }

    @ParameterizedTest
    @MethodSource("smallTables")
    void theMeanAndVarianceAreThoseOfEveryArrangementOfTheLabels(long[] rows, long[] cols) {
        // every distinct sequence of category labels dealt to the units in row order is equally likely under a
        // random permutation, so the moments over the sequences are the exact moments
        int n = (int) java.util.Arrays.stream(rows).sum();
        double[] sums = new double[3];
        enumerate(rows, cols, cols.clone(), new int[n], 0, sums);
        double mean = sums[1] / sums[0];
        double variance = sums[2] / sums[0] - mean * mean;
        ChiSquareMoments m = ChiSquareMoments.of(rows, cols);
        assertThat(m.mean()).isCloseTo(mean, within(1e-12));
        assertThat(m.variance()).isCloseTo(variance, within(1e-10));
    }

    @Test
    void workedExample22() {
        // docs/METHODS.md example 22: rows (3, 3, 2), columns (4, 2, 2), N = 8; listing the 420 arrangements gives
        // E = 32/7 and Var = 12412/2205 (χ²(4) would say 4 and 8); the scaled χ²: κ = 0.61567, ν = 7.42507, and
        // p(χ² ≥ 10) = 0.029052 (SciPy chi2.sf(10/κ, ν); χ²(4) gives 0.040428)
        ChiSquareMoments m = ChiSquareMoments.of(new long[] {3, 3, 2}, new long[] {4, 2, 2});
        assertThat(m.mean()).isCloseTo(32.0 / 7, within(1e-12));
        assertThat(m.variance()).isCloseTo(12412.0 / 2205, within(1e-12));
        assertThat(m.upperTail(10)).isCloseTo(0.02905197744, within(1e-9));
    }

    @Test
    void aTableOfSingleUnitsHasOneChiSquareAndPOne() {
        // every row holds one unit: χ² = N(c − 1) whatever the labels, so the variance is zero
        ChiSquareMoments m = ChiSquareMoments.of(new long[] {1, 1, 1, 1}, new long[] {2, 2});
        assertThat(m.mean()).isEqualTo(4.0);
        assertThat(m.variance()).isEqualTo(0.0);
        assertThat(m.upperTail(4.0)).isEqualTo(1.0);
    }

    @Test
    void withLargeCountsTheMomentsAreTheChiSquareOnes() {
        // 3 × 4 with every expected count in the thousands: E → df = 6 and Var → 2·df = 12
        ChiSquareMoments m = ChiSquareMoments.of(new long[] {30_000, 40_000, 50_000},
                new long[] {20_000, 30_000, 40_000, 30_000});
        assertThat(m.mean()).isCloseTo(6.0, within(1e-3));
        assertThat(m.variance()).isCloseTo(12.0, within(0.01));
        assertThat(m.upperTail(12.5916)).isCloseTo(0.05, within(2e-4));
    }

    @Test
    void aLargeSparseTableAgreesWithSimulatedTables() {
        // 2,000 segments of 1 to 7 answers over four categories: the sampled moments of 4,000 random tables
        SplittableRandom rng = new SplittableRandom(5);
        long[] rows = new long[2_000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = 1 + rng.nextInt(7);
        }
        long n = java.util.Arrays.stream(rows).sum();
        long[] cols = {n / 2, n / 4, n / 8, n - n / 2 - n / 4 - n / 8};
        int[] labels = ContingencySampler.labels(cols, n);
        int reps = 4_000;
        double sum = 0;
        double sumSq = 0;
        for (int r = 0; r < reps; r++) {
            double x = ContingencySampler.unitsChiSquare(rows, cols, labels, rng);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / reps;
        double variance = (sumSq - reps * mean * mean) / (reps - 1);
        ChiSquareMoments m = ChiSquareMoments.of(rows, cols);
        assertThat(m.mean()).isCloseTo(n * 1999.0 * 3 / (n - 1), within(1e-9));
        // the sample mean is within 4 standard errors; the sample variance within 10 % (its SE is about 2.3 %)
        assertThat(mean).isCloseTo(m.mean(), within(4 * Math.sqrt(m.variance() / reps)));
        assertThat(variance / m.variance()).isCloseTo(1.0, within(0.10));
        // sparse tables spread wider than χ²(df): the exact variance is not 2·df
        assertThat(m.variance()).isNotCloseTo(2 * 1999.0 * 3, within(100.0));
    }

    @Test
    void aThousandSparseSegmentsTakeTheMomentMatchedPAndAgreeWithMonteCarlo() {
        // 1,000 segments of 1 to 7 answers, each drawn from the same shares: no real difference between segments
        SplittableRandom rng = new SplittableRandom(8);
        long[][] table = new long[1_000][4];
        double[] shares = {0.3, 0.3, 0.2, 0.2};
        for (long[] row : table) {
            int size = 1 + rng.nextInt(7);
            for (int k = 0; k < size; k++) {
                double u = rng.nextDouble();
                int c = u < 0.3 ? 0 : u < 0.6 ? 1 : u < 0.8 ? 2 : 3;
                row[c]++;
            }
        }
        HomogeneityTest moments = HomogeneityTest.of(table, 10_000, 3);
        assertThat(moments.method()).isEqualTo("moment-matched");
        assertThat(moments.replicates()).isZero();
        long[] rows = java.util.Arrays.stream(table).mapToLong(r -> java.util.Arrays.stream(r).sum()).toArray();
        long[] cols = new long[4];
        for (long[] row : table) {
            for (int c = 0; c < 4; c++) {
                cols[c] += row[c];
            }
        }
        assertThat(moments.p()).isEqualTo(ChiSquareMoments.of(rows, cols).upperTail(moments.statistic()));
        // the same table by Monte-Carlo (sequential, h = 100: relative standard error about 10 %)
        HomogeneityTest monteCarlo = HomogeneityTest.of(table, 10_000, 3, Integer.MAX_VALUE);
        assertThat(monteCarlo.method()).isEqualTo("monte-carlo");
        assertThat(monteCarlo.statistic()).isEqualTo(moments.statistic());
        assertThat(moments.p()).isCloseTo(monteCarlo.p(), within(0.35 * monteCarlo.p()));
        // below the threshold the Monte-Carlo test stays
        assertThat(HomogeneityTest.of(java.util.Arrays.copyOf(table, 999), 10_000, 3).method())
                .isEqualTo("monte-carlo");
    }

    @Test
    void theMomentMatchedTestHoldsItsLevelOnAThousandSparseSegments() {
        // 4,000 random tables with the margins of 1,000 segments of 1 to 7 answers: the share with p <= 0.05 is the
        // level of the test, 0.05 (binomial SE 0.0034); the χ²(df) p of the same tables rejects at about 0.02
        SplittableRandom rng = new SplittableRandom(13);
        long[] rows = new long[1_000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = 1 + rng.nextInt(7);
        }
        long n = java.util.Arrays.stream(rows).sum();
        long[] cols = {Math.round(0.3 * n), Math.round(0.3 * n), Math.round(0.2 * n), 0};
        cols[3] = n - cols[0] - cols[1] - cols[2];
        ChiSquareMoments m = ChiSquareMoments.of(rows, cols);
        int[] labels = ContingencySampler.labels(cols, n);
        int reps = 4_000;
        int rejected = 0;
        int rejectedByDf = 0;
        for (int r = 0; r < reps; r++) {
            double x = ContingencySampler.unitsChiSquare(rows, cols, labels, rng);
            rejected += m.upperTail(x) <= 0.05 ? 1 : 0;
            rejectedByDf += org.apache.commons.math3.special.Gamma.regularizedGammaQ(999 * 3 / 2.0, x / 2) <= 0.05
                    ? 1 : 0;
        }
        assertThat(rejected / (double) reps).isCloseTo(0.05, within(0.01));
        assertThat(rejectedByDf / (double) reps).isLessThan(0.03);
    }

    private static void enumerate(long[] rows, long[] cols, long[] left, int[] labels, int at, double[] sums) {
        if (at == labels.length) {
            long n = labels.length;
            long[][] t = new long[rows.length][cols.length];
            int unit = 0;
            for (int i = 0; i < rows.length; i++) {
                for (int k = 0; k < rows[i]; k++) {
                    t[i][labels[unit++]]++;
                }
            }
            double x = 0;
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < cols.length; j++) {
                    if (rows[i] > 0 && cols[j] > 0) {
                        double e = (double) rows[i] * cols[j] / n;
                        x += (t[i][j] - e) * (t[i][j] - e) / e;
                    }
                }
            }
            sums[0]++;
            sums[1] += x;
            sums[2] += x * x;
            return;
        }
        for (int j = 0; j < cols.length; j++) {
            if (left[j] > 0) {
                left[j]--;
                labels[at] = j;
                enumerate(rows, cols, left, labels, at + 1, sums);
                left[j]++;
            }
        }
    }
}
