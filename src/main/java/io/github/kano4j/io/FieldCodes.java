package io.github.kano4j.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * A code (an answer level, an importance rating) computed from a field's text. Text is passed straight to the
 * function; bytes (the fast path) are looked up in small caches keyed by their exact content — one slot per byte
 * value for one-byte fields, a long packing bytes and length for fields up to 7 bytes, the bytes themselves for
 * longer ones — so a survey's few distinct answers are decoded once each. Each cache holds at most
 * {@value #MAX_ENTRIES} values; further distinct values are decoded every time. One instance per thread.
 */
final class FieldCodes {
    private static final int MAX_ENTRIES = 256;
    private static final int SLOTS = 1024;

    private final ToIntFunction<String> function;
    private final byte[][] keys = new byte[SLOTS][];
    private final int[] values = new int[SLOTS];
    private int size;
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private final int[] single = new int[256];
    private int empty = UNKNOWN;
    private static final int SHORT_SLOTS = 1024;
    private final long[] shortKeys = new long[SHORT_SLOTS];
    private final int[] shortValues = new int[SHORT_SLOTS];
    private int shortSize;

    FieldCodes(ToIntFunction<String> function) {
        this.function = function;
        Arrays.fill(single, UNKNOWN);
    }

    /** The code of a text. */
    int of(String text) {
        return function.applyAsInt(text);
    }

    /** The code of the UTF-8 text in {@code bytes[from, to)}. */
    int of(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length == 1) {
            // a bare code or letter: one slot per byte value
            int slot = bytes[from] & 0xFF;
            int v = single[slot];
            if (v == UNKNOWN) {
                v = function.applyAsInt(new String(bytes, from, 1, StandardCharsets.UTF_8));
                single[slot] = v;
            }
            return v;
        }
        if (length == 0) {
            if (empty == UNKNOWN) {
                empty = function.applyAsInt("");
            }
            return empty;
        }
        if (length <= 7) {
            return ofShort(bytes, from, to);
        }
        return ofLonger(bytes, from, to);
    }

    /** Up to 7 bytes, packed with their length into one long: one comparison instead of a byte-array match. */
    private int ofShort(byte[] bytes, int from, int to) {
        long key = (long) (to - from) << 56;
        for (int i = from; i < to; i++) {
            key |= (bytes[i] & 0xFFL) << (8 * (i - from));
        }
        int mask = SHORT_SLOTS - 1;
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 54) & mask;
        while (shortKeys[i] != 0) {
            if (shortKeys[i] == key) {
                return shortValues[i];
            }
            i = (i + 1) & mask;
        }
        int value = function.applyAsInt(new String(bytes, from, to - from, StandardCharsets.UTF_8));
        if (shortSize < MAX_ENTRIES) {
            shortKeys[i] = key;
            shortValues[i] = value;
            shortSize++;
        }
        return value;
    }

    private int ofLonger(byte[] bytes, int from, int to) {
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
