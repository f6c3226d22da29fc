package io.github.kano4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The sampler reproduces the binomial and multinomial distributions (seeded goodness-of-fit checks). */
class MultinomialSamplerTest {

    @ParameterizedTest(name = "Binomial({0}, {1})")
    @CsvSource({"40, 0.3", "200, 0.3", "1000, 0.02", "1000, 0.97", "5000, 0.5"})
    void binomialDrawsFollowThePmf(int n, double p) {
        // A systematic error (a wrong recurrence, an off-by-one mode) gives chi-square values in the thousands;
        // the 1e-4 threshold keeps this seeded check from failing on an ordinary unlucky draw.
        Well19937c rng = new Well19937c(1);
        int draws = 100_000;
        long[] freq = new long[n + 1];
        for (int i = 0; i < draws; i++) {
            freq[(int) MultinomialSampler.binomial(rng, n, p)]++;
        }
        BinomialDistribution exact = new BinomialDistribution(null, n, p);
        // pool cells with expected count < 5 into their neighbours, then Pearson's chi-square
        double stat = 0;
        int df = -1;
        double expectedPool = 0;
        long observedPool = 0;
        for (int k = 0; k <= n; k++) {
            expectedPool += draws * exact.probability(k);
            observedPool += freq[k];
            if (expectedPool >= 5) {
                stat += (observedPool - expectedPool) * (observedPool - expectedPool) / expectedPool;
                df++;
                expectedPool = 0;
                observedPool = 0;
            }
        }
        double pValue = Gamma.regularizedGammaQ(df / 2.0, stat / 2);
        assertThat(pValue).as("chi2 %s on %s df", stat, df).isGreaterThan(1e-4);
    }

    @Test
    void largeSampleMeanAndVariance() {
        Well19937c rng = new Well19937c(5);
        int draws = 20_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < draws; i++) {
            double x = MultinomialSampler.binomial(rng, 1_000_000, 0.25);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / draws;
        double var = sumSq / draws - mean * mean;
        assertThat(mean).isCloseTo(250_000, within(5 * Math.sqrt(187_500.0 / draws)));
        assertThat(var / 187_500.0).isCloseTo(1.0, within(0.05));
    }

    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"30", "400", "100000"})
    void multinomialResamplesKeepTheTotalAndTheShares(int n) {
        long[] counts = {n * 3L / 10, n / 10, n / 5, 0, n - n * 3L / 10 - n / 10 - n / 5, 0};
        long[] out = new long[6];
        double[] mean = new double[6];
        Well19937c rng = new Well19937c(3);
        int reps = 4000;
        for (int r = 0; r < reps; r++) {
            new MultinomialSampler(rng).resample(counts, out);
            long total = 0;
            for (int k = 0; k < 6; k++) {
                total += out[k];
                mean[k] += out[k] / (double) reps;
            }
            assertThat(total).isEqualTo(n);
            assertThat(out[3]).isZero();
            assertThat(out[5]).isZero();
        }
        for (int k = 0; k < 6; k++) {
            double p = counts[k] / (double) n;
            double se = Math.sqrt(n * p * (1 - p) / reps);
            assertThat(mean[k]).isCloseTo(counts[k], within(5 * se + 1e-9));
        }
    }
}
