package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Excel workbooks ({@code .xlsx}) as the readers' input: one sheet (the first, or one named) becomes CSV text that
 * the CSV readers then read, so every layout, wording, check and message applies unchanged. Rows count from the
 * header, which is the first row with a cell; below it an empty sheet row becomes a row of empty cells (reported
 * like any row without answers), so with the header in row 1 "row 17" in a message is row 17 in Excel. Numbers are written as Excel stores them ({@code 1}, {@code 7.5}), text as it is,
 * empty cells empty. The workbook reader {@code org.dhatim:fastexcel-reader} is an optional dependency: without it,
 * a workbook gives one message naming the artifact to add.
 */
final class Workbooks {
    /** The artifact that reads workbooks, named in the message when it is missing. */
    static final String READER_ARTIFACT = "org.dhatim:fastexcel-reader:0.19.0";

    private Workbooks() {
    }

    /** Whether the file is an Excel workbook: an {@code .xlsx} name or the zip signature of one. */
    static boolean isWorkbook(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** The name a workbook sheet is reported under: {@code file [sheet NAME]}. */
    static String source(Path file, String sheet) {
        return file + " [sheet " + sheet + "]";
    }

    /** One sheet as CSV text, with the sheet's name; {@code sheetName} null for the first sheet. */
    record SheetText(String sheet, String csv) {
    }

    /** Reads one sheet of a workbook as CSV text. */
    static SheetText read(Path file, String sheetName) {
        String src = file.toString();
        if (!readerPresent()) {
            throw new KanoInputException(src, "is an Excel workbook; reading it needs the optional dependency "
                    + READER_ARTIFACT + " (add it to your build; the kano4j CLI jar has it), or save the sheet as "
                    + "CSV UTF-8");
        }
        if (!Files.isRegularFile(file)) {
            throw new KanoInputException(src, Files.isDirectory(file) ? "is a directory; expected a workbook"
                    : "file not found");
        }
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = sheetName == null ? workbook.getFirstSheet() : workbook.findSheet(sheetName).orElse(null);
            if (sheet == null) {
                String names;
                try (Stream<Sheet> sheets = workbook.getSheets()) {
                    names = sheets.map(s -> "\"" + s.getName() + "\"").collect(Collectors.joining(", "));
                }
                throw new KanoInputException(src, "has no sheet \"" + sheetName + "\"; its sheets are " + names);
            }
            StringBuilder out = new StringBuilder();
            try (Stream<Row> rows = sheet.openStream(); CSVPrinter printer = new CSVPrinter(out,
                    CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                int width = -1;
                int next = 0;
                Iterator<Row> it = rows.iterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    List<String> cells = cells(row);
                    if (width < 0) {
                        // the first row with cells is the header; rows above it are not rows of the survey
                        if (cells.stream().allMatch(String::isEmpty)) {
                            continue;
                        }
                        width = cells.size();
                    } else {
                        for (; next < row.getRowNum(); next++) {
                            printer.printRecord(blank(width));
                        }
                        while (cells.size() < width) {
                            cells.add("");
                        }
                    }
                    printer.printRecord(cells);
                    next = row.getRowNum() + 1;
                }
            }
            return new SheetText(sheet.getName(), out.toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof KanoInputException k) {
                throw k;
            }
            throw new KanoInputException(src, "cannot be read as an Excel workbook (" + e.getMessage() + "); expected "
                    + "an .xlsx file, or save the sheet as CSV UTF-8");
        }
    }

    private static List<String> blank(int width) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cells.add("");
        }
        return cells;
    }

    /** A row's cells as text, up to its last cell. */
    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : text(cell));
        }
        return out;
    }

    private static String text(Cell cell) {
        switch (cell.getType()) {
            case NUMBER:
                BigDecimal n = cell.asNumber();
                return n == null ? "" : n.stripTrailingZeros().toPlainString();
            case EMPTY:
                return "";
            case BOOLEAN:
                return String.valueOf(cell.asBoolean());
            case FORMULA:
                // the value Excel computed and saved with the formula
                String cached = cell.getRawValue();
                return cached == null ? "" : cached;
            default:
                String raw = cell.getText();
                return raw == null ? "" : raw;
        }
    }

    /** Whether the optional workbook reader is on the class or module path. */
    static boolean readerPresent() {
        try {
            Class.forName("org.dhatim.fastexcel.reader.ReadableWorkbook", false, Workbooks.class.getClassLoader());
            return Workbooks.class.getModule().getLayer() == null
                    || Workbooks.class.getModule().getLayer().findModule("org.dhatim.fastexcel.reader").isPresent();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
