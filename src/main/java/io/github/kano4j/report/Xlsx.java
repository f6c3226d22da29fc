package io.github.kano4j.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Excel workbooks out: each sheet is one of the library's CSV tables, its header in bold and frozen, numbers as
 * numbers (typed as in the JSON output: a column is numeric when every cell is a number; NaN left empty), the
 * rest as text — written as values, never formulas. The writer {@code org.dhatim:fastexcel} is an optional
 * dependency; without it, one message names the artifact to add.
 */
final class Xlsx {
    /** The artifact that writes workbooks, named in the message when it is missing. */
    static final String WRITER_ARTIFACT = "org.dhatim:fastexcel:0.19.0";
    /** Excel's limit on a sheet name. */
    private static final int MAX_SHEET_NAME = 31;

    private Xlsx() {
    }

    /** A workbook with one sheet per entry: sheet name → CSV text with a header row. */
    static byte[] of(Map<String, String> sheets) {
        if (!writerPresent()) {
            throw new UnsupportedOperationException("Writing Excel workbooks needs the optional dependency "
                    + WRITER_ARTIFACT + "; add it to your build (the kano4j CLI jar has it)");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "kano4j", "1.0")) {
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                write(workbook.newWorksheet(sheetName(sheet.getKey())), sheet.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Text lines (an ingest report, provenance) as a one-column CSV table named {@code column}. */
    static String lines(String column, String text) {
        StringBuilder sb = new StringBuilder(column).append('\n');
        for (String line : text.split("\n")) {
            sb.append('"').append(line.replace("\"", "\"\"")).append("\"\n");
        }
        return sb.toString();
    }

    private static void write(Worksheet ws, String csv) throws IOException {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<String> columns = p.getHeaderNames();
            List<CSVRecord> rows = p.getRecords();
            char[] kinds = Json.kinds(columns, rows);
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c));
                ws.style(0, c).bold().set();
            }
            ws.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.isEmpty() || (kinds[c] == 'n' && v.equalsIgnoreCase("nan"))) {
                        continue;
                    }
                    switch (kinds[c]) {
                        case 'n' -> ws.value(r + 1, c, Double.parseDouble(v));
                        case 'b' -> ws.value(r + 1, c, Boolean.parseBoolean(v));
                        default -> ws.value(r + 1, c, v);
                    }
                }
            }
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return s.length() > MAX_SHEET_NAME ? s.substring(0, MAX_SHEET_NAME) : s;
    }

    private static boolean writerPresent() {
        try {
            Class.forName("org.dhatim.fastexcel.Workbook", false, Xlsx.class.getClassLoader());
            ModuleLayer layer = Xlsx.class.getModule().getLayer();
            return layer == null || layer.findModule("org.dhatim.fastexcel").isPresent();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
