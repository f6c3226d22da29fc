package io.github.kano4j.stats;

import io.github.kano4j.internal.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Raking (iterative proportional fitting) of respondent weights to known population margins: Deming &amp; Stephan
 * (1940), docs/METHODS.md §7.6. Each sweep adjusts the weights to every margin variable in turn,
 * {@code w_j ← w_j · T_c / Σ_{j∈c} w_j} with the target {@code T_c = share_c · Σ w}, until every margin is met
 * within the tolerance (relative to its share) or the sweeps run out. With trimming, weights are then clamped to
 * {@code [lower, upper] × mean weight} and the margins raked again, repeatedly, until both hold or the sweeps run
 * out; the result says which.
 */
public final class Raking {
    /** Default relative tolerance on every margin. */
    public static final double TOLERANCE = 1e-6;
    /** Default maximum number of sweeps. */
    public static final int MAX_SWEEPS = 100;

    private Raking() {
    }

    /**
     * One margin variable: the population share of each of its categories (shares sum to 1 within 1e-6).
     *
     * @param variable the variable, e.g. a column name such as {@code region}
     * @param shares   category → population share, in (0, 1]
     */
    public record Margin(String variable, Map<String, Double> shares) {
        /** Checks the shares and copies them. */
        public Margin {
            Check.notNull(variable, "variable");
            Check.notNull(shares, "shares");
            Check.argument(!shares.isEmpty(), "The margin of " + variable + " has no category");
            double sum = 0;
            for (Map.Entry<String, Double> e : shares.entrySet()) {
                double s = Check.notNull(e.getValue(), "share");
                Check.argument(s > 0 && s <= 1, "The share of " + variable + " = " + e.getKey() + " must be in (0, 1], "
                        + "was " + s);
                sum += s;
            }
            Check.argument(Math.abs(sum - 1) <= 1e-6, String.format(Locale.ROOT, "The shares of %s sum to %.6f; "
                    + "expected 1", variable, sum));
            shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        }
    }

    /**
     * What raking did.
     *
     * @param weights          the raked weights, one per respondent, scaled to sum to the number of respondents
     * @param sweeps           sweeps over all margins (trimming rounds included)
     * @param maxRelativeError the largest remaining |achieved share − target share| / target share
     * @param converged        whether every margin is met within the tolerance
     * @param trimmed          how many weights the last trimming round clamped (0 without trimming)
     * @param minWeight        the smallest weight
     * @param maxWeight        the largest weight
     * @param effectiveN       Kish's effective sample size (Σw)² / Σw²
     */
    public record Result(double[] weights, int sweeps, double maxRelativeError, boolean converged, int trimmed,
            double minWeight, double maxWeight, double effectiveN) {
        /** Copies the weights. */
        public Result {
            weights = weights.clone();
        }

        /** The design effect of the weights, n / n_eff. */
        public double designEffect() {
            return weights.length / effectiveN;
        }

        /** One line for an ingest report. */
        public String summary() {
            return String.format(Locale.ROOT, "raked to %s in %d sweeps: largest margin error %.2e, weights %.4f to "
                    + "%.4f, n_eff %.1f (deff %.3f)%s", converged ? "the margins" : "the margins NOT within tolerance",
                    sweeps, maxRelativeError, minWeight, maxWeight, effectiveN, designEffect(),
                    trimmed > 0 ? ", " + trimmed + " weights trimmed" : "");
        }
    }

    /**
     * Rakes weights to the margins with the defaults (tolerance 1e-6, 100 sweeps, no trimming).
     *
     * @param categories respondent × margin variable: each respondent's category of each margin's variable, in the
     *                   order of {@code margins}
     * @param base       the respondents' starting weights (design weights; all 1 for none), positive
     * @throws IllegalArgumentException when a respondent's category is not in its margin, or a margin category
     *                                  has no respondent (the margin cannot be met)
     */
    public static Result rake(String[][] categories, List<Margin> margins, double[] base) {
        return rake(categories, margins, base, TOLERANCE, MAX_SWEEPS, Double.NaN, Double.NaN);
    }

