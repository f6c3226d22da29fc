package io.github.kano4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly — malformed or unmappable input is an error, never a replacement character — and, unlike
 * {@code InputStreamReader}, first hands out every character decoded before the bad bytes, so the line guard above
 * it knows on which line the file stops being valid text.
 */
final class DecodingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private final CharBuffer chars = CharBuffer.allocate(1 << 14);
    private CharacterCodingException pending;
    private boolean eof;
    private boolean flushed;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes more characters; false at the end of the input. */
    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!bytes.hasRemaining() && !eof) {
                    bytes.clear();
                    int n = in.read(bytes.array(), 0, bytes.capacity());
                    bytes.limit(Math.max(0, n));
                    eof = n < 0;
                } else if (!eof) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    bytes.position(bytes.position() + Math.max(0, n));
                    bytes.flip();
                    eof = n < 0;
                }
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    try {
                        r.throwException();
                    } catch (CharacterCodingException e) {
                        pending = e;
                    }
                    break;
                }
                if (eof) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining() || pending != null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
