package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.allocation.KpiFloor;
import io.github.kano4j.internal.Check;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads KPI values per segment for the operational floors of {@link KpiFloor}: a CSV with the columns
 * {@code segment, attribute, kpi, value} (also 细分, 属性, 指标, 数值), one row per segment, attribute and KPI, e.g.
 * {@code Site A,Answer without a busy line,answer_rate,86.5}. A value may end in {@code %}. Every row is used or
 * refused with a message naming the file, row, column and value.
 */
public final class KpiCsvReader {
    private static final String[][] NAMES = {{"segment", "细分", "分组", "site"}, {"attribute", "属性"},
        {"kpi", "指标", "kpi_name"}, {"value", "数值", "值", "kpi_value"}};

    private KpiCsvReader() {
    }

    /** Every KPI value of the file, in its order. */
    public static List<KpiFloor.Observation> read(Path file) {
        Check.notNull(file, "file");
        return CsvFiles.withParser(file, StandardCharsets.UTF_8, KpiCsvReader::read);
    }

    private static List<KpiFloor.Observation> read(CSVParser parser, String src) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!CsvFiles.hasNext(records, parser, src)) {
            throw new KanoInputException(src, "is empty; expected a KPI file with columns segment, attribute, kpi, "
                    + "value");
        }
        List<String> header = records.next().toList();
        int[] at = CsvFiles.namedColumns(header, NAMES, src, "segment, attribute, kpi, value (one row per segment, "
                + "attribute and KPI)");
        List<KpiFloor.Observation> out = new ArrayList<>();
        while (CsvFiles.hasNext(records, parser, src)) {
            CSVRecord r = records.next();
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue; // a blank line
            }
            String[] cell = CsvFiles.requiredCells(r, at, NAMES, src, "a segment, an attribute, a KPI name and its "
                    + "value");
            double value = CsvFiles.numberOrPercent(cell[3], false);
            if (!Double.isFinite(value)) {
                throw new KanoInputException(src, r.getRecordNumber(), NAMES[3][0], cell[3], "not a number; expected "
                        + "the KPI's value in that segment, e.g. 86.5 or 86.5%");
            }
            out.add(new KpiFloor.Observation(cell[0], cell[1], cell[2], value));
        }
        return out;
    }
}