    /**
     * Rakes weights to the margins.
     *
     * @param trimLower weights below {@code trimLower × mean} are raised to it (NaN: no lower trim)
     * @param trimUpper weights above {@code trimUpper × mean} are lowered to it (NaN: no upper trim)
     */
    public static Result rake(String[][] categories, List<Margin> margins, double[] base, double tolerance,
            int maxSweeps, double trimLower, double trimUpper) {
        Check.notNull(categories, "categories");
        Check.notNull(margins, "margins");
        Check.notNull(base, "base");
        int n = categories.length;
        int m = margins.size();
        Check.argument(base.length == n, "One base weight per respondent: " + base.length + " weights for " + n);
        Check.argument(tolerance > 0 && maxSweeps > 0, "The tolerance and the sweeps must be positive");
        Check.argument(Double.isNaN(trimLower) || (trimLower > 0 && trimLower < 1), "trimLower must be in (0, 1)");
        Check.argument(Double.isNaN(trimUpper) || trimUpper > 1, "trimUpper must be above 1");
        // respondent j's category index in margin v
        int[][] cell = new int[m][n];
        double[][] target = new double[m][];
        for (int v = 0; v < m; v++) {
            Margin margin = Check.notNull(margins.get(v), "margins element");
            List<String> names = new ArrayList<>(margin.shares().keySet());
            target[v] = margin.shares().values().stream().mapToDouble(Double::doubleValue).toArray();
            int[] seen = new int[names.size()];
            for (int j = 0; j < n; j++) {
                Check.argument(categories[j] != null && categories[j].length == m, "Respondent " + (j + 1)
                        + " needs one category per margin variable");
                int c = names.indexOf(categories[j][v]);
                Check.argument(c >= 0, "Respondent " + (j + 1) + ": " + margin.variable() + " = \"" + categories[j][v]
                        + "\" is not a category of its margin " + names);
                cell[v][j] = c;
                seen[c]++;
            }
            for (int c = 0; c < names.size(); c++) {
                Check.argument(seen[c] > 0, "No respondent has " + margin.variable() + " = \"" + names.get(c)
                        + "\", whose population share is " + target[v][c] + "; the margin cannot be met — merge "
                        + "categories or drop that margin");
            }
        }
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            Check.argument(base[j] > 0 && Double.isFinite(base[j]), "Respondent " + (j + 1)
                    + ": base weight must be positive, was " + base[j]);
            w[j] = base[j];
        }
        boolean trim = !Double.isNaN(trimLower) || !Double.isNaN(trimUpper);
        int sweeps = 0;
        int trimmed = 0;
        double error = error(w, cell, target);
        while (sweeps < maxSweeps) {
            while (error > tolerance && sweeps < maxSweeps) {
                sweep(w, cell, target);
                sweeps++;
                error = error(w, cell, target);
            }
            if (!trim) {
                break;
            }
            trimmed = trim(w, trimLower, trimUpper);
            error = error(w, cell, target);
            if (trimmed == 0 || error <= tolerance) {
                break;
            }
        }
        double sum = Arrays.stream(w).sum();
        double sum2 = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int j = 0; j < n; j++) {
            w[j] *= n / sum;
            sum2 += w[j] * w[j];
            min = Math.min(min, w[j]);
            max = Math.max(max, w[j]);
        }
        double neff = n == 0 ? 0 : (double) n * n / sum2;
        return new Result(w, sweeps, error, error <= tolerance, trimmed, n == 0 ? Double.NaN : min,
                n == 0 ? Double.NaN : max, neff);
    }

    private static void sweep(double[] w, int[][] cell, double[][] target) {
        double total = Arrays.stream(w).sum();
        for (int v = 0; v < cell.length; v++) {
            double[] s = new double[target[v].length];
            for (int j = 0; j < w.length; j++) {
                s[cell[v][j]] += w[j];
            }
            for (int j = 0; j < w.length; j++) {
                int c = cell[v][j];
                w[j] *= target[v][c] * total / s[c];
            }
        }
    }

    private static double error(double[] w, int[][] cell, double[][] target) {
        double total = Arrays.stream(w).sum();
        double worst = 0;
        for (int v = 0; v < cell.length; v++) {
            double[] s = new double[target[v].length];
            for (int j = 0; j < w.length; j++) {
                s[cell[v][j]] += w[j];
            }
            for (int c = 0; c < s.length; c++) {
                worst = Math.max(worst, Math.abs(s[c] / total - target[v][c]) / target[v][c]);
            }
        }
        return worst;
    }

    private static int trim(double[] w, double lower, double upper) {
        double mean = Arrays.stream(w).average().orElse(1);
        int changed = 0;
        for (int j = 0; j < w.length; j++) {
            if (!Double.isNaN(lower) && w[j] < lower * mean) {
                w[j] = lower * mean;
                changed++;
            } else if (!Double.isNaN(upper) && w[j] > upper * mean) {
                w[j] = upper * mean;
                changed++;
            }
        }
        return changed;
    }
}
