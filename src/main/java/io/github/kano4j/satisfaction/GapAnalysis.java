package io.github.kano4j.satisfaction;

import io.github.kano4j.Language;
import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.Means;
import io.github.kano4j.stats.Proportions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Expectation–perception gaps per attribute (docs/METHODS.md §6.9; Oliver 1980, Parasuraman, Zeithaml &amp; Berry
 * 1988, 1994): the gap {@code d = P − E} per respondent, its mean with a paired t interval, the share of negative
 * gaps with a Wilson interval and, when an adequate and a desired expectation are both measured, the measures of
 * service adequacy {@code MSA = P − E_adequate} and superiority {@code MSS = P − E_desired} with the zone of tolerance:
 * below adequate, within the zone, above desired. Respondents missing a rating of an attribute are left out of that
 * attribute only, and counted.
 */
public final class GapAnalysis {

    /**
     * The ratings of one attribute: perception and expectation per respondent (NaN where missing), and the
     * adequate and desired expectation when the survey measures the zone of tolerance (else empty arrays).
     *
     * @param attribute  the attribute
     * @param perception perceived performance
     * @param expectation expected performance (one level; empty when only adequate and desired are measured)
     * @param adequate   the adequate (minimum) expectation
     * @param desired    the desired expectation
     * @param weights    the respondents' weights (docs/METHODS.md §7.6), positive; empty without weights
     */
    public record Ratings(String attribute, double[] perception, double[] expectation, double[] adequate,
            double[] desired, double[] weights) {
        /** Copies the arrays and checks the weights. */
        public Ratings {
            Check.notNull(attribute, "attribute");
            perception = perception.clone();
            expectation = expectation.clone();
            adequate = adequate.clone();
            desired = desired.clone();
            weights = Check.notNull(weights, "weights").clone();
            Check.argument(weights.length == 0 || weights.length == perception.length, "One weight per respondent: "
                    + weights.length + " weights for " + perception.length + " respondents");
            for (double w : weights) {
                Check.argument(w > 0 && Double.isFinite(w), "A respondent weight must be positive and finite, was " + w);
            }
        }

        /** Ratings without weights. */
        public Ratings(String attribute, double[] perception, double[] expectation, double[] adequate,
                double[] desired) {
            this(attribute, perception, expectation, adequate, desired, new double[0]);
        }

        /** The same ratings with respondent weights. */
        public Ratings withWeights(double[] newWeights) {
            return new Ratings(attribute, perception, expectation, adequate, desired, newWeights);
        }
    }

    /**
     * The gap of one attribute.
     *
     * @param attribute           the attribute
     * @param n                   respondents with both the perception and the expectation
     * @param excluded            respondents left out because a rating was missing
     * @param perceptionMean      mean perception over those n
     * @param expectationMean     mean expectation over those n (the adequate one with two levels and no single one)
     * @param gap                 mean gap P − E
     * @param gapInterval         paired t interval of the mean gap
     * @param negativeShare       share of respondents with P below E
     * @param negativeInterval    Wilson interval of that share
     * @param msa                 mean P − E_adequate (NaN without two levels)
     * @param mss                 mean P − E_desired (NaN without two levels)
     * @param belowAdequate       share below the adequate expectation (NaN without two levels)
     * @param withinZone          share within the zone of tolerance (NaN without two levels)
     * @param aboveDesired        share at or above the desired expectation (NaN without two levels)
     * @param zoneN               respondents with perception, adequate and desired expectation (0 without two levels)
     * @param adequateMean        mean adequate expectation over those (NaN without two levels): the natural floor
     * @param desiredMean         mean desired expectation over those (NaN without two levels): the natural target
     * @param zonePerceptionMean  mean perception over those (NaN without two levels)
     * @param effectiveN          Kish's effective sample size of the n respondents' weights (n without weights)
     * @param gapSe               the standard error of the mean gap, s_d/√n (s/√n_eff with weights); NaN below 2
     */
    public record GapResult(String attribute, long n, long excluded, double perceptionMean, double expectationMean,
            double gap, Interval gapInterval, double negativeShare, Interval negativeInterval, double msa,
            double mss, double belowAdequate, double withinZone, double aboveDesired, long zoneN, double adequateMean,
            double desiredMean, double zonePerceptionMean, double effectiveN, double gapSe) {
        /** Checks the names. */
        public GapResult {
            Check.notNull(attribute, "attribute");
            Check.notNull(gapInterval, "gapInterval");
            Check.notNull(negativeInterval, "negativeInterval");
        }
    }

