package io.github.kano4j.cli;

import io.github.kano4j.Language;

import picocli.CommandLine.Option;

/** {@code --language en|zh|zh-Hant}: the language of everything written for people. */
final class LanguageOption {
    @Option(names = "--language", paramLabel = "LANG", description = "en (default), zh (zh-Hans) or zh-Hant: tables, "
            + "headings, categories, charts, sentences and the ingest report; CSV and JSON column names stay English")
    Language language = Language.EN;
}
