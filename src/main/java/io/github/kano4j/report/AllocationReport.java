package io.github.kano4j.report;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AllocationDecision;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.allocation.Boundary;
import io.github.kano4j.allocation.BudgetAllocation;
import io.github.kano4j.allocation.Strategy;
import io.github.kano4j.allocation.Tier;
import io.github.kano4j.internal.TextTable;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The allocation table as HTML: strategy colours, and per attribute a small scale of the share of customers
 * in the low zone (current level, floor) and in the high zone (current level, target), so floor, target and
 * ceiling can be read at a glance.
 */
final class AllocationReport {
    private AllocationReport() {
    }

    /** The colour of a strategy. */
    static String colour(Strategy s) {
        return switch (s) {
            case INCREASE -> "#1565c0";
            case MAINTAIN -> "#2e7d32";
            case REDUCE -> "#ef6c00";
            case REMOVE -> "#6a1b9a";
            case NO_DECISION -> "#757575";
        };
    }

    /** A 0–1 scale with the current low-zone and high-zone shares and the boundaries. */
    static String scaleSvg(AllocationDecision d) {
        Svg s = new Svg(260, 44, 40, 10, 4, 4).domain(0, 1, 0, 1);
        row(s, 8, "low", d.shareLow(), boundary(d, Boundary.Metric.SHARE_LOW), "#c62828");
        row(s, 28, "high", d.shareHigh(), boundary(d, Boundary.Metric.SHARE_HIGH), "#2e7d32");
        return s.render(d.attribute() + ": shares in the low and high zones with floor and target");
    }

    private static double boundary(AllocationDecision d, Boundary.Metric m) {
        for (Optional<Boundary> b : List.of(d.target(), d.floor(), d.ceiling())) {
            if (b.isPresent() && b.get().metric() == m) {
                return b.get().value();
            }
        }
        return Double.NaN;
    }

    private static void row(Svg s, double y, String name, double value, double mark, String colour) {
        s.text(36, y + 9, name, 10, "end", "#555");
        s.rect(s.x(0), y, s.x(1) - s.x(0), 10, "#eeeeee", null);
        if (!Double.isNaN(value)) {
            s.rect(s.x(0), y, s.x(value) - s.x(0), 10, colour, name + " zone share " + Html.num(value));
        }
        if (!Double.isNaN(mark)) {
            s.line(s.x(mark), y - 3, s.x(mark), y + 13, "#000", 2, false);
        }
    }

    /** The body section for a combined report: sources, decisions, sentences, budget split, warnings. */
    static String section(AllocationPlan plan) {
        return summary(plan) + decisions(plan) + provenance(plan);
    }

    /** The provenance line of the plan. */
    static String provenance(AllocationPlan plan) {
        return "<p class=\"prov\">" + Html.escape(plan.options().provenance()) + "</p>\n";
    }

