package io.github.kano4j.stats;

import io.github.kano4j.internal.Check;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A binomial regression with a logit link of a share on one explanatory value, fitted by maximum likelihood
 * (Newton–Raphson, which for the canonical link is iteratively reweighted least squares), and its inverse
 * prediction: the value x* at which the fitted share equals a goal, with Fieller's interval (docs/METHODS.md §8.9).
 * <pre>
 *   logit p_s = a + b·x_s,   k_s ~ Binomial(n_s, p_s)
 *   x* = (logit(goal) − a) / b
 *   Fieller: {x : (logit(goal) − a − b·x)² ≤ z²·(V_aa + 2x·V_ab + x²·V_bb)}
 * </pre>
 * The interval is bounded only when b differs from 0 at that level ({@code b² > z²·V_bb}); otherwise it is
 * undefined and {@link #bounded()} is false.
 *
 * @param a          the intercept
 * @param b          the slope per unit of x
 * @param varA       the variance of a (inverse Fisher information)
 * @param varB       the variance of b
 * @param covAB      their covariance
 * @param slopeP     the two-sided Wald p-value of b
 * @param goal       the share aimed at
 * @param xStar      the value of x at which the fitted share equals the goal (NaN when b = 0)
 * @param interval   Fieller's interval for x* (undefined when not bounded)
 * @param bounded    whether b is significant at the interval's level, so the interval is finite
 * @param converged  whether the fit converged (false: separation or too few distinct values; nothing else is valid)
 */
public record LogisticDose(double a, double b, double varA, double varB, double covAB, double slopeP, double goal,
        double xStar, Interval interval, boolean bounded, boolean converged) {

    private static final int MAX_ITERATIONS = 100;

    /**
     * Fits {@code k[s]} of {@code n[s]} at {@code x[s]} and inverts at the goal share.
     *
     * @param level the confidence level of Fieller's interval, e.g. 0.95
     * @throws IllegalArgumentException if the arrays differ in length, a count is negative or k &gt; n, the goal is
     *                                  not strictly between 0 and 1, or an x is not finite
     */
    public static LogisticDose fit(double[] x, long[] k, long[] n, double goal, double level) {
        Check.notNull(x, "x");
        Check.notNull(k, "k");
        Check.notNull(n, "n");
        if (x.length != k.length || x.length != n.length) {
            throw new IllegalArgumentException("x, k and n must have the same length");
        }
        if (!(goal > 0 && goal < 1) || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The goal share and the level must be strictly between 0 and 1");
        }
        for (int s = 0; s < x.length; s++) {
            if (!Double.isFinite(x[s]) || k[s] < 0 || n[s] < k[s]) {
                throw new IllegalArgumentException("Segment " + (s + 1) + ": x must be finite and 0 <= k <= n");
            }
        }
        Interval none = Interval.undefined(level, "fieller");
        double nan = Double.NaN;
        // centring x keeps the Newton steps well conditioned; the results are transformed back
        double sumN = 0;
        double sumNx = 0;
        for (int s = 0; s < x.length; s++) {
            sumN += n[s];
            sumNx += n[s] * x[s];
        }
        if (sumN == 0) {
            return new LogisticDose(nan, nan, nan, nan, nan, nan, goal, nan, none, false, false);
        }
        double centre = sumNx / sumN;
        double a = 0;
        double b = 0;
        double[][] info = new double[2][2];
        boolean converged = false;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double g0 = 0;
            double g1 = 0;
            double i00 = 0;
            double i01 = 0;
            double i11 = 0;
            for (int s = 0; s < x.length; s++) {
                double u = x[s] - centre;
                double p = 1 / (1 + Math.exp(-(a + b * u)));
                double w = n[s] * p * (1 - p);
                double r = k[s] - n[s] * p;
                g0 += r;
                g1 += r * u;
                i00 += w;
                i01 += w * u;
                i11 += w * u * u;
            }
            double det = i00 * i11 - i01 * i01;
            if (!(det > 1e-300) || !Double.isFinite(det)) {
                break;
            }
            double da = (i11 * g0 - i01 * g1) / det;
            double db = (i00 * g1 - i01 * g0) / det;
            a += da;
            b += db;
            info = new double[][] {{i00, i01}, {i01, i11}};
            if (Math.abs(da) < 1e-10 * (1 + Math.abs(a)) && Math.abs(db) < 1e-10 * (1 + Math.abs(b))) {
                converged = Math.abs(a) < 50 && Math.abs(b * 1) < 1e6;
                break;
            }
        }
        if (!converged) {
            return new LogisticDose(nan, nan, nan, nan, nan, nan, goal, nan, none, false, false);
        }
        double det = info[0][0] * info[1][1] - info[0][1] * info[0][1];
        double vac = info[1][1] / det; // variance of the centred intercept
        double vb = info[0][0] / det;
        double cacb = -info[0][1] / det;
        // back from the centred intercept a_c = a + b·centre: a = a_c − b·centre
        double aOrig = a - b * centre;
        double va = vac + centre * centre * vb - 2 * centre * cacb;
        double cab = cacb - centre * vb;
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        double slopeP = Proportions.twoSidedNormalP(b / Math.sqrt(vb));
        double g = Math.log(goal / (1 - goal));
        double xStar = b == 0 ? nan : (g - aOrig) / b;
        double qa = b * b - z * z * vb;
        double qb = -2 * ((g - aOrig) * b + z * z * cab);
        double qc = (g - aOrig) * (g - aOrig) - z * z * va;
        boolean bounded = qa > 0;
        Interval interval = none;
        if (bounded) {
            double disc = qb * qb - 4 * qa * qc;
            if (disc >= 0) {
                double root = Math.sqrt(disc);
                double lo = (-qb - root) / (2 * qa);
                double hi = (-qb + root) / (2 * qa);
                interval = new Interval(Math.min(lo, hi), Math.max(lo, hi), level, "fieller");
            }
        }
        return new LogisticDose(aOrig, b, va, vb, cab, slopeP, goal, xStar, interval, bounded, true);
    }

    /** The fitted share at x. */
    public double share(double x) {
        return 1 / (1 + Math.exp(-(a + b * x)));
    }
}
