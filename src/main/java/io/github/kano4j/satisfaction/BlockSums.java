package io.github.kano4j.satisfaction;

import io.github.kano4j.internal.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a replicate sums XᵀX and Xᵀy over the patterns (docs/METHODS.md §7.1). The attributes are split into
 * blocks of consecutive attributes; a block's <em>state</em> in a pattern is the set of its dummies that are
 * active, numbered in mixed radix (0: none). A pattern adds its resampled weight w and sum of overall ratings
 * once per block with an active dummy, to that block's entry for its state (the block's own part of XᵀX and
 * Xᵀy), and w once per pair of such blocks, to the pair's entry for their two states (the part of XᵀX between
 * them); the replicate then spreads each entry over the cells of XᵀX and Xᵀy it stands for.
 * <p>
 * With blocks of one attribute a state is one dummy, so the entries are the cells of XᵀX and Xᵀy themselves: the
 * patterns add straight into them (nothing to spread), each cell getting the terms of a direct sum over the
 * patterns in the same order — the same numbers to the last bit. Larger blocks add fewer terms per pattern but
 * group them differently; they are used only when every term is a whole number (unweighted respondents and
 * whole-number overall ratings), whose sums in doubles are exact in any order.
 *
 * @param p            the model's number of columns
 * @param direct       whether the blocks are single attributes, whose entries are cells of XᵀX and Xᵀy
 * @param own          per pattern, the entries it adds w to: 2·(block entry), or (direct) the cell a·p + a of XᵀX
 * @param ownY         per pattern, the entries it adds its sum of ratings to: 2·(block entry) + 1, or (direct)
 *                     the cell a of Xᵀy
 * @param ownStart     where each pattern's entries begin in {@code own} and {@code ownY}, and their number at the
 *                     end
 * @param cross        per pattern, the entries of pairs of blocks it adds w to, or (direct) the cells a·p + e of
 *                     XᵀX
 * @param crossStart   where each pattern's entries begin in {@code cross}, and their number at the end
 * @param entries      the number of block entries (the blocks' states, summed)
 * @param crossEntries the number of entries of pairs of blocks (products of the two blocks' states, summed)
 * @param blockStart   each block's first entry, and {@code entries} at the end
 * @param columnStart  where each block entry's active columns begin in {@code columns}, and their number at
 *                     the end
 * @param columns      each block entry's active columns, increasing
 */
record BlockSums(int p, boolean direct, int[] own, int[] ownY, int[] ownStart, int[] cross, int[] crossStart,
        int entries, int crossEntries, int[] blockStart, int[] columnStart, int[] columns) {

    /** The most joint states of a block of attributes (three attributes of three states). */
    private static final int MAX_BLOCK_STATES = 27;

    /**
     * The layout with the fewest steps per replicate ({@link #steps()}) among blocks of one attribute and of up
     * to 9 and 27 joint states, the larger ones only when {@code whole}.
     */
    static BlockSums cheapest(List<int[]> patterns, int[] lowColumn, int[] highColumn, boolean whole) {
        BlockSums best = of(patterns, lowColumn, highColumn, 3);
        for (int states = 9; whole && states <= MAX_BLOCK_STATES; states *= 3) {
            BlockSums next = of(patterns, lowColumn, highColumn, states);
            if (next.steps() < best.steps()) {
                best = next;
            }
        }
        return best;
    }

    /**
     * Blocks of consecutive attributes, each of at most {@code limit} joint states (or one attribute), for the
     * patterns' active columns (intercept first, then increasing) of a model with the given dummy columns (−1
     * for a dummy left out).
     */
    static BlockSums of(List<int[]> patterns, int[] lowColumn, int[] highColumn, int limit) {
        int k = lowColumn.length;
        // an attribute's states: 0 (neither dummy active), then its low and its high dummy when in the model
        int[] attributeOf = new int[2 * k + 1]; // by column: the model has at most 2k + 1
        int[] digitOf = new int[2 * k + 1];
        int[][] columnOf = new int[k][3];
        int[] states = new int[k];
        int[] radix = new int[k];
        int[] blockOf = new int[k];
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            states[i] = 1;
            for (int col : new int[] {lowColumn[i], highColumn[i]}) {
                if (col >= 0) {
                    attributeOf[col] = i;
                    digitOf[col] = states[i];
                    columnOf[i][states[i]++] = col;
                }
            }
            int last = sizes.size() - 1;
            if (last < 0 || (long) sizes.get(last) * states[i] > limit) {
                sizes.add(1);
                last++;
            }
            blockOf[i] = last;
            radix[i] = sizes.get(last);
            sizes.set(last, radix[i] * states[i]);
        }
        int blocks = sizes.size();
        int[] blockStart = new int[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            blockStart[b + 1] = blockStart[b] + sizes.get(b);
        }
        int entries = blockStart[blocks];
        // the entries of the block pairs (b, e), b < e, in the order (0, 1), (0, 2), …, (1, 2), …: for each
        // state of b, the entries of the blocks after it
        long[] crossFrom = new long[blocks];
        long crossEntries = 0;
        for (int b = 0; b < blocks; b++) {
            crossFrom[b] = crossEntries;
            crossEntries += (long) sizes.get(b) * (entries - blockStart[b + 1]);
        }
        Check.argument(crossEntries <= Integer.MAX_VALUE, "Too many attributes for one bootstrap: " + k);
        // each block entry's active columns, from the digits of its state
        int[] columnStart = new int[entries + 1];
        int[] columns = new int[entries];
        int c = 0;
        for (int i = 0; i < k; ) {
            int b = blockOf[i];
            int first = i;
            while (i < k && blockOf[i] == b) {
                i++;
            }
            for (int st = 0; st < sizes.get(b); st++) {
                for (int a = first; a < i; a++) {
                    int digit = st / radix[a] % states[a];
                    if (digit > 0) {
                        if (c == columns.length) {
                            columns = Arrays.copyOf(columns, 2 * c);
                        }
                        columns[c++] = columnOf[a][digit];
                    }
                }
                columnStart[blockStart[b] + st + 1] = c;
            }
        }
        // each pattern's blocks with an active dummy, and their states
        int[][] activeBlocks = new int[patterns.size()][];
        int[][] activeStates = new int[patterns.size()][];
        int[] ownStart = new int[patterns.size() + 1];
        int[] crossStart = new int[patterns.size() + 1];
        for (int g = 0; g < patterns.size(); g++) {
            int[] cols = patterns.get(g);
            int[] active = new int[cols.length];
            int[] state = new int[cols.length];
            int m = 0;
            for (int a = 1; a < cols.length; a++) { // cols[0] is the intercept, which the replicate adds itself
                int i = attributeOf[cols[a]];
                if (m == 0 || active[m - 1] != blockOf[i]) {
                    active[m++] = blockOf[i];
                }
                state[m - 1] += digitOf[cols[a]] * radix[i];
            }
            activeBlocks[g] = Arrays.copyOf(active, m);
            activeStates[g] = Arrays.copyOf(state, m);
            ownStart[g + 1] = ownStart[g] + m;
            crossStart[g + 1] = crossStart[g] + m * (m - 1) / 2;
        }
        int[] own = new int[ownStart[patterns.size()]];
        int[] ownY = new int[own.length];
        int[] cross = new int[crossStart[patterns.size()]];
        // blocks of one attribute (with dummies): an active state is one dummy, so the entries are cells of XᵀX
        // and Xᵀy
        boolean direct = true;
        for (int d = 0; d < entries; d++) {
            direct &= columnStart[d + 1] - columnStart[d] <= 1;
        }
        int p = 1;
        for (int i = 0; i < k; i++) {
            p += (lowColumn[i] >= 0 ? 1 : 0) + (highColumn[i] >= 0 ? 1 : 0);
        }
        for (int g = 0; g < patterns.size(); g++) {
            int[] active = activeBlocks[g];
            int[] state = activeStates[g];
            int o = ownStart[g];
            int t = crossStart[g];
            for (int x = 0; x < active.length; x++) {
                int b = active[x];
                long row = crossFrom[b] + (long) state[x] * (entries - blockStart[b + 1]) - blockStart[b + 1];
                int d = blockStart[b] + state[x];
                int a = columns[columnStart[d]]; // direct: the entry's one column
                own[o] = direct ? a * p + a : 2 * d;
                ownY[o] = direct ? a : 2 * d + 1;
                o++;
                for (int y = x + 1; y < active.length; y++) {
                    int e = blockStart[active[y]] + state[y];
                    cross[t++] = direct ? a * p + columns[columnStart[e]] : (int) (row + e);
                }
            }
        }
        return new BlockSums(p, direct, own, ownY, ownStart, cross, crossStart, entries, (int) crossEntries,
                blockStart, columnStart, Arrays.copyOf(columns, c));
    }

    /**
     * The steps of one replicate: the terms the patterns add, and (blocks of more than one attribute) the entries
     * spread, each of which costs about as much as four terms (measured on 200 to 200,000 respondents).
     */
    long steps() {
        return 2L * own.length + cross.length + (direct ? 0 : 4L * (entries + crossEntries));
    }

    /** The number of patterns. */
    int patterns() {
        return ownStart.length - 1;
    }

    /**
     * One replicate's XᵀX (upper triangle, flat a·p + e, without the intercept's row) and Xᵀy (without the
     * intercept), added to {@code pairs} and {@code xty}, from each pattern's resampled weight and sum of overall
     * ratings.
     */
    void sum(double[] weight, double[] ratings, double[] pairs, double[] xty) {
        if (direct) {
            add(weight, ratings, pairs, xty, pairs);
            return;
        }
        // each block entry's weight (even index) and sum of overall ratings (odd index); each entry of a pair of
        // blocks' weight
        double[] ownSums = new double[2 * entries];
        double[] crossSums = new double[crossEntries];
        add(weight, ratings, ownSums, ownSums, crossSums);
        spread(ownSums, crossSums, pairs, xty);
    }

    /**
     * Adds each pattern's weight to its entries {@code own} in {@code toOwn} and {@code cross} in {@code toCross},
     * and its sum of ratings to its entries {@code ownY} in {@code toRatings}.
     */
    private void add(double[] weight, double[] ratings, double[] toOwn, double[] toRatings, double[] toCross) {
        for (int g = 0; g < ownStart.length - 1; g++) {
            double w = weight[g];
            double y = ratings[g];
            for (int t = ownStart[g]; t < ownStart[g + 1]; t++) {
                toOwn[own[t]] += w;
                toRatings[ownY[t]] += y;
            }
            for (int t = crossStart[g]; t < crossStart[g + 1]; t++) {
                toCross[cross[t]] += w;
            }
        }
    }

    /**
     * Spreads a replicate's block entries over XᵀX (upper triangle, flat a·p + e, without the intercept's row)
     * and Xᵀy (without the intercept).
     */
    private void spread(double[] ownSums, double[] crossSums, double[] pairs, double[] xty) {
        for (int d = 0; d < entries; d++) {
            double w = ownSums[2 * d];
            if (w == 0) {
                continue;
            }
            for (int x = columnStart[d]; x < columnStart[d + 1]; x++) {
                int a = columns[x];
                xty[a] += ownSums[2 * d + 1];
                for (int y = x; y < columnStart[d + 1]; y++) {
                    pairs[a * p + columns[y]] += w;
                }
            }
        }
        int t = 0;
        int blocks = blockStart.length - 1;
        for (int b = 0; b < blocks; b++) {
            for (int d = blockStart[b]; d < blockStart[b + 1]; d++) {
                for (int e = blockStart[b + 1]; e < entries; e++, t++) {
                    double w = crossSums[t];
                    if (w == 0) {
                        continue;
                    }
                    for (int x = columnStart[d]; x < columnStart[d + 1]; x++) {
                        for (int y = columnStart[e]; y < columnStart[e + 1]; y++) {
                            pairs[columns[x] * p + columns[y]] += w;
                        }
                    }
                }
            }
        }
    }
}
