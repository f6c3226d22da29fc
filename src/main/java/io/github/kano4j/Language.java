package io.github.kano4j;

import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Hant;
import io.github.kano4j.internal.Messages;

import java.util.Locale;

/**
 * The language of what kano4j writes for people: sentences, and (as the reports are translated) headings,
 * category names and chart labels. CSV column names stay English snake_case in every language.
 */
public enum Language {
    /** English. */
    EN("en"),
    /** Simplified Chinese (简体中文). */
    ZH_HANS("zh-Hans"),
    /** Traditional Chinese (繁體中文). */
    ZH_HANT("zh-Hant");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 language tag, e.g. {@code zh-Hans}, as HTML's {@code lang} attribute takes it. */
    public String tag() {
        return tag;
    }

    /** Whether this is one of the Chinese scripts. */
    public boolean isChinese() {
        return this != EN;
    }

    /**
     * One of the library's own texts in this language, given its English and its Simplified Chinese form; the
     * Traditional form is converted from the Simplified one character by character. Never for user data.
     */
    public String text(String english, String simplifiedChinese) {
        Check.notNull(english, "english");
        Check.notNull(simplifiedChinese, "simplifiedChinese");
        return isChinese() ? chinese(simplifiedChinese) : english;
    }

    /**
     * One of the library's own texts in this language, by its key in the bundles ({@code messages*.properties}:
     * English, Simplified and Traditional Chinese). For kano4j's renderers; the keys are not API.
     *
     * @throws IllegalStateException for a key no bundle has
     */
    public String message(String key) {
        Check.notNull(key, "key");
        return Messages.get(tag, key);
    }

    /** One of the library's Simplified Chinese texts in this language's script (Traditional for {@code ZH_HANT}). */
    public String chinese(String simplifiedChinese) {
        Check.notNull(simplifiedChinese, "simplifiedChinese");
        return this == ZH_HANT ? Hant.of(simplifiedChinese) : simplifiedChinese;
    }

    /**
     * Parses {@code en}, {@code zh}, {@code zh-Hans}, {@code zh-CN} and {@code cn} (Simplified), {@code zh-Hant},
     * {@code zh-TW}, {@code zh-HK} and {@code zh-MO} (Traditional), case-insensitive.
     *
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static Language parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "en", "en-us", "en-gb", "english" -> EN;
            case "zh", "zh-hans", "zh-cn", "cn", "zh-sg" -> ZH_HANS;
            case "zh-hant", "zh-tw", "zh-hk", "zh-mo", "tw" -> ZH_HANT;
            default -> throw new IllegalArgumentException("Unknown language \"" + text + "\"; expected en, zh "
                    + "(zh-Hans) or zh-Hant");
        };
    }
}
