package io.github.kano4j.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * A code (an answer level, an importance rating) computed from a field's text. Text is passed straight to the
 * function; bytes (the fast path) are looked up in a small cache keyed by their exact content, so a survey's
 * few distinct answers are decoded once each. The cache holds at most {@value #MAX_ENTRIES} values; further
 * distinct values are decoded every time. One instance per thread.
 */
final class FieldCodes {
    private static final int MAX_ENTRIES = 256;
    private static final int SLOTS = 1024;

    private final ToIntFunction<String> function;
    private final byte[][] keys = new byte[SLOTS][];
    private final int[] values = new int[SLOTS];
    private int size;

    FieldCodes(ToIntFunction<String> function) {
        this.function = function;
    }

    /** The code of a text. */
    int of(String text) {
        return function.applyAsInt(text);
    }

    /** The code of the UTF-8 text in {@code bytes[from, to)}. */
    int of(byte[] bytes, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        int mask = SLOTS - 1;
        int i = (h ^ (h >>> 16)) & mask;
        for (byte[] key = keys[i]; key != null; key = keys[i]) {
            if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        int value = function.applyAsInt(new String(bytes, from, to - from, StandardCharsets.UTF_8));
        if (size < MAX_ENTRIES) {
            keys[i] = Arrays.copyOfRange(bytes, from, to);
            values[i] = value;
            size++;
        }
        return value;
    }
}