    /**
     * The gap of a dimension (a group of attributes, e.g. SERVQUAL's reliability or a call centre's people).
     *
     * @param dimension   the group
     * @param attributes  its attributes with a defined gap, in survey order
     * @param meanGap     the unweighted mean of their gaps
     * @param weightedGap the sum of their importance-weighted gaps (NaN without importance)
     */
    public record DimensionGap(String dimension, List<String> attributes, double meanGap, double weightedGap) {
        /** Copies the list. */
        public DimensionGap {
            Check.notNull(dimension, "dimension");
            attributes = List.copyOf(attributes);
        }
    }

    private final List<GapResult> results;
    private final double confidence;
    private final IngestReport report;
    private final Map<String, Double> importance;
    private final Map<String, String> groups;
    private final Map<String, Category> categories;

    private GapAnalysis(List<GapResult> results, double confidence, IngestReport report, Map<String, Double> importance,
            Map<String, String> groups, Map<String, Category> categories) {
        this.results = List.copyOf(results);
        this.confidence = confidence;
        this.report = report;
        this.importance = importance;
        this.groups = groups;
        this.categories = categories;
    }

    /**
     * How an attribute's gap reads with its Kano category or factor type (docs/METHODS.md §6.9). A gap counts as
     * negative or positive when its whole interval is on that side of zero; with the zone of tolerance measured, a
     * mean perception below the mean adequate expectation is a shortfall too.
     */
    public enum Reading {
        /** M-like below expectation: a broken basic, fix first. */
        FLOOR_BREACH("broken basic: below expectation on a must-be attribute (fix first)", "基本要求未达到：必备属性低于期望（优先修复）"),
        /** O-like below expectation: a performance shortfall. */
        SHORTFALL("performance shortfall: below expectation on a one-dimensional attribute", "表现不足：期望属性低于期望"),
        /** A-like below expectation: an opportunity, no dissatisfaction. */
        MISSED_OPPORTUNITY("missed opportunity: below expectation, but attractive attributes cause no dissatisfaction",
                "错失的机会：低于期望，但魅力属性不会引起不满"),
        /** I-like above expectation: more than customers care about. */
        REDUCTION_CANDIDATE("candidate for reduction: above expectation on an attribute customers do not care about",
                "可考虑削减：客户不在意的属性高于期望"),
        /** Anything else: the gap asks for no action of its own. */
        NO_ACTION("no action from the gap", "差距本身不要求行动");

        private final String english;
        private final String chinese;

        Reading(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }

        /** The reading for people, in a language. */
        public String displayName(Language language) {
            Check.notNull(language, "language");
            return language.text(english, chinese);
        }
    }

    /**
     * These gaps read with each attribute's Kano category (or the category a factor type reads like): see
     * {@link #reading(String)}. Names not in the analysis are ignored.
     */
    public GapAnalysis withCategories(Map<String, Category> categories) {
        Check.notNull(categories, "categories");
        Map<String, Category> kept = new LinkedHashMap<>();
        for (GapResult r : results) {
            Category c = categories.get(r.attribute());
            if (c != null) {
                kept.put(r.attribute(), c);
            }
        }
        return new GapAnalysis(results, confidence, report, importance, groups, Collections.unmodifiableMap(kept));
    }

    /** The attributes' categories (empty unless {@link #withCategories(Map)}). */
    public Map<String, Category> categories() {
        return categories;
    }

    /** How the attribute's gap reads with its category; empty without a category or a gap. */
    public Optional<Reading> reading(String attribute) {
        Check.notNull(attribute, "attribute");
        Category c = categories.get(attribute);
        Optional<GapResult> found = result(attribute);
        if (c == null || found.isEmpty() || Double.isNaN(found.get().gap())) {
            return Optional.empty();
        }
        GapResult r = found.get();
        boolean below = r.gapInterval().isDefined() && r.gapInterval().upper() < 0
                || !Double.isNaN(r.msa()) && r.zonePerceptionMean() < r.adequateMean();
        boolean above = r.gapInterval().isDefined() && r.gapInterval().lower() > 0;
        Reading reading = switch (c) {
            case M -> below ? Reading.FLOOR_BREACH : Reading.NO_ACTION;
            case O -> below ? Reading.SHORTFALL : Reading.NO_ACTION;
            case A -> below ? Reading.MISSED_OPPORTUNITY : Reading.NO_ACTION;
            case I -> above ? Reading.REDUCTION_CANDIDATE : Reading.NO_ACTION;
            default -> Reading.NO_ACTION;
        };
        return Optional.of(reading);
    }

