package io.github.kano4j.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Random two-way tables with given row and column totals, drawn exactly from their conditional (multiple
 * hypergeometric) distribution under independence — the distribution a permutation of the category labels gives —
 * row by row and cell by cell as a chain of univariate hypergeometric draws. Each draw inverts the distribution
 * searching outward from its mode, so the work per table grows with the number of cells and the square root of the
 * cell variances, not with the number of observations (unlike permuting N labels).
 */
final class ContingencySampler {
    private final RandomGenerator rng;

    /** A sampler driven by the given generator. */
    ContingencySampler(RandomGenerator rng) {
        this.rng = rng;
    }

    /** log(k!) for k below 65,536, computed once (512 kB) on first use. */
    private static final class LogFactorials {
        static final double[] TABLE = new double[1 << 16];

        static {
            for (int k = 0; k < TABLE.length; k++) {
                TABLE[k] = Gamma.logGamma(k + 1.0);
            }
        }
    }

    /**
     * Fills {@code out} (rows × columns) with a random table whose row and column totals are the given ones.
     *
     * @throws IllegalArgumentException when the totals do not add up to the same number
     */
    void sample(long[] rowTotals, long[] colTotals, long[][] out) {
        long n = 0;
        for (long c : colTotals) {
            n += c;
        }
        long rowsSum = 0;
        for (long r : rowTotals) {
            rowsSum += r;
        }
        if (n != rowsSum) {
            throw new IllegalArgumentException("Row totals add up to " + rowsSum + ", column totals to " + n);
        }
        long[] colLeft = colTotals.clone();
        long left = n;
        for (int r = 0; r < rowTotals.length; r++) {
            long need = rowTotals[r];
            long pool = left;
            for (int c = 0; c < colTotals.length; c++) {
                long x;
                if (c == colTotals.length - 1) {
                    x = need;
                } else {
                    x = hypergeometric(pool, colLeft[c], need);
                }
                out[r][c] = x;
                need -= x;
                pool -= colLeft[c];
                colLeft[c] -= x;
            }
            left -= rowTotals[r];
        }
    }

    /**
     * Whether {@link #unitsChiSquare} is the cheaper way to draw tables with these totals: it costs a few
     * nanoseconds per observation (and 4 bytes each, up to 50 million), the chain one hypergeometric draw (tens of
     * nanoseconds) per cell — so sparse tables (many rows, few observations each) are drawn unit by unit.
     */
    static boolean unitsAreCheaper(long[] rowTotals, long[] colTotals, long n) {
        return n <= 50_000_000 && n * 5.0 < 40.0 * rowTotals.length * Math.max(1, colTotals.length - 1);
    }

    /**
     * Pearson's χ² of a random table with the given totals, drawn observation by observation: the observations'
     * column labels are shuffled (Fisher-Yates, as the rows consume them) and dealt to the rows in turn — a random
     * permutation of the labels, the same distribution as {@link #sample}. The statistic is
     * accumulated as the table fills, {@code χ² = Σ O²/E − N} (each observation joining a cell holding k adds
     * {@code (2k + 1)/E}), so no pass over the cells is needed.
     */
    static double unitsChiSquare(long[] rowTotals, long[] colTotals, int[] labels, SplittableRandom rng) {
        int cols = colTotals.length;
        int n = labels.length;
        long[] row = new long[cols];
        double[] inverseCol = new double[cols];
        for (int c = 0; c < cols; c++) {
            inverseCol[c] = 1.0 / colTotals[c];
        }
        double sum = 0;
        int pos = 0;
        for (long rowTotal : rowTotals) {
            if (rowTotal == 0) {
                continue;
            }
            Arrays.fill(row, 0);
            double scale = (double) n / rowTotal;
            for (long u = 0; u < rowTotal; u++, pos++) {
                // the next step of a Fisher-Yates shuffle of the labels: a uniformly chosen remaining label
                int j = pos + below(rng, n - pos);
                int c = labels[j];
                labels[j] = labels[pos];
                labels[pos] = c;
                sum += (2 * row[c] + 1) * scale * inverseCol[c];
                row[c]++;
            }
        }
        return sum - n;
    }

    /** The column label of each of the N observations, in column order: the units {@link #unitsChiSquare} shuffles. */
    static int[] labels(long[] colTotals, long n) {
        int[] labels = new int[Math.toIntExact(n)];
        int at = 0;
        for (int c = 0; c < colTotals.length; c++) {
            for (long k = 0; k < colTotals[c]; k++) {
                labels[at++] = c;
            }
        }
        return labels;
    }

    /**
     * A uniform integer in [0, bound) from 32 random bits by Lemire's (2019) multiply-and-shift with rejection:
     * exact, and without the division of {@code nextInt(bound)} on almost every draw.
     */
    static int below(SplittableRandom rng, int bound) {
        long m = (rng.nextInt() & 0xFFFFFFFFL) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                m = (rng.nextInt() & 0xFFFFFFFFL) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** One draw of the number of successes in {@code draws} draws without replacement from N with K successes. */
    long hypergeometric(long population, long successes, long draws) {
        if (draws == 0 || successes == 0) {
            return 0;
        }
        if (successes == population) {
            return draws;
        }
        if (draws == population) {
            return successes;
        }
        long lo = Math.max(0, draws - (population - successes));
        long hi = Math.min(draws, successes);
        if (lo == hi) {
            return lo;
        }
        long mode = (long) Math.floor((draws + 1.0) * (successes + 1.0) / (population + 2.0));
        mode = Math.max(lo, Math.min(hi, mode));
        double pMode = Math.exp(logChoose(successes, mode) + logChoose(population - successes, draws - mode)
                - logChoose(population, draws));
        double u = rng.nextDouble();
        // search outward from the mode, alternating sides, with the pmf ratio recurrence
        long up = mode;
        long down = mode;
        double pUp = pMode;
        double pDown = pMode;
        u -= pMode;
        while (u > 0) {
            boolean canUp = up < hi;
            boolean canDown = down > lo;
            if (!canUp && !canDown) {
                return mode; // rounding: the probabilities summed to just under 1
            }
            if (canUp) {
                pUp *= (double) (successes - up) * (draws - up) / ((up + 1.0) * (population - successes - draws + up + 1.0));
                up++;
                u -= pUp;
                if (u <= 0) {
                    return up;
                }
            }
            if (canDown) {
                pDown *= down * (population - successes - draws + down) / ((double) (successes - down + 1)
                        * (draws - down + 1));
                down--;
                u -= pDown;
                if (u <= 0) {
                    return down;
                }
            }
        }
        return mode;
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    /** log(k!): {@code Gamma.logGamma(k + 1)}, from the table (the same values) when k is small. */
    private static double logFactorial(long k) {
        return k < LogFactorials.TABLE.length ? LogFactorials.TABLE[(int) k] : Gamma.logGamma(k + 1.0);
    }
}
