package io.github.kano4j.satisfaction;

import io.github.kano4j.internal.Check;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.CountResampler;
import io.github.kano4j.stats.Percentiles;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Percentile intervals of IA and RIOCS per attribute from a respondent bootstrap of the joint PRCA model, and
 * the number of replicates where the model was singular (docs/METHODS.md §7.1).
 *
 * @param ia        the IA interval of each attribute
 * @param riocs     the RIOCS interval of each attribute
 * @param undefined replicates excluded because the resampled design was singular
 */
record PrcaBootstrap(Interval[] ia, Interval[] riocs, int undefined) {
    /** The most joint states of a block of attributes (three attributes of three states). */
    private static final int MAX_BLOCK_STATES = 27;
    /** Whole-number overall ratings up to this size keep every replicate sum a whole number below 2⁵³. */
    private static final double WHOLE_LIMIT = 1 << 20;

    /**
     * Respondent bootstrap of IA and RIOCS (docs/METHODS.md §7.3): resample respondents with replacement, refit
     * the joint model with the same dummies, recompute the indices. Undefined intervals when the bootstrap
     * is off or the model is not estimable.
     */
    static PrcaBootstrap run(SatisfactionSurvey s, RatingScale scale, PrcaModel model,
            SatisfactionOptions options) {
        return run(s, scale, model, options, 0);
    }

