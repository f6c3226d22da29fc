package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Hant;

import java.util.Locale;

/**
 * Plain-language instructions a manager can act on, in English, Simplified or Traditional Chinese, rendered from the
 * decision's numbers and tier: "Fix first: …" (tier 1), "Then: …" (tier 2), "Then, selectively: …" (tier 3),
 * "Hold …", "Cut …", "Remove …", and "No decision yet …" with its reason.
 */
final class Sentences {
    private Sentences() {
    }

    static String of(AllocationDecision.Values d, AllocationOptions o, boolean overkill, String why) {
        if (!o.language().isChinese()) {
            return english(d, o, overkill, why);
        }
        String zh = chinese(d, o, overkill, why);
        // Traditional: the library's words converted, the user's names (attribute, zones) and the reason kept, and
        // the attribute in the corner brackets of Traditional typography
        if (o.language() != Language.ZH_HANT) {
            return zh;
        }
        String quoted = "“" + d.attribute + "”";
        return Hant.ofExcept(zh, quoted, o.lowZone(), o.highZone(), why).replace(quoted, "「" + d.attribute + "」");
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "unknown" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String pctZh(double share) {
        return Double.isNaN(share) ? "未知" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String two(double v) {
        return Double.isNaN(v) ? "unknown" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String rating(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : two(v);
    }

    /** "no more than 10% of customers rate it 1-2 (now 22%)" for a share floor, in words. */
    private static String floorEn(Boundary b, AllocationOptions o) {
        if (b.metric() == Boundary.Metric.PERCEPTION_VS_ADEQUATE) {
            return "its mean perception reaches the customers' adequate expectation of " + two(b.value()) + " (now "
                    + two(b.current()) + ")";
        }
        String who = b.metric() == Boundary.Metric.SHARE_BELOW ? "rate it below " + rating(b.rating())
                : "rate it " + o.lowZone();
        return "no more than " + pct(b.value()) + " of customers " + who + " (now " + pct(b.current()) + ")";
    }

    private static String floorZh(Boundary b, AllocationOptions o) {
        if (b.metric() == Boundary.Metric.PERCEPTION_VS_ADEQUATE) {
            return "感知均值达到客户的最低期望" + two(b.value()) + "（目前" + two(b.current()) + "）";
        }
        String who = b.metric() == Boundary.Metric.SHARE_BELOW ? "打分低于" + rating(b.rating()) + "分"
                : "打" + o.lowZone() + "分";
        return who + "的客户不超过" + pctZh(b.value()) + "（目前" + pctZh(b.current()) + "）";
    }

    /** A clause that follows "until", e.g. "its mean reaches the benchmark of 3.40 (now 3.18)". */
    private static String goalEn(Boundary b, AllocationOptions o) {
        return switch (b.metric()) {
            case MEAN -> "its mean reaches the benchmark of " + two(b.value()) + " (now " + two(b.current()) + ")";
            case PERCEPTION_VS_DESIRED -> "its mean perception reaches the customers' desired expectation of "
                    + two(b.value()) + " (now " + two(b.current()) + ")";
            case SHARE_HIGH -> pct(b.value()) + " of customers rate it " + o.highZone() + " (now "
                    + pct(b.current()) + ")";
            default -> floorEn(b, o);
        };
    }

    private static String goalZh(Boundary b, AllocationOptions o) {
        return switch (b.metric()) {
            case MEAN -> "标杆均值" + two(b.value()) + "（目前" + two(b.current()) + "）";
            case PERCEPTION_VS_DESIRED -> "感知均值达到客户的理想期望" + two(b.value()) + "（目前" + two(b.current()) + "）";
            case SHARE_HIGH -> pctZh(b.value()) + "的客户打" + o.highZone() + "分（目前" + pctZh(b.current()) + "）";
            default -> floorZh(b, o);
        };
    }

    private static String english(AllocationDecision.Values d, AllocationOptions o, boolean overkill, String why) {
        String a = "'" + d.attribute + "'";
        return switch (d.strategy) {
            case REMOVE -> "Remove " + a + " or make it optional: many customers prefer it absent.";
            case NO_DECISION -> noDecisionEn(d, o, a, why);
            case INCREASE -> switch (d.tier) {
                case FLOOR -> "Fix first: raise " + a + " until " + floorEn(d.target, o)
                        + (d.ceiling != null && d.ceiling.metric() == Boundary.Metric.RATING
                                ? "; ratings above " + rating(d.ceiling.value()) + " add nothing measurable, so stop there."
                                : d.basis == Category.O ? (d.nextGoal == null ? "; then hold it there."
                                        : "; then improve it until " + goalEn(d.nextGoal, o) + ".")
                                : "; beyond that, more spending returns nothing.");
                case SHORTFALL -> "Then: improve " + a + " until " + goalEn(d.target, o)
                        + "; each step pays, so stop at the goal.";
                case DELIGHT -> "Then, selectively: invest in " + a + " until " + goalEn(d.target, o)
                        + "; it has no floor, so cutting it later causes no dissatisfaction.";
            };
            case MAINTAIN -> d.basis == Category.M
                    ? "Hold " + a + " where it is: " + floorEn(d.floor, o).replace("no more than ", "at most ")
                            + "; spending above the floor buys nothing."
                    : d.basis == Category.O ? "Hold " + a + " where it is: " + goalEn(d.floor, o).replace("reaches", "is at")
                            + "; do not spend more."
                    : "Keep " + a + " as it is: " + pct(d.shareHigh) + " already rate it " + o.highZone() + ".";
            case REDUCE -> overkill
                    ? "Cut " + a + (d.floor == null ? "" : " down to its floor (" + d.floor.code() + ")")
                            + ": performance is above what customers value (possible overkill)."
                    : "Cut spending on " + a + ": it has little effect on satisfaction; re-measure later, it may "
                            + "become attractive.";
        };
    }

    private static String noDecisionEn(AllocationDecision.Values d, AllocationOptions o, String a, String why) {
        String hold = d.floor == null ? "" : "; meanwhile hold " + d.floor.code();
        return switch (d.reason) {
            case NO_CATEGORY_EVIDENCE -> "No decision for " + a + ": there is no category evidence.";
            case QUESTIONABLE -> "No decision for " + a + ": the answers are contradictory (Questionable); check the "
                    + "wording of the question.";
            case NO_PERFORMANCE_DATA -> "No decision yet for " + a + ": its category is known but its current "
                    + "performance is not" + (d.floor == null ? "" : "; the floor to hold is " + d.floor.code())
                    + ". Measure customer ratings for it.";
            case MIXED_CATEGORY, UNSTABLE_CATEGORY, SURVEYS_DISAGREE -> "No decision yet for " + a + ": the evidence "
                    + "is uncertain (" + why + ")" + hold + "; collect more data or compare customer segments.";
        };
    }

    private static String chinese(AllocationDecision.Values d, AllocationOptions o, boolean overkill, String why) {
        String a = "“" + d.attribute + "”";
        return switch (d.strategy) {
            case REMOVE -> "取消" + a + "或改为可选：不少客户更希望没有它。";
            case NO_DECISION -> switch (d.reason) {
                case NO_CATEGORY_EVIDENCE -> a + "暂不决策：没有类别证据。";
                case QUESTIONABLE -> a + "暂不决策：回答相互矛盾（可疑结果），请检查问题措辞。";
                case NO_PERFORMANCE_DATA -> a + "暂不决策：类别已知，但当前表现未知"
                        + (d.floor == null ? "" : "；应守住的底线是" + d.floor.code()) + "。请收集客户对它的评分。";
                case MIXED_CATEGORY, UNSTABLE_CATEGORY, SURVEYS_DISAGREE -> a + "暂不决策：证据不确定（" + why + "）"
                        + (d.floor == null ? "" : "；先守住" + d.floor.code()) + "，请补充数据或按客户细分分析。";
            };
            case INCREASE -> switch (d.tier) {
                case FLOOR -> "优先修复：提升" + a + "，直到" + floorZh(d.target, o)
                        + (d.ceiling != null && d.ceiling.metric() == Boundary.Metric.RATING
                                ? "；评分超过" + rating(d.ceiling.value()) + "分后不再有可测的回报，到此为止。"
                                : d.basis == Category.O ? (d.nextGoal == null ? "；之后保持在这一水平。"
                                        : "；之后改进到" + goalZh(d.nextGoal, o) + "。")
                                : "；超过这一水平后，追加投入没有回报。");
                case SHORTFALL -> "其次：将" + a + "改进到" + goalZh(d.target, o) + "；每一步都有回报，到目标即止。";
                case DELIGHT -> "再次，有选择地：投入" + a + "，直到" + goalZh(d.target, o) + "；它没有底线，日后削减不会引起不满。";
            };
            case MAINTAIN -> d.basis == Category.M
                    ? "保持" + a + "现有水平：" + floorZh(d.floor, o) + "；超出底线的投入没有回报。"
                    : d.basis == Category.O ? "将" + a + "保持在" + goalZh(d.floor, o) + "；不必追加投入。"
                    : "保持" + a + "现状：已有" + pctZh(d.shareHigh) + "的客户打" + o.highZone() + "分。";
            case REDUCE -> overkill
                    ? "削减" + a + (d.floor == null ? "" : "至底线（" + d.floor.code() + "）") + "：表现已超出客户看重的程度（可能过度投入）。"
                    : "削减" + a + "的投入：它对满意度影响很小；请日后复测，它可能变成魅力因素。";
        };
    }
}
