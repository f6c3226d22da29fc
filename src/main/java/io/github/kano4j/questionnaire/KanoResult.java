package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Kano analysis of one attribute: counts, the category the configured rule decided and why, every
 * companion statistic of docs/METHODS.md §2.7 step 8, Better/Worse with intervals, and the continuous scores.
 */
public final class KanoResult {
    private final String attribute;
    private final CategoryCounts counts;
    private final Optional<Category> category;
    private final String label;
    private final Optional<Category> mode;
    private final Optional<Category> runnerUp;
    private final boolean mixed;
    private final Decision decidedBy;
    private final double categoryStrength;
    private final double totalStrength;
    private final FongTest fong;
    private final GoodnessOfFit chiSquare;
    private final Optional<Category> quadrant;
    private final Optional<Category> oamLabel;
    private final Coefficients coefficients;
    private final Map<Category, Interval> shareIntervals;
    private final ContinuousScores continuous;
    private final ImportanceSummary importance;
    private final AnalyticalKano analyticalKano;
    private final Optional<YangCategory> yangCategory;
    private final Optional<BootstrapSummary> bootstrap;
    private final double betterThreshold;
    private final double worseThreshold;
    private final Set<Flag> flags;
    private final KanoOptions options;
    private final Optional<Weighting> weighting;

