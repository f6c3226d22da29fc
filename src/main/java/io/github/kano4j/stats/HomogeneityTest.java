package io.github.kano4j.stats;

import io.github.kano4j.internal.Check;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Gamma;

import java.util.Arrays;
import java.util.SplittableRandom;


/**
 * Pearson's χ² test of homogeneity of a groups × categories table (docs/METHODS.md §7.4):
 * {@code χ² = Σ (O − E)²/E} with {@code E = row total · column total / N}, df = (r − 1)(c − 1). Category
 * columns that are zero in every group are dropped first (df reduced). When any expected count is below
 * 5 the p-value is a seeded Monte-Carlo p-value over random tables with the same margins (drawn exactly: as
 * chained hypergeometric draws, or observation by observation for sparse tables, whichever is cheaper),
 * otherwise the asymptotic χ² p. The Monte-Carlo p is sequential (Besag &amp;
 * Clifford 1991): tables are drawn until {@value #EXCEEDANCES} of them reach the observed χ² — then
 * {@code p = h / L} after L tables — or B tables are drawn, then {@code p = (1 + #{χ²* ≥ χ²}) / (1 + B)}
 * (Davison &amp; Hinkley 1997). A large p is thus settled after a few hundred tables, a small one uses all B.
 * A sparse table with at least {@value #MOMENT_MATCHED_ROWS} non-empty groups (many segments, a few answers each)
 * instead takes its p from the scaled χ² that has the exact permutation mean and variance of the statistic
 * ({@link ChiSquareMoments}): every random table would cost one step per answer, while the moments cost one pass
 * over the margins, and with that many groups the matched distribution holds the level (docs/METHODS.md §7.4).
 *
 * @param statistic  χ²
 * @param df         degrees of freedom after dropping empty columns
 * @param p          p-value (NaN when the test is not defined: fewer than two non-empty groups or columns)
 * @param method     {@code "asymptotic"}, {@code "monte-carlo"} or {@code "moment-matched"}
 * @param replicates Monte-Carlo tables drawn (0 otherwise; fewer than asked when the sequential rule stopped)
 * @param seed       Monte-Carlo seed
 * @param minExpected the smallest expected count
 */
