package io.github.kano4j.allocation;

/** What to do with an attribute's resources (docs/METHODS.md §8.3). */
public enum Strategy {
    /** Invest to reach the target. */
    INCREASE,
    /** Hold at the floor or benchmark; do not invest more. */
    MAINTAIN,
    /** Cut cost down to the floor (or entirely when there is none). */
    REDUCE,
    /** Remove or make optional: customers prefer it absent. */
    REMOVE,
    /** The evidence does not support a decision to invest; collect more data or segment. */
    NO_DECISION
}
