package io.github.kano4j.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The output formats of the command line. Every command names the formats it writes; any other is refused with
 * exit 2 before any work (never silently written as another format).
 */
enum Format {
    /** An aligned text table with sentences (the default). */
    TEXT,
    /** Tidy CSV: English snake_case columns, one row per attribute (and segment). */
    CSV,
    /** JSON. */
    JSON,
    /** Markdown. */
    MARKDOWN,
    /** A self-contained HTML page with SVG charts. */
    HTML,
    /** An Excel workbook (binary: needs {@code --out FILE.xlsx}). */
    XLSX,
    /** 问卷星's text import (questionnaire only). */
    WJX;

    /** The name users type, e.g. {@code markdown}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code s} (case-insensitive), if there is one. */
    static Optional<Format> named(String s) {
        for (Format f : values()) {
            if (f.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** {@code text, csv or json}. */
    static String list(Set<Format> formats) {
        String[] labels = formats.stream().map(Format::label).toArray(String[]::new);
        if (labels.length == 1) {
            return labels[0];
        }
        return Arrays.stream(labels, 0, labels.length - 1).collect(Collectors.joining(", ")) + " or "
                + labels[labels.length - 1];
    }
}