    /**
     * The manager's summary: what to fix first (tier 1), what to improve, hold, cut or remove, what is undecided
     * and why, each one line with its numbers and their current values, then the budget split and the cost to
     * meet every floor. Headings in the plan's language.
     */
    static String summary(AllocationPlan plan) {
        Language lang = plan.options().language();
        boolean zh = lang.isChinese();
        StringBuilder sb = new StringBuilder("<section id=\"summary\">\n<h2>")
                .append(zh ? Html.chinese(lang, "摘要") : "Summary")
                .append("</h2>\n<p class=\"note\">").append(Html.escape(plan.sources())).append("</p>\n");
        List<AllocationDecision> byPriority = plan.decisions().stream()
                .sorted(Comparator.comparingInt((AllocationDecision d) -> d.priority() == 0 ? Integer.MAX_VALUE
                        : d.priority())).toList();
        group(sb, zh ? Html.chinese(lang, "优先修复（基本要求未达标）") : "Fix first: broken basics", byPriority,
                d -> d.strategy() == Strategy.INCREASE && d.tier().orElse(null) == Tier.FLOOR, lang);
        group(sb, zh ? Html.chinese(lang, "然后提升") : "Then improve", byPriority,
                d -> d.strategy() == Strategy.INCREASE && d.tier().orElse(null) != Tier.FLOOR, lang);
        group(sb, zh ? Html.chinese(lang, "保持") : "Hold", byPriority, d -> d.strategy() == Strategy.MAINTAIN,
                lang);
        group(sb, zh ? Html.chinese(lang, "削减或取消") : "Cut or remove", byPriority,
                d -> d.strategy() == Strategy.REDUCE || d.strategy() == Strategy.REMOVE, lang);
        group(sb, zh ? Html.chinese(lang, "暂不决策") : "No decision yet", byPriority,
                d -> d.strategy() == Strategy.NO_DECISION, lang);
        plan.budget().ifPresent(b -> {
            String unit = Html.escape(units(plan).stream().findFirst().orElse(""));
            sb.append("<h3>").append(zh ? Html.chinese(lang, "预算") : "Budget")
                    .append("</h3>\n<ul class=\"summary\">\n<li>");
            if (zh) {
                sb.append(Html.chinese(lang, "预算 ")).append(amount(b.budget()))
                        .append(Html.chinese(lang, "：支出 ")).append(amount(b.spent()))
                        .append(Html.chinese(lang, "，预期提升 ")).append(Html.num(b.totalGain())).append(' ').append(unit)
                        .append(Html.chinese(lang, "，其中 ")).append(Html.num(b.floorGain()))
                        .append(Html.chinese(lang, " 来自修复底线。</li>\n"));
            } else {
                sb.append("Budget ").append(amount(b.budget())).append(": spend ").append(amount(b.spent()))
                        .append(" for an expected gain of ").append(Html.num(b.totalGain())).append(' ').append(unit)
                        .append(", of which ").append(Html.num(b.floorGain())).append(" from fixing floors.</li>\n");
            }
            for (BudgetAllocation.Item i : b.items()) {
                if (i.steps() == 0) {
                    continue;
                }
                sb.append("<li>").append(Html.escape(i.attribute())).append(zh ? "：" : ": ").append(amount(i.cost()))
                        .append(zh ? Html.chinese(lang, " 用于 ") : " for ").append(i.steps())
                        .append(zh ? Html.chinese(lang, " 个百分点（其中 ") : " percentage points (").append(i.floorSteps())
                        .append(zh ? Html.chinese(lang, " 个到底线），提升 ") : " to the floor), gain ").append(Html.num(i.gain()))
                        .append(zh ? "。</li>\n" : ".</li>\n");
            }
            String cost = b.floorsWithoutCost().isEmpty() ? amount(b.floorsCost()) : Html.escape(b.floorsCostText());
            sb.append("<li>").append(zh ? Html.chinese(lang, "达到全部底线的成本：") : "Cost to meet every floor: ")
                    .append(cost).append(zh ? "。" : ".").append("</li>\n</ul>\n");
        });
        byGroup(sb, plan, lang);
        return sb.append("</section>\n").toString();
    }

