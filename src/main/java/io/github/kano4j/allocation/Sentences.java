package io.github.kano4j.allocation;

import io.github.kano4j.Category;

import java.util.Locale;

/** Plain-language instructions a manager can act on, in English or Simplified Chinese. */
final class Sentences {
    private Sentences() {
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String english(AllocationDecision d, AttributeEvidence e, AllocationOptions o, boolean overkill,
            String mixedWhy) {
        String a = "'" + d.attribute() + "'";
        String low = o.lowZone();
        String high = o.highZone();
        Category basis = d.basis().orElse(null);
        return switch (d.strategy()) {
            case REMOVE -> "Remove " + a + " or make it optional: many customers prefer it absent.";
            case NO_DECISION -> basis == null ? "No decision for " + a + ": there is no category evidence."
                    : "Do not invest more in " + a + " yet: the evidence is mixed (" + (mixedWhy == null
                            ? "current performance unknown" : mixedWhy) + ")" + d.floor().map(f -> "; hold " + f)
                            .orElse("") + ", and collect more data or compare customer segments.";
            case INCREASE -> switch (basis) {
                case M -> "Raise " + a + " until no more than " + pct(o.tau()) + " of customers rate it " + low
                        + " (now " + pct(d.shareLow()) + "); beyond that, more spending returns nothing.";
                case O -> d.target().get().metric() == Boundary.Metric.MEAN
                        ? "Improve " + a + " to the benchmark mean of " + two(d.target().get().value()) + " (now "
                                + two(d.mean()) + "); each step pays, so stop at the benchmark."
                        : "Improve " + a + ": fewer than " + pct(o.tau()) + " rating it " + low + " (now "
                                + pct(d.shareLow()) + ") and at least " + pct(o.topBoxGoal()) + " rating it " + high
                                + " (now " + pct(d.shareHigh()) + ").";
                default -> "Invest selectively in " + a + " until " + pct(o.topBoxGoal()) + " of customers rate it "
                        + high + " (now " + (Double.isNaN(d.shareHigh()) ? "unknown" : pct(d.shareHigh()))
                        + "); it has no floor, so cutting it later causes no dissatisfaction.";
            };
            case MAINTAIN -> switch (basis) {
                case M -> "Hold " + a + " where it is: " + pct(d.shareLow()) + " rate it " + low + ", within the "
                        + pct(o.tau()) + " floor; spending above the floor buys nothing.";
                case O -> "Hold " + a + " at " + d.floor().map(Object::toString).orElse("its level")
                        + "; it is at its goal, so do not spend more.";
                default -> "Keep " + a + " as it is: " + pct(d.shareHigh()) + " already rate it " + high + ".";
            };
            case REDUCE -> overkill
                    ? "Reduce " + a + d.floor().map(f -> " down to its floor (" + f + ")").orElse("")
                            + ": performance is above what customers value (possible overkill)."
                    : "Cut spending on " + a + ": it has little effect on satisfaction; re-measure later, it may "
                            + "become attractive.";
        };
    }

    static String chinese(AllocationDecision d, AttributeEvidence e, AllocationOptions o, boolean overkill,
            String mixedWhy) {
        String a = "“" + d.attribute() + "”";
        String low = o.lowZone();
        String high = o.highZone();
        Category basis = d.basis().orElse(null);
        return switch (d.strategy()) {
            case REMOVE -> "取消" + a + "或改为可选：不少客户更希望没有它。";
            case NO_DECISION -> basis == null ? a + "暂无结论：没有类别证据。"
                    : "暂不追加投入" + a + "：证据不一致（" + (mixedWhy == null ? "当前表现未知" : mixedWhy) + "）"
                            + d.floor().map(f -> "；守住" + f).orElse("") + "，请补充数据或按客户细分分析。";
            case INCREASE -> switch (basis) {
                case M -> "提升" + a + "，直到打" + low + "分的客户不超过" + pct(o.tau()) + "（目前" + pct(d.shareLow())
                        + "）；超过这一水平后，追加投入没有回报。";
                case O -> d.target().get().metric() == Boundary.Metric.MEAN
                        ? "将" + a + "提升到标杆均值" + two(d.target().get().value()) + "（目前" + two(d.mean())
                                + "）；每一步都有回报，到标杆即止。"
                        : "改进" + a + "：打" + low + "分的客户降到" + pct(o.tau()) + "以下（目前" + pct(d.shareLow())
                                + "），打" + high + "分的客户达到" + pct(o.topBoxGoal()) + "（目前" + pct(d.shareHigh()) + "）。";
                default -> "有选择地投入" + a + "，使" + pct(o.topBoxGoal()) + "的客户打" + high + "分（目前"
                        + (Double.isNaN(d.shareHigh()) ? "未知" : pct(d.shareHigh())) + "）；它没有底线，日后削减不会引起不满。";
            };
            case MAINTAIN -> switch (basis) {
                case M -> "保持" + a + "现有水平：打" + low + "分的客户占" + pct(d.shareLow()) + "，在" + pct(o.tau())
                        + "的底线以内；超出底线的投入没有回报。";
                case O -> "将" + a + "保持在" + d.floor().map(Object::toString).orElse("现有水平") + "；已达目标，不必追加投入。";
                default -> "保持" + a + "现状：已有" + pct(d.shareHigh()) + "的客户打" + high + "分。";
            };
            case REDUCE -> overkill
                    ? "削减" + a + d.floor().map(f -> "至底线（" + f + "）").orElse("") + "：表现已超出客户看重的程度（可能过度投入）。"
                    : "削减" + a + "的投入：它对满意度影响很小；请日后复测，它可能变成魅力因素。";
        };
    }
}
