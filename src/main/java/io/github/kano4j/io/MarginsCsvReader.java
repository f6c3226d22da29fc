package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.internal.Check;
import io.github.kano4j.stats.Raking;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads population margins for raking (docs/METHODS.md §7.6): a CSV with the columns {@code variable, category,
 * share} (also 变量, 类别, 比例), one row per category, e.g. {@code region,north,0.45}; a share may be written as
 * {@code 45%}. The shares of each variable must sum to 1. Errors name the file, row, column and value.
 */
public final class MarginsCsvReader {
    private static final String[][] NAMES = {{"variable", "变量", "變量"}, {"category", "类别", "類別"},
        {"share", "比例", "proportion", "percent"}};

    private MarginsCsvReader() {
    }

    /** The margins of the file, one per variable in order of first appearance. */
    public static List<Raking.Margin> read(Path file) {
        Check.notNull(file, "file");
        return CsvFiles.withParser(file, StandardCharsets.UTF_8, MarginsCsvReader::read);
    }

    private static List<Raking.Margin> read(CSVParser parser, String src) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!CsvFiles.hasNext(records, parser, src)) {
            throw new KanoInputException(src, "is empty; expected population margins with columns variable, category, "
                    + "share");
        }
        List<String> header = records.next().toList();
        int[] at = CsvFiles.namedColumns(header, NAMES, src, "variable, category, share (one row per category)");
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        while (CsvFiles.hasNext(records, parser, src)) {
            CSVRecord r = records.next();
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            String[] cell = CsvFiles.requiredCells(r, at, NAMES, src, "a variable, a category and its population share");
            double share = CsvFiles.numberOrPercent(cell[2], true);
            if (!(share > 0 && share <= 1)) {
                throw new KanoInputException(src, r.getRecordNumber(), NAMES[2][0], cell[2], "not a population share; "
                        + "expected a number in (0, 1] such as 0.45, or a percentage such as 45%");
            }
            Double before = shares.computeIfAbsent(cell[0], v -> new LinkedHashMap<>()).put(cell[1], share);
            if (before != null) {
                throw new KanoInputException(src, r.getRecordNumber(), NAMES[1][0], cell[1], "this category of \""
                        + cell[0] + "\" has a share already; expected one row per category");
            }
        }
        List<Raking.Margin> out = new ArrayList<>();
        shares.forEach((variable, byCategory) -> {
            try {
                out.add(new Raking.Margin(variable, byCategory));
            } catch (IllegalArgumentException e) {
                throw new KanoInputException(src, "margin \"" + variable + "\": " + e.getMessage());
            }
        });
        if (out.isEmpty()) {
            throw new KanoInputException(src, "has no margins; expected rows variable, category, share");
        }
        return out;
    }
}
