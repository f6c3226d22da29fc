package io.github.kano4j.allocation;

import java.util.List;

/**
 * The optimal spending of a budget over improvement steps (see {@link BudgetOptimiser}).
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
