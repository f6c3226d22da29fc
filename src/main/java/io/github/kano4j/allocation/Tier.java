package io.github.kano4j.allocation;

/**
 * The priority tiers of docs/METHODS.md §8.6: broken basics first, then performance shortfalls, then delight.
 * A customer who meets a broken basic defects whatever the delighters (Mittal, Ross &amp; Baldasare 1998;
 * Anderson &amp; Mittal 2000), so a plan never funds tier 3 before tier 1 under the default budget policy.
 */
public enum Tier {
    /** Tier 1: a floor breach — M-like, or O-like, with more customers in the low zone than the tolerance τ. */
    FLOOR(1),
    /** Tier 2: an O-like attribute at its floor but short of its benchmark or top-box target. */
    SHORTFALL(2),
    /** Tier 3: selective investment in an A-like attribute toward the top-box goal. */
    DELIGHT(3);

    private final int number;

    Tier(int number) {
        this.number = number;
    }

    /** 1, 2 or 3. */
    public int number() {
        return number;
    }
}
