package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.stats.Interval;
import io.github.kano4j.stats.MultinomialSampler;
import io.github.kano4j.stats.Percentiles;

import java.util.EnumMap;
import java.util.Map;

/**
 * The per-attribute multinomial bootstrap (docs/METHODS.md §7.1): each replicate draws N answers with
 * replacement from the attribute's N answers — i.e. a multinomial sample of the six category counts —
 * and recomputes Better, |Worse|, Better − |Worse| and the rule's category. Sampling draws from the
 * counts ({@link MultinomialSampler}), never by copying rows, so its cost does not grow with N beyond
 * O(√N) per category. Each attribute has its own generator
 * seeded from the analysis seed and the attribute's position, so results do not depend on threads.
 */
final class KanoBootstrap {
    private static final Category[] CATEGORIES = Category.values();

    private KanoBootstrap() {
    }

    static BootstrapSummary run(CategoryCounts counts, int index, KanoOptions options, double betterThreshold,
            double worseThreshold, Category reported) {
        int replicates = options.bootstrapReplicates();
        long seed = options.seed() * 1_000_003L + index;
        double level = options.confidence();
        long n = counts.n();
        Map<Category, Double> shares = new EnumMap<>(Category.class);
        if (n == 0 || n > Integer.MAX_VALUE) {
            Interval u = Interval.undefined(level, "percentile");
            return new BootstrapSummary(replicates, seed, replicates, u, u, u, Double.NaN, shares);
        }
        long[] observed = new long[CATEGORIES.length];
        for (int k = 0; k < CATEGORIES.length; k++) {
            observed[k] = counts.get(CATEGORIES[k]);
        }
        MultinomialSampler sampler = MultinomialSampler.seeded(seed);
        double[] better = new double[replicates];
        double[] absWorse = new double[replicates];
        double[] asymmetry = new double[replicates];
        long[] decided = new long[CATEGORIES.length];
        long[] sample = new long[CATEGORIES.length];
        int defined = 0;
        int same = 0;
        for (int b = 0; b < replicates; b++) {
            sampler.resample(observed, sample);
            CategoryCounts c = new CategoryCounts(sample[0], sample[1], sample[2], sample[3], sample[4], sample[5]);
            long d = options.denominator() == KanoOptions.Denominator.ALL ? c.n() : c.n4();
            if (d > 0) {
                better[defined] = (double) (c.a() + c.o()) / d;
                absWorse[defined] = (double) (c.o() + c.m()) / d;
                asymmetry[defined] = better[defined] - absWorse[defined];
                defined++;
            }
            Category category = KanoClassifier.decide(c, options, betterThreshold, worseThreshold).category();
            if (category != null) {
                decided[category.ordinal()]++;
            }
            if (category == reported) {
                same++;
            }
        }
        for (int k = 0; k < CATEGORIES.length; k++) {
            if (decided[k] > 0) {
                shares.put(CATEGORIES[k], (double) decided[k] / replicates);
            }
        }
        return new BootstrapSummary(replicates, seed, replicates - defined,
                Percentiles.interval(better, defined, level), Percentiles.interval(absWorse, defined, level),
                Percentiles.interval(asymmetry, defined, level),
                replicates == 0 ? Double.NaN : (double) same / replicates, shares);
    }

}
