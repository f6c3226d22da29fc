package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.internal.Check;
import io.github.kano4j.satisfaction.PlanTracking;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the floors and targets of a saved allocation plan — the CSV that {@code Report.csv(plan)} and
 * {@code kano4j allocate --format csv} write — to measure them again in a later wave ({@link PlanTracking}).
 */
public final class PlanCsvReader {
    private static final List<String> NEEDED = List.of("attribute", "floor_metric", "floor_op", "floor_value",
            "floor_current", "target_metric", "target_op", "target_value", "target_current");

    private PlanCsvReader() {
    }

    /** Every floor and target of the plan, in its order (attributes without one are skipped). */
    public static List<PlanTracking.Goal> goals(Path file) {
        Check.notNull(file, "file");
        return CsvFiles.withParser(file, StandardCharsets.UTF_8, PlanCsvReader::goals);
    }

    private static List<PlanTracking.Goal> goals(CSVParser parser, String src) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!CsvFiles.hasNext(records, parser, src)) {
            throw new KanoInputException(src, "is empty; expected the CSV of an allocation plan");
        }
        List<String> header = records.next().toList().stream().map(String::strip).toList();
        int[] at = new int[NEEDED.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = header.indexOf(NEEDED.get(k));
            if (at[k] < 0) {
                throw new KanoInputException(src, 1, NEEDED.get(k), null, "column not found; expected the CSV of an "
                        + "allocation plan (kano4j allocate --format csv), which has " + String.join(", ", NEEDED));
            }
        }
        List<PlanTracking.Goal> out = new ArrayList<>();
        while (CsvFiles.hasNext(records, parser, src)) {
            CSVRecord r = records.next();
            if (r.size() < header.size()) {
                continue;
            }
            add(out, r, at[0], "floor", at[1], at[2], at[3], at[4], src);
            add(out, r, at[0], "target", at[5], at[6], at[7], at[8], src);
        }
        return out;
    }

    private static void add(List<PlanTracking.Goal> out, CSVRecord r, int attribute, String kind, int metric, int op,
            int value, int current, String src) {
        String m = r.get(metric).strip();
        if (m.isEmpty()) {
            return;
        }
        String o = r.get(op).strip();
        if (!o.equals("<=") && !o.equals(">=")) {
            throw new KanoInputException(src, r.getRecordNumber(), kind + "_op", o, "expected <= or >=");
        }
        out.add(new PlanTracking.Goal(r.get(attribute).strip(), kind, m, o, number(r, value, kind + "_value", src),
                r.get(current).isBlank() ? Double.NaN : number(r, current, kind + "_current", src)));
    }

    private static double number(CSVRecord r, int column, String name, String src) {
        String v = r.get(column).strip();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new KanoInputException(src, r.getRecordNumber(), name, v, "not a number; expected the boundary "
                    + "value the plan wrote");
        }
    }
}
