package io.github.kano4j.satisfaction;

import io.github.kano4j.IngestReport;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.Percentiles;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Gamma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Factor types from an ordinary satisfaction survey — no Kano questions (docs/METHODS.md §6, §7.3): one joint
 * penalty–reward contrast regression, impact-asymmetry indices with respondent-bootstrap intervals, hinge
 * and quadratic fits per attribute, and the importance–performance view. Results are factor types from
 * satisfaction data, kept apart from questionnaire Kano categories (Mikulić &amp; Prebežac 2011).
 */
public final class SatisfactionAnalysis {
    private final List<FactorResult> results;
    private final SatisfactionOptions options;
    private final RatingScale scale;
    private final int n;
    private final int parameters;
    private final double rSquared;
    private final double adjustedRSquared;
    private final double impactCentre;
    private final double performanceCentre;
    private final int bootstrapUndefined;
    private final Set<SatisfactionFlag> flags;
    private final IngestReport report;

    private SatisfactionAnalysis(List<FactorResult> results, SatisfactionOptions options, RatingScale scale, int n,
            int parameters, double rSquared, double adjustedRSquared, double impactCentre, double performanceCentre,
            int bootstrapUndefined, Set<SatisfactionFlag> flags, IngestReport report) {
        this.results = List.copyOf(results);
        this.options = options;
        this.scale = scale;
        this.n = n;
        this.parameters = parameters;
        this.rSquared = rSquared;
        this.adjustedRSquared = adjustedRSquared;
        this.impactCentre = impactCentre;
        this.performanceCentre = performanceCentre;
        this.bootstrapUndefined = bootstrapUndefined;
        this.flags = Set.copyOf(flags);
        this.report = report;
    }

