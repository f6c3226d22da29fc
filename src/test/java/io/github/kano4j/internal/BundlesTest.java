package io.github.kano4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The translator's safety net: the three bundles have the same keys, every key is used, the Traditional bundle
 * holds no Simplified-only character, the Chinese bundles hold no English word but the names of methods and
 * statistics listed here, and no library text is written inline any more.
 */
class BundlesTest {
    private static final List<String> TAGS = List.of("en", "zh-Hans", "zh-Hant");
    /**
     * Words allowed in Chinese texts: names of methods and people (Kano, Fong, Wilson, Holm, Fieller, Cochran,
     * DuMouchel), the coefficient names Better and Worse, and standard abbreviations (CI, IA, RIOCS, IPA, logit,
     * n_eff, deff) that Chinese reports write in Latin letters too.
     */
    private static final Set<String> ALLOWED_IN_CHINESE = Set.of("Kano", "Fong", "Wilson", "Holm", "Fieller",
            "Cochran", "DuMouchel", "Better", "Worse", "CI", "IA", "RIOCS", "IPA", "logit", "eff", "deff");
    private static final Path MAIN = Path.of("src/main/java/io/github/kano4j");
    private static final String LITERAL = "\"(?:\\\\.|[^\"\\\\])*\"";
    private static final Pattern INLINE_PAIR = Pattern.compile("\\.text\\(\\s*" + LITERAL + "(?:\\s*\\+\\s*" + LITERAL
            + ")*\\s*,\\s*" + LITERAL);

    @Test
    void everyKeyIsInEveryBundle() {
        Set<String> english = Messages.keys("en");
        assertThat(english).hasSizeGreaterThan(250);
        for (String tag : TAGS) {
            assertThat(new TreeSet<>(Messages.keys(tag))).as(tag).isEqualTo(new TreeSet<>(english));
            for (String key : english) {
                assertThat(Messages.get(tag, key)).as("%s %s", tag, key).isNotNull();
            }
        }
    }

    @Test
    void traditionalChineseHoldsNoSimplifiedOnlyCharacter() {
        for (String key : Messages.keys("zh-Hant")) {
            String text = Messages.get("zh-Hant", key);
            assertThat(Hant.of(text)).as(key).isEqualTo(text);
        }
    }

    @Test
    void chineseTextsHoldNoEnglishWordButTheAllowedNames() {
        Pattern word = Pattern.compile("[A-Za-z]{2,}");
        List<String> english = new ArrayList<>();
        for (String tag : List.of("zh-Hans", "zh-Hant")) {
            for (String key : new TreeSet<>(Messages.keys(tag))) {
                Matcher m = word.matcher(Messages.get(tag, key).replaceAll("%[0-9$]*[a-z]", " "));
                while (m.find()) {
                    if (!ALLOWED_IN_CHINESE.contains(m.group())) {
                        english.add(tag + " " + key + ": " + m.group());
                    }
                }
            }
        }
        assertThat(english).isEmpty();
    }

    @Test
    void everyKeyIsUsedAndNoTextIsWrittenInlineAnyMore() throws IOException {
        StringBuilder all = new StringBuilder();
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                all.append(code);
                if (INLINE_PAIR.matcher(code).find()) {
                    inline.add(MAIN.relativize(f).toString());
                }
            }
        }
        assertThat(inline).as("texts written inline as .text(\"English\", \"中文\"): put them in the bundles").isEmpty();
        // a key is used when code names it, or names its family ("boundary.metric." + a metric's code)
        List<String> unused = Messages.keys("en").stream().filter(k -> all.indexOf("\"" + k + "\"") < 0
                && all.indexOf("\"" + k.substring(0, k.lastIndexOf('.') + 1) + "\"") < 0).sorted().toList();
        assertThat(unused).as("keys no code uses").isEmpty();
    }
}
