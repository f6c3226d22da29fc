package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Interval;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Kano analysis of one attribute: counts, the category the configured rule decided and why, every
 * companion statistic of METHODS.md §2.7 step 8, Better/Worse with intervals, and the continuous scores.
 *
 * @param attribute        the attribute's name
 * @param counts           A, O, M, I, R, Q counts under the table
 * @param category         the operational category the rule decided; empty when N = 0
 * @param label            the category as reported: a letter, {@code MIXED(x/y)} when the rule found the
 *                         top two indistinguishable, or {@code UNCLASSIFIED}
 * @param mode             the most frequent of M, O, A, I, R (ties M &gt; O &gt; A &gt; I &gt; R); empty when
 *                         none of them occurred
 * @param runnerUp         the second of M, O, A, I, R; empty when N = 0
 * @param mixed            Fong's test applied and found the top two not significantly different
 * @param decidedBy        the rule step that decided {@code category}
 * @param categoryStrength CS = p(1) − p(2) among A, O, M, I, R, shares of N (Lee &amp; Newcomb 1997)
 * @param totalStrength    TS = (A + O + M)/N
 * @param fong             Fong's test and the exact binomial test
 * @param chiSquare        χ² goodness of fit over M, O, A, I
 * @param quadrant         the Better–Worse quadrant at {@code betterThreshold} / {@code worseThreshold}
 * @param oamLabel         the (O+A+M) vs (I+R+Q) label
 * @param coefficients     Better, Worse and derived numbers with intervals
 * @param shareIntervals   Goodman (1965) simultaneous intervals of the six category shares of N
 * @param continuous       DuMouchel continuous scores
 * @param importance       self-stated importance: n, mean, sd, t interval
 * @param analyticalKano   the analytical Kano indices (Xu et al. 2009)
 * @param yangCategory     Yang's (2005) refined category, when importance was rated
 * @param bootstrap        bootstrap intervals and category stability, when the bootstrap is on
 * @param betterThreshold  the Better threshold of the quadrant actually used
 * @param worseThreshold   the |Worse| threshold of the quadrant actually used
 * @param flags            conditions found (METHODS.md §9)
 * @param options          the options that produced this result (table, rule, thresholds, interval)
 */
public record KanoResult(String attribute, CategoryCounts counts, Optional<Category> category, String label,
        Optional<Category> mode, Optional<Category> runnerUp, boolean mixed, Decision decidedBy,
        double categoryStrength, double totalStrength, FongTest fong, GoodnessOfFit chiSquare,
        Optional<Category> quadrant, Optional<Category> oamLabel, Coefficients coefficients,
        Map<Category, Interval> shareIntervals, ContinuousScores continuous, ImportanceSummary importance,
        AnalyticalKano analyticalKano, Optional<YangCategory> yangCategory, Optional<BootstrapSummary> bootstrap,
        double betterThreshold, double worseThreshold, Set<Flag> flags, KanoOptions options) {

    /** Compact constructor: makes the collections unmodifiable. */
    public KanoResult {
        flags = Set.copyOf(flags);
        shareIntervals = Map.copyOf(shareIntervals);
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
        t.row("category", label + " (decided by " + decidedBy.name().toLowerCase(java.util.Locale.ROOT) + ")");
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
}
