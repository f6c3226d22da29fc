package io.github.kano4j.allocation;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;

import java.util.Locale;

/** What to do with an attribute's resources (docs/METHODS.md §8.3). */
public enum Strategy {
    /** Invest to reach the target. */
    INCREASE("提升"),
    /** Hold at the floor or benchmark; do not invest more. */
    MAINTAIN("保持"),
    /** Cut cost down to the floor (or entirely when there is none). */
    REDUCE("削减"),
    /** Remove or make optional: customers prefer it absent. */
    REMOVE("取消"),
    /** The evidence does not support a decision to invest; collect more data or segment. */
    NO_DECISION("暂不决策");

    private final String chinese;

    Strategy(String chinese) {
        this.chinese = chinese;
    }

    /**
     * The strategy named for people: "increase", "maintain", "reduce", "remove", "no decision" in English;
     * 提升 / 保持 / 削减 / 取消 / 暂不决策 in Chinese (in the language's script).
     */
    public String displayName(Language language) {
        Check.notNull(language, "language");
        return language.text(name().toLowerCase(Locale.ROOT).replace('_', ' '), chinese);
    }
}
