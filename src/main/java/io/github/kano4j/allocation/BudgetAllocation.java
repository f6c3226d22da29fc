package io.github.kano4j.allocation;

import java.util.List;
import java.util.Locale;

/**
 * The optimal spending of a budget over improvement steps (see the budget optimiser, docs/METHODS.md §8.5).
 *
 * @param budget        the budget
 * @param spent         the cost of the chosen steps
 * @param totalGain     the expected gain in overall satisfaction of the chosen steps
 * @param items         per attribute: steps bought, cost and gain
 * @param marginalReturn gain per unit cost of the least efficient step bought (NaN when nothing was bought)
 * @param nextAttribute the attribute whose next step returns the most per unit cost (empty when none is left)
 * @param nextCost      the cost of that step
 * @param nextGain      its gain: what the next unit of budget would buy
 * @param method        {@code "exact"} (Pareto-frontier dynamic programme) or {@code "greedy"} (state cap hit)
 */
public record BudgetAllocation(double budget, double spent, double totalGain, List<Item> items, double marginalReturn,
        String nextAttribute, double nextCost, double nextGain, String method) {

    /** Copies the items. */
    public BudgetAllocation {
        items = List.copyOf(items);
    }

    /** The spending in words: budget, spend, gain, the steps per attribute and the marginal return. */
    @Override
    public String toString() {
        BudgetAllocation b = this;
        StringBuilder sb = new StringBuilder("Budget " + Allocator.num(b.budget()) + ": spend " + Allocator.num(b.spent())
                + " for an expected gain of " + Allocator.num(b.totalGain()) + " (" + b.method() + ")");
        for (BudgetAllocation.Item i : b.items()) {
            if (i.steps() > 0) {
                sb.append("\n  ").append(i.attribute()).append(": ").append(i.steps())
                        .append(i.steps() == 1 ? " point, cost " : " points, cost ")
                        .append(Allocator.num(i.cost())).append(", gain ").append(Allocator.num(i.gain()));
            }
        }
        sb.append("\n  marginal return at the boundary: ").append(String.format(Locale.ROOT, "%.4g", b.marginalReturn()))
                .append(" gain per unit of budget (one step = one percentage point of customers)");
        if (!b.nextAttribute().isEmpty()) {
            sb.append("\n  the next ").append(Allocator.num(b.nextCost())).append(" would buy +")
                    .append(Allocator.num(b.nextGain())).append(" on '").append(b.nextAttribute()).append("'");
        }
        return sb.toString();
    }

    /**
     * One attribute's share of the budget.
     *
     * @param attribute the attribute
     * @param steps     improvement steps bought (one step = one percentage point of customers moved)
     * @param cost      their cost
     * @param gain      their expected gain
     */
    public record Item(String attribute, int steps, double cost, double gain) {
    }
}
