package io.github.kano4j.cli;

import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import picocli.CommandLine.Option;

/**
 * What every survey reader takes: {@code --sheet} of a workbook, {@code --encoding} of a CSV and the
 * {@code --missing} policy — the same words with the same meaning for Kano and satisfaction surveys.
 */
final class ReadingOptions {
    @Option(names = "--sheet", paramLabel = "NAME", description = "the sheet of an .xlsx workbook to read (default "
            + "the first)")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "the encoding of CSV input, e.g. GBK or "
            + "UTF-16 (default: detected; UTF-8 unless the bytes say otherwise)")
    String encoding;

    @Option(names = "--missing", paramLabel = "POLICY", description = "missing or unrecognised answers: drop "
            + "(default), count-as-q (Kano surveys) or fail")
    String missing;

    /** The Kano reader as asked. */
    KanoCsvReader apply(KanoCsvReader reader) {
        KanoCsvReader r = missing == null ? reader : reader.withMissingAnswers(MissingAnswerPolicy.parse(missing));
        r = encoding == null ? r : r.withCharset(charset());
        return sheet == null ? r : r.withSheet(sheet);
    }

    /** The satisfaction reader as asked. */
    SatisfactionCsvReader apply(SatisfactionCsvReader reader) {
        return withFileSettings(reader.withFailOnMissing(failOnMissing(false)));
    }

    /** As {@link #apply(SatisfactionCsvReader)} beside a Kano file: its {@code count-as-q} drops missing ratings. */
    SatisfactionCsvReader applyBesideKano(SatisfactionCsvReader reader) {
        return withFileSettings(reader.withFailOnMissing(failOnMissing(true)));
    }

    private SatisfactionCsvReader withFileSettings(SatisfactionCsvReader reader) {
        SatisfactionCsvReader r = encoding == null ? reader : reader.withCharset(charset());
        return sheet == null ? r : r.withSheet(sheet);
    }

    /** Whether a missing rating fails the read; {@code count-as-q} is a Kano policy, allowed beside a Kano file. */
    private boolean failOnMissing(boolean besideKano) {
        if (missing == null || besideKano && MissingAnswerPolicy.parse(missing) == MissingAnswerPolicy.COUNT_AS_Q) {
            return false;
        }
        return switch (missing.strip().toLowerCase(Locale.ROOT)) {
            case "drop" -> false;
            case "fail" -> true;
            default -> throw new UsageException("unknown missing-rating policy \"" + missing + "\" for a satisfaction "
                    + "survey; expected drop or fail");
        };
    }

    private Charset charset() {
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("--encoding: unknown encoding \"" + io.github.kano4j.internal.Text.shortened(
                    encoding, 40) + "\"; expected a name such as UTF-8, GBK, GB18030, Big5 or UTF-16");
        }
    }
}
