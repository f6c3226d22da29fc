package io.github.kano4j.satisfaction;

import io.github.kano4j.Language;
import io.github.kano4j.IngestReport;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.Means;
import io.github.kano4j.stats.Proportions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
     */
    public record Ratings(String attribute, double[] perception, double[] expectation, double[] adequate,
            double[] desired) {
        /** Copies the arrays. */
        public Ratings {
            Check.notNull(attribute, "attribute");
            perception = perception.clone();
            expectation = expectation.clone();
            adequate = adequate.clone();
            desired = desired.clone();
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
     */
    public record GapResult(String attribute, long n, long excluded, double perceptionMean, double expectationMean,
            double gap, Interval gapInterval, double negativeShare, Interval negativeInterval, double msa,
            double mss, double belowAdequate, double withinZone, double aboveDesired) {
        /** Checks the names. */
        public GapResult {
            Check.notNull(attribute, "attribute");
            Check.notNull(gapInterval, "gapInterval");
            Check.notNull(negativeInterval, "negativeInterval");
        }
    }

    private final List<GapResult> results;
    private final double confidence;
    private final IngestReport report;

    private GapAnalysis(List<GapResult> results, double confidence, IngestReport report) {
        this.results = List.copyOf(results);
        this.confidence = confidence;
        this.report = report;
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
        return new GapAnalysis(out, confidence, report);
    }

    private static GapResult gap(Ratings r, double confidence) {
        boolean zone = r.adequate().length > 0 && r.desired().length > 0;
        double[] e = r.expectation().length > 0 ? r.expectation() : r.adequate();
        int size = r.perception().length;
        long n = 0;
        double sumP = 0;
        double sumE = 0;
        double sumD = 0;
        double sumD2 = 0;
        long negative = 0;
        double sumMsa = 0;
        double sumMss = 0;
        long zoneN = 0;
        long below = 0;
        long within = 0;
        long above = 0;
        for (int j = 0; j < size; j++) {
            double p = r.perception()[j];
            if (zone) {
                double lo = r.adequate()[j];
                double hi = r.desired()[j];
                if (!Double.isNaN(p) && !Double.isNaN(lo) && !Double.isNaN(hi)) {
                    zoneN++;
                    sumMsa += p - lo;
                    sumMss += p - hi;
                    if (p < lo) {
                        below++;
                    } else if (p < hi) {
                        within++;
                    } else {
                        above++;
                    }
                }
            }
            double x = j < e.length ? e[j] : Double.NaN;
            if (Double.isNaN(p) || Double.isNaN(x)) {
                continue;
            }
            double d = p - x;
            n++;
            sumP += p;
            sumE += x;
            sumD += d;
            sumD2 += d * d;
            negative += d < 0 ? 1 : 0;
        }
        double mean = n == 0 ? Double.NaN : sumD / n;
        double sd = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumD2 - n * mean * mean) / (n - 1)));
        Interval interval = Means.tInterval(n, mean, sd, confidence, "paired t");
        return new GapResult(r.attribute(), n, size - n, n == 0 ? Double.NaN : sumP / n,
                n == 0 ? Double.NaN : sumE / n, mean, interval, n == 0 ? Double.NaN : (double) negative / n,
                Proportions.wilson(negative, n, confidence), zone && zoneN > 0 ? sumMsa / zoneN : Double.NaN,
                zone && zoneN > 0 ? sumMss / zoneN : Double.NaN, zone && zoneN > 0 ? (double) below / zoneN
                        : Double.NaN, zone && zoneN > 0 ? (double) within / zoneN : Double.NaN,
                zone && zoneN > 0 ? (double) above / zoneN : Double.NaN);
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
        List<String> header = new ArrayList<>(List.of(l.text("attribute", "属性"), "n", l.text("perception", "感知"),
                l.text("expectation", "期望"), l.text("gap", "差距"), l.text("gap CI", "差距 CI"),
                l.text("P < E", "感知 < 期望"), l.text("P < E CI", "感知 < 期望 CI")));
        if (zone) {
            header.addAll(List.of("MSA", "MSS", l.text("below adequate", "低于最低期望"),
                    l.text("within zone", "容忍区内"), l.text("above desired", "高于理想期望")));
        }
        TextTable t = new TextTable(header.toArray(new String[0])).alignLeft(0);
        for (GapResult r : results) {
            List<Object> row = new ArrayList<>(List.of(r.attribute(), r.n(), TextTable.number(r.perceptionMean()),
                    TextTable.number(r.expectationMean()), TextTable.number(r.gap()), r.gapInterval(),
                    TextTable.number(r.negativeShare()), r.negativeInterval()));
            if (zone) {
                row.addAll(List.of(TextTable.number(r.msa()), TextTable.number(r.mss()),
                        TextTable.number(r.belowAdequate()), TextTable.number(r.withinZone()),
                        TextTable.number(r.aboveDesired())));
            }
            t.row(row.toArray());
        }
        return l.text("Expectation-perception gaps (gap = perception - expectation; negative: below expectation)",
                "期望–感知差距（差距 = 感知 − 期望；负值：低于期望）") + "\n" + t + l.text("intervals: ", "区间：")
                + Math.round(confidence * 100) + l.text("% paired t for the gap, Wilson for shares; respondents missing "
                + "a rating are left out of that attribute only", "% 差距用配对 t 区间，比例用 Wilson 区间；缺少评分的受访者"
                + "只在该属性中剔除") + "\n";
    }
}
