package io.github.kano4j.io;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Counts repeated keys (respondent ids) exactly as {@code keys added − distinct keys}, without sorting.
 *
 * <p>Canonical decimal ids ({@code 1}, {@code 2}, … — no sign, no leading zero, at most 18 digits), which is how
 * survey platforms number their rows, are kept as runs of consecutive numbers while they arrive in increasing
 * order: an export numbered 1 … n costs one run, whatever n. Any other id, and a number that does not extend the
 * runs, goes to an open-addressing set of 64-bit values (numbers themselves; text ids as FNV-1a hashes over their
 * UTF-16 code units, so a 64-bit collision of two different text ids is the only, negligible, inexactness).
 * Memory grows only with ids that are neither increasing numbers nor few.
 */
final class DuplicateCounter {
    private static final int MAX_DIGITS = 18;

    private long[] runStart = new long[8];
    private long[] runEnd = new long[8];
    private int runs;
    private final LongSet numbers = new LongSet();
    private final LongSet texts = new LongSet();
    private long added;

    /** Adds a key as given (already stripped). */
    void add(String key) {
        long number = canonicalNumber(key);
        if (number >= 0) {
            addNumber(number);
        } else {
            addTextHash(hash(key));
        }
    }

    /** Adds a canonical decimal id by its value. */
    void addNumber(long number) {
        added++;
        if (runs > 0 && number == runEnd[runs - 1] + 1) {
            runEnd[runs - 1] = number;
            return;
        }
        // the set only ever holds numbers below the last run's end, so a number beyond it is new
        if (runs == 0 || number > runEnd[runs - 1] + 1) {
            if (runs == runStart.length) {
                runStart = Arrays.copyOf(runStart, runs * 2);
                runEnd = Arrays.copyOf(runEnd, runs * 2);
            }
            runStart[runs] = number;
            runEnd[runs] = number;
            runs++;
            return;
        }
        if (!inRuns(number)) {
            numbers.add(number);
        }
    }

    /** Adds a text id by its {@link #hash(String)}. */
    void addTextHash(long hash) {
        added++;
        texts.add(hash);
    }

    /** Adds every key of another counter (the parts of one file read in parallel). */
    void addAll(DuplicateCounter other) {
        for (int r = 0; r < other.runs; r++) {
            for (long x = other.runStart[r]; x <= other.runEnd[r]; x++) {
                addNumber(x);
            }
        }
        other.numbers.forEach(this::addNumber);
        other.texts.forEach(this::addTextHash);
        // keys added: this counter's, plus every key the other counter was given (its repeats included)
        added += other.added - other.distinct();
    }

    /** The number of keys that repeat an earlier key. */
    long duplicates() {
        return added - distinct();
    }

    private long distinct() {
        long d = numbers.size() + texts.size();
        for (int r = 0; r < runs; r++) {
            d += runEnd[r] - runStart[r] + 1;
        }
        return d;
    }

    private boolean inRuns(long number) {
        int lo = 0;
        int hi = runs - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (runEnd[mid] < number) {
                lo = mid + 1;
            } else if (runStart[mid] > number) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The value of a canonical decimal id, or −1 when the text is not one. */
    static long canonicalNumber(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > MAX_DIGITS || (s.charAt(0) == '0' && n > 1)) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** As {@link #canonicalNumber(CharSequence)} for ASCII bytes {@code [from, to)}. */
    static long canonicalNumber(byte[] b, int from, int to) {
        int n = to - from;
        if (n <= 0 || n > MAX_DIGITS || (b[from] == '0' && n > 1)) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** FNV-1a over the UTF-16 code units, 64 bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** As {@link #hash(String)} for ASCII bytes {@code [from, to)} (each byte is its UTF-16 code unit). */
    static long hash(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= b[i];
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** An open-addressing set of longs (linear probing, a flag per slot). */
    static final class LongSet {
        private long[] slots = new long[16];
        private boolean[] used = new boolean[16];
        private int size;

        int size() {
            return size;
        }

        void add(long v) {
            int mask = slots.length - 1;
            int i = mix(v) & mask;
            for (; used[i]; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return;
                }
            }
            slots[i] = v;
            used[i] = true;
            if (++size * 2 > slots.length) {
                grow();
            }
        }

        void forEach(LongConsumer action) {
            for (int i = 0; i < slots.length; i++) {
                if (used[i]) {
                    action.accept(slots[i]);
                }
            }
        }

        private void grow() {
            long[] oldSlots = slots;
            boolean[] oldUsed = used;
            slots = new long[oldSlots.length * 2];
            used = new boolean[oldSlots.length * 2];
            size = 0;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldUsed[i]) {
                    add(oldSlots[i]);
                }
            }
        }

        private static int mix(long v) {
            long h = v * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
