package io.github.kano4j.io;

import io.github.kano4j.internal.Check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The fast path for the common file: a wide UTF-8 survey whose fields need no CSV quoting — codes or labels. It
 * scans bytes, splits lines at the delimiter and hands each row to the same {@link WideCsvReader} pass the general
 * parser feeds, whose answer lookups are cached by the field's bytes; a large file is split at line boundaries
 * into one part per core, each part tallied by its own pass, and the passes merged in file order.
 *
 * <p>It declines — returns null, and the caller reads the whole file with commons-csv — whenever the general
 * parser could see the file differently: a quote anywhere, bytes that are not valid UTF-8, a line of
 * {@value #MAX_LINE_BYTES} bytes or more (the header included), an encoding other than UTF-8, another layout, a
 * survey-platform export with more than one header row. The
 * results, the ingest report and the errors are therefore those of the general parser; a property test runs both
 * on every test and fuzz input.
 */
final class FastWideReader {
    /** Longer lines go to the general parser, whose guard enforces its line and field limits. */
    static final int MAX_LINE_BYTES = GuardedReader.MAX_FIELDS;
    /** Files below this size are read in one part. */
    static final long PARALLEL_BYTES = 8L << 20;
    private static final int BUFFER = 1 << 20;

    private FastWideReader() {
    }

    /** Thrown inside a part when the file needs the general parser. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    /** Reads {@code file}, in parts on all cores when it is large; null when the general parser must read it. */
    static KanoSurvey read(Path file, ReadSettings settings) {
        return read(file, settings, Runtime.getRuntime().availableProcessors(), PARALLEL_BYTES);
    }

    /** As {@link #read(Path, ReadSettings)} with at most {@code parts} parts of at least {@code minPartBytes}. */
    static KanoSurvey read(Path file, ReadSettings settings, int parts, long minPartBytes) {
        Check.notNull(file, "file");
        if (!settings.charset().equals(StandardCharsets.UTF_8) || !Files.isRegularFile(file)
                || settings.weight().isPresent() || !settings.margins().isEmpty() // weighted: the general path
                || (settings.layout() != Layout.AUTO && settings.layout() != Layout.WIDE)) {
            return null;
        }
        String src = file.toString();
        char delimiter;
        try (BufferedReader in = CsvFiles.open(file, settings.charset())) {
            delimiter = CsvFiles.detectDelimiter(in);
        } catch (IOException e) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            Header header = header(channel, size, (byte) delimiter);
            if (header == null || PlatformExport.mayHaveMoreHeaderRows(header.names)
                    || (settings.layout() == Layout.AUTO
                    && LayoutDetection.of(header.names) != Layout.WIDE)) {
                return null;
            }
            WideCsvReader reader = new WideCsvReader(settings);
            List<long[]> ranges = split(channel, header.dataStart, size, parts, minPartBytes);
            try {
                if (ranges.size() > 1) {
                    KanoSurvey merged = inParts(channel, reader, header, src, (byte) delimiter, ranges);
                    if (merged != null) {
                        return merged;
                    }
                }
                WideCsvReader.Pass pass = reader.new Pass(header.names, src);
                scan(channel, header.dataStart, size, (byte) delimiter, pass);
                return pass.finish();
            } catch (Decline d) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The parts in parallel, merged in file order; null when a part failed or the merge cannot be exact (the
     * caller then reads in one part, which gives the error at its true row).
     */
    private static KanoSurvey inParts(FileChannel channel, WideCsvReader reader, Header header, String src,
            byte delimiter, List<long[]> ranges) {
        List<CompletableFuture<WideCsvReader.Pass>> running = new ArrayList<>();
        for (long[] range : ranges) {
            running.add(CompletableFuture.supplyAsync(() -> {
                WideCsvReader.Pass pass = reader.new Pass(header.names, src);
                try {
                    scan(channel, range[0], range[1], delimiter, pass);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return pass;
            }, ForkJoinPool.commonPool()));
        }
        List<WideCsvReader.Pass> passes = new ArrayList<>();
        boolean failed = false;
        for (CompletableFuture<WideCsvReader.Pass> part : running) {
            try {
                passes.add(part.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof Decline) {
                    throw (Decline) e.getCause();
                }
                failed = true;
            }
        }
        if (failed) {
            return null;
        }
        WideCsvReader.Pass first = passes.get(0);
        for (WideCsvReader.Pass next : passes.subList(1, passes.size())) {
            if (!first.absorb(next)) {
                return null;
            }
        }
        return first.finish();
    }

    /** The header's names and where the data begin. */
    private record Header(List<String> names, long dataStart) {
    }

    /** Reads the header line; null when it is quoted, not UTF-8, too long, or absent. */
    private static Header header(FileChannel channel, long size, byte delimiter) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, MAX_LINE_BYTES + 3L));
        channel.read(buf, 0);
        byte[] b = buf.array();
        int n = buf.position();
        int at = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        while (at < n && (b[at] == '\n' || b[at] == '\r')) {
            at++;
        }
        int end = at;
        while (end < n && b[end] != '\n' && b[end] != '\r') {
            if (b[end] == '"') {
                return null;
            }
            end++;
        }
        if (end == at || end - at >= MAX_LINE_BYTES || (end == n && n < size) || !validUtf8(b, at, end)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        int start = at;
        for (int i = at; i <= end; i++) {
            if (i == end || b[i] == delimiter) {
                names.add(new String(b, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return new Header(names, end);
    }

    /** Up to {@code parts} byte ranges of the data, each ending just after a line feed (or at the end). */
    private static List<long[]> split(FileChannel channel, long from, long to, int parts, long minPartBytes)
            throws IOException {
        List<long[]> ranges = new ArrayList<>();
        int count = (int) Math.max(1, Math.min(parts, (to - from) / Math.max(1, minPartBytes)));
        long start = from;
        ByteBuffer probe = ByteBuffer.allocate(1 << 16);
        for (int p = 1; p < count; p++) {
            long cut = Math.max(start, from + (to - from) * p / count);
            long end = -1;
            while (end < 0 && cut < to) {
                probe.clear();
                int n = channel.read(probe, cut);
                for (int i = 0; i < n && end < 0; i++) {
                    if (probe.get(i) == '\n') {
                        end = cut + i + 1;
                    }
                }
                cut += Math.max(n, 1);
            }
            if (end < 0) {
                break;
            }
            ranges.add(new long[] {start, end});
            start = end;
        }
        ranges.add(new long[] {start, to});
        return ranges;
    }

    /** Scans the lines of {@code [from, to)} into the pass; declines at the first thing the general parser needs. */
    private static void scan(FileChannel channel, long from, long to, byte delimiter, WideCsvReader.Pass pass)
            throws IOException {
        ByteRow row = new ByteRow();
        byte[] b = new byte[BUFFER];
        ByteBuffer buf = ByteBuffer.wrap(b);
        long pos = from;
        int start = 0;
        int limit = 0;
        boolean eof = false;
        while (true) {
            // scan every complete line in [start, limit)
            int lineStart = start;
            boolean high = false;
            int fields = 0;
            row.starts[0] = lineStart;
            for (int i = lineStart; i < limit; i++) {
                byte c = b[i];
                if (c > '"' && c != delimiter) {
                    continue; // the common byte: a digit or a letter
                }
                if (c == delimiter) {
                    fields = row.cut(fields, i);
                } else if (c == '\n' || c == '\r') {
                    if (i > lineStart) {
                        row.emit(b, fields, i, high, pass);
                    }
                    lineStart = i + 1;
                    start = lineStart;
                    fields = 0;
                    high = false;
                    row.starts[0] = lineStart;
                } else if (c == '"') {
                    throw new Decline();
                } else if (c < 0) {
                    high = true;
                }
            }
            if (eof) {
                if (limit > start) {
                    row.emit(b, fields, limit, high, pass);
                }
                return;
            }
            // keep the incomplete line, read more
            if (limit - start >= MAX_LINE_BYTES) {
                throw new Decline();
            }
            System.arraycopy(b, start, b, 0, limit - start);
            limit -= start;
            start = 0;
            buf.limit(b.length).position(limit);
            int wanted = (int) Math.min(b.length - limit, to - pos);
            buf.limit(limit + wanted);
            int n = wanted == 0 ? -1 : channel.read(buf, pos);
            if (n <= 0) {
                eof = true;
            } else {
                pos += n;
                limit += n;
                eof = pos >= to;
            }
        }
    }

    /** Whether {@code b[from, to)} is valid UTF-8. */
    static boolean validUtf8(byte[] b, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult r = decoder.decode(ByteBuffer.wrap(b, from, to - from), out, true);
        return !r.isError() && !decoder.flush(out).isError();
    }

    /** One line's fields as byte ranges of the scan buffer. */
    private static final class ByteRow implements Fields {
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int size;
        private byte[] bytes;
        private long row;

        /** Row numbers continue from the header, row 1, as if each part began the file. */
        ByteRow() {
            this.row = 1;
        }

        /** Ends field {@code f} at {@code at}; returns the index of the next field. */
        int cut(int f, int at) {
            if (f + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            ends[f] = at;
            starts[f + 1] = at + 1;
            return f + 1;
        }

        void emit(byte[] b, int lastField, int end, boolean high, WideCsvReader.Pass pass) {
            if (end - starts[0] >= MAX_LINE_BYTES || (high && !validUtf8(b, starts[0], end))) {
                throw new Decline();
            }
            ends[lastField] = end;
            size = lastField + 1;
            bytes = b;
            row++;
            pass.row(this);
        }

        @Override
        public long row() {
            return row;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String get(int column) {
            return new String(bytes, starts[column], ends[column] - starts[column], StandardCharsets.UTF_8);
        }

        @Override
        public int code(int column, FieldCodes codes) {
            return codes.of(bytes, starts[column], ends[column]);
        }

        @Override
        public boolean blank(int column) {
            for (int i = starts[column]; i < ends[column]; i++) {
                int c = bytes[i];
                if (c < 0) {
                    return get(column).isBlank();
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void addId(int column, DuplicateCounter ids) {
            int from = starts[column];
            int to = ends[column];
            if (to > from && bytes[from] > ' ' && bytes[to - 1] > ' ') {
                long number = DuplicateCounter.canonicalNumber(bytes, from, to);
                if (number >= 0) {
                    ids.addNumber(number);
                    return;
                }
                boolean ascii = true;
                for (int i = from; i < to && ascii; i++) {
                    ascii = bytes[i] >= 0;
                }
                if (ascii) {
                    ids.addTextHash(DuplicateCounter.hash(bytes, from, to));
                    return;
                }
            }
            Fields.super.addId(column, ids);
        }
    }
}
