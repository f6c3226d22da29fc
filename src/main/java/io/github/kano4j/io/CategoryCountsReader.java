package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.CategoryCounts;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads pre-aggregated category counts: {@code attribute, a, o, m, i[, r][, q]} (column names
 * case-insensitive; R and Q default to 0). They support every count-based statistic; the continuous
 * analysis needs answer pairs. A count that is not a whole number ≥ 0 is an error naming row and column; a
 * repeated attribute adds its counts.
 */
final class CategoryCountsReader {
    private CategoryCountsReader() {
    }

    static boolean matches(List<String> header) {
        return LongCsvReader.find(header, "attribute", "feature", "item") >= 0 && LongCsvReader.find(header, "a") >= 0
                && LongCsvReader.find(header, "o") >= 0 && LongCsvReader.find(header, "m") >= 0
                && LongCsvReader.find(header, "i") >= 0;
    }

    static KanoSurvey read(Iterator<CSVRecord> records, CSVParser parser, List<String> header, String src) {
        int name = LongCsvReader.find(header, "attribute", "feature", "item");
        String[] letters = {"a", "o", "m", "i", "r", "q"};
        int[] col = new int[6];
        for (int k = 0; k < 6; k++) {
            col[k] = LongCsvReader.find(header, letters[k]);
        }
        if (name < 0 || col[0] < 0 || col[1] < 0 || col[2] < 0 || col[3] < 0) {
            throw new KanoInputException(src, 1, null, null, "category counts need columns attribute, a, o, m, i "
                    + "(r, q optional); the header is " + header);
        }
        Map<String, CategoryCounts> counts = new LinkedHashMap<>();
        IngestAccounting accounting = new IngestAccounting(src);
        while (CsvFiles.hasNext(records, parser, src)) {
            CSVRecord r = records.next();
            accounting.rowRead();
            if (r.size() < header.size()) {
                accounting.reject(IngestAccounting.Reason.TOO_FEW_FIELDS);
                continue;
            }
            String attribute = r.get(name).strip();
            if (attribute.isEmpty()) {
                accounting.reject(IngestAccounting.Reason.ATTRIBUTE_MISSING);
                continue;
            }
            long[] v = new long[6];
            for (int k = 0; k < 6; k++) {
                if (col[k] < 0) {
                    continue;
                }
                String cell = r.get(col[k]).strip();
                double x = cell.isEmpty() ? 0 : Cells.number(cell);
                if (!(x >= 0) || x != Math.rint(x) || x > 1e15) {
                    throw new KanoInputException(src, r.getRecordNumber(), header.get(col[k]), cell,
                            "not a category count; expected a whole number >= 0");
                }
                v[k] = (long) x;
            }
            CategoryCounts c = new CategoryCounts(v[0], v[1], v[2], v[3], v[4], v[5]);
            try {
                counts.merge(attribute, c, CategoryCounts::plus);
            } catch (IllegalArgumentException e) {
                throw new KanoInputException(src, r.getRecordNumber(), "attribute", attribute, e.getMessage());
            }
            accounting.rowUsed();
        }
        return KanoSurvey.ofCategoryCounts(counts, accounting.report());
    }
}
