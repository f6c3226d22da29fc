package io.github.kano4j.internal;

import java.io.IOException;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Text made in parts on all cores and written in order: the same text as making the parts one after another. The
 * parts are made a window at a time, so only a window's parts are held before they are written.
 */
public final class InOrder {
    /** Parts made at once before they are written. */
    private static final int WINDOW = 256;

    private InOrder() {
    }

    /**
     * Appends parts 0 … count − 1 to {@code out} in order, each made by {@code part} (which must be safe to call from
     * several threads).
     */
    public static void write(Appendable out, int count, IntFunction<String> part) throws IOException {
        Check.notNull(out, "out");
        Check.notNull(part, "part");
        for (int from = 0; from < count; from += WINDOW) {
            int base = from;
            String[] parts = new String[Math.min(count, from + WINDOW) - from];
            IntStream.range(0, parts.length).parallel().forEach(i -> parts[i] = part.apply(base + i));
            for (String p : parts) {
                out.append(p);
            }
        }
    }
}
