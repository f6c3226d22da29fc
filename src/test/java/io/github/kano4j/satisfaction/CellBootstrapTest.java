package io.github.kano4j.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

/**
 * The satisfaction bootstrap resamples groups of identical respondents (same active dummies, same overall rating)
 * multinomially: the same distribution as drawing respondents one by one. Checked against a plain respondent
 * bootstrap written out here, and for the same output whatever the number of threads.
 */
class CellBootstrapTest {

    /** 600 respondents, three attributes of different types, 1–5 ratings, 0–10 overall with noise. */
    static SatisfactionSurvey seeded() {
        Random rng = new Random(42);
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("basic", "linear", "delight"));
        for (int j = 0; j < 600; j++) {
            int x1 = 1 + rng.nextInt(5);
            int x2 = 1 + rng.nextInt(5);
            int x3 = 1 + rng.nextInt(5);
            double os = 6 - 2.0 * (x1 <= 2 ? 1 : 0) - 0.8 * (x2 <= 2 ? 1 : 0) + 0.8 * (x2 >= 5 ? 1 : 0)
                    + 1.5 * (x3 >= 5 ? 1 : 0) + rng.nextGaussian();
            b.add(Math.max(0, Math.min(10, Math.round(os))), x1, x2, x3);
        }
        return b.build();
    }

    @Test
    void percentilesAgreeWithAPlainRespondentBootstrap() {
        SatisfactionSurvey s = seeded();
        int replicates = 2_000;
        SatisfactionAnalysis cells = SatisfactionAnalysis.of(s, SatisfactionOptions.defaults()
                .withBootstrap(replicates, 7));
        SatisfactionOptions point = SatisfactionOptions.defaults().withBootstrap(0, 7);
        Random rng = new Random(11);
        double[][] ia = new double[3][replicates];
        for (int r = 0; r < replicates; r++) {
            SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(s.attributes());
            for (int j = 0; j < s.respondents(); j++) {
                int pick = rng.nextInt(s.respondents());
                b.add(s.overall(pick), s.rating(pick, 0), s.rating(pick, 1), s.rating(pick, 2));
            }
            SatisfactionAnalysis a = SatisfactionAnalysis.of(b.build(), point);
            for (int i = 0; i < 3; i++) {
                ia[i][r] = a.results().get(i).ia();
            }
        }
        for (int i = 0; i < 3; i++) {
            Arrays.sort(ia[i]);
            FactorResult f = cells.results().get(i);
            // 2.5 % and 97.5 % points of 2,000 replicates each: Monte-Carlo error well below 0.03
            assertThat(f.iaInterval().lower()).as(f.attribute()).isCloseTo(ia[i][(int) (0.025 * replicates)],
                    within(0.03));
            assertThat(f.iaInterval().upper()).as(f.attribute()).isCloseTo(ia[i][(int) (0.975 * replicates)],
                    within(0.03));
        }
    }

    @Test
    void theSameIntervalsWithOneThreadOrFour() throws Exception {
        SatisfactionSurvey s = seeded();
        SatisfactionOptions options = SatisfactionOptions.defaults().withBootstrap(500, 3);
        String one = new ForkJoinPool(1).submit(() -> exact(SatisfactionAnalysis.of(s, options))).get();
        String four = new ForkJoinPool(4).submit(() -> exact(SatisfactionAnalysis.of(s, options))).get();
        assertThat(four).isEqualTo(one).contains("ia [");
        assertThat(exact(SatisfactionAnalysis.of(s, options))).isEqualTo(one);
    }

    /**
     * A replicate's XᵀX and Xᵀy summed over blocks of attributes equal the direct sums over the patterns to the last
     * bit: for whole-number weights and ratings with any block size, for fractional ones with blocks of one
     * attribute (the same terms in the same order). Ten attributes: one without a low dummy, one without a high
     * dummy, one without either.
     */
    @Test
    void blockSumsEqualTheDirectSums() {
        Random rng = new Random(5);
        int k = 10;
        int[] low = new int[k];
        int[] high = new int[k];
        int p = 1;
        for (int i = 0; i < k; i++) {
            low[i] = i == 3 || i == 5 ? -1 : p++;
            high[i] = i == 7 || i == 5 ? -1 : p++;
        }
        List<int[]> patterns = new ArrayList<>();
        for (int g = 0; g < 400; g++) {
            int[] cols = new int[k + 1];
            int m = 1; // cols[0] = 0, the intercept
            for (int i = 0; i < k; i++) {
                int zone = rng.nextInt(3);
                int col = zone == 0 ? low[i] : zone == 2 ? high[i] : -1;
                if (col >= 0) {
                    cols[m++] = col;
                }
            }
            patterns.add(Arrays.copyOf(cols, m));
        }
        double[] whole = new double[patterns.size()];
        double[] fractional = new double[patterns.size()];
        for (int g = 0; g < patterns.size(); g++) {
            whole[g] = rng.nextInt(4); // a resample leaves some patterns out
            fractional[g] = whole[g] * (0.3 + rng.nextDouble());
        }
        for (int limit : new int[] {3, 9, 27, 81, 6561}) {
            assertThat(blockSums(patterns, low, high, p, limit, whole)).as("blocks of %d states", limit)
                    .isEqualTo(directSums(patterns, p, whole));
        }
        assertThat(blockSums(patterns, low, high, p, 3, fractional)).isEqualTo(directSums(patterns, p, fractional));
        BlockSums cheapest = BlockSums.cheapest(patterns, low, high, true);
        assertThat(cheapest.entries()).as("whole numbers: blocks of more than one attribute").isGreaterThan(k * 3);
        assertThat(BlockSums.cheapest(patterns, low, high, false).direct()).as("fractional: direct sums").isTrue();
        assertThat(BlockSums.cheapest(patterns.subList(0, 20), low, high, true).direct())
                .as("20 patterns: spreading blocks would cost more than it saves").isTrue();
    }

    /** XᵀX (upper triangle without the intercept's row) then Xᵀy (y = 2.5 + pattern number), summed directly. */
    private static double[] directSums(List<int[]> patterns, int p, double[] w) {
        double[] out = new double[p * p + p];
        for (int g = 0; g < patterns.size(); g++) {
            int[] cols = patterns.get(g);
            for (int a = 1; a < cols.length; a++) {
                out[p * p + cols[a]] += w[g] * (2.5 + g);
                for (int e = a; e < cols.length; e++) {
                    out[cols[a] * p + cols[e]] += w[g];
                }
            }
        }
        return out;
    }

    /** The same sums through blocks of at most {@code limit} states, as a replicate takes them. */
    private static double[] blockSums(List<int[]> patterns, int[] low, int[] high, int p, int limit, double[] w) {
        double[] y = new double[w.length];
        for (int g = 0; g < w.length; g++) {
            y[g] = w[g] * (2.5 + g);
        }
        double[] pairs = new double[p * p];
        double[] xty = new double[p];
        BlockSums.of(patterns, low, high, limit).sum(w, y, pairs, xty);
        double[] out = Arrays.copyOf(pairs, p * p + p);
        System.arraycopy(xty, 0, out, p * p, p);
        return out;
    }

    @Test
    void theSameIntervalsWhateverTheBlocks() {
        SatisfactionSurvey s = seeded();
        SatisfactionOptions options = SatisfactionOptions.defaults().withBootstrap(300, 9);
        RatingScale scale = RatingScale.fivePoint();
        long[] low = new long[3];
        long[] high = new long[3];
        for (int j = 0; j < s.respondents(); j++) {
            for (int i = 0; i < 3; i++) {
                low[i] += s.rating(j, i) <= scale.cutLow() ? 1 : 0;
                high[i] += s.rating(j, i) >= scale.cutHigh() ? 1 : 0;
            }
        }
        PrcaModel model = PrcaModel.fit(s, scale, options.standardErrors(), low, high);
        String one = exact(PrcaBootstrap.run(s, scale, model, options, 3));
        assertThat(one).contains("[");
        for (int limit : new int[] {0, 9, 27}) {
            assertThat(exact(PrcaBootstrap.run(s, scale, model, options, limit))).as("%d states", limit).isEqualTo(one);
        }
    }

    private static String exact(PrcaBootstrap boot) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < boot.ia().length; i++) {
            sb.append(boot.ia()[i].lower()).append(", ").append(boot.ia()[i].upper()).append(" [")
                    .append(boot.riocs()[i].lower()).append(", ").append(boot.riocs()[i].upper()).append("]\n");
        }
        return sb.append(boot.undefined()).toString();
    }

    /** Every bootstrap bound with all its digits. */
    private static String exact(SatisfactionAnalysis a) {
        StringBuilder sb = new StringBuilder();
        for (FactorResult f : a.results()) {
            sb.append(f.attribute()).append(" ia [").append(f.iaInterval().lower()).append(", ")
                    .append(f.iaInterval().upper()).append("] riocs [").append(f.riocsInterval().lower()).append(", ")
                    .append(f.riocsInterval().upper()).append("]\n");
        }
        return sb.append(a.bootstrapUndefined()).toString();
    }
}