    /**
     * These gaps with stated importance per attribute (points allocated, or a rating): each attribute's weight is
     * its importance divided by the sum over the attributes that have one, and its weighted gap
     * {@code WG = w · Ḡ} (docs/METHODS.md §6.9). Names not in the analysis are ignored.
     *
     * @throws IllegalArgumentException if an importance is negative or not finite
     */
    public GapAnalysis withImportance(Map<String, Double> importance) {
        Check.notNull(importance, "importance");
        Map<String, Double> kept = new LinkedHashMap<>();
        for (GapResult r : results) {
            Double w = importance.get(r.attribute());
            if (w != null && !Double.isNaN(w)) {
                Check.argument(Double.isFinite(w) && w >= 0, "The importance of \"" + r.attribute()
                        + "\" must be a finite number >= 0, was " + w);
                kept.put(r.attribute(), w);
            }
        }
        return new GapAnalysis(results, confidence, report, Collections.unmodifiableMap(kept), groups, categories);
    }

    /**
     * These gaps with a dimension (group) per attribute: outputs list attributes by dimension and add each
     * dimension's mean gap and weighted gap. Names not in the analysis are ignored.
     */
    public GapAnalysis withGroups(Map<String, String> groups) {
        Check.notNull(groups, "groups");
        return new GapAnalysis(results, confidence, report, importance, Groups.kept(results, GapResult::attribute,
                groups), categories);
    }

    /** The attributes' dimensions (empty without groups). */
    public Map<String, String> groups() {
        return groups;
    }

    /** The stated importance per attribute (empty without importance). */
    public Map<String, Double> importance() {
        return importance;
    }

    /** An attribute's importance weight, normalised to sum 1 over the attributes with an importance; NaN without. */
    public double importanceWeight(String attribute) {
        Check.notNull(attribute, "attribute");
        Double w = importance.get(attribute);
        double total = importance.values().stream().mapToDouble(Double::doubleValue).sum();
        return w == null || total <= 0 ? Double.NaN : w / total;
    }

    /** An attribute's importance-weighted gap {@code w · Ḡ}; NaN without importance or gap. */
    public double weightedGap(String attribute) {
        return result(attribute).map(r -> importanceWeight(attribute) * r.gap()).orElse(Double.NaN);
    }

    /** The dimensions in order of first appearance, each with its mean gap and weighted gap; empty without groups. */
    public List<DimensionGap> dimensions() {
        Map<String, List<GapResult>> by = new LinkedHashMap<>();
        for (GapResult r : results) {
            String g = groups.get(r.attribute());
            if (g != null && !Double.isNaN(r.gap())) {
                by.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
            }
        }
        List<DimensionGap> out = new ArrayList<>();
        by.forEach((g, rs) -> {
            double mean = rs.stream().mapToDouble(GapResult::gap).average().orElse(Double.NaN);
            double weighted = importance.isEmpty() ? Double.NaN
                    : rs.stream().mapToDouble(r -> weightedGap(r.attribute())).filter(x -> !Double.isNaN(x)).sum();
            out.add(new DimensionGap(g, rs.stream().map(GapResult::attribute).toList(), mean, weighted));
        });
        return out;
    }

    /**
     * The gaps of every attribute at a confidence level.
     *
     * @param report the ingest report of the file the ratings came from (or of the code that built them)
     */
    public static GapAnalysis of(List<Ratings> attributes, double confidence, IngestReport report) {
        Check.notNull(attributes, "attributes");
        Check.notNull(report, "report");
        Check.argument(confidence > 0 && confidence < 1, "The confidence must be strictly between 0 and 1, was "
                + confidence);
        List<GapResult> out = new ArrayList<>();
        for (Ratings r : attributes) {
            out.add(gap(Check.notNull(r, "attributes element"), confidence));
        }
        return new GapAnalysis(out, confidence, report, Map.of(), Map.of(), Map.of());
    }

