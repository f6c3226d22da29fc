package io.github.kano4j.satisfaction;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The configuration of the indirect (satisfaction-survey) analysis, METHODS.md §6, §7.3 and §11: an
 * immutable value with withers checked at the wither.
 */
public final class SatisfactionOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How the factor type is decided (METHODS.md §6.3, §6.1). */
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

    /** Standard errors of the regression coefficients (METHODS.md §7.3). */
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

    private RatingScale scale;
    private double alpha = 0.05;
    private double hybridBand = 0.20;
    private double minimumImpactFraction = 0.25;
    private TypeRule typeRule = TypeRule.IA_BAND;
    private SignHandling signHandling = SignHandling.ABSOLUTE;
    private StandardErrors standardErrors = StandardErrors.HC3;
    private int minimumCell = 30;
    private int bootstrapReplicates = 1000;
    private long seed = 20261122L;
    private double confidence = 0.95;
    private double highVif = 10;
    private IpaCentre ipaCentre = IpaCentre.DATA_MEANS;

    private static final SatisfactionOptions DEFAULTS = new SatisfactionOptions();

    private SatisfactionOptions() {
    }

    private SatisfactionOptions(SatisfactionOptions o) {
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

    /** Defaults: scale detected (1–5 or 0–10), α 0.05, hybrid band 0.20, HC3, 1000 bootstrap resamples. */
    public static SatisfactionOptions defaults() {
        return DEFAULTS;
    }

    private SatisfactionOptions with(Consumer<SatisfactionOptions> change) {
        SatisfactionOptions copy = new SatisfactionOptions(this);
        change.accept(copy);
        return copy;
    }

    /** Declares the rating scale and cut points (otherwise detected from the data, with default cuts). */
    public SatisfactionOptions withScale(RatingScale scale) {
        Objects.requireNonNull(scale, "The parameter 'scale' must not be null.");
        return with(o -> o.scale = scale);
    }

    /** The significance level of the coefficient tests (default 0.05), in (0, 1). */
    public SatisfactionOptions withAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("The significance level must be strictly between 0 and 1, was " + alpha);
        }
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
        Objects.requireNonNull(rule, "The parameter 'rule' must not be null.");
        return with(o -> o.typeRule = rule);
    }

    /** Handling of wrong-signed coefficients (default {@link SignHandling#ABSOLUTE}). */
    public SatisfactionOptions withSignHandling(SignHandling handling) {
        Objects.requireNonNull(handling, "The parameter 'handling' must not be null.");
        return with(o -> o.signHandling = handling);
    }

    /** The standard-error estimator (default {@link StandardErrors#HC3}). */
    public SatisfactionOptions withStandardErrors(StandardErrors se) {
        Objects.requireNonNull(se, "The parameter 'se' must not be null.");
        return with(o -> o.standardErrors = se);
    }

    /** Dummy cells with fewer respondents are flagged {@code SMALL_CELL} (default 30). */
    public SatisfactionOptions withMinimumCell(int respondents) {
        if (respondents < 0) {
            throw new IllegalArgumentException("The minimum cell size must not be negative, was " + respondents);
        }
        return with(o -> o.minimumCell = respondents);
    }

    /** Respondent-bootstrap resamples for IA and RIOCS intervals (default 1000; 0 = off) and their seed. */
    public SatisfactionOptions withBootstrap(int replicates, long seed) {
        if (replicates < 0) {
            throw new IllegalArgumentException("The number of bootstrap replicates must not be negative, was " + replicates);
        }
        return with(o -> {
            o.bootstrapReplicates = replicates;
            o.seed = seed;
        });
    }

    /** The confidence level of intervals (default 0.95). */
    public SatisfactionOptions withConfidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The confidence level must be strictly between 0 and 1, was " + level);
        }
        return with(o -> o.confidence = level);
    }

    /** A variance inflation factor above this is flagged {@code HIGH_VIF} (default 10). */
    public SatisfactionOptions withHighVif(double vif) {
        if (!(vif >= 1)) {
            throw new IllegalArgumentException("The VIF threshold must be at least 1, was " + vif);
        }
        return with(o -> o.highVif = vif);
    }

    /** The importance–performance cross-hairs (default {@link IpaCentre#DATA_MEANS}). */
    public SatisfactionOptions withIpaCentre(IpaCentre centre) {
        Objects.requireNonNull(centre, "The parameter 'centre' must not be null.");
        return with(o -> o.ipaCentre = centre);
    }

    private static void checkFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be in [0, 1], was " + value);
        }
    }

    /** The declared scale, or null when it is to be detected. */
    public RatingScale scale() {
        return scale;
    }

    public double alpha() {
        return alpha;
    }

    public double hybridBand() {
        return hybridBand;
    }

    public double minimumImpactFraction() {
        return minimumImpactFraction;
    }

    public TypeRule typeRule() {
        return typeRule;
    }

    public SignHandling signHandling() {
        return signHandling;
    }

    public StandardErrors standardErrors() {
        return standardErrors;
    }

    public int minimumCell() {
        return minimumCell;
    }

    public int bootstrapReplicates() {
        return bootstrapReplicates;
    }

    public long seed() {
        return seed;
    }

    public double confidence() {
        return confidence;
    }

    public double highVif() {
        return highVif;
    }

    public IpaCentre ipaCentre() {
        return ipaCentre;
    }

    /** One line naming every rule and threshold. */
    public String provenance() {
        return "method=PRCA (joint OLS of low/high dummies), se=" + standardErrors.name().toLowerCase(Locale.ROOT)
                + ", alpha=" + alpha + ", type rule=" + typeRule.name().toLowerCase(Locale.ROOT) + " (hybrid band "
                + hybridBand + ", minimum RIOCS " + minimumImpactFraction + " x max), signs="
                + signHandling.name().toLowerCase(Locale.ROOT) + ", bootstrap=" + bootstrapReplicates
                + " respondent resamples, percentile " + confidence + ", seed " + seed + ", hinge knot=least squares "
                + "over interior scale points, ipa=" + ipaCentre.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "SatisfactionOptions[" + (scale == null ? "scale detected" : "scale " + scale) + ", " + provenance() + "]";
    }
}
