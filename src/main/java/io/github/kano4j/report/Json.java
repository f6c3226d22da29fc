package io.github.kano4j.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON for pipelines, from the tidy CSV of a result (so both always carry the same fields): an array with one
 * object per CSV row, keys the CSV column names. A column whose every cell is a number or empty is written as
 * numbers (empty and NaN as {@code null}), a column of {@code true}/{@code false} as booleans, every other column —
 * and names, labels and sentences always — as strings.
 */
final class Json {
    private static final Set<String> ALWAYS_TEXT = Set.of("attribute", "segment", "segment_column", "label",
            "sentence", "evidence", "flags", "rules");

    private Json() {
    }

    static String fromCsv(String csv) {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<String> columns = p.getHeaderNames();
            List<CSVRecord> rows = p.getRecords();
            char[] kind = kinds(columns, rows);
            StringBuilder sb = new StringBuilder("[");
            for (int r = 0; r < rows.size(); r++) {
                sb.append(r == 0 ? "\n  {" : ",\n  {");
                for (int c = 0; c < columns.size(); c++) {
                    String v = rows.get(r).get(c);
                    sb.append(c == 0 ? "" : ", ").append(string(columns.get(c))).append(": ");
                    switch (kind[c]) {
                        case 'n' -> sb.append(v.isEmpty() || v.equalsIgnoreCase("nan") ? "null" : v);
                        case 'b' -> sb.append(v.isEmpty() ? "null" : v);
                        default -> sb.append(string(v));
                    }
                }
                sb.append('}');
            }
            return sb.append(rows.isEmpty() ? "]\n" : "\n]\n").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each column's kind: n number (every value a number or NaN), b boolean, s string. */
    static char[] kinds(List<String> columns, List<CSVRecord> rows) {
        char[] kind = new char[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            kind[c] = ALWAYS_TEXT.contains(columns.get(c)) ? 's' : kind(rows, c);
        }
        return kind;
    }

    private static char kind(List<CSVRecord> rows, int c) {
        boolean numbers = true;
        boolean booleans = true;
        boolean any = false;
        for (CSVRecord r : rows) {
            String v = r.get(c);
            if (v.isEmpty()) {
                continue;
            }
            any = true;
            booleans &= v.equals("true") || v.equals("false");
            numbers &= isNumber(v);
        }
        return !any ? 'n' : booleans ? 'b' : numbers ? 'n' : 's';
    }

    /** A JSON number as written (the CSV writers print Java's {@code 0.25}, {@code 396}, {@code 1.0E-5}). */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private static boolean isNumber(String v) {
        return v.equalsIgnoreCase("nan") || NUMBER.matcher(v).matches();
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
