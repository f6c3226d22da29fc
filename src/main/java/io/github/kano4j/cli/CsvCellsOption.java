package io.github.kano4j.cli;

import io.github.kano4j.internal.Text;
import io.github.kano4j.report.Report;

import java.util.Locale;

import picocli.CommandLine.Option;

/** {@code --csv-cells neutralised|verbatim}: how text cells of CSV output are written. */
final class CsvCellsOption {
    @Option(names = "--csv-cells", paramLabel = "POLICY", description = "neutralised (default: text cells a "
            + "spreadsheet would run as formulas are made inert) or verbatim (exactly as read, for machines)")
    Report.CsvCells cells = Report.CsvCells.NEUTRALISED;

    /** The policy asked for, neutralised by default. */
    Report.CsvCells policy() {
        return cells;
    }

    /** {@code neutralised} (or {@code neutralized}) or {@code verbatim}, case-insensitive. */
    static Report.CsvCells parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "neutralised", "neutralized" -> Report.CsvCells.NEUTRALISED;
            case "verbatim" -> Report.CsvCells.VERBATIM;
            default -> throw new UsageException("--csv-cells needs neutralised or verbatim, was \""
                    + Text.shortened(s, 40) + "\"");
        };
    }
}
