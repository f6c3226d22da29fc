package io.github.kano4j.allocation;

/**
 * The allocation rules of docs/METHODS.md §8.4, evaluated for every attribute in the order R1, R9, R2, R3–R8,
 * R10; every rule whose condition holds is reported with the numbers it used.
 */
public enum Rule {
    /** Category R: customers prefer the attribute absent — remove it or make it optional. */
    R1("category R: remove or make optional"),
    /** Category I or low impact — no new investment; cut cost. */
    R2("indifferent or low impact: reduce"),
    /** M-like with the low-zone share above the floor tolerance — raise to the floor, no further. */
    R3("must-be below its floor: raise to the floor"),
    /** M-like within the floor — hold; the slack is the reducible margin. */
    R4("must-be at its floor: hold"),
    /** O-like with the floor breached or short of the benchmark — improve. */
    R5("one-dimensional short of floor or benchmark: improve"),
    /** O-like at the floor and the benchmark — hold. */
    R6("one-dimensional at its goal: hold"),
    /** A-like with a strong Better or a significant reward — invest selectively toward the top-box goal. */
    R7("attractive: invest selectively toward the top box"),
    /** A-like with weak evidence of delight — reduce. */
    R8("weakly attractive: reduce"),
    /** Mixed, unstable or disagreeing category — the protective category sets the floor; no increase. */
    R9("uncertain category: protective floor, no increase"),
    /** Possible overkill (low impact, high performance), except M — reduce toward the floor. */
    R10("possible overkill: reduce");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    /** What the rule says, in a few words. */
    public String description() {
        return description;
    }
}
