package io.github.kano4j.questionnaire;

/**
 * Which step of which rule decided an attribute's category (docs/METHODS.md §2.7).
 */
public enum Decision {
    /** N = 0: no category. */
    EMPTY,
    /** The Q-dominance guard (docs/METHODS.md §2.1). */
    Q_GUARD,
    /** Only Questionable answers and the guard off: Q is the only category present. */
    ONLY_QUESTIONABLE,
    /** n4 below the minimum for Fong's test: the mode. */
    MODE_LOW_N,
    /** Fong's test significant: the mode. */
    MODE_FONG_SIGNIFICANT,
    /** Fong's test not significant: the first of the top two in M &gt; O &gt; A &gt; I &gt; R. */
    FONG_M_O_A_I,
    /** The plain mode. */
    PLAIN_MODE,
    /** Category strength above the band: the mode. */
    STRENGTH_BAND_MODE,
    /** Category strength within the band: the first of the top two in M &gt; O &gt; A &gt; I &gt; R. */
    STRENGTH_BAND_M_O_A_I,
    /** The (O+A+M) vs (I+R+Q) rule. */
    OAM_VS_IRQ,
    /** The Better–Worse quadrant. */
    BETTER_WORSE_QUADRANT,
    /** The quadrant rule could not apply (no valid answers): the mode. */
    QUADRANT_FALLBACK_MODE
}
