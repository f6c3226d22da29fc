package io.github.kano4j.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.Arrays;

/**
 * Exact multinomial sampling from category counts, fast at any sample size: for up to
 * {@value #DIRECT_LIMIT} draws each draw picks a category by a cumulative-count lookup; above that the
 * multinomial is drawn as a chain of conditional binomials (Devroye 1986, ch. XI), each binomial by
 * inversion searching outward from the mode (Kemp 1986), which costs O(√(npq)) instead of O(n).
 * commons-math3's own binomial sampler inverts the CDF by bisection and is far slower; its log-pmf is
 * used to anchor the search.
 */
public final class MultinomialSampler {
    /** Sample sizes up to this are drawn one by one. */
    public static final int DIRECT_LIMIT = 64;
    private static final int SMALL_BINOMIAL = 32;

    private final RandomGenerator rng;

    MultinomialSampler(RandomGenerator rng) {
        this.rng = rng;
    }

    /**
     * A sampler driven by a WELL19937c generator seeded from {@code seed}: the same seed gives the same
     * resamples on every machine.
     */
    public static MultinomialSampler seeded(long seed) {
        return new MultinomialSampler(new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), 0xB007}));
    }

    /**
     * Draws {@code n} observations from the categories with the given counts (with replacement), writing
     * the resampled counts to {@code out}.
     *
     * @param counts the observed counts (their sum is n)
     * @param out    receives the resampled counts; same length as {@code counts}
     */
    public void resample(long[] counts, long[] out) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        Arrays.fill(out, 0);
        if (n == 0) {
            return;
        }
        if (n <= DIRECT_LIMIT) {
            int size = (int) n;
            for (int j = 0; j < size; j++) {
                long u = rng.nextInt(size);
                int k = 0;
                long cum = counts[0];
                while (u >= cum) {
                    cum += counts[++k];
                }
                out[k]++;
            }
            return;
        }
        long remainingN = n;
        long remainingCount = n;
        for (int k = 0; k < counts.length - 1 && remainingN > 0; k++) {
            double p = remainingCount == 0 ? 0 : (double) counts[k] / remainingCount;
            out[k] = binomial(rng, remainingN, p);
            remainingN -= out[k];
            remainingCount -= counts[k];
        }
        out[counts.length - 1] += remainingN;
    }

    /** One Binomial(n, p) draw, exact. */
    static long binomial(RandomGenerator rng, long n, double p) {
        if (p <= 0 || n == 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n <= SMALL_BINOMIAL) {
            long k = 0;
            for (long j = 0; j < n; j++) {
                if (rng.nextDouble() < p) {
                    k++;
                }
            }
            return k;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Sample sizes above " + Integer.MAX_VALUE + " are not supported, was " + n);
        }
        long mode = Math.min(n, (long) Math.floor((n + 1) * p));
        double pm = Math.exp(new BinomialDistribution(null, (int) n, p).logProbability((int) mode));
        double ratio = p / (1 - p);
        double u = rng.nextDouble() - pm;
        if (u < 0) {
            return mode;
        }
        long lo = mode;
        long hi = mode;
        double plo = pm;
        double phi = pm;
        // Inversion over the outcomes ordered mode, mode+1, mode-1, mode+2, mode-2, ...: an exact sampler
        // because the order is fixed; the pmf follows by the recurrences of consecutive binomial terms.
        while (true) {
            boolean moved = false;
            if (hi < n && phi > 0) {
                phi *= (double) (n - hi) / (hi + 1) * ratio;
                hi++;
                u -= phi;
                if (u < 0) {
                    return hi;
                }
                moved = true;
            }
            if (lo > 0 && plo > 0) {
                plo *= (double) lo / (n - lo + 1) / ratio;
                lo--;
                u -= plo;
                if (u < 0) {
                    return lo;
                }
                moved = true;
            }
            if (!moved) {
                return mode; // u exceeded the total mass only by rounding
            }
        }
    }
}
