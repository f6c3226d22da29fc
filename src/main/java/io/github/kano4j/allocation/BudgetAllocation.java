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
            return l.message("budgetAllocation.unknown_no_unit_cost_for") + String.join(", ",
                    floorsWithoutCost.stream().map(n -> "'" + n + "'").toList()) + l.message("budgetAllocation.text")
                    + (Double.isNaN(floorsCost) ? "" : l.message("budgetAllocation.at_least") + Allocator.num(floorsCost));
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
        StringBuilder sb = new StringBuilder(l.message("budgetAllocation.budget") + Allocator.num(budget) + l.message("budgetAllocation.policy") + policy.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (" + method + ")\n"
                + l.message("budgetAllocation.spend") + Allocator.num(spent) + l.message("budgetAllocation.for_an_expected_gain_of")
                + Allocator.num(totalGain) + l.message("budgetAllocation.of_which") + Allocator.num(floorGain)
                + l.message("budgetAllocation.from_fixing_floors"));
        for (Item i : items) {
            if (i.steps() > 0) {
                sb.append("\n  ").append(i.attribute()).append(": ").append(i.steps())
                        .append(l.text(i.steps() == 1 ? " point" : " points", " 个百分点"))
                        .append(i.floorSteps() > 0 ? l.text(" (" + i.floorSteps() + " to the floor)",
                                "（" + i.floorSteps() + " 个到底线）") : "")
                        .append(l.message("budgetAllocation.cost")).append(Allocator.num(i.cost()))
                        .append(l.message("budgetAllocation.gain")).append(Allocator.num(i.gain()));
            }
        }
        sb.append(l.message("budgetAllocation.marginal_return_at_the_boundary"))
                .append(String.format(Locale.ROOT, "%.4g", marginalReturn))
                .append(l.message("budgetAllocation.gain_per_unit_of_budget"));
        if (!nextAttribute.isEmpty()) {
            sb.append(l.message("budgetAllocation.the_next")).append(Allocator.num(nextCost))
                    .append(l.message("budgetAllocation.would_buy")).append(Allocator.num(nextGain))
                    .append(l.message("budgetAllocation.on")).append(nextAttribute).append(l.message("budgetAllocation.text_2"));
        }
        sb.append(l.message("budgetAllocation.cost_to_meet_every_floor")).append(floorsCostText(l));
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
