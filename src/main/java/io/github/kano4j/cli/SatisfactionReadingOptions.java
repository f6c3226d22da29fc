package io.github.kano4j.cli;

import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.satisfaction.RatingScale;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * How an ordinary satisfaction survey is read: its overall column, rating scale and cut points, and which columns
 * are attribute ratings — the same for {@code satisfaction}, {@code allocate}, {@code report}, {@code gap} and
 * {@code track}.
 */
final class SatisfactionReadingOptions {
    @Option(names = "--overall", paramLabel = "COLUMN", description = "the overall-satisfaction column of the "
            + "satisfaction survey")
    String overall;

    @Option(names = "--scale", paramLabel = "MIN-MAX", description = "rating scale of the satisfaction survey, e.g. "
            + "1-5 (default) or 0-10; other scales need --cuts")
    String scale;

    @Option(names = "--cuts", paramLabel = "LOW,HIGH", description = "penalty/reward cut points: ratings <= LOW are "
            + "the low zone, >= HIGH the high zone")
    String cuts;

    @Option(names = "--columns", paramLabel = "COL", split = "\\s*,\\s*", splitSynopsisLabel = ",",
            description = "the attribute-rating columns, comma-separated (default: every numeric column but the "
                    + "overall one)")
    List<String> columns;

    @Option(names = "--ignore", paramLabel = "COLUMN", description = "a column that is not an attribute rating "
            + "(repeatable)")
    List<String> ignore = new ArrayList<>();

    /** The overall column asked for, or {@code fallback}. */
    String overall(String fallback) {
        return overall == null ? fallback : overall;
    }

    /** The reader as asked. */
    SatisfactionCsvReader apply(SatisfactionCsvReader reader) {
        SatisfactionCsvReader r = reader.withIgnored(ignore.toArray(new String[0]));
        return columns == null ? r : r.withAttributes(columns.toArray(new String[0]));
    }

    /** The analysis options with the scale asked for. */
    SatisfactionOptions apply(SatisfactionOptions options) {
        if (scale == null && cuts == null) {
            return options;
        }
        int[] range = scale == null ? new int[] {1, 5} : RatingScale.parseRange(scale);
        if (range[1] - range[0] < 2) {
            throw new UsageException("--scale " + scale + " needs at least three ratings, lowest first, e.g. 1-5 or "
                    + "0-10");
        }
        if (cuts == null) {
            try {
                return options.withScale(RatingScale.withDefaultCuts(range[0], range[1]));
            } catch (IllegalArgumentException e) {
                int span = range[1] - range[0];
                int low = range[0] + Math.max(0, span / 5);
                int high = Math.max(low + 1, range[1] - Math.max(0, span / 10));
                throw new UsageException("--scale " + scale + " has no default cut points; give them with --cuts "
                        + "LOW,HIGH, e.g. --scale " + range[0] + "-" + range[1] + " --cuts " + low + "," + high);
            }
        }
        String[] parts = cuts.split("\\s*,\\s*");
        if (parts.length != 2) {
            throw new UsageException("--cuts needs LOW,HIGH, e.g. --cuts 2,5, was \"" + cuts + "\"");
        }
        return options.withScale(new RatingScale(range[0], range[1], Args.integer(parts[0], "--cuts"),
                Args.integer(parts[1], "--cuts")));
    }
}
