package io.github.kano4j.io;

import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.internal.Check;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an attribute sheet for allocation: a column {@code attribute} and any of {@code mean},
 * {@code share_low}, {@code share_high}, {@code benchmark}, {@code unit_cost}, {@code importance}, {@code tau}, and a
 * text column {@code group} (or 分组 / 部门) the plan rolls up by.
 * Blank cells are unknown. A cell that is not a number, a share or τ outside [0, 1], a unit cost that is not
 * positive, a negative importance, a repeated attribute or a non-blank cell beyond the header is an error naming
 * the sheet, row, column and value. Every row is accounted for in the sheet's {@link IngestReport}: rows whose
 * cells are all blank and rows with values but no attribute name are rejected with their reason (the latter also
 * as a warning naming the row); other columns are listed as unused. The plan reports sheet rows whose attribute
 * matches no surveyed attribute.
 */
public final class AttributeSheetReader {
    /** The group column: {@code group}, or 分组 / 部门 (both scripts). */
    private static final List<String> GROUP_COLUMNS = List.of("group", "分组", "分組", "部门", "部門");
    private static final List<String> COLUMNS = List.of("mean", "share_low", "share_high", "benchmark", "unit_cost",
            "importance", "tau");
    private static final String BLANK = "blank row";
    private static final String NO_NAME = "attribute name missing";

    private AttributeSheetReader() {
    }

    /** Reads a sheet file (UTF-8, comma, semicolon or tab separated; or an Excel workbook's first sheet). */
    public static AttributeSheet read(Path file) {
        Check.notNull(file, "file");
        if (Workbooks.isWorkbook(file)) {
            Workbooks.SheetText text = Workbooks.read(file, null);
            return read(new StringReader(text.csv()), Workbooks.source(file, text.sheet()));
        }
        return CsvFiles.withParser(file, StandardCharsets.UTF_8, AttributeSheetReader::read);
    }

    /** Reads sheet text from a reader; {@code source} names it in messages and in the report. */
    public static AttributeSheet read(Reader reader, String source) {
        Check.notNull(reader, "reader");
        Check.notNull(source, "source");
        return CsvFiles.withParser(reader, source, StandardCharsets.UTF_8, AttributeSheetReader::read);
    }

    private static AttributeSheet read(CSVParser parser, String src) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!CsvFiles.hasNext(records, parser, src)) {
            throw new KanoInputException(src, "is empty; expected a header with an 'attribute' column");
        }
        List<String> raw = records.next().toList();
        List<String> header = raw.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int name = header.indexOf("attribute");
        if (name < 0) {
            throw new KanoInputException(src, 1, "attribute", null, "column not found; expected 'attribute' and any "
                    + "of " + COLUMNS + " and 'group'");
        }
        int[] idx = COLUMNS.stream().mapToInt(header::indexOf).toArray();
        int group = -1;
        for (int c = 0; c < header.size() && group < 0; c++) {
            group = GROUP_COLUMNS.contains(header.get(c)) ? c : -1;
        }
        List<String> unused = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c != name && c != group && !COLUMNS.contains(header.get(c))) {
                unused.add("'" + raw.get(c) + "' (not a sheet column; expected 'attribute' and any of " + COLUMNS
                        + " and 'group')");
            }
        }
        Map<String, AttributeFacts> out = new LinkedHashMap<>();
        Map<String, Long> rejected = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        long read = 0;
        while (CsvFiles.hasNext(records, parser, src)) {
            CSVRecord r = records.next();
            read++;
            for (int c = header.size(); c < r.size(); c++) {
                if (!r.get(c).isBlank()) {
                    throw new KanoInputException(src, r.getRecordNumber(), "field " + (c + 1), r.get(c),
                            "lies beyond the header's " + header.size() + " columns; quote cells that contain the "
                                    + "delimiter");
                }
            }
            String attribute = name < r.size() ? r.get(name).strip() : "";
            if (attribute.isEmpty()) {
                boolean blank = r.stream().allMatch(String::isBlank);
                rejected.merge(blank ? BLANK : NO_NAME, 1L, Long::sum);
                if (!blank) {
                    warnings.add("row " + r.getRecordNumber() + ": values but no attribute name in column "
                            + "'attribute'; the row is not used");
                }
                continue;
            }
            if (out.containsKey(attribute)) {
                throw new KanoInputException(src, r.getRecordNumber(), "attribute", attribute,
                        "repeats an attribute of an earlier row; give each attribute one row");
            }
            double[] v = new double[COLUMNS.size()];
            for (int k = 0; k < v.length; k++) {
                String cell = idx[k] >= 0 && idx[k] < r.size() ? r.get(idx[k]).strip() : "";
                v[k] = cell.isEmpty() ? Double.NaN : Cells.number(cell);
                if (!cell.isEmpty() && Double.isNaN(v[k])) {
                    throw new KanoInputException(src, r.getRecordNumber(), COLUMNS.get(k), cell, "not a number");
                }
                String problem = check(COLUMNS.get(k), v[k]);
                if (problem != null) {
                    throw new KanoInputException(src, r.getRecordNumber(), COLUMNS.get(k), cell, problem);
                }
            }
            String in = group >= 0 && group < r.size() ? r.get(group).strip() : "";
            out.put(attribute, new AttributeFacts(attribute, v[0], v[1], v[2], v[3], v[4], v[5], v[6], in));
        }
        IngestReport report = new IngestReport(src, read, out.size(), rejected, Map.of(), unused, warnings);
        return new AttributeSheet(out, report);
    }
    /** What is wrong with a value of a column, or null. */
    private static String check(String column, double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        if (Double.isInfinite(v)) {
            return "not a finite number";
        }
        return switch (column) {
            case "share_low", "share_high", "tau" -> v >= 0 && v <= 1 ? null
                    : "not a share; expected a number from 0 to 1 (e.g. 0.22 for 22 %)";
            case "unit_cost" -> v > 0 ? null : "not a unit cost; expected a positive number";
            case "importance" -> v >= 0 ? null : "not an importance; expected a number >= 0";
            default -> null;
        };
    }
}
