package io.github.kano4j;

/**
 * The Kano categories (Kano et al. 1984; Berger et al. 1993), with the names in use in English and
 * Chinese-language practice.
 */
public enum Category {
    /** Attractive — delights when present, no dissatisfaction when absent. */
    A("Attractive", "Delighter", "魅力"),
    /** One-dimensional — the more the better, the less the worse. */
    O("One-dimensional", "Performance", "一维/期望"),
    /** Must-be — expected; only dissatisfies when missing. */
    M("Must-be", "Basic", "必备/基本"),
    /** Indifferent — neither satisfies nor dissatisfies. */
    I("Indifferent", "Indifferent", "无差异"),
    /** Reverse — the customer prefers the attribute absent (or misread the question). */
    R("Reverse", "Reverse", "反向"),
    /** Questionable — a contradictory answer pair (e.g. like both having and not having it). */
    Q("Questionable", "Questionable", "可疑");

    private final String englishName;
    private final String alternativeName;
    private final String chineseName;

    Category(String englishName, String alternativeName, String chineseName) {
        this.englishName = englishName;
        this.alternativeName = alternativeName;
        this.chineseName = chineseName;
    }

    /** The one-letter symbol, e.g. {@code "M"}. */
    public String letter() {
        return name();
    }

    /** The English name of Berger et al. (1993), e.g. "Must-be". */
    public String englishName() {
        return englishName;
    }

    /** The practitioners' alternative name, e.g. "Basic" for M, "Performance" for O, "Delighter" for A. */
    public String alternativeName() {
        return alternativeName;
    }

    /** The Chinese name(s) in use, e.g. "必备/基本". */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The category with the given letter (case-insensitive).
     *
     * @throws IllegalArgumentException if the letter is not one of A, O, M, I, R, Q
     */
    public static Category ofLetter(String letter) {
        if (letter != null && letter.strip().length() == 1) {
            for (Category c : values()) {
                if (c.name().equalsIgnoreCase(letter.strip())) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("Kano category must be one of A, O, M, I, R, Q, was \"" + letter + "\"");
    }
}
