package io.github.kano4j.allocation;

/** How a budget is spent over improvement steps (docs/METHODS.md §8.5). */
public enum BudgetPolicy {
    /**
     * The default, lexicographic: first the largest tier-1 gain (floor breaches) until every floor is met or
     * the budget runs out, then the remainder for the largest gain over tiers 2 and 3.
     */
    FLOORS_FIRST,
    /** One objective, the largest total gain over every step, whatever its tier (for comparison). */
    GAIN_PER_COST
}
