package io.github.kano4j.cli;

import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.internal.Text;
import io.github.kano4j.io.AttributeSheet;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.MarginsCsvReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.report.Report;
import io.github.kano4j.stats.Raking;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shared parsing of command-line option values; every problem is a one-line usage error. */
final class Args {
    private Args() {
    }

    /** The value after an option. */
    static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value; see kano4j --help");
        }
        return args[i];
    }

    /** A number. */
    static double number(String s, String option) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, was \"" + s + "\"");
        }
    }

    /** A whole number ≥ 0. */
    static int integer(String s, String option) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v < 0) {
                throw new UsageException(option + " needs a non-negative whole number, was \"" + s + "\"");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, was \"" + s + "\"");
        }
    }

    /** A whole number from 0 to {@code max}, checked before anything is allocated for it. */
    static int count(String s, String option, int max) {
        String range = option + " needs a whole number from 0 to " + max + ", was \"" + Text.shortened(s, 40) + "\"";
        try {
            long v = Long.parseLong(s.strip());
            if (v < 0 || v > max) {
                throw new UsageException(range);
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new UsageException(range);
        }
    }

    /** A seed: any whole number that fits in 64 bits. */
    static long seed(String s, String option) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number (64-bit), was \"" + Text.shortened(s, 40) + "\"");
        }
    }

    /** A language: en, zh (zh-Hans) or zh-Hant. */
    static Language language(String s) {
        try {
            return Language.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--language: " + e.getMessage());
        }
    }

    /** A file with a header and no data rows has nothing to analyse: bad input for the command line. */
    /**
     * {@code --groups FILE}: the groups of an attribute sheet ({@code attribute,group}, or a sheet with a group
     * column), by attribute; its ingest report goes to {@code err}.
     */
    static Map<String, String> groups(Path file, Language language, PrintStream err) {
        AttributeSheet sheet = AttributeSheetReader.read(file);
        err.print(sheet.report().text(language));
        Map<String, String> out = AttributeFacts.groupsOf(sheet.facts());
        if (out.isEmpty()) {
            throw new UsageException("--groups " + file + ": no attribute has a group; expected a CSV with columns "
                    + "attribute,group");
        }
        return out;
    }

    /** A warning for group-file attributes that the survey does not have (they are not used). */
    static void warnUngrouped(List<String> unknown, Path file, PrintStream err) {
        if (!unknown.isEmpty()) {
            err.println("kano4j: warning: --groups " + file + " names " + unknown.size() + " attribute"
                    + (unknown.size() == 1 ? "" : "s") + " not in the survey, not used: " + String.join(", ", unknown));
        }
    }

    /**
     * {@code --weight COLUMN}, {@code --rake MARGINS.csv} and {@code --trim LO,HI}: how a satisfaction reader weights
     * its respondents (docs/METHODS.md §7.6).
     */
    static final class Weighting {
        private String column;
        private Path margins;
        private double[] trim = {Double.NaN, Double.NaN};

        /** Reads the option at {@code args[i]} if it is one of these; the index of its value, or −1 if it is not. */
        int take(String[] args, int i) {
            switch (args[i]) {
                case "--weight" -> column = value(args, i + 1, args[i]);
                case "--rake" -> margins = Path.of(value(args, i + 1, args[i]));
                case "--trim" -> {
                    String[] parts = value(args, i + 1, args[i]).split("\\s*,\\s*");
                    if (parts.length != 2) {
                        throw new UsageException("--trim needs LO,HI (multiples of the mean weight), e.g. --trim 0.3,3");
                    }
                    trim = new double[] {number(parts[0], "--trim"), number(parts[1], "--trim")};
                }
                default -> {
                    return -1;
                }
            }
            return i + 1;
        }

        /** The Kano reader weighting as asked. */
        KanoCsvReader apply(KanoCsvReader reader) {
            return apply(reader, KanoCsvReader::withWeight, KanoCsvReader::withRaking);
        }

        /** The satisfaction reader weighting as asked. */
        SatisfactionCsvReader apply(SatisfactionCsvReader reader) {
            return apply(reader, SatisfactionCsvReader::withWeight, SatisfactionCsvReader::withRaking);
        }

        /** How a reader is given its raking. */
        private interface Raker<T> {
            T rake(T reader, List<Raking.Margin> margins, double lower, double upper);
        }

        private <T> T apply(T reader, java.util.function.BiFunction<T, String, T> weight, Raker<T> raking) {
            T r = column == null ? reader : weight.apply(reader, column);
            if (margins != null) {
                List<Raking.Margin> read = MarginsCsvReader.read(margins); // its errors name the file and row
                try {
                    r = raking.rake(r, read, trim[0], trim[1]);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--trim: " + e.getMessage());
                }
            } else if (!Double.isNaN(trim[0]) || !Double.isNaN(trim[1])) {
                throw new UsageException("--trim applies to raking; give --rake MARGINS.csv too");
            }
            return r;
        }
    }

    static void requireRows(IngestReport report) {
        if (report.rowsRead() == 0) {
            throw new KanoInputException(report.source(), "has a header but no data rows; nothing to analyse");
        }
    }

    /** An output format: text, csv, markdown or html. */
    static String format(String s) {
        String f = s.toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json", "markdown", "html", "xlsx").contains(f)) {
            throw new UsageException("unknown format \"" + s + "\"; expected text, csv, json, markdown, html or xlsx");
        }
        return f;
    }

    /** Creates the directory (and its parents) when missing; an output error names why it cannot. */
    static void directory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException("cannot create the directory " + dir + ": " + (e instanceof
                    FileAlreadyExistsException ? "a file of that name exists" : e.getMessage()));
        }
    }

    /** How CSV text cells are written: neutralised (default) or verbatim. */
    static Report.CsvCells csvCells(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "neutralised", "neutralized" -> Report.CsvCells.NEUTRALISED;
            case "verbatim" -> Report.CsvCells.VERBATIM;
            default -> throw new UsageException("--csv-cells needs neutralised or verbatim, was \"" + Text.shortened(s, 40)
                    + "\"");
        };
    }

    /**
     * Prints {@code text} to {@code out}, or writes it to {@code file}: refused when the file is one of the inputs;
     * written to a temporary file beside it and moved into place, so a failure leaves the previous file intact.
     */
    static void emit(String text, Path file, PrintStream out, List<Path> inputs) {
        if (file == null) {
            out.print(text);
            out.flush();
            if (out.checkError()) {
                throw new OutputException("cannot write the result to standard output (closed, full or broken pipe)");
            }
            return;
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        write(file, inputs, tmp -> Files.write(tmp, content));
    }

    /** Output written as it is made. */
    interface Output {
        /** Appends the output to {@code out}. */
        void to(Appendable out) throws IOException;
    }

    /**
     * As {@link #emit(String, Path, PrintStream, List)}, writing the output as it is made (a large CSV is never held
     * whole): to {@code out}, or to a temporary file moved into place.
     */
    static void emit(Output output, Path file, PrintStream out, List<Path> inputs) {
        if (file == null) {
            try {
                output.to(out);
            } catch (IOException e) {
                throw new OutputException("cannot write the result to standard output: " + e.getMessage());
            }
            out.flush();
            if (out.checkError()) {
                throw new OutputException("cannot write the result to standard output (closed, full or broken pipe)");
            }
            return;
        }
        write(file, inputs, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                output.to(w);
            }
        });
    }

    /** Checks, before any work, that binary output has a file to go to. */
    static void requireOutFile(String format, Path file) {
        if (format.equals("xlsx") && file == null) {
            throw new UsageException("--format xlsx writes a workbook: name the file with --out FILE.xlsx");
        }
    }

    /** Writes a workbook to {@code --out FILE}, which binary output needs. */
    static void emitWorkbook(byte[] workbook, Path file, List<Path> inputs) {
        if (file == null) {
            throw new UsageException("--format xlsx writes a workbook: name the file with --out FILE.xlsx");
        }
        write(file, inputs, tmp -> Files.write(tmp, workbook));
    }

    /** Fills a temporary file. */
    private interface Fill {
        void into(Path tmp) throws IOException;
    }

    /** Writes a file atomically (a temporary file moved into place); never over an input file. */
    private static void write(Path file, List<Path> inputs, Fill fill) {
        for (Path input : inputs) {
            if (input != null && sameFile(input, file)) {
                throw new UsageException("--out " + file + " is an input file; choose another output file so the "
                        + "input is not overwritten");
            }
        }
        if (Files.isDirectory(file)) {
            throw new OutputException("cannot write " + file + ": it is a directory");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".kano4j-", ".tmp");
            fill.into(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new OutputException("cannot write " + file + ": permission denied");
        } catch (NoSuchFileException e) {
            throw new OutputException("cannot write " + file + ": the folder " + dir + " does not exist");
        } catch (IOException e) {
            String why = String.valueOf(e.getMessage());
            throw new OutputException("cannot write " + file + ": " + (why.contains("No space") ? "no space left on "
                    + "the device" : why));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and names itself
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            return false;
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
