package io.github.kano4j.satisfaction;

import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.CountResampler;
import io.github.kano4j.stats.Percentiles;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Percentile intervals of IA and RIOCS per attribute from a respondent bootstrap of the joint PRCA model, and
 * the number of replicates where the model was singular (docs/METHODS.md §7.1).
 *
 * @param ia        the IA interval of each attribute
 * @param riocs     the RIOCS interval of each attribute
 * @param undefined replicates excluded because the resampled design was singular
 */
record PrcaBootstrap(Interval[] ia, Interval[] riocs, int undefined) {
    /** Whole-number overall ratings up to this size keep every replicate sum a whole number below 2⁵³. */
    private static final double WHOLE_LIMIT = 1 << 20;

    /**
     * Respondent bootstrap of IA and RIOCS (docs/METHODS.md §7.3): resample respondents with replacement, refit
     * the joint model with the same dummies, recompute the indices. Undefined intervals when the bootstrap
     * is off or the model is not estimable.
     */
    static PrcaBootstrap run(SatisfactionSurvey s, RatingScale scale, PrcaModel model,
            SatisfactionOptions options) {
        return run(s, scale, model, options, 0);
    }

    /**
     * The bootstrap with the replicate's sums taken over blocks of at most {@code blockStates} joint states of
     * consecutive attributes, or (0) over the blocks that cost least; tests compare the layouts.
     */
    static PrcaBootstrap run(SatisfactionSurvey s, RatingScale scale, PrcaModel model,
            SatisfactionOptions options, int blockStates) {
        int b = options.bootstrapReplicates();
        int k = s.attributes().size();
        if (b == 0 || !model.estimable) {
            Interval[] none = new Interval[k];
            Arrays.fill(none, Interval.undefined(options.confidence(), "percentile"));
            return new PrcaBootstrap(none, none, 0);
        }
        Cells cells = Cells.of(s, scale, model, blockStates);
        CountResampler resampler = new CountResampler(cells.count);
        int p = model.p;
        double[][] ia = new double[k][b];
        double[][] riocs = new double[k][b];
        boolean[] singular = new boolean[b];
        ThreadLocal<long[]> scratch = ThreadLocal.withInitial(() -> new long[cells.count.length]);
        // each replicate draws from its own seed, so the result is the same whatever the number of threads
        IntStream.range(0, b).parallel().forEach(r -> {
            long[] counts = scratch.get();
            resampler.resample(replicateSeed(options.seed(), r), counts);
            // each pattern's resampled weight and sum of overall ratings; a cell's respondents share their weight
            // (1 when unweighted): they carry it into the resample
            int patterns = cells.sums.patterns();
            double[] patternW = new double[patterns];
            double[] patternY = new double[patterns];
            for (int c = 0; c < counts.length; c++) {
                double drawn = counts[c] * cells.weight[c];
                patternW[cells.patternOf[c]] += drawn;
                patternY[cells.patternOf[c]] += drawn * cells.overall[c];
            }
            double n = 0;
            double sumAll = 0;
            for (int g = 0; g < patterns; g++) {
                n += patternW[g];
                sumAll += patternY[g];
            }
            double[] pairs = new double[p * p];
            double[] xty = new double[p];
            cells.sums.sum(patternW, patternY, pairs, xty);
            // the intercept (column 0) is in every pattern: its entries are n, the dummies' counts (the diagonal, as
            // a dummy times itself is the dummy) and the sum of all overall ratings
            xty[0] = sumAll;
            double[][] xtx = new double[p][p];
            xtx[0][0] = n;
            for (int a = 1; a < p; a++) {
                xtx[0][a] = pairs[a * p + a];
                xtx[a][0] = xtx[0][a];
                for (int e = a; e < p; e++) {
                    xtx[a][e] = pairs[a * p + e];
                    xtx[e][a] = xtx[a][e];
                }
            }
            DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-12).getSolver();
            if (!solver.isNonSingular()) {
                singular[r] = true;
                return;
            }
            double[] beta = solver.solve(new ArrayRealVector(xty)).toArray();
            for (int i = 0; i < k; i++) {
                if (model.lowColumn[i] < 0 || model.highColumn[i] < 0) {
                    continue;
                }
                ImpactIndices idx = ImpactIndices.of(beta[model.lowColumn[i]], beta[model.highColumn[i]],
                        options.signHandling());
                riocs[i][r] = idx.riocs();
                ia[i][r] = idx.ia();
            }
        });
        int undefined = 0;
        for (boolean x : singular) {
            undefined += x ? 1 : 0;
        }
        int[] definedIa = new int[k];
        int[] definedRiocs = new int[k];
        for (int i = 0; i < k; i++) {
            boolean both = model.lowColumn[i] >= 0 && model.highColumn[i] >= 0;
            definedIa[i] = both ? compact(ia[i], singular, true) : 0;
            definedRiocs[i] = both ? compact(riocs[i], singular, false) : 0;
        }
        Interval[] iaOut = new Interval[k];
        Interval[] riocsOut = new Interval[k];
        for (int i = 0; i < k; i++) {
            iaOut[i] = Percentiles.interval(ia[i], definedIa[i], options.confidence());
            riocsOut[i] = Percentiles.interval(riocs[i], definedRiocs[i], options.confidence());
        }
        return new PrcaBootstrap(iaOut, riocsOut, undefined);
    }

    /** The seed of replicate {@code r}: the options' seed and the replicate number mixed (SplitMix64). */
    static long replicateSeed(long seed, int r) {
        long z = seed + 0x9E3779B97F4A7C15L * (r + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Moves the values of the estimable replicates (and, with {@code dropNaN}, only those that are numbers) to the
     * front in replicate order; returns their number.
     */
    private static int compact(double[] values, boolean[] singular, boolean dropNaN) {
        int m = 0;
        for (int r = 0; r < values.length; r++) {
            if (!singular[r] && !(dropNaN && Double.isNaN(values[r]))) {
                values[m++] = values[r];
            }
        }
        return m;
    }

    /**
     * The respondents grouped into cells of identical respondents — the same active columns of the model
     * (intercept, the low or high dummy of each attribute), the same overall rating and weight — with their numbers;
     * the cells ordered by pattern (their active columns, in the order first seen), then in the order first seen. A
     * respondent bootstrap is a multinomial resample of the cell counts.
     *
     * @param overall   each cell's overall rating
     * @param weight    each cell's respondent weight (1 when unweighted)
     * @param count     each cell's number of respondents
     * @param patternOf each cell's pattern
     * @param sums      how a replicate sums XᵀX and Xᵀy over the patterns
     */
    private record Cells(double[] overall, double[] weight, long[] count, int[] patternOf, BlockSums sums) {
        static Cells of(SatisfactionSurvey s, RatingScale scale, PrcaModel model, int blockStates) {
            int k = s.attributes().size();
            Map<Key, long[]> cellCount = new HashMap<>();
            Map<Key, Integer> patternIndex = new HashMap<>();
            List<int[]> columns = new ArrayList<>();
            List<List<Key>> cellsOf = new ArrayList<>();
            int[] act = new int[k + 1];
            for (int j = 0; j < s.respondents(); j++) {
                int m = PrcaModel.active(s, scale, j, model.lowColumn, model.highColumn, act);
                int[] cols = Arrays.copyOf(act, m);
                Key key = new Key(cols, s.overall(j), s.weight(j));
                long[] seen = cellCount.get(key);
                if (seen != null) {
                    seen[0]++;
                    continue;
                }
                cellCount.put(key, new long[] {1});
                Integer g = patternIndex.get(new Key(cols, 0, 0));
                if (g == null) {
                    g = columns.size();
                    patternIndex.put(new Key(cols, 0, 0), g);
                    columns.add(cols);
                    cellsOf.add(new ArrayList<>());
                }
                cellsOf.get(g).add(key);
            }
            int cells = cellCount.size();
            double[] overall = new double[cells];
            double[] weight = new double[cells];
            long[] count = new long[cells];
            int[] patternOf = new int[cells];
            int c = 0;
            // the sums of a replicate are whole numbers, exact in any order, without weights and with whole ratings
            boolean whole = !s.weighted();
            for (int g = 0; g < columns.size(); g++) {
                for (Key key : cellsOf.get(g)) {
                    overall[c] = key.overall();
                    weight[c] = key.weight();
                    patternOf[c] = g;
                    count[c] = cellCount.get(key)[0];
                    whole &= overall[c] == Math.rint(overall[c]) && Math.abs(overall[c]) <= WHOLE_LIMIT;
                    c++;
                }
            }
            BlockSums sums = blockStates > 0 ? BlockSums.of(columns, model.lowColumn, model.highColumn, blockStates)
                    : BlockSums.cheapest(columns, model.lowColumn, model.highColumn, whole);
            return new Cells(overall, weight, count, patternOf, sums);
        }
    }

    /** A group's identity: its active columns, the exact overall rating and the exact weight. */
    private record Key(int[] columns, double overall, double weight) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Arrays.equals(columns, other.columns)
                    && Double.compare(overall, other.overall) == 0 && Double.compare(weight, other.weight) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(columns) + Double.hashCode(overall)) + Double.hashCode(weight);
        }
    }
}
