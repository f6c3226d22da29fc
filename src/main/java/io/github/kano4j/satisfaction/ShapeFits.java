package io.github.kano4j.satisfaction;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Per-attribute hinge and quadratic fits from grouped data: the number of respondents, the sum of overall
 * ratings per scale point, and the overall sum of squares — sufficient statistics, exact.
 */
final class ShapeFits {
    private ShapeFits() {
    }

    /**
     * @param count    respondents per rating value (index = rating − min); weighted sums with weights of mean 1
     * @param sumY     sum of overall ratings per rating value
     * @param sumYY    sum of squared overall ratings over all respondents
     */
    static HingeFit hinge(int min, double[] count, double[] sumY, double sumYY, double alpha) {
        int levels = count.length;
        int distinct = 0;
        double n = 0;
        for (double c : count) {
            if (c > 0) {
                distinct++;
            }
            n += c;
        }
        double nan = Double.NaN;
        HingeFit none = new HingeFit(nan, nan, nan, nan, nan, HingeFit.Shape.NOT_ESTIMABLE);
        if (distinct < 3 || n <= 3) {
            return none;
        }
        double total = 0;
        for (double y : sumY) {
            total += y;
        }
        if (sumYY - total * total / n <= 1e-12 * Math.max(1, sumYY)) {
            return none; // a constant overall rating: no slope, no p-value, no shape — rounding noise is not a signal
        }
        double bestSse = Double.POSITIVE_INFINITY;
        double[] best = null;
        double bestKnot = nan;
        double bestVar22 = nan;
        double bestVarAbove = nan;
        for (int kIdx = 1; kIdx < levels - 1; kIdx++) {
            double below = 0;
            double above = 0;
            for (int v = 0; v < levels; v++) {
                if (v < kIdx) {
                    below += count[v];
                } else if (v > kIdx) {
                    above += count[v];
                }
            }
            if (below == 0 || above == 0) {
                continue;
            }
            double knot = min + kIdx;
            double[][] xtx = new double[3][3];
            double[] xty = new double[3];
            for (int v = 0; v < levels; v++) {
                if (count[v] == 0) {
                    continue;
                }
                double x = min + v;
                double[] z = {1, x, Math.max(0, x - knot)};
                for (int a = 0; a < 3; a++) {
                    xty[a] += z[a] * sumY[v];
                    for (int b = 0; b < 3; b++) {
                        xtx[a][b] += z[a] * z[b] * count[v];
                    }
                }
            }
            DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-12).getSolver();
            if (!solver.isNonSingular()) {
                continue;
            }
            RealMatrix inv = solver.getInverse();
            double[] beta = inv.operate(xty);
            double sse = Math.max(0, sumYY - (beta[0] * xty[0] + beta[1] * xty[1] + beta[2] * xty[2]));
            if (sse < bestSse - 1e-9 * Math.max(1, Math.abs(bestSse == Double.POSITIVE_INFINITY ? 0 : bestSse))) {
                bestSse = sse;
                best = beta;
                bestKnot = knot;
                bestVar22 = inv.getEntry(2, 2);
                bestVarAbove = inv.getEntry(1, 1) + inv.getEntry(2, 2) + 2 * inv.getEntry(1, 2);
            }
        }
        if (best == null) {
            return none;
        }
        double sigma2 = bestSse / (n - 3);
        double se = Math.sqrt(sigma2 * bestVar22);
        double t = best[2] / se;
        double p = Double.isNaN(t) ? nan : Double.isInfinite(t) ? 0
                : 2 * new TDistribution(null, n - 3.0).cumulativeProbability(-Math.abs(t));
        HingeFit.Shape shape;
        if (!(p < alpha)) {
            shape = HingeFit.Shape.LINEAR;
        } else {
            shape = best[2] < 0 ? HingeFit.Shape.LEVELS_OFF : HingeFit.Shape.TAKES_OFF;
        }
        double tAbove = (best[1] + best[2]) / Math.sqrt(sigma2 * bestVarAbove);
        double pAbove = Double.isNaN(tAbove) ? nan : Double.isInfinite(tAbove) ? (tAbove > 0 ? 0 : 1)
                : 1 - new TDistribution(null, n - 3.0).cumulativeProbability(tAbove);
        return new HingeFit(bestKnot, best[1], best[1] + best[2], p, pAbove, shape);
    }

    static QuadraticFit quadratic(int min, double[] count, double[] sumY) {
        int distinct = 0;
        for (double c : count) {
            if (c > 0) {
                distinct++;
            }
        }
        double nan = Double.NaN;
        if (distinct < 3) {
            return new QuadraticFit(nan, nan, nan);
        }
        double[][] xtx = new double[3][3];
        double[] xty = new double[3];
        for (int v = 0; v < count.length; v++) {
            if (count[v] == 0) {
                continue;
            }
            double x = min + v;
            double[] z = {1, x, x * x};
            for (int a = 0; a < 3; a++) {
                xty[a] += z[a] * sumY[v];
                for (int b = 0; b < 3; b++) {
                    xtx[a][b] += z[a] * z[b] * count[v];
                }
            }
        }
        DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-14).getSolver();
        if (!solver.isNonSingular()) {
            return new QuadraticFit(nan, nan, nan);
        }
        double[] b = solver.solve(new ArrayRealVector(xty)).toArray();
        return new QuadraticFit(b[0], b[1], b[2]);
    }
}