    /** The plan by group (department): decisions, spend, gain and the cost to meet the group's floors. */
    private static void byGroup(StringBuilder sb, AllocationPlan plan, Language lang) {
        List<AllocationPlan.GroupRollup> groups = plan.byGroup();
        if (groups.isEmpty()) {
            return;
        }
        sb.append("<h3>").append(Html.say(lang, "By group", "按分组")).append("</h3>\n<table><tr>");
        String[][] headings = {{"group", "分组"}, {"attributes", "属性数"}, {"increase", "提升"}, {"hold", "保持"},
            {"reduce or remove", "削减或取消"}, {"no decision", "暂不决策"}, {"spend", "支出"}, {"gain", "预期提升"},
            {"cost to meet its floors", "达到其底线的成本"}};
        for (String[] h : headings) {
            sb.append("<th>").append(Html.say(lang, h[0], h[1])).append("</th>");
        }
        sb.append("</tr>\n");
        for (AllocationPlan.GroupRollup g : groups) {
            Map<Strategy, Integer> n = g.decisions();
            sb.append("<tr><td class=\"t\">").append(Html.escape(g.group().equals(AllocationPlan.NO_GROUP)
                    ? Html.say(lang, g.group(), "（未分组）") : g.group())).append("</td><td>")
                    .append(g.attributes().size()).append("</td><td>").append(n.getOrDefault(Strategy.INCREASE, 0))
                    .append("</td><td>").append(n.getOrDefault(Strategy.MAINTAIN, 0)).append("</td><td>")
                    .append(n.getOrDefault(Strategy.REDUCE, 0) + n.getOrDefault(Strategy.REMOVE, 0))
                    .append("</td><td>").append(n.getOrDefault(Strategy.NO_DECISION, 0)).append("</td><td>")
                    .append(amount(g.spend())).append("</td><td>").append(Html.num(g.gain())).append("</td><td>")
                    .append(amount(g.floorsCost())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    /** A money amount: whole numbers without decimals, others with two. */
    private static String amount(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void group(StringBuilder sb, String heading, List<AllocationDecision> decisions,
            Predicate<AllocationDecision> which, Language lang) {
        boolean zh = lang.isChinese();
        List<AllocationDecision> chosen = decisions.stream().filter(which).toList();
        if (chosen.isEmpty()) {
            return;
        }
        sb.append("<h3>").append(Html.escape(heading)).append("</h3>\n<ul class=\"summary\">\n");
        for (AllocationDecision d : chosen) {
            sb.append("<li>").append(Html.escape(d.sentence()));
            if (d.strategy() == Strategy.INCREASE && !Double.isNaN(d.expectedGain())) {
                sb.append(" <span class=\"gain\">(").append(zh ? Html.chinese(lang, "预期提升 ") : "expected gain ")
                        .append(Html.num(d.expectedGain())).append(' ').append(Html.escape(d.gainUnit())).append(")</span>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    /** The decisions with their boundaries, the sentences, the budget split and warnings. */
    static String decisions(AllocationPlan plan) {
        Language lang = plan.options().language();
        StringBuilder sb = new StringBuilder("<h2>").append(Html.say(lang, "Resource allocation", "资源分配"))
                .append("</h2>\n<p class=\"note\">").append(Html.say(lang, "Evidence: ", "证据："))
                .append(Html.escape(plan.sources())).append(Html.say(lang, ". Tier 1 fixes broken floors, tier 2 closes "
                        + "performance shortfalls, tier 3 invests selectively in delight.", "。层级 1 修复未达标的底线，"
                        + "层级 2 弥补表现不足，层级 3 有选择地投入魅力属性。")).append("</p>\n<table><tr>");
        String[][] headings = {{"attribute", "属性"}, {"strategy", "策略"}, {"tier", "层级"}, {"basis", "依据"},
            {"floor", "底线"}, {"target", "目标"}, {"ceiling", "上限"}, {"margin", "可削减余量"}, {"gain", "预期提升"},
            {"priority", "优先级"}, {"rules", "规则"}, {"levels (black line: floor or target)", "水平（黑线：底线或目标）"}};
        for (String[] h : headings) {
            sb.append("<th>").append(Html.say(lang, h[0], h[1])).append("</th>");
        }
        sb.append("</tr>\n");
        for (AllocationDecision d : plan.decisions()) {
            sb.append("<tr class=\"s-").append(d.strategy().name().toLowerCase(Locale.ROOT)).append("\"><td class=\"t\">")
                    .append(Html.escape(d.attribute())).append("</td><td class=\"t\" style=\"white-space:nowrap;color:")
                    .append(colour(d.strategy())).append("\"><b>").append(strategy(d.strategy(), lang)).append("</b>")
                    .append(d.reason().map(r -> "<br/>" + r).orElse("")).append("</td><td>")
                    .append(d.tier().map(t -> String.valueOf(t.number())).orElse("-")).append("</td><td>")
                    .append(d.basis().map(Category::letter).orElse("-")).append("</td><td class=\"t\">")
                    .append(Html.escape(d.floor().map(b -> b.text(lang)).orElse("-"))).append("</td><td class=\"t\">")
                    .append(Html.escape(d.target().map(b -> b.text(lang)).orElse("-"))).append("</td><td class=\"t\">")
                    .append(Html.escape(d.ceiling().map(b -> b.text(lang)).orElse("-"))).append("</td><td>")
                    .append(Html.num(d.reducibleMargin())).append("</td><td>").append(Html.num(d.expectedGain()))
                    .append("</td><td>").append(d.priority() == 0 ? "-" : String.valueOf(d.priority()))
                    .append("</td><td class=\"t\">").append(Html.escape(String.join(", ", d.ruleIds())))
                    .append("</td><td>").append(scaleSvg(d)).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        units(plan).forEach(u -> sb.append("<p class=\"note\">").append(Html.say(lang, "Gains in ", "提升的单位："))
                .append(Html.escape(u)).append(Html.say(lang, ".", "。")).append("</p>\n"));
        sb.append("<ul class=\"note\">\n");
        plan.decisions().forEach(d -> sb.append("<li>").append(Html.escape(d.sentence())).append("</li>\n"));
        sb.append("</ul>\n");
        kpiFloors(sb, plan);
        plan.budget().ifPresent(b -> budget(sb, b, lang));
        plan.warnings().forEach(w -> sb.append("<p class=\"note\">").append(Html.say(lang, "Warning: ", "警告："))
                .append(Html.escape(w)).append("</p>\n"));
        return sb.toString();
    }

    /** The floors in operational units, when the plan has them: one line per attribute and KPI. */
    private static void kpiFloors(StringBuilder sb, AllocationPlan plan) {
        if (plan.kpiFloors().isEmpty()) {
            return;
        }
        Language l = plan.options().language();
        sb.append("<h3>").append(l.message("allocationReport.floors_in_operational_units")).append("</h3>\n")
                .append("<p class=\"note\">").append(l.message("allocationReport.the_kpi_value_at_which")).append(Math.round(plan
                        .kpiFloors().get(0).interval().level() * 100)).append(l.message("allocationReport.fieller_interval")).append("</p>\n<ul class=\"note\">\n");
        plan.kpiFloors().forEach(f -> sb.append("<li><b>").append(Html.escape(f.attribute())).append("</b>: ")
                .append(Html.escape(f.sentence(l, plan.options().lowZone()))).append("</li>\n"));
        sb.append("</ul>\n");
    }

    /**
     * The CSV label of a strategy in the plan's language: {@code increase}, {@code no decision}, … in English,
     * 提升 / 保持 / 削减 / 取消 / 暂不决策 in Chinese (either script).
     */
    static String strategyLabel(Strategy s, Language lang) {
        return s.displayName(lang);
    }

    /** A strategy as the report names it: the enum name in English, 提升 / 保持 / 削减 / 取消 / 暂不决策 in Chinese. */
    private static String strategy(Strategy s, Language lang) {
        return lang.isChinese() ? s.displayName(lang) : s.name();
    }

    private static List<String> units(AllocationPlan plan) {
        return plan.decisions().stream().map(AllocationDecision::gainUnit).filter(u -> !u.isEmpty()).distinct().toList();
    }

    /** The budget split per attribute, as the text shows it. */
    private static void budget(StringBuilder sb, BudgetAllocation b, Language lang) {
        String policy = Html.escape(b.policy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (lang.isChinese()) {
            sb.append("<h3>").append(Html.chinese(lang, "预算")).append("</h3>\n<p class=\"note\">")
                    .append(Html.chinese(lang, "预算 ")).append(Html.num(b.budget())).append(Html.chinese(lang, "（策略 "))
                    .append(policy).append(Html.chinese(lang, "）：支出 ")).append(Html.num(b.spent()))
                    .append(Html.chinese(lang, "，预期提升 ")).append(Html.num(b.totalGain()))
                    .append(Html.chinese(lang, "，其中 ")).append(Html.num(b.floorGain()))
                    .append(Html.chinese(lang, " 来自修复底线（")).append(Html.escape(b.method()))
                    .append(Html.chinese(lang, "）。达到全部底线的成本：")).append(Html.escape(b.floorsCostText()))
                    .append(Html.chinese(lang, "。</p>\n<table><tr><th>属性</th><th>购买的百分点</th><th>其中到底线</th>"
                            + "<th>成本</th><th>预期提升</th></tr>\n"));
        } else {
            sb.append("<h3>Budget</h3>\n<p class=\"note\">Budget ").append(Html.num(b.budget())).append(" (policy ")
                    .append(policy).append("): spend ")
                    .append(Html.num(b.spent())).append(" for an expected gain of ").append(Html.num(b.totalGain()))
                    .append(", of which ").append(Html.num(b.floorGain())).append(" from fixing floors (")
                    .append(Html.escape(b.method())).append("). Cost to meet every floor: ")
                    .append(Html.escape(b.floorsCostText())).append(".</p>\n<table><tr><th>attribute</th>"
                            + "<th>points bought</th><th>of which to the floor</th><th>cost</th><th>gain</th></tr>\n");
        }
        for (BudgetAllocation.Item i : b.items()) {
            sb.append("<tr><td class=\"t\">").append(Html.escape(i.attribute())).append("</td><td>").append(i.steps())
                    .append("</td><td>").append(i.floorSteps()).append("</td><td>").append(Html.num(i.cost()))
                    .append("</td><td>").append(Html.num(i.gain())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    /** A Markdown table of the decisions with the sentences, the budget and the provenance. */
    static String markdown(AllocationPlan plan) {
        Language l = plan.options().language();
        StringBuilder sb = new StringBuilder("_" + l.message("allocationReport.evidence") + Html.markdownCell(plan.sources())
                + l.message("allocationReport.text") + "_\n\n| " + String.join(" | ", l.message("allocationReport.attribute"), l.message("allocationReport.strategy"),
                l.message("allocationReport.tier"), l.message("allocationReport.basis"), l.message("allocationReport.floor"), l.message("allocationReport.target"),
                l.message("allocationReport.ceiling"), l.message("allocationReport.margin"), l.message("allocationReport.gain"),
                l.message("allocationReport.priority"), l.message("allocationReport.rules")) + " |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (AllocationDecision d : plan.decisions()) {
            sb.append("| ").append(Html.markdownCell(d.attribute())).append(" | ").append(strategy(d.strategy(), l))
                    .append(d.reason().map(r -> " (" + r + ")").orElse("")).append(" | ")
                    .append(d.tier().map(t -> String.valueOf(t.number())).orElse("-")).append(" | ")
                    .append(d.basis().map(Category::letter).orElse("-")).append(" | ")
                    .append(Html.markdownCell(d.floor().map(b -> b.text(l)).orElse("-"))).append(" | ")
                    .append(Html.markdownCell(d.target().map(b -> b.text(l)).orElse("-"))).append(" | ")
                    .append(Html.markdownCell(d.ceiling().map(b -> b.code(l)).orElse("-"))).append(" | ")
                    .append(TextTable.number(d.reducibleMargin())).append(" | ")
                    .append(TextTable.number(d.expectedGain())).append(" | ")
                    .append(d.priority() == 0 ? "-" : d.priority()).append(" | ")
                    .append(String.join(", ", d.ruleIds())).append(" |\n");
        }
        sb.append('\n');
        units(plan).forEach(u -> sb.append(l.message("allocationReport.gains_in")).append(u).append(l.message("allocationReport.text"))
                .append("\n\n"));
        plan.decisions().forEach(d -> sb.append("- ").append(Html.markdownCell(d.sentence())).append('\n'));
        if (!plan.kpiFloors().isEmpty()) {
            sb.append('\n').append(l.message("allocationReport.floors_in_operational_units_2")).append("\n\n");
            plan.kpiFloors().forEach(f -> sb.append("- ").append(Html.markdownCell(f.attribute() + ": "
                    + f.sentence(l, plan.options().lowZone()))).append('\n'));
        }
        plan.budget().ifPresent(b -> sb.append("\n```text\n").append(b.text(l)).append("\n```\n"));
        plan.warnings().forEach(w -> sb.append(l.message("allocationReport.warning")).append(Html.markdownCell(w)).append('\n'));
        sb.append("\n_").append(Html.markdownCell(plan.options().provenance())).append("_\n");
        return sb.toString();
    }


    /** A self-contained HTML page. */
    static String html(AllocationPlan plan) {
        Language l = plan.options().language();
        return Html.page(l.message("allocationReport.page_title"), section(plan), l.tag());
    }
}
