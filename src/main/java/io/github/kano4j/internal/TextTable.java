package io.github.kano4j.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An aligned plain-text table, as printed by the results' {@code toString()}. Numbers are right-aligned
 * by default, columns marked with {@link #alignLeft(int)} left-aligned. Knows nothing of Kano.
 */
public final class TextTable {
    private final String[] header;
    private final boolean[] left;
    private final List<String[]> rows = new ArrayList<>();

    /** A table with the given column headers. */
    public TextTable(String... header) {
        this.header = header.clone();
        this.left = new boolean[header.length];
    }

    /** Left-aligns a column (text columns); returns this table. */
    public TextTable alignLeft(int column) {
        left[column] = true;
        return this;
    }

    /** Adds a row; cells beyond the header are ignored, missing cells are blank. */
    public TextTable row(Object... cells) {
        String[] r = new String[header.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = k < cells.length && cells[k] != null ? oneLine(cells[k].toString()) : "";
        }
        rows.add(r);
        return this;
    }

    /** The number with 4 decimals ({@code Locale.ROOT}); {@code n/a} for NaN. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%.4f", value);
        return s.equals("-0.0000") ? "0.0000" : s;
    }

    private static String oneLine(String s) {
        return Text.printable(s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }

    @Override
    public String toString() {
        int[] width = new int[header.length];
        for (int k = 0; k < header.length; k++) {
            width[k] = displayWidth(header[k]);
        }
        for (String[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                width[k] = Math.max(width[k], displayWidth(r[k]));
            }
        }
        StringBuilder sb = new StringBuilder();
        append(sb, header, width);
        char[] rule = new char[Arrays.stream(width).sum() + 2 * (width.length - 1)];
        Arrays.fill(rule, '-');
        sb.append(rule).append('\n');
        for (String[] r : rows) {
            append(sb, r, width);
        }
        return sb.toString();
    }

    private void append(StringBuilder sb, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < cells.length; k++) {
            String c = cells[k];
            int pad = width[k] - displayWidth(c);
            if (k > 0) {
                line.append("  ");
            }
            if (left[k]) {
                line.append(c).append(" ".repeat(pad));
            } else {
                line.append(" ".repeat(pad)).append(c);
            }
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        sb.append(line, 0, end).append('\n');
    }

    /**
     * Terminal width: East Asian wide and full-width characters take two columns, combining marks and
     * zero-width characters none, everything else one.
     */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += isZeroWidth(cp) ? 0 : isWide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean isZeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || cp == 0x200B;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