    private static GapResult gap(Ratings r, double confidence) {
        boolean zone = r.adequate().length > 0 && r.desired().length > 0;
        boolean weighted = r.weights().length > 0;
        double[] e = r.expectation().length > 0 ? r.expectation() : r.adequate();
        int size = r.perception().length;
        long n = 0;
        // weighted sums (each weight 1 without weights, so the sums are the plain ones)
        double sumW = 0;
        double sumW2 = 0;
        double sumP = 0;
        double sumE = 0;
        double sumD = 0;
        double sumD2 = 0;
        double negative = 0;
        double sumMsa = 0;
        double sumMss = 0;
        long zoneN = 0;
        double zoneW = 0;
        double below = 0;
        double within = 0;
        double above = 0;
        double sumLo = 0;
        double sumHi = 0;
        double sumZoneP = 0;
        for (int j = 0; j < size; j++) {
            double p = r.perception()[j];
            double w = weighted ? r.weights()[j] : 1;
            if (zone) {
                double lo = r.adequate()[j];
                double hi = r.desired()[j];
                if (!Double.isNaN(p) && !Double.isNaN(lo) && !Double.isNaN(hi)) {
                    zoneN++;
                    zoneW += w;
                    sumLo += w * lo;
                    sumHi += w * hi;
                    sumZoneP += w * p;
                    sumMsa += w * (p - lo);
                    sumMss += w * (p - hi);
                    if (p < lo) {
                        below += w;
                    } else if (p < hi) {
                        within += w;
                    } else {
                        above += w;
                    }
                }
            }
            double x = j < e.length ? e[j] : Double.NaN;
            if (Double.isNaN(p) || Double.isNaN(x)) {
                continue;
            }
            double d = p - x;
            n++;
            sumW += w;
            sumW2 += w * w;
            sumP += w * p;
            sumE += w * x;
            sumD += w * d;
            sumD2 += w * d * d;
            negative += d < 0 ? w : 0;
        }
        double nan = Double.NaN;
        double mean = n == 0 ? nan : sumD / sumW;
        double neff = n == 0 ? 0 : weighted ? sumW * sumW / sumW2 : n;
        Interval interval;
        Interval negativeInterval;
        double se;
        if (weighted) {
            // the design-effect approximation: the weighted variance with the n_eff/(n_eff − 1) correction, n_eff
            // in place of n (docs/METHODS.md §7.6)
            double sd = neff <= 1 ? nan : Math.sqrt(Math.max(0, (sumD2 - sumW * mean * mean) / sumW) * neff / (neff - 1));
            interval = Means.tIntervalEffective(neff, mean, sd, confidence, "paired t (n_eff)");
            se = neff <= 1 ? nan : sd / Math.sqrt(neff);
            negativeInterval = Proportions.wilsonEffective(n == 0 ? nan : Math.min(1, negative / sumW), neff, confidence);
        } else {
            double sd = n < 2 ? nan : Math.sqrt(Math.max(0, (sumD2 - n * mean * mean) / (n - 1)));
            interval = Means.tInterval(n, mean, sd, confidence, "paired t");
            se = n < 2 ? nan : sd / Math.sqrt(n);
            negativeInterval = Proportions.wilson((long) negative, n, confidence);
        }
        boolean z = zone && zoneN > 0;
        return new GapResult(r.attribute(), n, size - n, n == 0 ? nan : sumP / sumW, n == 0 ? nan : sumE / sumW, mean,
                interval, n == 0 ? nan : negative / sumW, negativeInterval, z ? sumMsa / zoneW : nan,
                z ? sumMss / zoneW : nan, z ? below / zoneW : nan, z ? within / zoneW : nan, z ? above / zoneW : nan,
                zoneN, z ? sumLo / zoneW : nan, z ? sumHi / zoneW : nan, z ? sumZoneP / zoneW : nan, neff, se);
    }


    /** One result per attribute, in survey order. */
    public List<GapResult> results() {
        return results;
    }

    /** The result of one attribute. */
    public Optional<GapResult> result(String attribute) {
        return results.stream().filter(r -> r.attribute().equals(attribute)).findFirst();
    }

    /** The confidence level of the intervals. */
    public double confidence() {
        return confidence;
    }

    /** The ingest report of the ratings. */
    public IngestReport report() {
        return report;
    }

