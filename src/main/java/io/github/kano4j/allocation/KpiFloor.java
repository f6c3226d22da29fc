package io.github.kano4j.allocation;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.satisfaction.RatingScale;
import io.github.kano4j.satisfaction.SatisfactionSurvey;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.LogisticDose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An attribute's floor in operational units (docs/METHODS.md §8.9): across segments (sites, months, outsourcers)
 * the share of customers rating the attribute in the low zone is regressed on a KPI the manager controls (answer
 * rate, hold time, first-contact resolution) by a binomial regression with a logit link; the KPI value at which the
 * fitted share equals the floor tolerance τ, with Fieller's interval, is the floor in KPI units — "answer rate ≥
 * 91.7 [89.2, 96.3] keeps low ratings ≤ 10 %". When the segments are too few, the fit fails or the KPI's effect is
 * not significant, there is no estimate and {@link #note()} says why.
 *
 * @param attribute  the attribute
 * @param kpi        the KPI's name as given
 * @param comparator {@code >=} when more of the KPI lowers the low-zone share, {@code <=} when it raises it
 * @param value      the KPI value at which the fitted low-zone share equals τ (NaN without an estimate)
 * @param interval   Fieller's interval of that value (undefined without an estimate)
 * @param tau        the floor tolerance τ
 * @param segments   the segments with both a KPI value and ratings of the attribute
 * @param fit        the regression (empty when there were too few segments)
 * @param note       why there is no estimate; empty when there is one
 */
public record KpiFloor(String attribute, String kpi, String comparator, double value, Interval interval, double tau,
        int segments, Optional<LogisticDose> fit, String note) {

    /** Segments needed for an estimate: a line through fewer points has no degrees of freedom left. */
    public static final int MIN_SEGMENTS = 3;

    /**
     * One KPI value of one segment for one attribute, as a KPI file gives it.
     *
     * @param segment   the segment (its value in the satisfaction survey's segment column)
     * @param attribute the attribute the KPI drives
     * @param kpi       the KPI's name
     * @param value     the KPI's value in that segment
     */
    public record Observation(String segment, String attribute, String kpi, double value) {
        /** Checks the names and the value. */
        public Observation {
            Check.notNull(segment, "segment");
            Check.notNull(attribute, "attribute");
            Check.notNull(kpi, "kpi");
            Check.argument(Double.isFinite(value), "The KPI value must be a finite number, was " + value);
        }
    }

    /** Checks the names. */
    public KpiFloor {
        Check.notNull(attribute, "attribute");
        Check.notNull(kpi, "kpi");
        Check.notNull(comparator, "comparator");
        Check.notNull(interval, "interval");
        Check.notNull(fit, "fit");
        Check.notNull(note, "note");
    }

    /** Whether there is a bounded estimate. */
    public boolean estimated() {
        return note.isEmpty();
    }

    /**
     * Estimates the floor of every (attribute, KPI) pair of the observations, in their order: per segment the
     * attribute's low-zone count k (ratings at or below the scale's low cut) among its n ratings, then the
     * regression of k/n on the KPI across segments.
     *
     * @param segments the satisfaction survey per segment
     * @param tau      the floor tolerance τ, strictly between 0 and 1
     * @param level    the confidence level of the interval
     */
    public static List<KpiFloor> estimate(List<Observation> observations, Map<String, SatisfactionSurvey> segments,
            RatingScale scale, double tau, double level) {
        Check.notNull(observations, "observations");
        Check.notNull(segments, "segments");
        Check.notNull(scale, "scale");
        Check.argument(tau > 0 && tau < 1, "The floor tolerance must be strictly between 0 and 1, was " + tau);
        Map<String, Map<String, Double>> byPair = new LinkedHashMap<>();
        for (Observation o : observations) {
            byPair.computeIfAbsent(o.attribute() + "\u0000" + o.kpi(), x -> new LinkedHashMap<>())
                    .put(o.segment(), o.value());
        }
        List<KpiFloor> out = new ArrayList<>();
        byPair.forEach((key, values) -> {
            String attribute = key.substring(0, key.indexOf('\u0000'));
            String kpi = key.substring(key.indexOf('\u0000') + 1);
            List<double[]> rows = new ArrayList<>();
            values.forEach((segment, v) -> {
                SatisfactionSurvey s = segments.get(segment);
                int i = s == null ? -1 : s.attributes().indexOf(attribute);
                if (i < 0) {
                    return;
                }
                long n = 0;
                long k = 0;
                for (int j = 0; j < s.respondents(); j++) {
                    int r = s.rating(j, i);
                    if (r >= 0) {
                        n++;
                        k += r <= scale.cutLow() ? 1 : 0;
                    }
                }
                if (n > 0) {
                    rows.add(new double[] {v, k, n});
                }
            });
            out.add(of(attribute, kpi, rows, tau, level));
        });
        return out;
    }

    private static KpiFloor of(String attribute, String kpi, List<double[]> rows, double tau, double level) {
        Interval none = Interval.undefined(level, "fieller");
        if (rows.size() < MIN_SEGMENTS) {
            return new KpiFloor(attribute, kpi, "", Double.NaN, none, tau, rows.size(), Optional.empty(),
                    "too few segments (" + rows.size() + ") with both the KPI and ratings; need at least "
                            + MIN_SEGMENTS);
        }
        double[] x = new double[rows.size()];
        long[] k = new long[rows.size()];
        long[] n = new long[rows.size()];
        for (int s = 0; s < x.length; s++) {
            x[s] = rows.get(s)[0];
            k[s] = (long) rows.get(s)[1];
            n[s] = (long) rows.get(s)[2];
        }
        LogisticDose fit = LogisticDose.fit(x, k, n, tau, level);
        if (!fit.converged()) {
            return new KpiFloor(attribute, kpi, "", Double.NaN, none, tau, rows.size(), Optional.of(fit),
                    "the regression did not converge (low ratings at 0 % or 100 % everywhere, or one KPI value)");
        }
        String comparator = fit.b() < 0 ? ">=" : "<=";
        if (!fit.bounded() || !fit.interval().isDefined()) {
            return new KpiFloor(attribute, kpi, comparator, Double.NaN, none, tau, rows.size(), Optional.of(fit),
                    String.format(Locale.ROOT, "the KPI's relation to low ratings is not significant (slope p = %.3g)",
                            fit.slopeP()));
        }
        return new KpiFloor(attribute, kpi, comparator, fit.xStar(), fit.interval(), tau, rows.size(),
                Optional.of(fit), "");
    }

    /** The floor in words, e.g. "answer_rate >= 91.69 [89.21, 96.29] keeps low ratings at or below 10% (4 segments)". */
    public String sentence(Language language, String lowZone) {
        Check.notNull(language, "language");
        Check.notNull(lowZone, "lowZone");
        String pct = Math.round(tau * 100) + "%";
        if (!estimated()) {
            return language.text(kpi + ": no estimate — " + note,
                    kpi + "：无法估计 — " + chineseNote());
        }
        String range = String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", value, interval.lower(), interval.upper());
        return language.text(kpi + " " + comparator + " " + range + " keeps customers rating it " + lowZone
                + " at or below " + pct + " (" + segments + " segments)", kpi + " " + (comparator.equals(">=") ? "≥" : "≤")
                + " " + range + " 可使打" + lowZone + "分的客户不超过" + pct + "（" + segments + " 个细分）");
    }

    private String chineseNote() {
        if (note.startsWith("too few")) {
            return "细分太少（" + segments + " 个同时有指标和评分），至少需要 " + MIN_SEGMENTS + " 个";
        }
        if (note.startsWith("the regression")) {
            return "回归未收敛（各细分低分比例都是 0% 或 100%，或指标只有一个取值）";
        }
        return "指标与低分比例的关系不显著" + note.substring(note.indexOf('('));
    }
}
