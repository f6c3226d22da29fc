package io.github.kano4j.io;

import java.util.Arrays;

/**
 * Counts repeated keys (respondent ids) in 8 bytes per key: a growable array of 64-bit hashes, sorted once
 * at the end. Memory grows with the number of respondents by 8 bytes each — the one exception to constant
 * memory, and only when an id column exists. Two different ids colliding in 64 bits is negligible.
 */
final class DuplicateCounter {
    private long[] hashes = new long[1024];
    private int n;

    void add(String key) {
        if (n == hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        hashes[n++] = hash(key);
    }

    /** The number of keys that repeat an earlier key. */
    long duplicates() {
        long[] sorted = Arrays.copyOf(hashes, n);
        Arrays.sort(sorted);
        long dup = 0;
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1]) {
                dup++;
            }
        }
        return dup;
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
}
