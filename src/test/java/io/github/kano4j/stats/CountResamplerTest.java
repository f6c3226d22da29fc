package io.github.kano4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The Poisson-then-correct resampler gives Multinomial(n, counts/n): every resample sums to n, the mean and
 * variance of each cell match n·p and n·p·(1 − p), and a χ² goodness-of-fit of one cell's distribution to the
 * binomial holds; the same seed gives the same resample.
 */
class CountResamplerTest {
    private static final long[] COUNTS = {1, 1, 2, 5, 1, 40, 3, 1, 1, 0, 700, 2, 1, 1, 1, 12};

    @Test
    void resamplesSumToNAndMatchTheMultinomialMoments() {
        CountResampler r = new CountResampler(COUNTS);
        long n = r.size();
        assertThat(n).isEqualTo(772);
        int reps = 40_000;
        double[] sum = new double[COUNTS.length];
        double[] sumSq = new double[COUNTS.length];
        long[] out = new long[COUNTS.length];
        long[] firstCell = new long[10];
        for (int b = 0; b < reps; b++) {
            r.resample(1_000L + b, out);
            long total = 0;
            for (int c = 0; c < out.length; c++) {
                total += out[c];
                sum[c] += out[c];
                sumSq[c] += (double) out[c] * out[c];
            }
            assertThat(total).isEqualTo(n);
            assertThat(out[9]).isZero();
            firstCell[(int) Math.min(out[0], 9)]++;
        }
        for (int c = 0; c < COUNTS.length; c++) {
            double p = (double) COUNTS[c] / n;
            double mean = sum[c] / reps;
            double var = sumSq[c] / reps - mean * mean;
            double expectedVar = n * p * (1 - p);
            // the mean of 40,000 resamples lies within 5 standard errors of n·p; the variance within 5 %
            assertThat(mean).as("cell %s mean", c).isCloseTo(n * p, org.assertj.core.data.Offset.offset(
                    5 * Math.sqrt(expectedVar / reps) + 1e-12));
            if (COUNTS[c] > 0) {
                assertThat(var / expectedVar).as("cell %s variance", c).isBetween(0.95, 1.05);
            }
        }
        // χ² of the first cell's distribution (0, 1, …, 5+) against Binomial(772, 1/772): df 5, 99.9 % point 20.5
        double p = 1.0 / n;
        double chi2 = 0;
        double tail = 1;
        for (int k = 0; k <= 5; k++) {
            double pk = k < 5 ? Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p)) : tail;
            tail -= k < 5 ? pk : 0;
            long observed = 0;
            if (k < 5) {
                observed = firstCell[k];
            } else {
                for (int j = 5; j < firstCell.length; j++) {
                    observed += firstCell[j];
                }
            }
            double e = reps * pk;
            chi2 += (observed - e) * (observed - e) / e;
        }
        assertThat(chi2).isLessThan(20.5);
    }

    @Test
    void theSameSeedGivesTheSameResample() {
        CountResampler r = new CountResampler(COUNTS);
        long[] a = new long[COUNTS.length];
        long[] b = new long[COUNTS.length];
        r.resample(42, a);
        r.resample(42, b);
        assertThat(a).containsExactly(b);
        r.resample(43, b);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void countsMustNotBeNegative() {
        assertThatThrownBy(() -> new CountResampler(new long[] {1, -1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    private static double logChoose(long n, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += Math.log(n - i) - Math.log(i + 1);
        }
        return s;
    }
}