public record HomogeneityTest(double statistic, int df, double p, String method, int replicates, long seed,
        double minExpected) {

    /** The Monte-Carlo test stops once this many random tables reached the observed statistic. */
    public static final int EXCEEDANCES = 100;

    /** Sparse tables with at least this many non-empty groups take the moment-matched p (by default). */
    public static final int MOMENT_MATCHED_ROWS = 1_000;

    /** Checks the method is named. */
    public HomogeneityTest {
        Check.notNull(method, "method");
    }

    /**
     * Tests a table of counts (rows = groups, columns = categories).
     *
     * @param replicates Monte-Carlo replicates used when an expected count is below 5
     * @param seed       seed of the Monte-Carlo permutations
     */
    public static HomogeneityTest of(long[][] table, int replicates, long seed) {
        return of(table, replicates, seed, MOMENT_MATCHED_ROWS);
    }

    /**
     * Tests a table of counts, choosing the moment-matched p for sparse tables from {@code momentMatchedRows}
     * non-empty groups on ({@link Integer#MAX_VALUE}: always Monte-Carlo).
     *
     * @param replicates        Monte-Carlo replicates used when an expected count is below 5
     * @param seed              seed of the Monte-Carlo permutations
     * @param momentMatchedRows from this many non-empty groups a sparse table takes the moment-matched p
     */
    public static HomogeneityTest of(long[][] table, int replicates, long seed, int momentMatchedRows) {
        Check.notNull(table, "table");
        if (momentMatchedRows < 2) {
            throw new IllegalArgumentException("momentMatchedRows must be at least 2, was " + momentMatchedRows);
        }
        int rows = table.length;
        int colsAll = rows == 0 ? 0 : table[0].length;
        boolean[] keep = new boolean[colsAll];
        for (long[] row : table) {
            for (int c = 0; c < colsAll; c++) {
                keep[c] |= row[c] > 0;
            }
        }
        int cols = 0;
        for (boolean k : keep) {
            cols += k ? 1 : 0;
        }
        // the table without its empty columns (the table itself, read only, when none is empty)
        boolean copy = cols < colsAll;
        long[][] t = copy ? new long[rows][cols] : table;
        int nonEmptyRows = 0;
        for (int r = 0; r < rows; r++) {
            int k = 0;
            long total = 0;
            for (int c = 0; c < colsAll; c++) {
                if (keep[c]) {
                    if (copy) {
                        t[r][k++] = table[r][c];
                    }
                    total += table[r][c];
                }
            }
            if (total > 0) {
                nonEmptyRows++;
            }
        }
        int df = (nonEmptyRows - 1) * (cols - 1);
        if (nonEmptyRows < 2 || cols < 2) {
            return new HomogeneityTest(Double.NaN, Math.max(df, 0), Double.NaN, "not applicable", 0, seed, Double.NaN);
        }
        long[] rowTotals = new long[rows];
        long[] colTotals = new long[cols];
        long n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                rowTotals[r] += t[r][c];
                colTotals[c] += t[r][c];
                n += t[r][c];
            }
        }
        // the smallest expected count is that of the smallest non-empty row and column (E grows with both)
        long minRow = Long.MAX_VALUE;
        for (long total : rowTotals) {
            if (total > 0) {
                minRow = Math.min(minRow, total);
            }
        }
        long minCol = Arrays.stream(colTotals).min().orElseThrow();
        double minExpected = (double) minRow * minCol / n;
        double stat = statistic(t, rowTotals, colTotals, n);
        if (minExpected >= 5 || replicates <= 0) {
            return new HomogeneityTest(stat, df, Gamma.regularizedGammaQ(df / 2.0, stat / 2), "asymptotic", 0, seed,
                    minExpected);
        }
        if (nonEmptyRows >= momentMatchedRows) {
            ChiSquareMoments moments = ChiSquareMoments.of(rowTotals, colTotals);
            return new HomogeneityTest(stat, df, moments.upperTail(stat), "moment-matched", 0, seed, minExpected);
        }
        // Monte-Carlo: random tables with both margins fixed, drawn directly (the distribution a permutation of
        // the N category labels gives), so the cost depends on the table's cells, not on N
        RandomGenerator rng = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), 0x5E6});
        ContingencySampler sampler = new ContingencySampler(rng);
        long[][] sim = new long[rows][cols];
        // sequential (Besag and Clifford 1991): stop once EXCEEDANCES tables reached the observed statistic
        boolean byUnits = ContingencySampler.unitsAreCheaper(rowTotals, colTotals, n);
        SplittableRandom units = new SplittableRandom(seed ^ 0x5E6L);
        int[] labels = byUnits ? ContingencySampler.labels(colTotals, n) : null;
        int atLeast = 0;
        int drawn = 0;
        while (drawn < replicates && atLeast < EXCEEDANCES) {
            double simulated;
            if (byUnits) {
                simulated = ContingencySampler.unitsChiSquare(rowTotals, colTotals, labels, units);
            } else {
                sampler.sample(rowTotals, colTotals, sim);
                simulated = statistic(sim, rowTotals, colTotals, n);
            }
            drawn++;
            if (simulated >= stat - 1e-9 * Math.max(1, stat)) {
                atLeast++;
            }
        }
        double p = atLeast == EXCEEDANCES ? (double) EXCEEDANCES / drawn : (1.0 + atLeast) / (1.0 + replicates);
        return new HomogeneityTest(stat, df, p, "monte-carlo", drawn, seed, minExpected);
    }

    private static double statistic(long[][] t, long[] rowTotals, long[] colTotals, long n) {
        double stat = 0;
        for (int r = 0; r < t.length; r++) {
            if (rowTotals[r] == 0) {
                continue;
            }
            for (int c = 0; c < colTotals.length; c++) {
                double e = (double) rowTotals[r] * colTotals[c] / n;
                double d = t[r][c] - e;
                stat += d * d / e;
            }
        }
        return stat;
    }
}
