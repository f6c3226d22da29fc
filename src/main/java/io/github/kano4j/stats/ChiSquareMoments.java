package io.github.kano4j.stats;

import io.github.kano4j.internal.Check;

import org.apache.commons.math3.special.Gamma;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.TreeMap;

/**
 * The exact mean and variance of Pearson's χ² over all tables with given row and column totals — the permutation
 * (multiple hypergeometric) distribution of a test of homogeneity (Haldane 1940; Dawson 1954).
 *
 * <p>With {@code S = Σᵢⱼ Oᵢⱼ²/(nᵢ mⱼ)}, χ² = N·S − N. The factorial moments of a table with fixed margins are
 * {@code E[Πᵢⱼ Oᵢⱼ^(aᵢⱼ)] = Πᵢ nᵢ^(aᵢ.) · Πⱼ mⱼ^(a.ⱼ) / N^(a..)} (x^(t) the falling factorial x(x − 1)…(x − t + 1)):
 * an ordered choice of distinct units in the rows, times the chance that a random permutation gives them the named
 * labels. Writing {@code O² = O^(2) + O} and {@code O⁴ = O^(4) + 6·O^(3) + 7·O^(2) + O} turns E[S] and E[S²] into
 * sums over pairs of cells (same cell; same row or column; neither) that factor into a row sum times a column sum:
 * <ul>
 *   <li>{@code E[S] = (N − r)(N − c)/N^(2) + r·c/N}, so {@code E[χ²] = N(r − 1)(c − 1)/(N − 1)};</li>
 *   <li>{@code E[S²] = Σₜ S(4,t)·Aₜ·Bₜ/N^(t) + Σ_{a,b∈{1,2}} ((Rₐᵦ + A_{a+b})(Cₐᵦ + B_{a+b}) − A_{a+b}B_{a+b})/N^(a+b)}
 *   with {@code Aₜ = Σᵢ nᵢ^(t)/nᵢ²}, {@code Rₐᵦ = Σ_{i≠k} nᵢ^(a) nₖ^(b)/(nᵢnₖ)} (and Bₜ, Cₐᵦ the same over
 *   columns), S(4,t) = 1, 7, 6, 1 the Stirling numbers of the second kind;</li>
 *   <li>{@code Var(χ²) = N²(E[S²] − E[S]²)}.</li>
 * </ul>
 * The sums are taken over the distinct row and column totals in 40-digit decimal arithmetic, because E[S²] and
 * E[S]² agree to five or more digits in a sparse table; the cost is one pass over the totals. Empty rows and
 * columns are left out. Pinned by enumerating every permutation of small tables.
 *
 * @param mean     E[χ²]
 * @param variance Var(χ²)
 * @param rows     rows with a positive total (r)
 * @param columns  columns with a positive total (c)
 * @param n        N, the grand total
 */
public record ChiSquareMoments(double mean, double variance, int rows, int columns, long n) {

    private static final MathContext MC = new MathContext(40);
    private static final long[] STIRLING_4 = {0, 1, 7, 6, 1};
    /** Totals below this are counted in an array. */
    private static final int SMALL = 1_024;

    /** The moments for the given row and column totals (non-negative, with equal sums). */
    public static ChiSquareMoments of(long[] rowTotals, long[] columnTotals) {
        Check.notNull(rowTotals, "rowTotals");
        Check.notNull(columnTotals, "columnTotals");
        Sums rows = Sums.of(rowTotals);
        Sums cols = Sums.of(columnTotals);
        Check.argument(rows.n == cols.n, "Row and column totals must have the same sum, were " + rows.n + " and "
                + cols.n);
        long n = rows.n;
        Check.argument(n >= 2, "A table needs at least two units, had " + n);
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal es = BigDecimal.valueOf(n - rows.count).multiply(BigDecimal.valueOf(n - cols.count))
                .divide(falling(n, 2), MC)
                .add(BigDecimal.valueOf((long) rows.count * cols.count).divide(bn, MC));
        BigDecimal es2 = BigDecimal.ZERO;
        for (int t = 1; t <= 4; t++) {
            BigDecimal nt = falling(n, t);
            if (nt.signum() != 0) {
                es2 = es2.add(BigDecimal.valueOf(STIRLING_4[t]).multiply(rows.a[t]).multiply(cols.a[t])
                        .divide(nt, MC));
            }
        }
        for (int a = 1; a <= 2; a++) {
            for (int b = 1; b <= 2; b++) {
                BigDecimal nt = falling(n, a + b);
                if (nt.signum() == 0) {
                    continue;
                }
                BigDecimal ra = rows.off(a, b).add(rows.a[a + b]);
                BigDecimal ca = cols.off(a, b).add(cols.a[a + b]);
                es2 = es2.add(ra.multiply(ca).subtract(rows.a[a + b].multiply(cols.a[a + b])).divide(nt, MC));
            }
        }
        BigDecimal variance = es2.subtract(es.multiply(es)).multiply(bn).multiply(bn);
        double mean = (double) n * (rows.count - 1) * (cols.count - 1) / (n - 1);
        return new ChiSquareMoments(mean, Math.max(0, variance.doubleValue()), rows.count, cols.count, n);
    }

