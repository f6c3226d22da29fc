package io.github.kano4j;

import io.github.kano4j.internal.Check;

/**
 * The Kano categories (Kano et al. 1984; Berger et al. 1993), with the names in use in English and
 * Chinese-language practice.
 */
public enum Category {
    /** Attractive — delights when present, no dissatisfaction when absent. */
    A("Attractive", "Delighter", "魅力", "魅力属性"),
    /** One-dimensional — the more the better, the less the worse. */
    O("One-dimensional", "Performance", "一维/期望", "期望属性"),
    /** Must-be — expected; only dissatisfies when missing. */
    M("Must-be", "Basic", "必备/基本", "必备属性"),
    /** Indifferent — neither satisfies nor dissatisfies. */
    I("Indifferent", "Indifferent", "无差异", "无差异属性"),
    /** Reverse — the customer prefers the attribute absent (or misread the question). */
    R("Reverse", "Reverse", "反向", "反向属性"),
    /** Questionable — a contradictory answer pair (e.g. like both having and not having it). */
    Q("Questionable", "Questionable", "可疑", "可疑结果");

    private final String englishName;
    private final String alternativeName;
    private final String chineseName;
    private final String chineseDisplayName;

    Category(String englishName, String alternativeName, String chineseName, String chineseDisplayName) {
        this.englishName = englishName;
        this.alternativeName = alternativeName;
        this.chineseName = chineseName;
        this.chineseDisplayName = chineseDisplayName;
    }

    /**
     * The name reports use in a language: the English name, or the name of Chinese Kano practice — 魅力属性 (A),
     * 期望属性 (O), 必备属性 (M), 无差异属性 (I), 反向属性 (R), 可疑结果 (Q) — in the language's script.
     */
    public String displayName(Language language) {
        Check.notNull(language, "language");
        return language.text(englishName, chineseDisplayName);
    }

    /** The display name followed by the letter, e.g. "Must-be (M)" or "必备属性 (M)". */
    public String displayNameWithLetter(Language language) {
        return displayName(language) + " (" + letter() + ")";
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