    /** The gaps by attribute, largest shortfall first, as a map (attribute → mean gap). */
    public Map<String, Double> gapsByShortfall() {
        List<GapResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> Double.compare(a.gap(), b.gap()));
        Map<String, Double> out = new LinkedHashMap<>();
        sorted.forEach(r -> out.put(r.attribute(), r.gap()));
        return Collections.unmodifiableMap(out);
    }

    /** A table: n, means, gap with interval, negative share with interval and, with two levels, the zone. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /** The table of {@link #toString()} in a language (headings and footer). */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        boolean zone = results.stream().anyMatch(r -> !Double.isNaN(r.msa()));
        boolean grouped = !groups.isEmpty();
        boolean weighted = !importance.isEmpty();
        boolean respondentWeights = results.stream().anyMatch(r -> r.effectiveN() != r.n());
        List<String> header = new ArrayList<>(List.of(l.message("gapAnalysis.attribute")));
        if (grouped) {
            header.add(l.message("gapAnalysis.dimension"));
        }
        header.add("n");
        if (respondentWeights) {
            header.add("n_eff");
        }
        header.addAll(List.of(l.message("gapAnalysis.perception"), l.message("gapAnalysis.expectation"), l.message("gapAnalysis.gap"),
                l.message("gapAnalysis.gap_ci"), l.message("gapAnalysis.p_e"), l.message("gapAnalysis.p_e_ci")));
        if (zone) {
            header.addAll(List.of("MSA", "MSS", l.message("gapAnalysis.below_adequate"),
                    l.message("gapAnalysis.within_zone"), l.message("gapAnalysis.above_desired")));
        }
        if (weighted) {
            header.addAll(List.of(l.message("gapAnalysis.weight"), l.message("gapAnalysis.weighted_gap")));
        }
        boolean read = !categories.isEmpty();
        if (read) {
            header.addAll(List.of(l.message("gapAnalysis.category"), l.message("gapAnalysis.reading")));
        }
        TextTable t = new TextTable(header.toArray(new String[0])).alignLeft(0).alignLeft(grouped ? 1 : 0);
        if (read) {
            t.alignLeft(header.size() - 2).alignLeft(header.size() - 1);
        }
        for (GapResult r : Groups.ordered(results, GapResult::attribute, groups)) {
            List<Object> row = new ArrayList<>(List.of(r.attribute()));
            if (grouped) {
                row.add(groups.getOrDefault(r.attribute(), "-"));
            }
            row.add(r.n());
            if (respondentWeights) {
                row.add(String.format(Locale.ROOT, "%.1f", r.effectiveN()));
            }
            row.addAll(List.of(TextTable.number(r.perceptionMean()),
                    TextTable.number(r.expectationMean()), TextTable.number(r.gap()), r.gapInterval(),
                    TextTable.number(r.negativeShare()), r.negativeInterval()));
            if (zone) {
                row.addAll(List.of(TextTable.number(r.msa()), TextTable.number(r.mss()),
                        TextTable.number(r.belowAdequate()), TextTable.number(r.withinZone()),
                        TextTable.number(r.aboveDesired())));
            }
            if (weighted) {
                row.addAll(List.of(TextTable.number(importanceWeight(r.attribute())),
                        TextTable.number(weightedGap(r.attribute()))));
            }
            if (read) {
                Category c = categories.get(r.attribute());
                row.add(c == null ? "-" : c.displayNameWithLetter(l));
                row.add(reading(r.attribute()).map(x -> x.displayName(l)).orElse("-"));
            }
            t.row(row.toArray());
        }
        StringBuilder sb = new StringBuilder(l.message("gapAnalysis.expectation_perception_gaps_gap_perception")).append('\n')
                .append(t);
        List<DimensionGap> dims = dimensions();
        if (!dims.isEmpty()) {
            TextTable d = new TextTable(l.message("gapAnalysis.dimension"), l.message("gapAnalysis.attributes"),
                    l.message("gapAnalysis.mean_gap"), l.message("gapAnalysis.weighted_gap")).alignLeft(0);
            dims.forEach(g -> d.row(g.dimension(), g.attributes().size(), TextTable.number(g.meanGap()),
                    TextTable.number(g.weightedGap())));
            sb.append(l.message("gapAnalysis.by_dimension_mean_of_its")).append('\n').append(d);
        }
        return sb.append(l.message("gapAnalysis.intervals")).append(Math.round(confidence * 100))
                .append(l.message("gapAnalysis.paired_t_for_the_gap"))
                .append(weighted ? l.message("gapAnalysis.weights_stated_importance_normalised_to") : "").append('\n').toString();
    }

}
