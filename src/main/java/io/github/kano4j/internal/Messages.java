package io.github.kano4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kano4j's own texts, one bundle per language: {@code messages.properties} (English),
 * {@code messages_zh_Hans.properties} and {@code messages_zh_Hant.properties}, UTF-8, beside this class. Each
 * bundle is read once, explicitly by its language (never the JVM's default locale, so output does not depend on
 * the machine), and every key is in every bundle (a test checks it).
 */
public final class Messages {
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The text of {@code key} in the language of BCP 47 tag {@code tag} ({@code en}, {@code zh-Hans},
     * {@code zh-Hant}).
     *
     * @throws IllegalStateException when the bundle lacks the key (a defect of kano4j, never of the input)
     */
    public static String get(String tag, String key) {
        String text = bundle(tag).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("kano4j's " + tag + " texts lack \"" + key + "\"");
        }
        return text;
    }

    /** Every key of the bundle of {@code tag}, in no particular order. */
    public static Set<String> keys(String tag) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(bundle(tag).stringPropertyNames()));
    }

    private static Properties bundle(String tag) {
        return BUNDLES.computeIfAbsent(tag, Messages::load);
    }

    private static Properties load(String tag) {
        String name = switch (tag) {
            case "en" -> "messages.properties";
            case "zh-Hans" -> "messages_zh_Hans.properties";
            case "zh-Hant" -> "messages_zh_Hant.properties";
            default -> throw new IllegalArgumentException("no texts for the language " + tag);
        };
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("kano4j's texts " + name + " are missing from the jar");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kano4j's texts " + name, e);
        }
        return p;
    }
}