    /**
     * The bootstrap with the replicate's sums taken over blocks of at most {@code blockStates} joint states of
     * consecutive attributes, or (0) over the blocks that cost least; tests compare the layouts.
     */
    static PrcaBootstrap run(SatisfactionSurvey s, RatingScale scale, PrcaModel model,
            SatisfactionOptions options, int blockStates) {
        int b = options.bootstrapReplicates();
        int k = s.attributes().size();
        if (b == 0 || !model.estimable) {
            Interval[] none = new Interval[k];
            Arrays.fill(none, Interval.undefined(options.confidence(), "percentile"));
            return new PrcaBootstrap(none, none, 0);
        }
        Cells cells = Cells.of(s, scale, model, blockStates);
        CountResampler resampler = new CountResampler(cells.count);
        int p = model.p;
        double[][] ia = new double[k][b];
        double[][] riocs = new double[k][b];
        boolean[] singular = new boolean[b];
        ThreadLocal<long[]> scratch = ThreadLocal.withInitial(() -> new long[cells.count.length]);
        Blocks blocks = cells.blocks;
        // each replicate draws from its own seed, so the result is the same whatever the number of threads
        IntStream.range(0, b).parallel().forEach(r -> {
            long[] counts = scratch.get();
            resampler.resample(replicateSeed(options.seed(), r), counts);
            // each pattern's resampled weight and sum of overall ratings; a cell's respondents share their weight
            // (1 when unweighted): they carry it into the resample
            int patterns = cells.patternStart.length - 1;
            double[] patternW = new double[patterns];
            double[] patternY = new double[patterns];
            for (int c = 0; c < counts.length; c++) {
                double drawn = counts[c] * cells.weight[c];
                patternW[cells.patternOf[c]] += drawn;
                patternY[cells.patternOf[c]] += drawn * cells.overall[c];
            }
            // each block entry's weight (even index) and sum of overall ratings (odd index), and each entry of a
            // pair of blocks' weight
            double[] ownSums = new double[2 * blocks.entries];
            double[] crossSums = new double[blocks.crossEntries];
            int[] ownAt = blocks.own;
            int[] crossAt = blocks.cross;
            double n = 0;
            double sumAll = 0;
            for (int g = 0; g < patterns; g++) {
                double w = patternW[g];
                double sumY = patternY[g];
                n += w;
                sumAll += sumY;
                for (int t = blocks.ownStart[g]; t < blocks.ownStart[g + 1]; t++) {
                    ownSums[ownAt[t]] += w;
                    ownSums[ownAt[t] + 1] += sumY;
                }
                for (int t = blocks.crossStart[g]; t < blocks.crossStart[g + 1]; t++) {
                    crossSums[crossAt[t]] += w;
                }
            }
            double[] pairs = new double[p * p];
            double[] xty = new double[p];
            blocks.spread(ownSums, crossSums, p, pairs, xty);
            // the intercept (column 0) is in every pattern: its entries are n, the dummies' counts (the diagonal, as
            // a dummy times itself is the dummy) and the sum of all overall ratings
            xty[0] = sumAll;
            double[][] xtx = new double[p][p];
            xtx[0][0] = n;
            for (int a = 1; a < p; a++) {
                xtx[0][a] = pairs[a * p + a];
                xtx[a][0] = xtx[0][a];
                for (int e = a; e < p; e++) {
                    xtx[a][e] = pairs[a * p + e];
                    xtx[e][a] = xtx[a][e];
                }
            }
            DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-12).getSolver();
            if (!solver.isNonSingular()) {
                singular[r] = true;
                return;
            }
            double[] beta = solver.solve(new ArrayRealVector(xty)).toArray();
            for (int i = 0; i < k; i++) {
                if (model.lowColumn[i] < 0 || model.highColumn[i] < 0) {
                    continue;
                }
                ImpactIndices idx = ImpactIndices.of(beta[model.lowColumn[i]], beta[model.highColumn[i]],
                        options.signHandling());
                riocs[i][r] = idx.riocs();
                ia[i][r] = idx.ia();
            }
        });
        int undefined = 0;
        for (boolean x : singular) {
            undefined += x ? 1 : 0;
        }
        int[] definedIa = new int[k];
        int[] definedRiocs = new int[k];
        for (int i = 0; i < k; i++) {
            boolean both = model.lowColumn[i] >= 0 && model.highColumn[i] >= 0;
            definedIa[i] = both ? compact(ia[i], singular, true) : 0;
            definedRiocs[i] = both ? compact(riocs[i], singular, false) : 0;
        }
        Interval[] iaOut = new Interval[k];
        Interval[] riocsOut = new Interval[k];
        for (int i = 0; i < k; i++) {
            iaOut[i] = Percentiles.interval(ia[i], definedIa[i], options.confidence());
            riocsOut[i] = Percentiles.interval(riocs[i], definedRiocs[i], options.confidence());
        }
        return new PrcaBootstrap(iaOut, riocsOut, undefined);
    }

    /** The seed of replicate {@code r}: the options' seed and the replicate number mixed (SplitMix64). */
    static long replicateSeed(long seed, int r) {
        long z = seed + 0x9E3779B97F4A7C15L * (r + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Moves the values of the estimable replicates (and, with {@code dropNaN}, only those that are numbers) to the
     * front in replicate order; returns their number.
     */
    private static int compact(double[] values, boolean[] singular, boolean dropNaN) {
        int m = 0;
        for (int r = 0; r < values.length; r++) {
            if (!singular[r] && !(dropNaN && Double.isNaN(values[r]))) {
                values[m++] = values[r];
            }
        }
        return m;
    }

    /**
     * The respondents grouped into cells of identical respondents — the same active columns of the model
     * (intercept, the low or high dummy of each attribute) and the same overall rating — with their numbers; the
     * cells ordered by pattern (their active columns, in the order first seen), then in the order first seen. A
     * respondent bootstrap is a multinomial resample of the cell counts.
     *
     * @param overall      each cell's overall rating
     * @param weight       each cell's respondent weight (1 when unweighted)
     * @param count        each cell's number of respondents
     * @param patternStart the first cell of each pattern, and the number of cells at the end
     * @param blocks       where each pattern adds its resampled weight for XᵀX and Xᵀy
     */
    private record Cells(double[] overall, double[] weight, long[] count, int[] patternStart, int[] patternOf,
            Blocks blocks) {
        static Cells of(SatisfactionSurvey s, RatingScale scale, PrcaModel model, int blockStates) {
            int k = s.attributes().size();
            Map<Key, long[]> cellCount = new HashMap<>();
            Map<Key, Integer> patternIndex = new HashMap<>();
            List<int[]> columns = new ArrayList<>();
            List<List<Key>> cellsOf = new ArrayList<>();
            int[] act = new int[k + 1];
            for (int j = 0; j < s.respondents(); j++) {
                int m = PrcaModel.active(s, scale, j, model.lowColumn, model.highColumn, act);
                int[] cols = Arrays.copyOf(act, m);
                Key key = new Key(cols, s.overall(j), s.weight(j));
                long[] seen = cellCount.get(key);
                if (seen != null) {
                    seen[0]++;
                    continue;
                }
                cellCount.put(key, new long[] {1});
                Integer g = patternIndex.get(new Key(cols, 0, 0));
                if (g == null) {
                    g = columns.size();
                    patternIndex.put(new Key(cols, 0, 0), g);
                    columns.add(cols);
                    cellsOf.add(new ArrayList<>());
                }
                cellsOf.get(g).add(key);
            }
            int cells = cellCount.size();
            double[] overall = new double[cells];
            double[] weight = new double[cells];
            long[] count = new long[cells];
            int patterns = columns.size();
            int[] start = new int[patterns + 1];
            int[] patternOf = new int[cells];
            int c = 0;
            boolean whole = !s.weighted();
            for (int g = 0; g < patterns; g++) {
                start[g] = c;
                for (Key key : cellsOf.get(g)) {
                    overall[c] = key.overall();
                    weight[c] = key.weight();
                    patternOf[c] = g;
                    count[c++] = cellCount.get(key)[0];
                    whole &= overall[c - 1] == Math.rint(overall[c - 1]) && Math.abs(overall[c - 1]) <= WHOLE_LIMIT;
                }
            }
            start[patterns] = c;
            Blocks blocks = blockStates > 0 ? Blocks.of(columns, model.lowColumn, model.highColumn, blockStates)
                    : Blocks.cheapest(columns, model.lowColumn, model.highColumn, whole);
            return new Cells(overall, weight, count, start, patternOf, blocks);
        }
    }

    /**
     * How a replicate sums XᵀX and Xᵀy over the patterns (docs/METHODS.md §7.1). The attributes are split into
     * blocks of consecutive attributes; a block's <em>state</em> in a pattern is the set of its dummies that are
     * active, numbered in mixed radix (0: none). A pattern adds its resampled weight w and sum of overall ratings
     * once per block with an active dummy, to that block's entry for its state (the block's own part of XᵀX and
     * Xᵀy), and w once per pair of such blocks, to the pair's entry for their two states (the part of XᵀX between
     * them); the replicate then spreads each entry over the cells of XᵀX and Xᵀy it stands for.
     * <p>
     * Blocks of one attribute add to each cell of XᵀX and Xᵀy the terms a direct sum over the patterns adds, in the
     * same order, so they give the same numbers to the last bit. Larger blocks add fewer terms per pattern but
     * group them differently; they are used only when every term is a whole number (unweighted respondents and
     * whole-number overall ratings), whose sums in doubles are exact in any order.
     *
     * @param own          the entries a pattern adds w and its sum of ratings to: 2·(block entry), per pattern
     * @param ownStart     where each pattern's entries begin in {@code own}, and their number at the end
     * @param cross        the entries of pairs of blocks a pattern adds w to, per pattern
     * @param crossStart   where each pattern's entries begin in {@code cross}, and their number at the end
     * @param entries      the number of block entries (the blocks' states, summed)
     * @param crossEntries the number of entries of pairs of blocks (products of the two blocks' states, summed)
     * @param blockStart   each block's first entry, and {@code entries} at the end
     * @param columnStart  where each block entry's active columns begin in {@code columns}, and their number at
     *                     the end
     * @param columns      each block entry's active columns, increasing
     */
    record Blocks(int[] own, int[] ownStart, int[] cross, int[] crossStart, int entries, int crossEntries,
            int[] blockStart, int[] columnStart, int[] columns) {

        /**
         * The layout with the fewest steps per replicate — a term per pattern and block or pair of blocks, plus an
         * entry per block state or pair of states — among blocks of up to 3, 9 and 27 joint states, the larger
         * ones only when {@code whole}.
         */
        static Blocks cheapest(List<int[]> patterns, int[] lowColumn, int[] highColumn, boolean whole) {
            Blocks best = of(patterns, lowColumn, highColumn, 3);
            for (int states = 9; whole && states <= MAX_BLOCK_STATES; states *= 3) {
                Blocks next = of(patterns, lowColumn, highColumn, states);
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
        static Blocks of(List<int[]> patterns, int[] lowColumn, int[] highColumn, int limit) {
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
            int[] cross = new int[crossStart[patterns.size()]];
            for (int g = 0; g < patterns.size(); g++) {
                int[] active = activeBlocks[g];
                int[] state = activeStates[g];
                int o = ownStart[g];
                int t = crossStart[g];
                for (int x = 0; x < active.length; x++) {
                    int b = active[x];
                    own[o++] = 2 * (blockStart[b] + state[x]);
                    long row = crossFrom[b] + (long) state[x] * (entries - blockStart[b + 1]) - blockStart[b + 1];
                    for (int y = x + 1; y < active.length; y++) {
                        cross[t++] = (int) (row + blockStart[active[y]] + state[y]);
                    }
                }
            }
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
            return new Blocks(own, ownStart, cross, crossStart, entries, (int) crossEntries, blockStart,
                    columnStart, Arrays.copyOf(columns, c));
        }

        /** The steps of one replicate: the terms the patterns add, and the entries spread. */
        long steps() {
            return own.length + (long) cross.length + entries + crossEntries;
        }

        /**
         * Spreads a replicate's block entries over XᵀX (upper triangle, flat a·p + e, without the intercept's row)
         * and Xᵀy (without the intercept).
         */
        void spread(double[] ownSums, double[] crossSums, int p, double[] pairs, double[] xty) {
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

    /** A group's identity: its active columns, the exact overall rating and the exact weight. */
    private record Key(int[] columns, double overall, double weight) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Arrays.equals(columns, other.columns)
                    && Double.compare(overall, other.overall) == 0 && Double.compare(weight, other.weight) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(columns) + Double.hashCode(overall)) + Double.hashCode(weight);
        }
    }
}
