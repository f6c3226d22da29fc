package io.github.kano4j.satisfaction;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RRQRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The penalty–reward contrast model of docs/METHODS.md §6.1 fitted by OLS over all attributes jointly (weighted
 * least squares when the respondents carry weights, §7.6: X'WX, and the sandwich with w_j² ω_j, h_j = w_j x_j'(X'WX)⁻¹x_j):
 * {@code OS = β0 + Σ (β_i^pen · L_i + β_i^rew · H_i) + ε}, with L_i = [x_i ≤ cutLow], H_i = [x_i ≥ cutHigh}.
 * A dummy nobody falls into is dropped (its coefficient is not estimable). Standard errors: classical
 * {@code σ²(X'X)⁻¹} or the sandwich {@code (X'X)⁻¹ (Σ ω_j x_j x_j') (X'X)⁻¹} with ω_j = e_j² (HC0),
 * e_j²·n/(n−p) (HC1), e_j²/(1−h_j) (HC2), e_j²/(1−h_j)² (HC3), h_j = x_j'(X'X)⁻¹x_j (MacKinnon &amp; White
 * 1985). The linear algebra is commons-math3's; rows are streamed, so only X'X is held.
 */
final class PrcaModel {
    final int k;
    final int n;
    /** Column of L_i (or −1 when dropped) and of H_i. */
    final int[] lowColumn;
    final int[] highColumn;
    final int p;
    final double[] beta;
    final double[][] covariance;
    final double sse;
    final double sst;
    final double[] vif;
    final boolean estimable;

    private PrcaModel(int k, int n, int[] lowColumn, int[] highColumn, int p, double[] beta, double[][] covariance,
            double sse, double sst, double[] vif, boolean estimable) {
        this.k = k;
        this.n = n;
        this.lowColumn = lowColumn;
        this.highColumn = highColumn;
        this.p = p;
        this.beta = beta;
        this.covariance = covariance;
        this.sse = sse;
        this.sst = sst;
        this.vif = vif;
        this.estimable = estimable;
    }

    /** The active columns of one respondent (intercept first). */
    static int active(SatisfactionSurvey s, RatingScale scale, int j, int[] lowColumn, int[] highColumn, int[] out) {
        int m = 0;
        out[m++] = 0;
        for (int i = 0; i < lowColumn.length; i++) {
            int x = s.rating(j, i);
            if (x <= scale.cutLow() && lowColumn[i] >= 0) {
                out[m++] = lowColumn[i];
            } else if (x >= scale.cutHigh() && highColumn[i] >= 0) {
                out[m++] = highColumn[i];
            }
        }
        return m;
    }

    static PrcaModel fit(SatisfactionSurvey s, RatingScale scale, SatisfactionOptions.StandardErrors seType,
            long[] lowCount, long[] highCount) {
        int k = s.attributes().size();
        int n = s.respondents();
        int[] lowColumn = new int[k];
        int[] highColumn = new int[k];
        int p = 1;
        for (int i = 0; i < k; i++) {
            lowColumn[i] = lowCount[i] > 0 ? p++ : -1;
            highColumn[i] = highCount[i] > 0 ? p++ : -1;
        }
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        double sumY = 0;
        double sumYY = 0;
        int[] act = new int[k + 1];
        // weighted least squares with weights of mean 1 (all 1 without weights): X'WX, X'Wy
        for (int j = 0; j < n; j++) {
            double y = s.overall(j);
            double w = s.weight(j);
            int m = active(s, scale, j, lowColumn, highColumn, act);
            for (int a = 0; a < m; a++) {
                xty[act[a]] += w * y;
                for (int b = 0; b < m; b++) {
                    xtx[act[a]][act[b]] += w;
                }
            }
            sumY += w * y;
            sumYY += w * y * y;
        }
        double sst = n == 0 ? Double.NaN : sumYY - sumY * sumY / n;
        if (n <= p) {
            return new PrcaModel(k, n, lowColumn, highColumn, p, null, null, Double.NaN, sst, new double[p], false);
        }
        RealMatrix m = new Array2DRowRealMatrix(xtx);
        DecompositionSolver solver = new LUDecomposition(m, 1e-12).getSolver();
        if (!solver.isNonSingular() || new RRQRDecomposition(m, 1e-10).getRank(1e-10) < p) {
            throw new IllegalArgumentException("The penalty/reward dummies are collinear for "
                    + collinear(xtx, s, lowColumn, highColumn) + "; every respondent falls in the same zone of these "
                    + "attributes, or their zones coincide. Drop one of them or change the cut points");
        }
        RealMatrix inverse = solver.getInverse();
        double[] beta = inverse.operate(xty);
        if (sst <= 1e-12 * Math.max(1, sumYY)) {
            // constant overall rating: the exact solution is the constant and no effect at all
            Arrays.fill(beta, 0);
            beta[0] = sumY / n;
        }
        double[] e = new double[n];
        double sse = 0;
        for (int j = 0; j < n; j++) {
            int mm = active(s, scale, j, lowColumn, highColumn, act);
            double fitted = 0;
            for (int a = 0; a < mm; a++) {
                fitted += beta[act[a]];
            }
            e[j] = s.overall(j) - fitted;
            sse += s.weight(j) * e[j] * e[j];
        }
        double[][] cov = new double[p][p];
        double[][] b = inverse.getData();
        if (seType == SatisfactionOptions.StandardErrors.CLASSICAL) {
            double sigma2 = sse / (n - p);
            for (int a = 0; a < p; a++) {
                for (int c = 0; c < p; c++) {
                    cov[a][c] = sigma2 * b[a][c];
                }
            }
        } else {
            double[][] meat = new double[p][p];
            for (int j = 0; j < n; j++) {
                int mm = active(s, scale, j, lowColumn, highColumn, act);
                double wj = s.weight(j);
                double h = 0;
                for (int a = 0; a < mm; a++) {
                    for (int c = 0; c < mm; c++) {
                        h += b[act[a]][act[c]];
                    }
                }
                h *= wj; // the leverage of W^½X: w_j x_j'(X'WX)⁻¹x_j
                // the sandwich (X'WX)⁻¹ X'W Ω W X (X'WX)⁻¹: respondent j adds w_j² ω_j x_j x_j'
                double e2 = wj * wj * e[j] * e[j];
                if (h >= 1 - 1e-9) {
                    // leverage 1: the respondent alone defines a dummy; its residual is 0 and HC2/HC3 are 0/0.
                    // It adds nothing to the meat; that dummy's coefficient gets no standard error (below).
                    continue;
                }
                double w;
                switch (seType) {
                    case HC0 -> w = e2;
                    case HC1 -> w = e2 * n / (n - p);
                    case HC2 -> w = e2 == 0 ? 0 : e2 / (1 - h);
                    default -> w = e2 == 0 ? 0 : e2 / ((1 - h) * (1 - h));
                }
                for (int a = 0; a < mm; a++) {
                    for (int c = 0; c < mm; c++) {
                        meat[act[a]][act[c]] += w;
                    }
                }
            }
            RealMatrix bm = new Array2DRowRealMatrix(b, false);
            cov = bm.multiply(new Array2DRowRealMatrix(meat, false)).multiply(bm).getData();
        }
        // a zone with a single respondent: its coefficient is that one person's rating, with no standard error
        for (int i = 0; i < k; i++) {
            for (int column : new int[] {lowCount[i] == 1 ? lowColumn[i] : -1,
                highCount[i] == 1 ? highColumn[i] : -1}) {
                if (column >= 0) {
                    for (int c = 0; c < p; c++) {
                        cov[column][c] = Double.NaN;
                        cov[c][column] = Double.NaN;
                    }
                }
            }
        }
        return new PrcaModel(k, n, lowColumn, highColumn, p, beta, cov, sse, sst, vif(xtx, n), true);
    }

    /** Variance inflation factors of the dummy columns: the diagonal of the inverse correlation matrix. */
    private static double[] vif(double[][] xtx, int n) {
        int q = xtx.length - 1;
        double[] out = new double[q + 1];
        out[0] = Double.NaN;
        if (q == 0) {
            return out;
        }
        double[][] corr = new double[q][q];
        double[] sd = new double[q];
        for (int a = 0; a < q; a++) {
            double sa = xtx[0][a + 1];
            sd[a] = Math.sqrt(Math.max(0, xtx[a + 1][a + 1] - sa * sa / n));
        }
        for (int a = 0; a < q; a++) {
            for (int c = 0; c < q; c++) {
                double cov = xtx[a + 1][c + 1] - xtx[0][a + 1] * xtx[0][c + 1] / n;
                corr[a][c] = sd[a] == 0 || sd[c] == 0 ? (a == c ? 1 : 0) : cov / (sd[a] * sd[c]);
            }
        }
        DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(corr, false), 1e-12).getSolver();
        if (!solver.isNonSingular()) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        RealMatrix inv = solver.getInverse();
        for (int a = 0; a < q; a++) {
            out[a + 1] = inv.getEntry(a, a);
        }
        return out;
    }

    /** Names the attributes whose columns add no rank when added in order. */
    private static String collinear(double[][] xtx, SatisfactionSurvey s, int[] lowColumn, int[] highColumn) {
        Set<String> names = new LinkedHashSet<>();
        List<Integer> kept = new ArrayList<>();
        kept.add(0);
        for (int c = 1; c < xtx.length; c++) {
            List<Integer> trial = new ArrayList<>(kept);
            trial.add(c);
            double[][] sub = new double[trial.size()][trial.size()];
            for (int a = 0; a < trial.size(); a++) {
                for (int b = 0; b < trial.size(); b++) {
                    sub[a][b] = xtx[trial.get(a)][trial.get(b)];
                }
            }
            if (new RRQRDecomposition(new Array2DRowRealMatrix(sub, false), 1e-10).getRank(1e-10) < trial.size()) {
                for (int i = 0; i < lowColumn.length; i++) {
                    if (lowColumn[i] == c || highColumn[i] == c) {
                        names.add("\"" + s.attributes().get(i) + "\" (" + (lowColumn[i] == c ? "low" : "high")
                                + " zone)");
                    }
                }
            } else {
                kept.add(c);
            }
        }
        return String.join(", ", names);
    }

    /** The coefficient of a column, or not estimable for column −1 or an unestimable model. */
    Coefficient coefficient(int column) {
        if (column < 0 || !estimable) {
            return Coefficient.notEstimable();
        }
        double est = beta[column];
        double se = Math.sqrt(Math.max(0, covariance[column][column]));
        double t = est / se;
        double pValue;
        if (Double.isNaN(t)) {
            pValue = Double.NaN;
        } else if (Double.isInfinite(t)) {
            pValue = 0;
        } else {
            pValue = 2 * new TDistribution(null, n - p).cumulativeProbability(-Math.abs(t));
        }
        return new Coefficient(est, se, t, pValue);
    }

    /** Cov of two columns (NaN when either is dropped). */
    double covariance(int a, int b) {
        return a < 0 || b < 0 || !estimable ? Double.NaN : covariance[a][b];
    }
}
