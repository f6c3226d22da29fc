package io.github.kano4j.allocation;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The spending of a budget over improvement steps (docs/METHODS.md §8.5): one step moves one percentage point of
 * customers out of the low zone (a floor step) or into the high zone, at the attribute's unit cost.
 *
 * @param budget            the budget
 * @param spent             the cost of the chosen steps
 * @param totalGain         the expected gain of the chosen steps
 * @param floorGain         the part of it from floor steps (tier 1)
 * @param items             per attribute: steps bought, of which floor steps, cost and gain
 * @param marginalReturn    gain per unit cost of the least efficient step bought (NaN when nothing was bought)
 * @param nextAttribute     the attribute whose next step returns the most per unit cost (empty when none is left)
 * @param nextCost          the cost of that step
 * @param nextGain          its gain: what the next unit of budget would buy
 * @param method            how the steps were chosen: {@code exact}, or {@code greedy} with the reason
 * @param policy            the budget policy
 * @param floorsCost        the cost to meet every breached floor (NaN when some breached attribute has no cost)
 * @param floorsWithoutCost breached attributes without a unit cost, which make {@code floorsCost} unknown
 */
public record BudgetAllocation(double budget, double spent, double totalGain, double floorGain, List<Item> items,
        double marginalReturn, String nextAttribute, double nextCost, double nextGain, String method,
        BudgetPolicy policy, double floorsCost, List<String> floorsWithoutCost) {

    /** Copies the lists. */
    public BudgetAllocation {
        items = List.copyOf(Check.notNull(items, "items"));
        Check.notNull(nextAttribute, "nextAttribute");
        Check.notNull(method, "method");
        Check.notNull(policy, "policy");
        floorsWithoutCost = List.copyOf(Check.notNull(floorsWithoutCost, "floorsWithoutCost"));
    }

    /** The budget item of one attribute, when it had steps to buy. */
    public Optional<Item> item(String attribute) {
        return items.stream().filter(i -> i.attribute().equals(attribute)).findFirst();
    }

    /** The cost to meet every floor in words: a number, or unknown with the attributes that lack a cost. */
    public String floorsCostText() {
        return floorsCostText(Language.EN);
    }

    private String floorsCostText(Language l) {
        if (!floorsWithoutCost.isEmpty()) {
            return l.text("unknown (no unit cost for ", "未知（缺少单位成本：") + String.join(", ",
                    floorsWithoutCost.stream().map(n -> "'" + n + "'").toList()) + l.text(")", "）")
                    + (Double.isNaN(floorsCost) ? "" : l.text("; at least ", "；至少 ") + Allocator.num(floorsCost));
        }
        return Allocator.num(floorsCost);
    }

    /** The spending in words: budget, spend, gain, the steps per attribute and the cost to meet every floor. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /** The spending in words ({@link #toString()}) in a language. */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        StringBuilder sb = new StringBuilder(l.text("Budget ", "预算 ") + Allocator.num(budget) + l.text(", policy ",
                "，策略 ") + policy.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (" + method + ")\n"
                + l.text("  spend ", "  支出 ") + Allocator.num(spent) + l.text(" for an expected gain of ", "，预期提升 ")
                + Allocator.num(totalGain) + l.text(", of which ", "，其中 ") + Allocator.num(floorGain)
                + l.text(" from fixing floors", " 来自修复底线"));
        for (Item i : items) {
            if (i.steps() > 0) {
                sb.append("\n  ").append(i.attribute()).append(": ").append(i.steps())
                        .append(l.text(i.steps() == 1 ? " point" : " points", " 个百分点"))
                        .append(i.floorSteps() > 0 ? l.text(" (" + i.floorSteps() + " to the floor)",
                                "（" + i.floorSteps() + " 个到底线）") : "")
                        .append(l.text(", cost ", "，成本 ")).append(Allocator.num(i.cost()))
                        .append(l.text(", gain ", "，预期提升 ")).append(Allocator.num(i.gain()));
            }
        }
        sb.append(l.text("\n  marginal return at the boundary: ", "\n  边际回报："))
                .append(String.format(Locale.ROOT, "%.4g", marginalReturn))
                .append(l.text(" gain per unit of budget (one step = one percentage point of customers)",
                        " 每单位预算的提升（一步 = 百分之一的客户）"));
        if (!nextAttribute.isEmpty()) {
            sb.append(l.text("\n  the next ", "\n  再投入 ")).append(Allocator.num(nextCost))
                    .append(l.text(" would buy +", " 可再提升 +")).append(Allocator.num(nextGain))
                    .append(l.text(" on '", "，用于“")).append(nextAttribute).append(l.text("'", "”"));
        }
        sb.append(l.text("\n  cost to meet every floor: ", "\n  达到所有底线的成本：")).append(floorsCostText(l));
        return sb.toString();
    }

    /**
     * One attribute's share of the budget.
     *
     * @param attribute  the attribute
     * @param steps      improvement steps bought (one step = one percentage point of customers moved)
     * @param floorSteps how many of them are floor steps (tier 1)
     * @param cost       their cost
     * @param gain       their expected gain
     */
    public record Item(String attribute, int steps, int floorSteps, double cost, double gain) {
    }
}
