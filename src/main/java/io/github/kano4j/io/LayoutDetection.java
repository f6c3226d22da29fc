package io.github.kano4j.io;

import java.util.List;

/**
 * Which layout a header is: category counts, pair counts, long, else wide — the one detection that the front
 * reader and its fast path share.
 */
final class LayoutDetection {
    private LayoutDetection() {
    }

    /** The layout of a file with this header. */
    static Layout of(List<String> header) {
        if (CategoryCountsReader.matches(header)) {
            return Layout.CATEGORY_COUNTS;
        }
        LongCsvReader.Columns c = LongCsvReader.Columns.of(header);
        if (c.attribute() >= 0 && c.functional() >= 0 && c.dysfunctional() >= 0) {
            return c.count() >= 0 ? Layout.PAIR_COUNTS : Layout.LONG;
        }
        return Layout.WIDE;
    }
}
