package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.AttributeTally;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;

/**
 * Opening survey files as they really are: a missing file or a directory gives one clear message, a
 * UTF-8 byte-order mark is skipped, malformed bytes are reported (not replaced), and the delimiter
 * (comma, semicolon or tab) is detected from the header line.
 */
final class CsvFiles {
    private static final int PEEK_LIMIT = 1 << 20;

    private CsvFiles() {
    }

    /** Opens a file for reading, positioned after any byte-order mark. */
    static BufferedReader open(Path file, Charset charset) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new KanoInputException(source, "is a directory; expected a CSV file");
        }
        try {
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder),
                    1 << 16);
            skipBom(reader);
            return reader;
        } catch (CharacterCodingException e) {
            throw new KanoInputException(source, "is not valid " + charset.name() + " text; save it as UTF-8 or "
                    + "choose its encoding");
        } catch (NoSuchFileException e) {
            throw new KanoInputException(source, "file not found");
        } catch (AccessDeniedException e) {
            throw new KanoInputException(source, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new KanoInputException(source, "cannot be read: " + e.getMessage());
        }
    }

    /** Skips a leading U+FEFF, if present. */
    static void skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        int c = reader.read();
        if (c != '\uFEFF' && c != -1) {
            reader.reset();
        }
    }

    /**
     * The delimiter of the first line: whichever of comma, semicolon and tab occurs most often outside
     * quotes (comma on a tie or when none occurs). The reader is reset to where it was.
     */
    static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(PEEK_LIMIT);
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int k = 0; k < PEEK_LIMIT - 1; k++) {
            int c = reader.read();
            if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        reader.reset();
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma && tab > semicolon ? '\t' : ',';
    }

    /** The CSV format of survey files: RFC 4180 quoting, blank lines skipped, surrounding spaces kept. */
    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    /** A human name for a delimiter in messages. */
    static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : delimiter == ';' ? "semicolon" : "comma";
    }

    /** Wraps a reader that is not a file (tests, streams) with BOM skipping. */
    static BufferedReader open(Reader in) {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        try {
            skipBom(reader);
        } catch (IOException e) {
            throw new KanoInputException("input", "cannot be read: " + e.getMessage());
        }
        return reader;
    }

    /** {@code records.hasNext()}, turning parser failures into one clear input error. */
    static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, String src) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CharacterCodingException) {
                throw new KanoInputException(src, parser.getCurrentLineNumber(), null, null,
                        "is not valid UTF-8 text at this line; save the file as UTF-8 or choose its encoding");
            }
            throw new KanoInputException(src, parser.getCurrentLineNumber(), null, null, "malformed CSV near line "
                    + parser.getCurrentLineNumber() + " (" + (cause == null ? e.getMessage() : cause.getMessage())
                    + "); expected RFC 4180 quoting, e.g. a closing quote for every opening quote");
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new KanoInputException(src, parser.getCurrentLineNumber(), null, null, "malformed CSV near line "
                    + parser.getCurrentLineNumber() + " (" + e.getMessage() + ")");
        }
    }

    /** What to do with a parser once the file is open and its delimiter detected. */
    interface ParserBody<T> {
        T read(CSVParser parser, String source);
    }

    /** Opens a file, detects the delimiter and hands the parser to {@code body}; I/O problems become input errors. */
    static <T> T withParser(Path file, Charset charset, ParserBody<T> body) {
        Objects.requireNonNull(file, "The parameter 'file' must not be null.");
        try (BufferedReader in = open(file, charset)) {
            return withParser(in, file.toString(), charset, body);
        } catch (IOException e) {
            throw new KanoInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** As {@link #withParser(Path, Charset, ParserBody)} for text from a reader named {@code source}. */
    static <T> T withParser(Reader reader, String source, Charset charset, ParserBody<T> body) {
        BufferedReader in = open(reader);
        String src = source == null ? "input" : source;
        try {
            char delimiter = detectDelimiter(in);
            CSVParser parser = CSVParser.builder().setReader(in).setFormat(format(delimiter)).get();
            return body.read(parser, src);
        } catch (CharacterCodingException e) {
            throw new KanoInputException(src, "is not valid " + charset.name() + " text; save it as UTF-8 or choose "
                    + "its encoding");
        } catch (IOException e) {
            throw new KanoInputException(src, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Scale detection: a five-point table whose answers (at least 30 pairs) never use the fourth or fifth
     * level suggests a three-point questionnaire read as codes 1–3; returns a warning, or null.
     */
    static String threePointWarning(KanoTally tally,
            EvaluationTable table) {
        if (table.levels() != 5) {
            return null;
        }
        long pairs = 0;
        for (AttributeTally t : tally.attributes().values()) {
            for (int f = 0; f < 5; f++) {
                for (int d = 0; d < 5; d++) {
                    if ((f >= 3 || d >= 3) && t.pairCount(f, d) > 0) {
                        return null;
                    }
                    pairs += t.pairCount(f, d);
                }
            }
        }
        return pairs >= 30 ? "no answer uses the levels 4 or 5 (live-with, dislike) in " + pairs + " pairs: if this "
                + "is the three-point questionnaire, read and analyse it with the three-point evaluation table" : null;
    }
}
