package io.github.kano4j.satisfaction;

import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.MultinomialSampler;
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


    /**
     * Respondent bootstrap of IA and RIOCS (docs/METHODS.md §7.3): resample respondents with replacement, refit
     * the joint model with the same dummies, recompute the indices. Undefined intervals when the bootstrap
     * is off or the model is not estimable.
     */
    static PrcaBootstrap run(SatisfactionSurvey s, RatingScale scale, PrcaModel model,
            SatisfactionOptions options) {
        int b = options.bootstrapReplicates();
        int k = s.attributes().size();
        if (b == 0 || !model.estimable) {
            Interval[] none = new Interval[k];
            Arrays.fill(none, Interval.undefined(options.confidence(), "percentile"));
            return new PrcaBootstrap(none, none, 0);
        }
        Cells cells = Cells.of(s, scale, model);
        int p = model.p;
        double[][] ia = new double[k][b];
        double[][] riocs = new double[k][b];
        boolean[] singular = new boolean[b];
        // each replicate draws from its own generator, so the result is the same whatever the number of threads
        IntStream.range(0, b).parallel().forEach(r -> {
            long[] counts = new long[cells.count.length];
            MultinomialSampler.seeded(replicateSeed(options.seed(), r)).resample(cells.count, counts);
            double[][] xtx = new double[p][p];
            double[] xty = new double[p];
            for (int c = 0; c < counts.length; c++) {
                long w = counts[c];
                if (w == 0) {
                    continue;
                }
                int[] act = cells.active[c];
                double wy = cells.overall[c] * w;
                for (int a = 0; a < act.length; a++) {
                    xty[act[a]] += wy;
                    double[] row = xtx[act[a]];
                    for (int e = a; e < act.length; e++) {
                        row[act[e]] += w;
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                for (int e = a + 1; e < p; e++) {
                    // the active columns are in increasing order, so the upper triangle holds every sum
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
     * The respondents grouped by what the model sees of them — the set of active columns (intercept, the low or
     * high dummy of each attribute) and the overall rating — with the number of respondents in each group, in the
     * order first seen. A respondent bootstrap is a multinomial resample of these counts.
     */
    private record Cells(int[][] active, double[] overall, long[] count) {
        static Cells of(SatisfactionSurvey s, RatingScale scale, PrcaModel model) {
            int k = s.attributes().size();
            Map<Key, Integer> index = new HashMap<>();
            List<int[]> active = new ArrayList<>();
            List<Double> overall = new ArrayList<>();
            List<long[]> count = new ArrayList<>();
            int[] act = new int[k + 1];
            for (int j = 0; j < s.respondents(); j++) {
                int m = PrcaModel.active(s, scale, j, model.lowColumn, model.highColumn, act);
                int[] cols = Arrays.copyOf(act, m);
                Arrays.sort(cols);
                Key key = new Key(cols, s.overall(j));
                Integer at = index.get(key);
                if (at == null) {
                    index.put(key, active.size());
                    active.add(cols);
                    overall.add(s.overall(j));
                    count.add(new long[] {1});
                } else {
                    count.get(at)[0]++;
                }
            }
            return new Cells(active.toArray(new int[0][]), overall.stream().mapToDouble(Double::doubleValue).toArray(),
                    count.stream().mapToLong(c -> c[0]).toArray());
        }
    }

    /** A group's identity: its active columns and the exact overall rating. */
    private record Key(int[] columns, double overall) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Arrays.equals(columns, other.columns)
                    && Double.compare(overall, other.overall) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(columns) + Double.hashCode(overall);
        }
    }
}
