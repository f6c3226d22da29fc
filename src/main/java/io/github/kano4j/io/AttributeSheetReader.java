package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.internal.Check;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an attribute sheet for allocation: a column {@code attribute} and any of {@code mean},
 * {@code share_low}, {@code share_high}, {@code benchmark}, {@code unit_cost}, {@code importance}, {@code tau}.
 * Blank cells are unknown; other columns are ignored. A cell that is not a number, a share or τ outside [0, 1], a
 * unit cost that is not positive, a negative importance or a repeated attribute is an error naming the sheet,
 * row, column and value. The plan reports sheet rows whose attribute matches no surveyed attribute.
 */
public final class AttributeSheetReader {
    private static final List<String> COLUMNS = List.of("mean", "share_low", "share_high", "benchmark", "unit_cost",
            "importance", "tau");

    private AttributeSheetReader() {
    }

    /** Facts per attribute name, in sheet order. */
    public static Map<String, AttributeFacts> read(Path file) {
        Check.notNull(file, "file");
        String src = file.toString();
        try (BufferedReader in = CsvFiles.open(file, StandardCharsets.UTF_8)) {
            char delimiter = CsvFiles.detectDelimiter(in);
            CSVParser parser = CSVParser.builder().setReader(in).setFormat(CsvFiles.format(delimiter)).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!CsvFiles.hasNext(records, parser, src)) {
                throw new KanoInputException(src, "is empty; expected a header with an 'attribute' column");
            }
            List<String> header = records.next().toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int name = header.indexOf("attribute");
            if (name < 0) {
                throw new KanoInputException(src, 1, "attribute", null, "column not found; expected 'attribute' and any "
                        + "of " + COLUMNS);
            }
            int[] idx = COLUMNS.stream().mapToInt(header::indexOf).toArray();
            Map<String, AttributeFacts> out = new LinkedHashMap<>();
            while (CsvFiles.hasNext(records, parser, src)) {
                CSVRecord r = records.next();
                String attribute = name < r.size() ? r.get(name).strip() : "";
                if (attribute.isEmpty()) {
                    continue;
                }
                if (out.containsKey(attribute)) {
                    throw new KanoInputException(src, r.getRecordNumber(), "attribute", attribute,
                            "repeats an attribute of an earlier row; give each attribute one row");
                }
                double[] v = new double[COLUMNS.size()];
                for (int k = 0; k < v.length; k++) {
                    String cell = idx[k] >= 0 && idx[k] < r.size() ? r.get(idx[k]).strip() : "";
                    v[k] = cell.isEmpty() ? Double.NaN : SatisfactionCsvReader.number(cell);
                    if (!cell.isEmpty() && Double.isNaN(v[k])) {
                        throw new KanoInputException(src, r.getRecordNumber(), COLUMNS.get(k), cell, "not a number");
                    }
                    String problem = check(COLUMNS.get(k), v[k]);
                    if (problem != null) {
                        throw new KanoInputException(src, r.getRecordNumber(), COLUMNS.get(k), cell, problem);
                    }
                }
                out.put(attribute, new AttributeFacts(attribute, v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
            }
            return out;
        } catch (IOException e) {
            throw new KanoInputException(src, "cannot be read: " + e.getMessage());
        }
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
