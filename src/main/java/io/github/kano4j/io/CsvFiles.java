package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.internal.Check;
import io.github.kano4j.questionnaire.AttributeTally;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.stats.Raking;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Opening survey files as they really are: a missing file or a directory gives one clear message, a
 * UTF-8 byte-order mark is skipped, malformed bytes are reported (not replaced), and the delimiter
 * (comma, semicolon or tab) is detected from the header line.
 */
final class CsvFiles {
    private static final int PEEK_LIMIT = 1 << 20;
    /** Column names (lower case) that hold respondent ids: checked for duplicates, never read as answers. */
    static final List<String> ID_COLUMNS = List.of("id", "respondent", "respondent_id", "respondentid", "rid",
            "respondent id", "responseid", "序号", "序號", "答卷编号", "答卷編號");

    private CsvFiles() {
    }

    /** Opens a file for reading, positioned after any byte-order mark. */
    static BufferedReader open(Path file, Charset charset) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new KanoInputException(source, "is a directory; expected a CSV file");
        }
        try {
            BufferedReader reader = new Guarded(new GuardedReader(new DecodingReader(Files.newInputStream(file),
                    charset), source, charset.name()));
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

    /** A buffered reader over a {@link GuardedReader}, so it is not wrapped twice. */
    private static final class Guarded extends BufferedReader {
        Guarded(GuardedReader in) {
            super(in, 1 << 16);
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
     * The delimiter: of comma, semicolon and tab (outside quotes), the one that splits the header and the next
     * data lines (up to 20) into the same number of fields, preferring the one the header uses most; comma when
     * none occurs. The reader is reset to where it was.
     */
    static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(PEEK_LIMIT);
        char[] candidates = {',', ';', '\t'};
        List<int[]> lines = new ArrayList<>();
        int[] current = new int[3];
        boolean quoted = false;
        boolean content = false;
        for (int k = 0; k < PEEK_LIMIT - 1 && lines.size() < 20; k++) {
            int c = reader.read();
            if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
                if (content) {
                    lines.add(current);
                }
                current = new int[3];
                content = false;
                if (c == -1) {
                    break;
                }
                continue;
            }
            content = true;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < 3; d++) {
                    if (c == candidates[d]) {
                        current[d]++;
                    }
                }
            }
        }
        reader.reset();
        if (lines.isEmpty()) {
            return ',';
        }
        // the delimiter splits the header and the data lines into the same number of fields; ties go to the one
        // the header uses most, then comma, semicolon, tab
        int best = 0;
        long bestScore = Long.MIN_VALUE;
        for (int d = 0; d < 3; d++) {
            int header = lines.get(0)[d];
            if (header == 0) {
                continue;
            }
            int consistent = 0;
            for (int[] line : lines.subList(1, lines.size())) {
                if (line[d] == header) {
                    consistent++;
                }
            }
            long score = (long) consistent * 1_000_000 + header;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return candidates[best];
    }

    /** The CSV format of survey files: RFC 4180 quoting, blank lines skipped, surrounding spaces kept. */
    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    /** A human name for a delimiter in messages. */
    static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : delimiter == ';' ? "semicolon" : "comma";
    }

    /** Wraps a reader that is not a file (tests, streams) with BOM skipping and the line guard. */
    static BufferedReader open(Reader in, String source) {
        if (in instanceof Guarded g) {
            return g;
        }
        BufferedReader reader = new Guarded(new GuardedReader(in, source == null ? "input" : source));
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
        } catch (KanoInputException e) {
            throw e;
        } catch (UncheckedIOException e) {
            rethrowInputError(e);
            Throwable cause = e.getCause();
            if (cause instanceof CharacterCodingException) {
                throw new KanoInputException(src, parser.getCurrentLineNumber(), null, null,
                        "is not valid UTF-8 text at this line; save the file as UTF-8 or choose its encoding");
            }
            throw new KanoInputException(src, parser.getCurrentLineNumber(), null, null, "malformed CSV near line "
                    + parser.getCurrentLineNumber() + " (" + (cause == null ? e.getMessage() : cause.getMessage())
                    + "); expected RFC 4180 quoting, e.g. a closing quote for every opening quote");
        } catch (IllegalStateException | IllegalArgumentException e) {
            rethrowInputError(e);
            throw new KanoInputException(src, parser.getCurrentLineNumber(), null, null, "malformed CSV near line "
                    + parser.getCurrentLineNumber() + " (" + e.getMessage() + ")");
        }
    }

    /** Rethrows the guard's own input error (a line or field limit, invalid bytes) when the parser wrapped it. */
    private static void rethrowInputError(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof KanoInputException k) {
                throw k;
            }
        }
    }

    /** What to do with a parser once the file is open and its delimiter detected. */
    interface ParserBody<T> {
        T read(CSVParser parser, String source);
    }

    /** Opens a file, detects the delimiter and hands the parser to {@code body}; I/O problems become input errors. */
    static <T> T withParser(Path file, Charset charset, ParserBody<T> body) {
        Check.notNull(file, "file");
        try (BufferedReader in = open(file, charset)) {
            return withParser(in, file.toString(), charset, body);
        } catch (IOException e) {
            throw new KanoInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** As {@link #withParser(Path, Charset, ParserBody)} for text from a reader named {@code source}. */
    static <T> T withParser(Reader reader, String source, Charset charset, ParserBody<T> body) {
        Check.notNull(reader, "reader");
        String src = Check.notNull(source, "source");
        BufferedReader in = open(reader, src);
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

    /**
     * A respondent's weight from a cell: a positive finite number (comma decimal accepted), or one message naming
     * the file, row, column and value.
     */
    static double weight(String value, String src, long row, String column) {
        double w = Cells.number(value);
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new KanoInputException(src, row, column, value.strip(), "not a respondent weight; expected a positive "
                    + "number");
        }
        return w;
    }

    /** A respondent's category of each raking margin, read from its column; a category outside its margin stops. */
    static String[] marginCategories(CSVRecord rec, int[] columns, List<String> header, List<Raking.Margin> margins,
            String src) {
        String[] out = new String[columns.length];
        for (int v = 0; v < columns.length; v++) {
            out[v] = rec.get(columns[v]).strip();
            if (!margins.get(v).shares().containsKey(out[v])) {
                throw new KanoInputException(src, rec.getRecordNumber(), header.get(columns[v]).strip(), out[v],
                        "not a category of its raking margin; expected one of " + margins.get(v).shares().keySet());
            }
        }
        return out;
    }

    /** Rakes base weights to the margins; a margin that cannot be met stops the read with the reason. */
    static Raking.Result rake(List<String[]> categories, List<Raking.Margin> margins, double[] base, double[] trim,
            String src) {
        try {
            return Raking.rake(categories.toArray(new String[0][]), margins, base, Raking.TOLERANCE, Raking.MAX_SWEEPS,
                    trim[0], trim[1]);
        } catch (IllegalArgumentException e) {
            throw new KanoInputException(src, "cannot be raked: " + e.getMessage());
        }
    }

    /**
     * The positions of named columns in a header (compared stripped and lower-case): for each role, the first of
     * its accepted names that the header has. A role the header lacks stops the read naming it and {@code expected}.
     */
    static int[] namedColumns(List<String> header, String[][] names, String src, String expected) {
        List<String> lower = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int[] at = new int[names.length];
        for (int k = 0; k < names.length; k++) {
            at[k] = -1;
            for (String name : names[k]) {
                at[k] = at[k] >= 0 ? at[k] : lower.indexOf(name);
            }
            if (at[k] < 0) {
                throw new KanoInputException(src, 1, names[k][0], null, "column not found; expected the columns "
                        + expected + ", the header is " + lower);
            }
        }
        return at;
    }

    /** The stripped cells of a row at the given columns; an empty one stops the read naming its role and {@code what}. */
    static String[] requiredCells(CSVRecord row, int[] at, String[][] names, String src, String what) {
        String[] cell = new String[at.length];
        for (int k = 0; k < at.length; k++) {
            cell[k] = at[k] < row.size() ? row.get(at[k]).strip() : "";
            if (cell[k].isEmpty()) {
                throw new KanoInputException(src, row.getRecordNumber(), names[k][0], "", "missing; every row needs "
                        + what);
            }
        }
        return cell;
    }

    /** A number that may end in {@code %} (then divided by 100 when {@code percentScale}); NaN when it is none. */
    static double numberOrPercent(String text, boolean percentScale) {
        boolean percent = text.endsWith("%");
        try {
            double v = Double.parseDouble(percent ? text.substring(0, text.length() - 1).strip() : text);
            return percent && percentScale ? v / 100 : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
