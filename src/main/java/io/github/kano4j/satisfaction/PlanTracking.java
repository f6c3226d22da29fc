package io.github.kano4j.satisfaction;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.Means;
import io.github.kano4j.stats.Proportions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Did last wave's spending work? Each floor and target of a saved allocation plan, measured again in this wave's
 * satisfaction survey: the share in the low zone ({@code share_low}), below a rating ({@code share_below_K}), in the
 * high zone ({@code share_high}) — with Wilson intervals — or the mean rating ({@code mean}, t interval); a boundary
 * is <em>reached</em> when the whole interval is on its side, <em>missed</em> when the whole interval is on the
 * other side, and <em>not yet decided</em> when the interval contains it (docs/METHODS.md §8.8).
 */
public final class PlanTracking {

    /**
     * A boundary of last wave's plan.
     *
     * @param attribute the attribute
     * @param kind      "floor" or "target"
     * @param metric    share_low, share_below_K, share_high or mean
     * @param op        {@code <=} or {@code >=}
     * @param value     the boundary
     * @param then      the value when the plan was made (NaN when not recorded)
     */
    public record Goal(String attribute, String kind, String metric, String op, double value, double then) {
        /** Checks the names. */
        public Goal {
            Check.notNull(attribute, "attribute");
            Check.notNull(kind, "kind");
            Check.notNull(metric, "metric");
            Check.notNull(op, "op");
        }
    }

    /** What happened to a boundary. */
    public enum Status {
        /** The whole interval is on the boundary's side. */
        REACHED("达到"),
        /** The whole interval is on the other side. */
        MISSED("未达到"),
        /** The interval contains the boundary: more data needed. */
        NOT_DECIDED("未定"),
        /** The attribute or its metric is not in this wave's survey. */
        NOT_MEASURED("未测量");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        /** The status for people: "reached", "missed", "not decided", "not measured", or in Chinese. */
        public String displayName(Language language) {
            Check.notNull(language, "language");
            return language.text(name().toLowerCase(Locale.ROOT).replace('_', ' '), chinese);
        }
    }

    /**
     * One boundary measured again.
     *
     * @param goal     the boundary
     * @param n        respondents rating the attribute now
     * @param now      its value now
     * @param interval the interval of the value now
     * @param status   reached, missed, not decided or not measured
     */
    public record Result(Goal goal, long n, double now, Interval interval, Status status) {
    }

    private final List<Result> checks;
    private final double confidence;

    private PlanTracking(List<Result> checks, double confidence) {
        this.checks = List.copyOf(checks);
        this.confidence = confidence;
    }

    /** Measures each goal in the survey, with the zones of {@code scale}, at the confidence level. */
    public static PlanTracking of(List<Goal> goals, SatisfactionSurvey survey, RatingScale scale,
            double confidence) {
        Check.notNull(goals, "goals");
        Check.notNull(survey, "survey");
        Check.notNull(scale, "scale");
        Check.argument(confidence > 0 && confidence < 1, "The confidence must be strictly "
                + "between 0 and 1, was " + confidence);
        List<Result> out = new ArrayList<>();
        for (Goal g : goals) {
            out.add(measure(g, survey, scale, confidence));
        }
        return new PlanTracking(out, confidence);
    }

    private static Result measure(Goal g, SatisfactionSurvey s, RatingScale scale, double confidence) {
        int i = s.attributes().indexOf(g.attribute());
        String metric = g.metric().toLowerCase(Locale.ROOT);
        if (i < 0 || !(metric.equals("share_low") || metric.equals("share_high") || metric.equals("mean")
                || metric.matches("share_below_\\d+(\\.\\d+)?"))) {
            return new Result(g, 0, Double.NaN, Interval.undefined(confidence, "-"), Status.NOT_MEASURED);
        }
        long n = 0;
        double in = 0;
        double sumW = 0;
        double sumW2 = 0;
        double sum = 0;
        double sum2 = 0;
        double below = metric.startsWith("share_below_") ? Double.parseDouble(metric.substring(12)) : Double.NaN;
        for (int j = 0; j < s.respondents(); j++) {
            double x = s.rating(j, i);
            if (Double.isNaN(x) || x < 0) {
                continue;
            }
            double w = s.weight(j);
            n++;
            sumW += w;
            sumW2 += w * w;
            sum += w * x;
            sum2 += w * x * x;
            boolean hit = switch (metric) {
                case "share_low" -> x <= scale.cutLow();
                case "share_high" -> x >= scale.cutHigh();
                case "mean" -> false;
                default -> x < below;
            };
            in += hit ? w : 0;
        }
        double now;
        Interval interval;
        if (s.weighted()) {
            // weighted (docs/METHODS.md §7.6): weighted mean or share, the intervals at Kish's n_eff
            double neff = n == 0 ? 0 : sumW * sumW / sumW2;
            if (metric.equals("mean")) {
                now = n == 0 ? Double.NaN : sum / sumW;
                double sd = neff <= 1 ? Double.NaN
                        : Math.sqrt(Math.max(0, (sum2 - sumW * now * now) / sumW) * neff / (neff - 1));
                interval = Means.tIntervalEffective(neff, now, sd, confidence, "t (n_eff)");
            } else {
                now = n == 0 ? Double.NaN : Math.min(1, in / sumW);
                interval = Proportions.wilsonEffective(now, neff, confidence);
            }
        } else if (metric.equals("mean")) {
            now = n == 0 ? Double.NaN : sum / n;
            double sd = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sum2 - n * now * now) / (n - 1)));
            interval = Means.tInterval(n, now, sd, confidence, "t");
        } else {
            now = n == 0 ? Double.NaN : in / n;
            interval = Proportions.wilson((long) in, n, confidence);
        }
        return new Result(g, n, now, interval, status(g, interval));
    }

    private static Status status(Goal g, Interval i) {
        if (Double.isNaN(i.lower()) || Double.isNaN(i.upper())) {
            return Status.NOT_MEASURED;
        }
        boolean atMost = g.op().equals("<=");
        if (atMost ? i.upper() <= g.value() : i.lower() >= g.value()) {
            return Status.REACHED;
        }
        if (atMost ? i.lower() > g.value() : i.upper() < g.value()) {
            return Status.MISSED;
        }
        return Status.NOT_DECIDED;
    }

    /** Each boundary measured again, in the plan's order. */
    public List<Result> checks() {
        return checks;
    }

    /** The confidence level of the intervals. */
    public double confidence() {
        return confidence;
    }

    /** A table: attribute, boundary, then, now with its interval, and the status. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /** The table of {@link #toString()} in a language (headings, statuses and footer). */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        TextTable t = new TextTable(l.message("planTracking.attribute"), l.message("planTracking.boundary"), l.message("planTracking.then"),
                l.message("planTracking.now"), l.message("planTracking.interval"), "n", l.message("planTracking.status")).alignLeft(0)
                .alignLeft(1).alignLeft(6);
        for (Result c : checks) {
            Goal g = c.goal();
            t.row(g.attribute(), g.kind() + " " + g.metric() + " " + g.op() + " " + TextTable.number(g.value()),
                    TextTable.number(g.then()), TextTable.number(c.now()), c.interval(), c.n(),
                    c.status().displayName(l));
        }
        return l.message("planTracking.tracking_last_wave_s_plan")
                + "\n" + t + l.message("planTracking.reached_missed_the_whole") + Math.round(confidence * 100)
                + l.message("planTracking.interval_wilson_for_shares_t") + "\n";
    }
}
