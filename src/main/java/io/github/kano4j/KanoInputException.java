package io.github.kano4j;

import io.github.kano4j.internal.Text;

import java.util.Optional;

/**
 * Bad input: a file, row, column or value that kano4j cannot use. The message is one line naming the
 * source, the row and column where known, the offending value and what was expected.
 */
public class KanoInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long row;
    private final String column;
    private final String value;

    /**
     * @param source the file or data source (never null; use "input" when unnamed)
     * @param row    one-based row number in the file (header = row 1), or 0 when not row-specific
     * @param column the column name, or null when not column-specific
     * @param value  the offending value, or null when none
     * @param problem what is wrong and what was expected
     */
    public KanoInputException(String source, long row, String column, String value, String problem) {
        super(format(source, row, column, value, problem));
        this.source = source;
        this.row = row;
        this.column = column;
        this.value = value;
    }

    /** A problem with the source as a whole (missing file, empty file, unusable header). */
    public KanoInputException(String source, String problem) {
        this(source, 0, null, null, problem);
    }

    private static String format(String source, long row, String column, String value, String problem) {
        StringBuilder sb = new StringBuilder(source == null ? "input" : Text.shortened(source, 300));
        if (row > 0) {
            sb.append(", row ").append(row);
        }
        if (column != null) {
            sb.append(", column \"").append(Text.shortened(column, Text.MESSAGE_VALUE_LIMIT)).append('"');
        }
        if (value != null) {
            sb.append(", value \"").append(Text.shortened(value, Text.MESSAGE_VALUE_LIMIT)).append('"');
        }
        sb.append(": ").append(Text.shortened(problem, 2000));
        return sb.toString();
    }

    /** The file or data source. */
    public String source() {
        return source;
    }

    /** One-based row (header = row 1), or 0 when the problem is not about one row. */
    public long row() {
        return row;
    }

    /** The column name, if the problem is about one column. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** The offending value, if any. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }
}