    KanoResult(String attribute, CategoryCounts counts, Optional<Category> category, String label,
            Optional<Category> mode, Optional<Category> runnerUp, boolean mixed, Decision decidedBy,
            double categoryStrength, double totalStrength, FongTest fong, GoodnessOfFit chiSquare,
            Optional<Category> quadrant, Optional<Category> oamLabel, Coefficients coefficients,
            Map<Category, Interval> shareIntervals, ContinuousScores continuous, ImportanceSummary importance,
            AnalyticalKano analyticalKano, Optional<YangCategory> yangCategory, Optional<BootstrapSummary> bootstrap,
            double betterThreshold, double worseThreshold, Set<Flag> flags, KanoOptions options,
            Optional<Weighting> weighting) {
        this.weighting = weighting;
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags)); // declaration order, every run
        shareIntervals = Map.copyOf(shareIntervals);
        this.attribute = attribute;
        this.counts = counts;
        this.category = category;
        this.label = label;
        this.mode = mode;
        this.runnerUp = runnerUp;
        this.mixed = mixed;
        this.decidedBy = decidedBy;
        this.categoryStrength = categoryStrength;
        this.totalStrength = totalStrength;
        this.fong = fong;
        this.chiSquare = chiSquare;
        this.quadrant = quadrant;
        this.oamLabel = oamLabel;
        this.coefficients = coefficients;
        this.shareIntervals = shareIntervals;
        this.continuous = continuous;
        this.importance = importance;
        this.analyticalKano = analyticalKano;
        this.yangCategory = yangCategory;
        this.bootstrap = bootstrap;
        this.betterThreshold = betterThreshold;
        this.worseThreshold = worseThreshold;
        this.flags = flags;
        this.options = options;
    }

    /** The attribute's name. */
    public String attribute() {
        return attribute;
    }

    /** A, O, M, I, R, Q counts under the table. */
    public CategoryCounts counts() {
        return counts;
    }

    /** The operational category the rule decided; empty when N = 0. */
    public Optional<Category> category() {
        return category;
    }

    /** The category as reported: a letter, {@code MIXED(x/y)} when the rule found the top two indistinguishable, or {@code UNCLASSIFIED}. */
    public String label() {
        return label;
    }

    /**
     * The label in a table cell of a language: {@link #label()} in English (compact, e.g. "M"), the
     * {@link #categoryName(Language) category name} in Chinese.
     */
    public String label(Language language) {
        Check.notNull(language, "language");
        return language.isChinese() ? categoryName(language) : label;
    }

    /**
     * The classification named for people: each category letter named as the language's Kano practice does, e.g.
     * "Must-be (M)" or "必备属性 (M)"; for a mixed result "Mixed Must-be/One-dimensional (M/O)" or
     * "混合 必备属性/期望属性 (M/O)"; "Unclassified" (未分类) when there is no category.
     */
    public String categoryName(Language language) {
        Check.notNull(language, "language");
        if (category.isEmpty()) {
            return language.message("kanoResult.unclassified");
        }
        boolean mixed = label.startsWith("MIXED(") && label.endsWith(")");
        String letters = mixed ? label.substring(6, label.length() - 1) : label;
        List<String> names = new ArrayList<>();
        for (String letter : letters.split("/")) {
            names.add(Category.ofLetter(letter).displayName(language));
        }
        return (mixed ? language.message("kanoResult.mixed") : "") + String.join("/", names) + " (" + letters + ")";
    }

    /**
     * How respondent weights entered this result: weighted shares, n_eff, design effect and the effective counts
     * the tests used; empty without weights. {@link #counts()} stays the attribute's answer counts.
     */
    public Optional<Weighting> weighting() {
        return weighting;
    }

    /** The most frequent of M, O, A, I, R (ties M &gt; O &gt; A &gt; I &gt; R); empty when none of them occurred. */
    public Optional<Category> mode() {
        return mode;
    }

    /** The second of M, O, A, I, R; empty when N = 0. */
    public Optional<Category> runnerUp() {
        return runnerUp;
    }

    /** Fong's test applied and found the top two not significantly different. */
    public boolean mixed() {
        return mixed;
    }

    /** The rule step that decided {@code category}. */
    public Decision decidedBy() {
        return decidedBy;
    }

    /** CS = p(1) − p(2) among A, O, M, I, R, shares of N (Lee &amp; Newcomb 1997) */
    public double categoryStrength() {
        return categoryStrength;
    }

    /** TS = (A + O + M)/N. */
    public double totalStrength() {
        return totalStrength;
    }

    /** Fong's test and the exact binomial test. */
    public FongTest fong() {
        return fong;
    }

    /** Χ² goodness of fit over M, O, A, I. */
    public GoodnessOfFit chiSquare() {
        return chiSquare;
    }

    /** The Better–Worse quadrant at {@code betterThreshold} / {@code worseThreshold}. */
    public Optional<Category> quadrant() {
        return quadrant;
    }

    /** The (O+A+M) vs (I+R+Q) label. */
    public Optional<Category> oamLabel() {
        return oamLabel;
    }

    /** Better, Worse and derived numbers with intervals. */
    public Coefficients coefficients() {
        return coefficients;
    }

    /** Goodman (1965) simultaneous intervals of the six category shares of N. */
    public Map<Category, Interval> shareIntervals() {
        return shareIntervals;
    }

    /** DuMouchel continuous scores. */
    public ContinuousScores continuous() {
        return continuous;
    }

    /** Self-stated importance: n, mean, sd, t interval. */
    public ImportanceSummary importance() {
        return importance;
    }

    /** The analytical Kano indices (Xu et al. 2009) */
    public AnalyticalKano analyticalKano() {
        return analyticalKano;
    }

    /** Yang's (2005) refined category, when importance was rated. */
    public Optional<YangCategory> yangCategory() {
        return yangCategory;
    }

    /** Bootstrap intervals and category stability, when the bootstrap is on. */
    public Optional<BootstrapSummary> bootstrap() {
        return bootstrap;
    }

    /** The Better threshold of the quadrant actually used. */
    public double betterThreshold() {
        return betterThreshold;
    }

    /** The |Worse| threshold of the quadrant actually used. */
    public double worseThreshold() {
        return worseThreshold;
    }

    /** Conditions found (docs/METHODS.md §9) */
    public Set<Flag> flags() {
        return flags;
    }

    /** The options that produced this result (table, rule, thresholds, interval) */
    public KanoOptions options() {
        return options;
    }

    /** Mean self-stated importance (NaN when none was rated). */
    public double importanceMean() {
        return importance.mean();
    }

    /** Bootstrap category stability, or NaN when the bootstrap is off. */
    public double stability() {
        return bootstrap.map(BootstrapSummary::stability).orElse(Double.NaN);
    }

    /** N, all answer pairs classified (Q included). */
    public long n() {
        return counts.n();
    }

    /** Better (shortcut for {@code coefficients().better()}). */
    public double better() {
        return coefficients.better();
    }

    /** Worse, signed ≤ 0 (shortcut for {@code coefficients().worse()}). */
    public double worse() {
        return coefficients.worse();
    }

    /** Whether a flag is set. */
    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** A two-column table of every field, for notebooks and logs. */
    @Override
    public String toString() {
        TextTable t = new TextTable("quantity", "value").alignLeft(0).alignLeft(1);
        t.row("attribute", attribute);
        t.row("category", label + " (decided by " + decidedBy.name().toLowerCase(Locale.ROOT) + ")");
        t.row("A O M I R Q", counts.a() + " " + counts.o() + " " + counts.m() + " " + counts.i() + " " + counts.r()
                + " " + counts.q() + "  (N " + counts.n() + ", n4 " + counts.n4() + ")");
        t.row("mode / runner-up", letter(mode) + " / " + letter(runnerUp) + (mixed ? "  mixed" : ""));
        t.row("category strength", TextTable.number(categoryStrength));
        t.row("total strength", TextTable.number(totalStrength));
        t.row("Fong", fong.applicable()
                ? TextTable.number(fong.lhs()) + (fong.significant() ? " >= " : " < ") + TextTable.number(fong.rhs())
                        + "  z " + TextTable.number(fong.z()) + "  p " + TextTable.number(fong.p()) + "  "
                        + fong.verdict()
                : "n/a (n4 < " + options.minimumN4() + ")");
        t.row("exact binomial p", TextTable.number(fong.exactP()));
        t.row("chi-square (3 df)", chiSquare.applicable()
                ? TextTable.number(chiSquare.statistic()) + "  p " + TextTable.number(chiSquare.p()) : "n/a");
        t.row("Better", TextTable.number(coefficients.better()) + " " + coefficients.betterInterval());
        t.row("Worse", TextTable.number(coefficients.worse()) + " " + coefficients.worseInterval());
        t.row("ASC (SE)", TextTable.number(coefficients.asc()) + " (" + TextTable.number(coefficients.ascSe()) + ")");
        t.row("Better - |Worse| (SE)", TextTable.number(coefficients.asymmetry()) + " ("
                + TextTable.number(coefficients.asymmetrySe()) + ")");
        t.row("quadrant", letter(quadrant) + " at " + TextTable.number(betterThreshold) + " / "
                + TextTable.number(worseThreshold));
        t.row("(O+A+M) vs (I+R+Q)", letter(oamLabel));
        t.row("functional mean (SD)", TextTable.number(continuous.functionalMean()) + " ("
                + TextTable.number(continuous.functionalSd()) + ")");
        t.row("dysfunctional mean (SD)", TextTable.number(continuous.dysfunctionalMean()) + " ("
                + TextTable.number(continuous.dysfunctionalSd()) + ")");
        t.row("continuous quadrant", letter(continuous.quadrant()));
        t.row("category shares (" + pct(options.confidence()) + " simultaneous)", shares());
        if (importance.n() > 0) {
            t.row("importance mean", TextTable.number(importance.mean()) + " " + importance.interval() + " (n "
                    + importance.n() + ")");
        }
        yangCategory.ifPresent(y -> t.row("Yang refined category", y.displayName()));
        t.row("analytical Kano", "x " + TextTable.number(analyticalKano.x()) + "  y "
                + TextTable.number(analyticalKano.y()) + "  r " + TextTable.number(analyticalKano.radius())
                + "  angle " + TextTable.number(analyticalKano.angle()) + "  -> " + letter(analyticalKano.label())
                + (analyticalKano.weighted() ? " (importance-weighted)" : ""));
        bootstrap.ifPresent(b -> {
            t.row("bootstrap", b.replicates() + " replicates, seed " + b.seed()
                    + (b.undefined() > 0 ? ", " + b.undefined() + " undefined" : ""));
            t.row("  category stability", TextTable.number(b.stability()));
            t.row("  Better / |Worse| percentile", b.better() + " / " + b.absWorse());
        });
        t.row("flags", flags.isEmpty() ? "-" : Flag.sorted(flags));
        t.row("options", options.provenance());
        return t.toString();
    }

    private String shares() {
        StringBuilder sb = new StringBuilder();
        for (Category c : Category.values()) {
            Interval iv = shareIntervals.get(c);
            sb.append(sb.length() == 0 ? "" : "  ").append(c.letter()).append(' ')
                    .append(TextTable.number(counts.share(c))).append(' ').append(iv);
        }
        return sb.toString();
    }

    private static String pct(double level) {
        double p = Math.round(level * 1e6) / 1e4;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }

    static String letter(Optional<Category> c) {
        return c.map(Category::letter).orElse("-");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KanoResult o && Objects.equals(attribute, o.attribute)
                && Objects.equals(counts, o.counts) && Objects.equals(category, o.category)
                && Objects.equals(label, o.label) && Objects.equals(mode, o.mode)
                && Objects.equals(runnerUp, o.runnerUp) && Objects.equals(mixed, o.mixed)
                && Objects.equals(decidedBy, o.decidedBy)
                && Objects.equals(categoryStrength, o.categoryStrength)
                && Objects.equals(totalStrength, o.totalStrength) && Objects.equals(fong, o.fong)
                && Objects.equals(chiSquare, o.chiSquare) && Objects.equals(quadrant, o.quadrant)
                && Objects.equals(oamLabel, o.oamLabel)
                && Objects.equals(coefficients, o.coefficients)
                && Objects.equals(shareIntervals, o.shareIntervals)
                && Objects.equals(continuous, o.continuous)
                && Objects.equals(importance, o.importance)
                && Objects.equals(analyticalKano, o.analyticalKano)
                && Objects.equals(yangCategory, o.yangCategory)
                && Objects.equals(bootstrap, o.bootstrap)
                && Objects.equals(betterThreshold, o.betterThreshold)
                && Objects.equals(worseThreshold, o.worseThreshold)
                && Objects.equals(flags, o.flags) && Objects.equals(options, o.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, counts, category, label, mode, runnerUp, mixed, decidedBy,
                categoryStrength, totalStrength, fong, chiSquare, quadrant, oamLabel, coefficients, shareIntervals,
                continuous, importance, analyticalKano, yangCategory, bootstrap, betterThreshold, worseThreshold,
                flags, options);
    }
}