    /**
     * The upper-tail p of an observed χ² from the scaled χ² with these two moments: χ²/κ is taken as χ² on ν
     * degrees of freedom, κ = Var/(2·E) and ν = 2·E²/Var. With the large-sample moments (E = df, Var = 2·df) it
     * is the usual χ² p. When the variance is zero every table has the same χ², and p = 1.
     */
    public double upperTail(double statistic) {
        if (!(variance > 0)) {
            return 1.0;
        }
        double scale = variance / (2 * mean);
        double dof = 2 * mean * mean / variance;
        return Gamma.regularizedGammaQ(dof / 2, statistic / scale / 2);
    }

    private static BigDecimal falling(long x, int t) {
        BigDecimal f = BigDecimal.ONE;
        for (int k = 0; k < t; k++) {
            f = f.multiply(BigDecimal.valueOf(Math.max(0, x - k)));
        }
        return f;
    }

    /** The sums over one margin: Aₜ = Σ x^(t)/x², and what the off-diagonal sums Rₐᵦ need. */
    private static final class Sums {
        final BigDecimal[] a = new BigDecimal[5];
        long n;
        int count;
        /** Σ (x − 1)², the same-row term of R₂₂. */
        BigDecimal squares = BigDecimal.ZERO;

        static Sums of(long[] totals) {
            // how often each total occurs: small totals (the sparse case) in an array, others in a sorted map
            long[] small = new long[SMALL];
            TreeMap<Long, Long> large = new TreeMap<>();
            Sums s = new Sums();
            for (long x : totals) {
                if (x < 0) {
                    throw new IllegalArgumentException("Totals must not be negative, was " + x);
                }
                if (x > 0) {
                    if (x < SMALL) {
                        small[(int) x]++;
                    } else {
                        large.merge(x, 1L, Long::sum);
                    }
                    s.n += x;
                    s.count++;
                }
            }
            for (int t = 1; t <= 4; t++) {
                s.a[t] = BigDecimal.ZERO;
            }
            for (int x = 1; x < SMALL; x++) {
                if (small[x] > 0) {
                    s.add(x, small[x]);
                }
            }
            large.forEach(s::add);
            return s;
        }

        /** Adds {@code times} totals equal to {@code x}. */
        private void add(long x, long times) {
            BigDecimal k = BigDecimal.valueOf(times);
            BigDecimal x2 = BigDecimal.valueOf(x).multiply(BigDecimal.valueOf(x));
            for (int t = 1; t <= 4; t++) {
                a[t] = a[t].add(k.multiply(falling(x, t)).divide(x2, MC));
            }
            BigDecimal less = BigDecimal.valueOf(x - 1);
            squares = squares.add(k.multiply(less).multiply(less));
        }

        /**
         * Rₐᵦ = Σ_{i≠k} xᵢ^(a) xₖ^(b)/(xᵢxₖ) = Pₐ·Pᵦ − Σᵢ xᵢ^(a) xᵢ^(b)/xᵢ², with P₁ = count and P₂ = n − count.
         */
        BigDecimal off(int a, int b) {
            BigDecimal p1 = BigDecimal.valueOf(count);
            BigDecimal p2 = BigDecimal.valueOf(n - count);
            BigDecimal pa = a == 1 ? p1 : p2;
            BigDecimal pb = b == 1 ? p1 : p2;
            BigDecimal same = a == 1 && b == 1 ? p1 : a == 2 && b == 2 ? squares : p2;
            return pa.multiply(pb).subtract(same);
        }
    }
}
