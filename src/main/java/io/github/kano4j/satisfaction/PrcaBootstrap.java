package io.github.kano4j.satisfaction;

import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.Percentiles;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.Arrays;

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
        int n = s.respondents();
        int k = s.attributes().size();
        if (b == 0 || !model.estimable) {
            Interval[] none = new Interval[k];
            Arrays.fill(none, Interval.undefined(options.confidence(), "percentile"));
            return new PrcaBootstrap(none, none, 0);
        }
        RandomGenerator rng = new Well19937c(new int[] {(int) options.seed(), (int) (options.seed() >>> 32), 0x5A7});
        double[][] ia = new double[k][b];
        double[][] riocs = new double[k][b];
        int[] definedIa = new int[k];
        int[] definedRiocs = new int[k];
        int undefined = 0;
        int[] weight = new int[n];
        int[] act = new int[k + 1];
        int p = model.p;
        for (int r = 0; r < b; r++) {
            Arrays.fill(weight, 0);
            for (int j = 0; j < n; j++) {
                weight[rng.nextInt(n)]++;
            }
            double[][] xtx = new double[p][p];
            double[] xty = new double[p];
            for (int j = 0; j < n; j++) {
                if (weight[j] == 0) {
                    continue;
                }
                double y = s.overall(j) * weight[j];
                int m = PrcaModel.active(s, scale, j, model.lowColumn, model.highColumn, act);
                for (int a = 0; a < m; a++) {
                    xty[act[a]] += y;
                    for (int c = 0; c < m; c++) {
                        xtx[act[a]][act[c]] += weight[j];
                    }
                }
            }
            DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-12).getSolver();
            if (!solver.isNonSingular()) {
                undefined++;
                continue;
            }
            double[] beta = solver.solve(new ArrayRealVector(xty)).toArray();
            for (int i = 0; i < k; i++) {
                if (model.lowColumn[i] < 0 || model.highColumn[i] < 0) {
                    continue;
                }
                ImpactIndices idx = ImpactIndices.of(beta[model.lowColumn[i]], beta[model.highColumn[i]],
                        options.signHandling());
                riocs[i][definedRiocs[i]++] = idx.riocs();
                if (!Double.isNaN(idx.ia())) {
                    ia[i][definedIa[i]++] = idx.ia();
                }
            }
        }
        Interval[] iaOut = new Interval[k];
        Interval[] riocsOut = new Interval[k];
        for (int i = 0; i < k; i++) {
            iaOut[i] = Percentiles.interval(ia[i], definedIa[i], options.confidence());
            riocsOut[i] = Percentiles.interval(riocs[i], definedRiocs[i], options.confidence());
        }
        return new PrcaBootstrap(iaOut, riocsOut, undefined);
    }
}
