package io.github.kano4j.cli;

import io.github.kano4j.IngestReport;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.internal.Text;

/**
 * Shared parsing of command-line option values that picocli cannot type (ranges, seeds), and the checks every
 * command makes of what it read; every problem is a one-line usage error.
 */
final class Args {
    private Args() {
    }

    /** A number. */
    static double number(String s, String option) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, was \"" + s + "\"");
        }
    }

    /** A whole number ≥ 0. */
    static int integer(String s, String option) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v < 0) {
                throw new UsageException(option + " needs a non-negative whole number, was \"" + s + "\"");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, was \"" + s + "\"");
        }
    }

    /** A whole number from 0 to {@code max}, checked before anything is allocated for it. */
    static int count(String s, String option, int max) {
        String range = option + " needs a whole number from 0 to " + max + ", was \"" + Text.shortened(s, 40) + "\"";
        try {
            long v = Long.parseLong(s.strip());
            if (v < 0 || v > max) {
                throw new UsageException(range);
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new UsageException(range);
        }
    }

    /** A seed: any whole number that fits in 64 bits. */
    static long seed(String s, String option) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number (64-bit), was \"" + Text.shortened(s, 40) + "\"");
        }
    }

    /** A file with a header and no data rows has nothing to analyse: bad input for the command line. */
    static void requireRows(IngestReport report) {
        if (report.rowsRead() == 0) {
            throw new KanoInputException(report.source(), "has a header but no data rows; nothing to analyse");
        }
    }
}
