package io.github.kano4j.io;

import io.github.kano4j.Category;
import io.github.kano4j.internal.ComputedMap;
import io.github.kano4j.questionnaire.AttributeTally;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.SegmentComparison;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tallies of one segment column, held compactly while a file is read. A segment value first keeps its rows as
 * they were counted — one byte per attribute: the answer-pair cell, Questionable by policy, or not counted — and from
 * {@value #SPILL_ROWS} rows on, per attribute its 25 answer-pair counts and its pairs counted as Q by policy. A file
 * with thousands of small segments thus holds about a hundred bytes per segment instead of a tally object per
 * segment and attribute, and counting a row touches one array. Read as a map, each segment's tally is built when it
 * is read (equal every time, not kept), like {@code SegmentComparison.segments()}; a comparison takes the category
 * counts straight from the rows ({@link SegmentComparison.CountedSegments}). Used only for unweighted rows without
 * importance ratings; the map is read-only.
 */
final class CompactSegments extends ComputedMap<String, KanoTally> implements SegmentComparison.CountedSegments {
    /** Slots per attribute: the answer-pair cells, then the pairs counted as Q by policy. */
    static final int SLOTS = AttributeTally.LEVELS * AttributeTally.LEVELS + 1;
    /** The slot of the pairs counted as Q by policy. */
    static final int QUESTIONABLE = SLOTS - 1;
    /** A row's code for an attribute it does not count in (a skipped pair). */
    private static final byte NOT_COUNTED = (byte) SLOTS;
    /** Rows a segment keeps one by one before it keeps counts. */
    static final int SPILL_ROWS = 64;

    private final List<String> attributes;
    private final int k;
    private final int levels;
    private final LinkedHashMap<String, Block> blocks = new LinkedHashMap<>();

    CompactSegments(List<String> attributes, int levels) {
        this.attributes = List.copyOf(attributes);
        this.k = attributes.size();
        this.levels = levels;
    }

    /** One segment value's rows (a byte per attribute each) or, from {@value #SPILL_ROWS} rows on, its counts. */
    final class Block {
        private byte[] codes = new byte[0];
        private int rows;
        private long[] counts;

        /** Starts a row: every attribute not counted until {@link #add} says otherwise. */
        void startRow() {
            if (counts == null) {
                int end = (rows + 1) * k;
                if (end > codes.length) {
                    codes = java.util.Arrays.copyOf(codes, Math.max(end, Math.min(2 * codes.length, SPILL_ROWS * k)));
                }
                java.util.Arrays.fill(codes, rows * k, end, NOT_COUNTED);
            }
        }

        /** Counts the row's attribute {@code a} in {@code slot}: an answer-pair cell or {@link #QUESTIONABLE}. */
        void add(int a, int slot) {
            if (counts == null) {
                codes[rows * k + a] = (byte) slot;
            } else {
                counts[a * SLOTS + slot]++;
            }
        }

        /** Ends the row; the {@value #SPILL_ROWS}th row turns the rows into counts. */
        void endRow() {
            if (counts == null && ++rows == SPILL_ROWS) {
                counts = counts();
                codes = null;
            }
        }

        /** Per attribute its slots' counts (the block's own array once it keeps counts: read, do not change). */
        private long[] counts() {
            if (counts != null) {
                return counts;
            }
            long[] out = new long[k * SLOTS];
            for (int r = 0; r < rows; r++) {
                for (int a = 0; a < k; a++) {
                    byte code = codes[r * k + a];
                    if (code != NOT_COUNTED) {
                        out[a * SLOTS + code]++;
                    }
                }
            }
            return out;
        }

        /** Adds another part's block of the same segment value (both then keep counts). */
        void absorb(Block other) {
            long[] sum = counts == null ? counts() : counts;
            long[] theirs = other.counts();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += theirs[i];
            }
            counts = sum;
            codes = null;
        }
    }

    /** The block of a segment value, created empty the first time it is seen. */
    Block block(String segment) {
        return blocks.computeIfAbsent(segment, s -> new Block());
    }

    /** Adds the segments of another part of the same file, continuing the first-seen order. */
    void absorb(CompactSegments other) {
        other.blocks.forEach((segment, theirs) -> {
            Block mine = blocks.get(segment);
            if (mine == null) {
                blocks.put(segment, theirs);
            } else {
                mine.absorb(theirs);
            }
        });
    }

    /** The tally a block stands for: every attribute declared, in the file's order, as counting row by row does. */
    private KanoTally tally(Block b) {
        KanoTally t = KanoTally.create(levels);
        AttributeTally[] tallies = new AttributeTally[k];
        for (int a = 0; a < k; a++) {
            tallies[a] = t.declare(attributes.get(a));
        }
        if (b.counts == null) {
            // row by row, as the reader would have counted them
            for (int r = 0; r < b.rows; r++) {
                for (int a = 0; a < k; a++) {
                    byte code = b.codes[r * k + a];
                    if (code == QUESTIONABLE) {
                        tallies[a].acceptQuestionable();
                    } else if (code != NOT_COUNTED) {
                        tallies[a].acceptLevels(code / AttributeTally.LEVELS, code % AttributeTally.LEVELS);
                    }
                }
            }
            return t;
        }
        long[] block = b.counts;
        for (int a = 0; a < k; a++) {
            AttributeTally at = tallies[a];
            int base = a * SLOTS;
            for (int c = 0; c < QUESTIONABLE; c++) {
                if (block[base + c] > 0) {
                    at.acceptLevels(c / AttributeTally.LEVELS, c % AttributeTally.LEVELS, block[base + c]);
                }
            }
            if (block[base + QUESTIONABLE] > 0) {
                at.acceptQuestionable(block[base + QUESTIONABLE]);
            }
        }
        return t;
    }

    @Override
    public List<String> attributes() {
        return attributes;
    }

    /** Counts a segment's categories from its rows or counts, as {@code table.count} does from its tally. */
    @Override
    public Optional<CategoryCounts[]> categoryCounts(String segment, EvaluationTable table) {
        Block b = blocks.get(segment);
        if (b == null || table.levels() != levels) {
            return Optional.empty();
        }
        int categories = Category.values().length;
        long[] byCategory = new long[k * categories];
        // the category of each slot: a pair's cell under the table, or Q for the pairs counted as Q by policy
        int[] slotCategory = new int[SLOTS];
        for (int c = 0; c < QUESTIONABLE; c++) {
            int f = c / AttributeTally.LEVELS;
            int d = c % AttributeTally.LEVELS;
            slotCategory[c] = f < levels && d < levels ? table.categoryOf(f, d).ordinal() : -1;
        }
        slotCategory[QUESTIONABLE] = Category.Q.ordinal();
        if (b.counts == null) {
            for (int r = 0; r < b.rows; r++) {
                for (int a = 0; a < k; a++) {
                    byte code = b.codes[r * k + a];
                    if (code != NOT_COUNTED) {
                        byCategory[a * categories + slotCategory[code]]++;
                    }
                }
            }
        } else {
            for (int a = 0; a < k; a++) {
                for (int slot = 0; slot < SLOTS; slot++) {
                    long count = b.counts[a * SLOTS + slot];
                    if (count > 0) {
                        byCategory[a * categories + slotCategory[slot]] += count;
                    }
                }
            }
        }
        CategoryCounts[] out = new CategoryCounts[k];
        for (int a = 0; a < k; a++) {
            int at = a * categories;
            out[a] = new CategoryCounts(byCategory[at], byCategory[at + 1], byCategory[at + 2], byCategory[at + 3],
                    byCategory[at + 4], byCategory[at + 5]);
        }
        return Optional.of(out);
    }

    @Override
    protected Set<String> keys() {
        return Collections.unmodifiableSet(blocks.keySet());
    }

    @Override
    protected KanoTally compute(String segment) {
        return tally(blocks.get(segment));
    }
}
