package io.github.kano4j.satisfaction;

import io.github.kano4j.internal.Check;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The configuration of the indirect (satisfaction-survey) analysis, docs/METHODS.md §6, §7.3 and §11: an
 * immutable value (final fields) with withers checked at the wither. Every wither goes through one private
 * copy path; {@link #settings()} is the one list behind {@link #provenance()} and equality.
 */
public final class SatisfactionOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How the factor type is decided (docs/METHODS.md §6.3, §6.1). */
    public enum TypeRule {
        /** Default: low impact if RIOCS is small or neither effect significant; else by the hybrid band on IA. */
        IA_BAND,
        /** The PRCA significance rule of Matzler &amp; Sauerwein (2002). */
        PRCA_SIGNIFICANCE
    }

    /** What to do with a coefficient of the unexpected sign (β^pen &gt; 0 or β^rew &lt; 0). */
    public enum SignHandling {
        /** Default: use absolute values in the indices, as published; flag it. */
        ABSOLUTE,
        /** Count the wrong-signed coefficient as 0 in the indices; flag it. */
        CLAMP
    }

    /** Standard errors of the regression coefficients (docs/METHODS.md §7.3). */
    public enum StandardErrors {
        /** Classical OLS standard errors. */
        CLASSICAL,
        /** White's heteroscedasticity-consistent estimator. */
        HC0,
        /** HC0 × n/(n − p). */
        HC1,
        /** Residuals scaled by 1/(1 − h). */
        HC2,
        /** Default: residuals scaled by 1/(1 − h)² (MacKinnon &amp; White 1985). */
        HC3
    }

    /** Where the importance–performance cross-hairs sit. */
    public enum IpaCentre {
        /** Default: the means of the attributes' RIOCS and mean ratings. */
        DATA_MEANS,
        /** The scale centre for performance and the mean RIOCS for impact. */
        SCALE_CENTRE
    }

    /** The largest bootstrap replicate count accepted. */
    public static final int MAX_REPLICATES = 1_000_000;

    private final RatingScale scale;
    private final double alpha;
    private final double hybridBand;
    private final double minimumImpactFraction;
    private final TypeRule typeRule;
    private final SignHandling signHandling;
    private final StandardErrors standardErrors;
    private final int minimumCell;
    private final int bootstrapReplicates;
    private final long seed;
    private final double confidence;
    private final double highVif;
    private final IpaCentre ipaCentre;

    private static final SatisfactionOptions DEFAULTS = new SatisfactionOptions(new Values());

    private SatisfactionOptions(Values v) {
        scale = v.scale;
        alpha = v.alpha;
        hybridBand = v.hybridBand;
        minimumImpactFraction = v.minimumImpactFraction;
        typeRule = v.typeRule;
        signHandling = v.signHandling;
        standardErrors = v.standardErrors;
        minimumCell = v.minimumCell;
        bootstrapReplicates = v.bootstrapReplicates;
        seed = v.seed;
        confidence = v.confidence;
        highVif = v.highVif;
        ipaCentre = v.ipaCentre;
    }

    /** The mutable twin used by the one copy path. */
    private static final class Values {
        RatingScale scale;
        double alpha = 0.05;
        double hybridBand = 0.20;
        double minimumImpactFraction = 0.25;
        TypeRule typeRule = TypeRule.IA_BAND;
        SignHandling signHandling = SignHandling.ABSOLUTE;
        StandardErrors standardErrors = StandardErrors.HC3;
        int minimumCell = 30;
        int bootstrapReplicates = 1000;
        long seed = 20261122L;
        double confidence = 0.95;
        double highVif = 10;
        IpaCentre ipaCentre = IpaCentre.DATA_MEANS;

        Values() {
        }

        Values(SatisfactionOptions o) {
            scale = o.scale;
            alpha = o.alpha;
            hybridBand = o.hybridBand;
            minimumImpactFraction = o.minimumImpactFraction;
            typeRule = o.typeRule;
            signHandling = o.signHandling;
            standardErrors = o.standardErrors;
            minimumCell = o.minimumCell;
            bootstrapReplicates = o.bootstrapReplicates;
            seed = o.seed;
            confidence = o.confidence;
            highVif = o.highVif;
            ipaCentre = o.ipaCentre;
        }
    }

    /** Defaults: scale detected (1–5 or 0–10), α 0.05, hybrid band 0.20, HC3, 1000 bootstrap resamples. */
    public static SatisfactionOptions defaults() {
        return DEFAULTS;
    }

    private SatisfactionOptions with(Consumer<Values> change) {
        Values v = new Values(this);
        change.accept(v);
        return new SatisfactionOptions(v);
    }

    /** Declares the rating scale and cut points (otherwise detected from the data, with default cuts). */
    public SatisfactionOptions withScale(RatingScale scale) {
        Check.notNull(scale, "scale");
        return with(o -> o.scale = scale);
    }

    /** The significance level of the coefficient tests (default 0.05), in (0, 1). */
    public SatisfactionOptions withAlpha(double alpha) {
        Check.argument(alpha > 0 && alpha < 1, "The significance level must be strictly between 0 and 1, was " + alpha);
        return with(o -> o.alpha = alpha);
    }

    /** The hybrid band c: |IA| ≤ c is a hybrid (default 0.20), in [0, 1]. */
    public SatisfactionOptions withHybridBand(double band) {
        checkFraction("band", band);
        return with(o -> o.hybridBand = band);
    }

    /** RIOCS below this fraction of the study's largest RIOCS is low impact (default 0.25), in [0, 1]. */
    public SatisfactionOptions withMinimumImpactFraction(double fraction) {
        checkFraction("fraction", fraction);
        return with(o -> o.minimumImpactFraction = fraction);
    }

    /** The factor-type rule (default {@link TypeRule#IA_BAND}). */
    public SatisfactionOptions withTypeRule(TypeRule rule) {
        Check.notNull(rule, "rule");
        return with(o -> o.typeRule = rule);
    }

    /** Handling of wrong-signed coefficients (default {@link SignHandling#ABSOLUTE}). */
    public SatisfactionOptions withSignHandling(SignHandling handling) {
        Check.notNull(handling, "handling");
        return with(o -> o.signHandling = handling);
    }

    /** The standard-error estimator (default {@link StandardErrors#HC3}). */
    public SatisfactionOptions withStandardErrors(StandardErrors se) {
        Check.notNull(se, "se");
        return with(o -> o.standardErrors = se);
    }

    /** Dummy cells with fewer respondents are flagged {@code SMALL_CELL} (default 30). */
    public SatisfactionOptions withMinimumCell(int respondents) {
        Check.argument(respondents >= 0, "The minimum cell size must not be negative, was " + respondents);
        return with(o -> o.minimumCell = respondents);
    }

    /**
     * Respondent-bootstrap resamples for IA and RIOCS intervals (default 1000; 0 = off; at most
     * {@link #MAX_REPLICATES}) and their seed.
     */
    public SatisfactionOptions withBootstrap(int replicates, long seed) {
        Check.argument(replicates >= 0 && replicates <= MAX_REPLICATES, "The number of bootstrap replicates must be "
                + "between 0 and " + MAX_REPLICATES + ", was " + replicates);
        return with(o -> {
            o.bootstrapReplicates = replicates;
            o.seed = seed;
        });
    }

    /** The confidence level of intervals (default 0.95). */
    public SatisfactionOptions withConfidence(double level) {
        Check.argument(level > 0 && level < 1, "The confidence level must be strictly between 0 and 1, was " + level);
        return with(o -> o.confidence = level);
    }

    /** A variance inflation factor above this is flagged {@code HIGH_VIF} (default 10). */
    public SatisfactionOptions withHighVif(double vif) {
        Check.argument(vif >= 1, "The VIF threshold must be at least 1, was " + vif);
        return with(o -> o.highVif = vif);
    }

    /** The importance–performance cross-hairs (default {@link IpaCentre#DATA_MEANS}). */
    public SatisfactionOptions withIpaCentre(IpaCentre centre) {
        Check.notNull(centre, "centre");
        return with(o -> o.ipaCentre = centre);
    }

    private static void checkFraction(String name, double value) {
        Check.argument(value >= 0 && value <= 1, "The parameter '" + name + "' must be in [0, 1], was " + value);
    }

    /** The declared scale; empty when it is to be detected from the data. */
    public Optional<RatingScale> scale() {
        return Optional.ofNullable(scale);
    }

    /** The significance level of the coefficient tests. */
    public double alpha() {
        return alpha;
    }

    /** The hybrid band on IA. */
    public double hybridBand() {
        return hybridBand;
    }

    /** The low-impact fraction of the largest RIOCS. */
    public double minimumImpactFraction() {
        return minimumImpactFraction;
    }

    /** The factor-type rule. */
    public TypeRule typeRule() {
        return typeRule;
    }

    /** The handling of wrong-signed coefficients. */
    public SignHandling signHandling() {
        return signHandling;
    }

    /** The standard-error estimator. */
    public StandardErrors standardErrors() {
        return standardErrors;
    }

    /** The smallest dummy cell not flagged. */
    public int minimumCell() {
        return minimumCell;
    }

    /** Respondent-bootstrap resamples (0 = off). */
    public int bootstrapReplicates() {
        return bootstrapReplicates;
    }

    /** The bootstrap seed. */
    public long seed() {
        return seed;
    }

    /** The confidence level of intervals. */
    public double confidence() {
        return confidence;
    }

    /** The VIF flag threshold. */
    public double highVif() {
        return highVif;
    }

    /** Where the IPA cross-hairs sit. */
    public IpaCentre ipaCentre() {
        return ipaCentre;
    }

    /** Every setting by name, in a fixed order: the one list behind {@link #provenance()} and equality. */
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", scale == null ? "detected" : scale.toString());
        m.put("standardErrors", standardErrors);
        m.put("alpha", alpha);
        m.put("typeRule", typeRule);
        m.put("hybridBand", hybridBand);
        m.put("minimumImpactFraction", minimumImpactFraction);
        m.put("signHandling", signHandling);
        m.put("minimumCell", minimumCell);
        m.put("bootstrapReplicates", bootstrapReplicates);
        m.put("confidence", confidence);
        m.put("seed", seed);
        m.put("highVif", highVif);
        m.put("ipaCentre", ipaCentre);
        return Collections.unmodifiableMap(m);
    }

    /**
     * One line naming the method and every setting, e.g. {@code method=PRCA (joint OLS of low/high dummies),
     * hinge knot=least squares over interior scale points, scale=detected, standardErrors=hc3, ...}.
     */
    public String provenance() {
        StringBuilder sb = new StringBuilder("method=PRCA (joint OLS of low/high dummies), hinge knot=least squares "
                + "over interior scale points, bootstrap=respondent resamples, percentile");
        settings().forEach((k, v) -> sb.append(", ").append(k).append('=').append(v instanceof Enum<?> e
                ? e.name().toLowerCase(Locale.ROOT) : v));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SatisfactionOptions s && s.settings().equals(settings());
    }

    @Override
    public int hashCode() {
        return settings().hashCode();
    }

    @Override
    public String toString() {
        return "SatisfactionOptions[" + provenance() + "]";
    }
}