    /**
     * Analyses a survey.
     *
     * @throws IllegalArgumentException when the scale cannot be detected, a rating lies outside the declared
     *                                  scale, or dummies are collinear — each with a message saying what to do
     */
    public static SatisfactionAnalysis of(SatisfactionSurvey survey, SatisfactionOptions options) {
        Objects.requireNonNull(survey, "The parameter 'survey' must not be null.");
        Objects.requireNonNull(options, "The parameter 'options' must not be null.");
        int k = survey.attributes().size();
        int n = survey.respondents();
        RatingScale scale = scale(survey, options);
        int levels = scale.max() - scale.min() + 1;
        long[][] count = new long[k][levels];
        double[][] sumY = new double[k][levels];
        double sumYY = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double y = survey.overall(j);
            sumYY += y * y;
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            for (int i = 0; i < k; i++) {
                int v = survey.rating(j, i) - scale.min();
                count[i][v]++;
                sumY[i][v] += y;
            }
        }
        long[] low = new long[k];
        long[] high = new long[k];
        double[] mean = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int v = 0; v < levels; v++) {
                int x = scale.min() + v;
                s += (double) x * count[i][v];
                if (x <= scale.cutLow()) {
                    low[i] += count[i][v];
                }
                if (x >= scale.cutHigh()) {
                    high[i] += count[i][v];
                }
            }
            mean[i] = n == 0 ? Double.NaN : s / n;
        }
        Set<SatisfactionFlag> modelFlags = EnumSet.noneOf(SatisfactionFlag.class);
        PrcaModel model = PrcaModel.fit(survey, scale, options.standardErrors(), low, high);
        if (!model.estimable) {
            modelFlags.add(SatisfactionFlag.TOO_FEW_RESPONDENTS);
        }
        if (n > 0 && minY == maxY) {
            modelFlags.add(SatisfactionFlag.CONSTANT_OVERALL);
        }
        Bootstrap boot = bootstrap(survey, scale, model, options);

        Coefficient[] pen = new Coefficient[k];
        Coefficient[] rew = new Coefficient[k];
        double[] riocs = new double[k];
        double maxRiocs = Double.NaN;
        for (int i = 0; i < k; i++) {
            pen[i] = model.coefficient(model.lowColumn[i]);
            rew[i] = model.coefficient(model.highColumn[i]);
            riocs[i] = indices(pen[i].estimate(), rew[i].estimate(), options)[0];
            if (!Double.isNaN(riocs[i]) && !(riocs[i] <= maxRiocs)) {
                maxRiocs = riocs[i];
            }
        }
        double sumMean = 0;
        double sumRiocs = 0;
        int defined = 0;
        for (int i = 0; i < k; i++) {
            if (!Double.isNaN(riocs[i])) {
                sumMean += mean[i];
                sumRiocs += riocs[i];
                defined++;
            }
        }
        double impactCentre = defined == 0 ? Double.NaN : sumRiocs / defined;
        double performanceCentre = options.ipaCentre() == SatisfactionOptions.IpaCentre.DATA_MEANS
                ? (defined == 0 ? Double.NaN : sumMean / defined) : (scale.min() + scale.max()) / 2.0;

        List<FactorResult> results = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Set<SatisfactionFlag> f = EnumSet.noneOf(SatisfactionFlag.class);
            if (low[i] == 0 || high[i] == 0) {
                f.add(SatisfactionFlag.EMPTY_ZONE);
            }
            if (pen[i].estimate() > 0 || rew[i].estimate() < 0) {
                f.add(SatisfactionFlag.UNEXPECTED_SIGN);
            }
            if ((low[i] > 0 && low[i] < options.minimumCell()) || (high[i] > 0 && high[i] < options.minimumCell())) {
                f.add(SatisfactionFlag.SMALL_CELL);
            }
            double vifLow = model.lowColumn[i] < 0 || !model.estimable ? Double.NaN : model.vif[model.lowColumn[i]];
            double vifHigh = model.highColumn[i] < 0 || !model.estimable ? Double.NaN : model.vif[model.highColumn[i]];
            if (vifLow > options.highVif() || vifHigh > options.highVif()) {
                f.add(SatisfactionFlag.HIGH_VIF);
            }
            double[] idx = indices(pen[i].estimate(), rew[i].estimate(), options);
            double varSum = model.covariance(model.lowColumn[i], model.lowColumn[i])
                    + model.covariance(model.highColumn[i], model.highColumn[i])
                    + 2 * model.covariance(model.lowColumn[i], model.highColumn[i]);
            double diff = rew[i].estimate() + pen[i].estimate();
            double wald = diff * diff / varSum;
            double waldP = Double.isNaN(wald) ? Double.NaN : Double.isInfinite(wald) ? 0
                    : Gamma.regularizedGammaQ(0.5, wald / 2);
            FactorType iaType = iaBandType(pen[i], rew[i], idx, maxRiocs, options);
            FactorType prcaType = prcaType(pen[i], rew[i], waldP, options);
            boolean iaRule = options.typeRule() == SatisfactionOptions.TypeRule.IA_BAND;
            HingeFit hinge = ShapeFits.hinge(scale.min(), count[i], sumY[i], sumYY, options.alpha());
            if (!hinge.isEstimable()) {
                f.add(SatisfactionFlag.KNOT_NOT_ESTIMABLE);
            }
            f.addAll(modelFlags);
            Interval iaCi = boot.ia()[i];
            Interval riocsCi = boot.riocs()[i];
            results.add(new FactorResult(survey.attributes().get(i), n, mean[i], n == 0 ? Double.NaN : (double) low[i] / n,
                    n == 0 ? Double.NaN : (double) high[i] / n, low[i], high[i], pen[i], rew[i], wald, waldP, idx[0],
                    idx[1], idx[2], idx[3], iaCi, riocsCi, iaRule ? iaType : prcaType, iaRule ? prcaType : iaType,
                    hinge, ShapeFits.quadratic(scale.min(), count[i], sumY[i]),
                    IpaQuadrant.of(idx[0], mean[i], impactCentre, performanceCentre).orElse(null), vifLow, vifHigh, f));
        }
        double r2 = model.estimable && model.sst > 0 ? 1 - model.sse / model.sst : Double.NaN;
        double adj = Double.isNaN(r2) ? Double.NaN : 1 - (1 - r2) * (n - 1) / (n - model.p);
        return new SatisfactionAnalysis(results, options, scale, n, model.p, r2, adj, impactCentre, performanceCentre,
                boot.undefined(), modelFlags, survey.report());
    }

    private static RatingScale scale(SatisfactionSurvey survey, SatisfactionOptions options) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int k = survey.attributes().size();
        for (int j = 0; j < survey.respondents(); j++) {
            for (int i = 0; i < k; i++) {
                int x = survey.rating(j, i);
                if (options.scale().isPresent() && (x < options.scale().get().min() || x > options.scale().get().max())) {
                    throw new IllegalArgumentException("Attribute \"" + survey.attributes().get(i) + "\": rating " + x
                            + " of respondent " + (j + 1) + " is outside the declared scale " + options.scale().get().min()
                            + "-" + options.scale().get().max());
                }
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        if (options.scale().isPresent()) {
            return options.scale().get();
        }
        if (survey.respondents() == 0 || (min >= 1 && max <= 5)) {
            return RatingScale.fivePoint();
        }
        if (min >= 0 && max <= 10 && (min == 0 || max >= 8)) {
            return RatingScale.zeroToTen();
        }
        throw new IllegalArgumentException("Ratings range from " + min + " to " + max + ", which is not clearly a 1-5 "
                + "or a 0-10 scale; declare the scale and its penalty/reward cut points, e.g. scale 1-7 with cuts 3 and 7");
    }

    /** {RIOCS, SGP, DGP, IA} under the sign handling; NaN when a coefficient is missing, SGP/DGP/IA NaN at 0. */
    static double[] indices(double pen, double rew, SatisfactionOptions options) {
        if (Double.isNaN(pen) || Double.isNaN(rew)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double p = options.signHandling() == SatisfactionOptions.SignHandling.CLAMP && pen > 0 ? 0 : Math.abs(pen);
        double r = options.signHandling() == SatisfactionOptions.SignHandling.CLAMP && rew < 0 ? 0 : Math.abs(rew);
        double riocs = p + r;
        if (riocs == 0) {
            return new double[] {0, Double.NaN, Double.NaN, Double.NaN};
        }
        double sgp = r / riocs;
        double dgp = p / riocs;
        return new double[] {riocs, sgp, dgp, sgp - dgp};
    }

    /** docs/METHODS.md §6.3 default rule. */
    static FactorType iaBandType(Coefficient pen, Coefficient rew, double[] idx, double maxRiocs,
            SatisfactionOptions options) {
        if (!pen.isEstimable() || !rew.isEstimable()) {
            return FactorType.UNCLASSIFIED;
        }
        double alpha = options.alpha();
        if (Double.isNaN(idx[3]) || idx[0] < options.minimumImpactFraction() * maxRiocs
                || (!pen.significant(alpha) && !rew.significant(alpha))) {
            return FactorType.LOW_IMPACT;
        }
        double c = options.hybridBand();
        if (Math.abs(idx[3]) <= c) {
            return FactorType.HYBRID;
        }
        return idx[3] > c ? FactorType.SATISFIER : FactorType.DISSATISFIER;
    }

    /** docs/METHODS.md §6.1 PRCA significance rule; with only one effect significant, that effect decides. */
    static FactorType prcaType(Coefficient pen, Coefficient rew, double waldP, SatisfactionOptions options) {
        if (!pen.isEstimable() || !rew.isEstimable()) {
            return FactorType.UNCLASSIFIED;
        }
        double alpha = options.alpha();
        boolean ps = pen.significant(alpha);
        boolean rs = rew.significant(alpha);
        if (!ps && !rs) {
            return FactorType.LOW_IMPACT;
        }
        if (ps && !rs) {
            return FactorType.DISSATISFIER;
        }
        if (rs && !ps) {
            return FactorType.SATISFIER;
        }
        if (!(waldP < alpha)) {
            return FactorType.HYBRID;
        }
        return Math.abs(pen.estimate()) > Math.abs(rew.estimate()) ? FactorType.DISSATISFIER : FactorType.SATISFIER;
    }

    /** Percentile intervals of IA and RIOCS per attribute, and the replicates where the model was singular. */
    private record Bootstrap(Interval[] ia, Interval[] riocs, int undefined) {
    }

    /**
     * Respondent bootstrap of IA and RIOCS (docs/METHODS.md §7.3): resample respondents with replacement, refit
     * the joint model with the same dummies, recompute the indices. Undefined intervals when the bootstrap
     * is off or the model is not estimable.
     */
    private static Bootstrap bootstrap(SatisfactionSurvey s, RatingScale scale, PrcaModel model,
            SatisfactionOptions options) {
        int b = options.bootstrapReplicates();
        int n = s.respondents();
        int k = s.attributes().size();
        if (b == 0 || !model.estimable) {
            Interval[] none = new Interval[k];
            Arrays.fill(none, Interval.undefined(options.confidence(), "percentile"));
            return new Bootstrap(none, none, 0);
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
                double[] idx = indices(beta[model.lowColumn[i]], beta[model.highColumn[i]], options);
                riocs[i][definedRiocs[i]++] = idx[0];
                if (!Double.isNaN(idx[3])) {
                    ia[i][definedIa[i]++] = idx[3];
                }
            }
        }
        Interval[] iaOut = new Interval[k];
        Interval[] riocsOut = new Interval[k];
        for (int i = 0; i < k; i++) {
            iaOut[i] = Percentiles.interval(ia[i], definedIa[i], options.confidence());
            riocsOut[i] = Percentiles.interval(riocs[i], definedRiocs[i], options.confidence());
        }
        return new Bootstrap(iaOut, riocsOut, undefined);
    }

    /** One result per attribute, in survey order. */
    public List<FactorResult> results() {
        return results;
    }

    /** The result of one attribute. */
    public Optional<FactorResult> result(String attribute) {
        return results.stream().filter(r -> r.attribute().equals(attribute)).findFirst();
    }

    /** The options that produced the results. */
    public SatisfactionOptions options() {
        return options;
    }

    /** The rating scale and cut points used (declared or detected). */
    public RatingScale scale() {
        return scale;
    }

    /** Respondents in the model. */
    public int n() {
        return n;
    }

    /** Model parameters (intercept plus the dummies kept). */
    public int parameters() {
        return parameters;
    }

    /** R² of the joint penalty–reward regression. */
    public double rSquared() {
        return rSquared;
    }

    /** Adjusted R², 1 − (1 − R²)(n − 1)/(n − p). */
    public double adjustedRSquared() {
        return adjustedRSquared;
    }

    /** The impact (RIOCS) cross-hair of the importance–performance view. */
    public double impactCentre() {
        return impactCentre;
    }

    /** The performance cross-hair of the importance–performance view. */
    public double performanceCentre() {
        return performanceCentre;
    }

    /** Bootstrap replicates in which the model was not estimable (excluded). */
    public int bootstrapUndefined() {
        return bootstrapUndefined;
    }

    /** Model-level conditions. */
    public Set<SatisfactionFlag> flags() {
        return flags;
    }

    /** The ingest report of the survey. */
    public IngestReport report() {
        return report;
    }

    /** An aligned table of factor types with a diagnostics and provenance footer. */
    @Override
    public String toString() {
        TextTable t = new TextTable("attribute", "mean", "low", "high", "penalty", "reward", "RIOCS", "IA", "IA CI",
                "factor type", "knot", "below", "above", "IPA").alignLeft(0).alignLeft(8).alignLeft(9).alignLeft(13);
        for (FactorResult r : results) {
            t.row(r.attribute(), TextTable.number(r.mean()), TextTable.number(r.shareLow()),
                    TextTable.number(r.shareHigh()), signif(r.penalty()), signif(r.reward()),
                    TextTable.number(r.riocs()), TextTable.number(r.ia()), r.iaInterval(),
                    r.factorType().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    Double.isNaN(r.hinge().knot()) ? "n/a" : String.valueOf((int) r.hinge().knot()),
                    TextTable.number(r.hinge().slopeBelow()), TextTable.number(r.hinge().slopeAbove()),
                    r.ipaQuadrant().map(IpaQuadrant::displayName).orElse("-"));
        }
        return "Factor types from satisfaction data (impact asymmetry; not questionnaire Kano categories)\n" + t
                + "model: n " + n + ", parameters " + parameters + ", R2 " + TextTable.number(rSquared) + ", adjusted R2 "
                + TextTable.number(adjustedRSquared) + ", scale " + scale + (flags.isEmpty() ? "" : ", flags " + flags)
                + "\nsignificance: * p < " + options.alpha() + "; IPA cross-hairs RIOCS " + TextTable.number(impactCentre)
                + " / mean " + TextTable.number(performanceCentre) + "\noptions: " + options.provenance() + "\n";
    }

    private String signif(Coefficient c) {
        return TextTable.number(c.estimate()) + (c.significant(options.alpha()) ? "*" : " ");
    }
}
