package io.github.kano4j;

/**
 * The five answers of a Kano question (Berger et al. 1993), in the order of their usual numeric codes
 * 1–5 (Atlason &amp; Giacalone 2018).
 *
 * <p>The same five answers are offered for the functional question ("If the service has X, how do you
 * feel?") and the dysfunctional question ("If it does not have X …").
 */
public enum Answer {
    /** 1 — "I like it that way"; Blauth's wording "This would be very helpful to me". */
    LIKE("like", "I like it that way"),
    /** 2 — "It must be that way" / "I expect it"; "This is a basic requirement for me". */
    MUST_BE("must-be", "It must be that way"),
    /** 3 — "I am neutral"; "This would not affect me". */
    NEUTRAL("neutral", "I am neutral"),
    /** 4 — "I can live with it that way" / "I tolerate it"; "This would be a minor inconvenience". */
    LIVE_WITH("live-with", "I can live with it that way"),
    /** 5 — "I dislike it that way"; "This would be a major problem for me". */
    DISLIKE("dislike", "I dislike it that way");

    private final String shortLabel;
    private final String wording;

    Answer(String shortLabel, String wording) {
        this.shortLabel = shortLabel;
        this.wording = wording;
    }

    /** The usual numeric code, 1 (like) to 5 (dislike). */
    public int code() {
        return ordinal() + 1;
    }

    /** Zero-based level index used by tallies and evaluation tables (code − 1). */
    public int level() {
        return ordinal();
    }

    /** A short lowercase label such as {@code "live-with"}. */
    public String shortLabel() {
        return shortLabel;
    }

    /** The standard English wording of the answer. */
    public String wording() {
        return wording;
    }

    /**
     * The answer with the given numeric code.
     *
     * @throws IllegalArgumentException if {@code code} is not 1–5
     */
    public static Answer ofCode(int code) {
        if (code < 1 || code > 5) {
            throw new IllegalArgumentException("Kano answer code must be 1 (like) to 5 (dislike), was " + code);
        }
        return values()[code - 1];
    }
}
