package io.github.kano4j.tools;

import io.github.kano4j.Kano;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark command: the full analysis (classification, Wilson and Goodman intervals, tests, importance)
 * plus a seeded bootstrap of 2,000 resamples for 50 attributes of {@code n} respondents each. Prints the
 * wall time of each measured run and the median, after warm-up runs.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.kano4j.tools.BootstrapBenchmark -Dexec.args="50 400 2000"}</pre>
 */
public final class BootstrapBenchmark {
    private BootstrapBenchmark() {
    }

    public static void main(String[] args) {
        int attributes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int respondents = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int replicates = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Random rng = new Random(1);
        Map<String, CategoryCounts> counts = new LinkedHashMap<>();
        for (int a = 0; a < attributes; a++) {
            double[] w = new double[6];
            double sum = 0;
            for (int k = 0; k < 6; k++) {
                w[k] = k >= 4 ? 0.05 * rng.nextDouble() : rng.nextDouble();
                sum += w[k];
            }
            long[] c = new long[6];
            for (int j = 0; j < respondents; j++) {
                double u = rng.nextDouble() * sum;
                int k = 0;
                double cum = w[0];
                while (u >= cum && k < 5) {
                    cum += w[++k];
                }
                c[k]++;
            }
            counts.put("attribute " + a, new CategoryCounts(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        KanoOptions options = KanoOptions.defaults().withBootstrap(replicates, 20261122L);
        int warmup = 5;
        int runs = 10;
        double[] ms = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            KanoAnalysis analysis = Kano.analyzeCounts(counts, options);
            long t1 = System.nanoTime();
            if (analysis.results().size() != attributes) {
                throw new IllegalStateException("unexpected result size");
            }
            if (i >= warmup) {
                ms[i - warmup] = (t1 - t0) / 1e6;
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "bootstrap benchmark: %d attributes x %d respondents x %d resamples, "
                + "%d cores, Java %s%n", attributes, respondents, replicates,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "runs (ms): %s%n", Arrays.toString(Arrays.stream(ms)
                .map(v -> Math.round(v * 10) / 10.0).toArray()));
        System.out.printf(Locale.ROOT, "median %.1f ms, min %.1f ms, max %.1f ms%n", (sorted[runs / 2 - 1]
                + sorted[runs / 2]) / 2, sorted[0], sorted[runs - 1]);
    }
}
