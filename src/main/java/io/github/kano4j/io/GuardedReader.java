package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Keeps a CSV read within bounded memory and names where a file goes wrong: a line longer than
 * {@value #MAX_LINE_CHARS} characters (a runaway cell, an endless stream such as {@code /dev/zero}) or with more
 * than {@value #MAX_FIELDS} fields is refused before the parser holds it, naming the line and the field; bytes
 * that are not valid in the encoding are reported with their line; a quote that is never closed is reported at the
 * line where it opened. It follows RFC 4180 quoting with comma, semicolon and tab all treated as separators (an
 * upper bound for the field count).
 */
final class GuardedReader extends FilterReader {
    /** The longest line (a header, a record) accepted: 8 million characters, about 16 MB of memory. */
    static final int MAX_LINE_CHARS = 8_000_000;
    /** The most fields a line may have. */
    static final int MAX_FIELDS = 100_000;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final String source;
    private State state = State.FIELD_START;
    private long line = 1;
    private long lineChars;
    private long fields = 1;
    private long quoteOpenedLine;
    private long quoteOpenedField;
    private boolean lastWasCr;

    private final String encoding;

    GuardedReader(Reader in, String source) {
        this(in, source, "its encoding");
    }

    GuardedReader(Reader in, String source, String encoding) {
        super(in);
        this.source = source;
        this.encoding = encoding;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new KanoInputException(source, line, null, null, "is not valid " + encoding + " text at this line; "
                    + "save the file as UTF-8 or choose its encoding");
        }
        if (n < 0) {
            if (state == State.QUOTED) {
                throw new KanoInputException(source, quoteOpenedLine, "field " + quoteOpenedField, null, "a quote "
                        + "opened on this line is never closed; expected a closing quote (\") for every opening quote");
            }
            return n;
        }
        for (int k = offset; k < offset + n; k++) {
            step(buffer[k]);
        }
        return n;
    }

    private void step(char c) {
        boolean newline = c == '\n' || c == '\r';
        if (newline && state != State.QUOTED) {
            if (!(c == '\n' && lastWasCr)) {
                line++;
            }
            lastWasCr = c == '\r';
            lineChars = 0;
            fields = 1;
            state = State.FIELD_START;
            return;
        }
        lastWasCr = false;
        if (newline) {
            line++; // a newline inside a quoted cell: the physical line advances, the record does not end
        }
        if (++lineChars > MAX_LINE_CHARS) {
            throw new KanoInputException(source, line, "field " + fields, null, "this line is longer than "
                    + MAX_LINE_CHARS + " characters (a runaway cell, a missing line end or a binary file); "
                    + "expected a CSV survey");
        }
        boolean separator = c == ',' || c == ';' || c == '\t';
        switch (state) {
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                    quoteOpenedLine = line;
                    quoteOpenedField = fields;
                } else if (separator) {
                    field();
                } else {
                    state = State.UNQUOTED;
                }
            }
            case UNQUOTED -> {
                if (separator) {
                    field();
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (separator) {
                    field();
                } else {
                    state = State.UNQUOTED;
                }
            }
        }
    }

    private void field() {
        state = State.FIELD_START;
        if (++fields > MAX_FIELDS) {
            throw new KanoInputException(source, line, null, null, "this line has more than " + MAX_FIELDS
                    + " fields; expected a CSV survey with at most " + MAX_FIELDS + " columns");
        }
    }
}
