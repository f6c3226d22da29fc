package io.github.kano4j.satisfaction;

import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.internal.TextTable;

import org.apache.commons.math3.special.Gamma;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Collections;
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
    private final String overallScale;
    private final Map<String, String> groups;
    private final boolean weighted;
    private final double effectiveN;

    private SatisfactionAnalysis(List<FactorResult> results, SatisfactionOptions options, RatingScale scale, int n,
            int parameters, double rSquared, double adjustedRSquared, double impactCentre, double performanceCentre,
            int bootstrapUndefined, Set<SatisfactionFlag> flags, IngestReport report, String overallScale,
            boolean weighted, double effectiveN) {
        this.weighted = weighted;
        this.effectiveN = effectiveN;
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
        this.flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags)); // declaration order, every run
        this.overallScale = overallScale;
        this.report = report;
        this.groups = Map.of();
    }

    private SatisfactionAnalysis(SatisfactionAnalysis base, Map<String, String> groups) {
        this.results = base.results;
        this.options = base.options;
        this.scale = base.scale;
        this.n = base.n;
        this.parameters = base.parameters;
        this.rSquared = base.rSquared;
        this.adjustedRSquared = base.adjustedRSquared;
        this.impactCentre = base.impactCentre;
        this.performanceCentre = base.performanceCentre;
        this.bootstrapUndefined = base.bootstrapUndefined;
        this.flags = base.flags;
        this.overallScale = base.overallScale;
        this.report = base.report;
        this.groups = groups;
        this.weighted = base.weighted;
        this.effectiveN = base.effectiveN;
    }

    /**
     * This analysis with attribute groups: every output then carries a {@code group} column and lists attributes
     * group by group. Names not in the analysis are ignored; see {@link #ungrouped(Map)}.
     *
     * @param groups group by attribute name; blank groups count as none
     */
    public SatisfactionAnalysis withGroups(Map<String, String> groups) {
        Check.notNull(groups, "groups");
        return new SatisfactionAnalysis(this, Groups.kept(results, FactorResult::attribute, groups));
    }

    /** The names of a group map that are not attributes of this analysis (for a warning; sorted). */
    public List<String> ungrouped(Map<String, String> groups) {
        Check.notNull(groups, "groups");
        return groups.keySet().stream().filter(name -> result(name).isEmpty()).sorted().toList();
    }

    /** The group of an attribute, if groups were given and it has one. */
    public Optional<String> group(String attribute) {
        Check.notNull(attribute, "attribute");
        return Optional.ofNullable(groups.get(attribute));
    }

    /** The attributes' groups (empty without groups), in result order. */
    public Map<String, String> groups() {
        return groups;
    }

    /**
     * Analyses a survey.
     *
     * @throws IllegalArgumentException when the scale cannot be detected, a rating lies outside the declared
     *                                  scale, or dummies are collinear — each with a message saying what to do
     */
    public static SatisfactionAnalysis of(SatisfactionSurvey survey, SatisfactionOptions options) {
        Check.notNull(survey, "survey");
        Check.notNull(options, "options");
        int k = survey.attributes().size();
        int n = survey.respondents();
        RatingScale scale = scale(survey, options);
        Ratings ratings = Ratings.of(survey, scale);
        Set<SatisfactionFlag> modelFlags = EnumSet.noneOf(SatisfactionFlag.class);
        PrcaModel model = PrcaModel.fit(survey, scale, options.standardErrors(), ratings.low, ratings.high);
        if (!model.estimable) {
            modelFlags.add(SatisfactionFlag.TOO_FEW_RESPONDENTS);
        }
        if (n > 0 && ratings.minY == ratings.maxY) {
            modelFlags.add(SatisfactionFlag.CONSTANT_OVERALL);
        }
        PrcaBootstrap boot = PrcaBootstrap.run(survey, scale, model, options);
        ImpactIndices[] indices = new ImpactIndices[k];
        double maxRiocs = Double.NaN;
        double sumMean = 0;
        double sumRiocs = 0;
        int defined = 0;
        for (int i = 0; i < k; i++) {
            indices[i] = ImpactIndices.of(model.coefficient(model.lowColumn[i]).estimate(),
                    model.coefficient(model.highColumn[i]).estimate(), options.signHandling());
            double riocs = indices[i].riocs();
            if (!Double.isNaN(riocs)) {
                maxRiocs = Double.isNaN(maxRiocs) ? riocs : Math.max(maxRiocs, riocs);
                sumMean += ratings.mean[i];
                sumRiocs += riocs;
                defined++;
            }
        }
        double impactCentre = defined == 0 ? Double.NaN : sumRiocs / defined;
        double performanceCentre = options.ipaCentre() == SatisfactionOptions.IpaCentre.DATA_MEANS
                ? (defined == 0 ? Double.NaN : sumMean / defined) : (scale.min() + scale.max()) / 2.0;
        List<FactorResult> results = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            results.add(factor(i, survey, scale, ratings, model, indices[i], maxRiocs, boot, impactCentre,
                    performanceCentre, modelFlags, options));
        }
        double r2 = model.estimable && model.sst > 0 ? 1 - model.sse / model.sst : Double.NaN;
        double adj = Double.isNaN(r2) ? Double.NaN : 1 - (1 - r2) * (n - 1) / (n - model.p);
        return new SatisfactionAnalysis(results, options, scale, n, model.p, r2, adj, impactCentre, performanceCentre,
                boot.undefined(), modelFlags, survey.report(), overallScale(ratings.minY, ratings.maxY),
                survey.weighted(), survey.effectiveN());
    }

    /** Whether the respondents carried weights (docs/METHODS.md §7.6). */
    public boolean weighted() {
        return weighted;
    }

    /** Kish's effective sample size of the weights; the number of respondents without weights. */
    public double effectiveN() {
        return effectiveN;
    }

    /** The design effect of the weights, n / n_eff (1 without weights). */
    public double designEffect() {
        return n == 0 ? 1 : n / effectiveN;
    }

    /** The overall-satisfaction scale as observed: 1-5 or 0-10 when the ratings fit one, else min-max. */
    private static String overallScale(double min, double max) {
        if (min >= 1 && max <= 5) {
            return "1-5";
        }
        if (min == 0 && max <= 10 && max > 5) {
            return "0-10";
        }
        return min > max ? "unknown" : trim(min) + "-" + trim(max);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The distribution of every attribute's ratings and the overall rating's sums, in one pass. */
    private static final class Ratings {
        final long[][] count;
        final double[][] weighted;
        final double[][] sumY;
        final long[] low;
        final long[] high;
        final double[] weightedLow;
        final double[] weightedHigh;
        final double[] mean;
        double sumYY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;

        private Ratings(int k, int levels) {
            count = new long[k][levels];
            weighted = new double[k][levels];
            sumY = new double[k][levels];
            low = new long[k];
            high = new long[k];
            weightedLow = new double[k];
            weightedHigh = new double[k];
            mean = new double[k];
        }

        static Ratings of(SatisfactionSurvey survey, RatingScale scale) {
            int k = survey.attributes().size();
            int n = survey.respondents();
            int levels = scale.max() - scale.min() + 1;
            Ratings r = new Ratings(k, levels);
            // weights have mean 1 (sum n), so weighted sums are on the scale of counts; without weights they are counts
            for (int j = 0; j < n; j++) {
                double y = survey.overall(j);
                double w = survey.weight(j);
                r.sumYY += w * y * y;
                r.minY = Math.min(r.minY, y);
                r.maxY = Math.max(r.maxY, y);
                for (int i = 0; i < k; i++) {
                    int v = survey.rating(j, i) - scale.min();
                    r.count[i][v]++;
                    r.weighted[i][v] += w;
                    r.sumY[i][v] += w * y;
                }
            }
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int v = 0; v < levels; v++) {
                    int x = scale.min() + v;
                    s += x * r.weighted[i][v];
                    if (x <= scale.cutLow()) {
                        r.low[i] += r.count[i][v];
                        r.weightedLow[i] += r.weighted[i][v];
                    }
                    if (x >= scale.cutHigh()) {
                        r.high[i] += r.count[i][v];
                        r.weightedHigh[i] += r.weighted[i][v];
                    }
                }
                r.mean[i] = n == 0 ? Double.NaN : s / n;
            }
            return r;
        }
    }

    /** The result of attribute i: coefficients, symmetry test, both factor-type rules, shape fits, flags. */
    private static FactorResult factor(int i, SatisfactionSurvey survey, RatingScale scale, Ratings ratings,
            PrcaModel model, ImpactIndices idx, double maxRiocs, PrcaBootstrap boot, double impactCentre,
            double performanceCentre, Set<SatisfactionFlag> modelFlags, SatisfactionOptions options) {
        int n = survey.respondents();
        int lowColumn = model.lowColumn[i];
        int highColumn = model.highColumn[i];
        Coefficient pen = model.coefficient(lowColumn);
        Coefficient rew = model.coefficient(highColumn);
        double vifLow = lowColumn < 0 || !model.estimable ? Double.NaN : model.vif[lowColumn];
        double vifHigh = highColumn < 0 || !model.estimable ? Double.NaN : model.vif[highColumn];
        double varSum = model.covariance(lowColumn, lowColumn) + model.covariance(highColumn, highColumn)
                + 2 * model.covariance(lowColumn, highColumn);
        double diff = rew.estimate() + pen.estimate();
        double wald = diff * diff / varSum;
        double waldP = Double.isNaN(wald) ? Double.NaN : Double.isInfinite(wald) ? 0
                : Gamma.regularizedGammaQ(0.5, wald / 2);
        FactorType iaType = FactorTypeRule.iaBand(pen, rew, idx, maxRiocs, options);
        FactorType prcaType = FactorTypeRule.prcaSignificance(pen, rew, waldP, options);
        boolean iaRule = options.typeRule() == SatisfactionOptions.TypeRule.IA_BAND;
        HingeFit hinge = ShapeFits.hinge(scale.min(), ratings.weighted[i], ratings.sumY[i], ratings.sumYY,
                options.alpha());
        Set<SatisfactionFlag> f = flags(ratings.low[i], ratings.high[i], pen, rew, vifLow, vifHigh, hinge, options);
        f.addAll(modelFlags);
        return new FactorResult(survey.attributes().get(i), n, ratings.mean[i],
                n == 0 ? Double.NaN : ratings.weightedLow[i] / n, n == 0 ? Double.NaN : ratings.weightedHigh[i] / n,
                ratings.low[i], ratings.high[i], pen, rew, wald, waldP, idx.riocs(), idx.sgp(), idx.dgp(), idx.ia(),
                boot.ia()[i], boot.riocs()[i], iaRule ? iaType : prcaType, iaRule ? prcaType : iaType, hinge,
                ShapeFits.quadratic(scale.min(), ratings.weighted[i], ratings.sumY[i]),
                IpaQuadrant.of(idx.riocs(), ratings.mean[i], impactCentre, performanceCentre).orElse(null), vifLow,
                vifHigh, f, scale.min(), ratings.count[i]);
    }

    private static Set<SatisfactionFlag> flags(long low, long high, Coefficient pen, Coefficient rew, double vifLow,
            double vifHigh, HingeFit hinge, SatisfactionOptions options) {
        Set<SatisfactionFlag> f = EnumSet.noneOf(SatisfactionFlag.class);
        if (low == 0 || high == 0) {
            f.add(SatisfactionFlag.EMPTY_ZONE);
        }
        if (low == 1 || high == 1) {
            f.add(SatisfactionFlag.SINGLE_RESPONDENT_ZONE);
        }
        if (pen.estimate() > 0 || rew.estimate() < 0) {
            f.add(SatisfactionFlag.UNEXPECTED_SIGN);
        }
        if ((low > 0 && low < options.minimumCell()) || (high > 0 && high < options.minimumCell())) {
            f.add(SatisfactionFlag.SMALL_CELL);
        }
        if (vifLow > options.highVif() || vifHigh > options.highVif()) {
            f.add(SatisfactionFlag.HIGH_VIF);
        }
        if (!hinge.isEstimable()) {
            f.add(SatisfactionFlag.KNOT_NOT_ESTIMABLE);
        }
        return f;
    }

    private static RatingScale scale(SatisfactionSurvey survey, SatisfactionOptions options) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int[] at = new int[2]; // respondent, attribute of the largest rating
        int k = survey.attributes().size();
        for (int j = 0; j < survey.respondents(); j++) {
            for (int i = 0; i < k; i++) {
                int x = survey.rating(j, i);
                if (options.scale().isPresent() && (x < options.scale().get().min() || x > options.scale().get().max())) {
                    throw outside(survey, j, i, x, "outside the declared scale " + options.scale().get().min() + "-"
                            + options.scale().get().max());
                }
                min = Math.min(min, x);
                if (x > max) {
                    max = x;
                    at[0] = j;
                    at[1] = i;
                }
            }
        }
        if (options.scale().isPresent()) {
            return options.scale().get();
        }
        if (survey.respondents() == 0 || (min >= 1 && max <= 5)) {
            return RatingScale.fivePoint();
        }
        if (min == 0 && max <= 10) {
            return RatingScale.zeroToTen();
        }
        String problem = max > 10
                ? "ratings range from " + min + " to " + max + ", beyond the common 1-5, 1-7 and 0-10 scales; correct "
                        + "the value, or declare the scale and its penalty/reward cut points (--scale MIN-MAX --cuts "
                        + "LOW,HIGH, or SatisfactionOptions.withScale)"
                : "ratings range from " + min + " to " + max + ", which is not clearly a 1-5 or a 0-10 scale (a 1-"
                        + max + " scale is never taken for 0-10); declare the scale and its penalty/reward cut points, "
                        + "e.g. --scale 1-" + max + " --cuts 3," + max + " (SatisfactionOptions.withScale), or correct "
                        + "the value";
        throw outside(survey, at[0], at[1], max, problem);
    }

    /** An input error at the file row of respondent j's rating of attribute i. */
    private static KanoInputException outside(SatisfactionSurvey survey, int j, int i, int value, String problem) {
        long row = survey.row(j);
        String source = survey.report().source();
        return new KanoInputException(source, row, survey.attributes().get(i), String.valueOf(value),
                (row == 0 ? "respondent " + (j + 1) + ": " : "") + problem);
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

    /**
     * The scale of the overall-satisfaction rating as observed ({@code 1-5}, {@code 0-10}, or the observed range):
     * expected gains from this analysis are in points of this scale.
     */
    public String overallScale() {
        return overallScale;
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

    /** An aligned table of factor types with a diagnostics and provenance footer: {@link #text(Language)} in English. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /**
     * The table of {@link #toString()} in a language: headings, factor types, IPA quadrants and footer labels;
     * option names and flag codes stay as they are written in code.
     */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        boolean grouped = !groups.isEmpty();
        List<String> header = new ArrayList<>(List.of(l.message("satisfactionAnalysis.attribute")));
        if (grouped) {
            header.add(l.message("satisfactionAnalysis.group"));
        }
        header.addAll(List.of(l.message("satisfactionAnalysis.mean"), l.message("satisfactionAnalysis.low"),
                l.message("satisfactionAnalysis.high"), l.message("satisfactionAnalysis.penalty"), l.message("satisfactionAnalysis.reward"), "RIOCS", "IA", "IA CI",
                l.message("satisfactionAnalysis.factor_type"), l.message("satisfactionAnalysis.knot"), l.message("satisfactionAnalysis.below"),
                l.message("satisfactionAnalysis.above"), "IPA"));
        int shift = grouped ? 1 : 0;
        TextTable t = new TextTable(header.toArray(new String[0])).alignLeft(0).alignLeft(shift).alignLeft(8 + shift)
                .alignLeft(9 + shift).alignLeft(13 + shift);
        for (FactorResult r : Groups.ordered(results, FactorResult::attribute, groups)) {
            List<Object> row = new ArrayList<>(List.of(r.attribute()));
            if (grouped) {
                row.add(groups.getOrDefault(r.attribute(), "-"));
            }
            row.addAll(List.of(TextTable.number(r.mean()), TextTable.number(r.shareLow()),
                    TextTable.number(r.shareHigh()), signif(r.penalty()), signif(r.reward()),
                    TextTable.number(r.riocs()), TextTable.number(r.ia()), r.iaInterval(),
                    r.factorType().displayName(l),
                    Double.isNaN(r.hinge().knot()) ? "n/a" : String.valueOf((int) r.hinge().knot()),
                    TextTable.number(r.hinge().slopeBelow()), TextTable.number(r.hinge().slopeAbove()),
                    r.ipaQuadrant().map(q -> q.displayName(l)).orElse("-")));
            t.row(row.toArray());
        }
        return l.message("satisfactionAnalysis.factor_types_from_satisfaction_data") + "\n" + t
                + l.message("satisfactionAnalysis.model_n") + n + (weighted ? String.format(Locale.ROOT, l.message("satisfactionAnalysis.weighted_n_eff_f_deff"), effectiveN, designEffect()) : "")
                + l.message("satisfactionAnalysis.parameters") + parameters + ", R2 "
                + TextTable.number(rSquared) + l.message("satisfactionAnalysis.adjusted_r") + TextTable.number(adjustedRSquared)
                + l.message("satisfactionAnalysis.scale") + scale + (flags.isEmpty() ? "" : l.message("satisfactionAnalysis.flags") + flags)
                + "\n" + l.message("satisfactionAnalysis.significance_p") + options.alpha()
                + l.message("satisfactionAnalysis.ipa_cross_hairs_riocs") + TextTable.number(impactCentre)
                + l.message("satisfactionAnalysis.mean_2") + TextTable.number(performanceCentre) + "\n"
                + l.message("satisfactionAnalysis.options") + options.provenance() + "\n";
    }

    private String signif(Coefficient c) {
        return TextTable.number(c.estimate()) + (c.significant(options.alpha()) ? "*" : " ");
    }
}
