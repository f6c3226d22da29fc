package io.github.kano4j.tools;

import io.github.kano4j.Kano;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark command for ingestion. For each size it writes a seeded wide survey (respondents × 20 attributes,
 * answer codes and labels) to a temporary file and reports, in the same run: (a) commons-csv alone parsing the
 * file and touching every cell, (b) kano4j reading, tallying and classifying it end to end, (c) the ratio
 * b/a, (d) the peak heap during (b); then (e) the same data split into two files read sequentially and with
 * {@code readAll} in parallel, and the speed-up. Medians of 3 runs after a warm-up.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.kano4j.tools.IngestBenchmark -Dexec.args="100000 1000000"}</pre>
 */
public final class IngestBenchmark {
    private static final String[] LABELS = {"like", "must-be", "neutral", "live-with", "dislike"};

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "ingest benchmark: 20 attributes, %d cores, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        Path dir = Files.createTempDirectory("kano4j-bench");
        try {
            for (int n : sizes) {
                run(dir, n);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void run(Path dir, int n) throws IOException {
        Path whole = dir.resolve("whole-" + n + ".csv");
        Path part1 = dir.resolve("part1-" + n + ".csv");
        Path part2 = dir.resolve("part2-" + n + ".csv");
        write(whole, 0, n, 1);
        write(part1, 0, n / 2, 1);
        write(part2, n / 2, n, 1);
        long bytes = Files.size(whole);
        double[] a = new double[3];
        double[] b = new double[3];
        double[] seq = new double[3];
        double[] par = new double[3];
        long peak = 0;
        long checksum = 0;
        for (int r = -1; r < 3; r++) {
            long t0 = System.nanoTime();
            checksum += commonsCsvOnly(whole);
            long t1 = System.nanoTime();
            resetPeaks();
            KanoAnalysis analysis = Kano.analyze(KanoCsvReader.create().read(whole), KanoOptions.defaults());
            long t2 = System.nanoTime();
            peak = Math.max(peak, peakHeap());
            checksum += analysis.results().size();
            KanoSurvey s1 = KanoCsvReader.create().read(part1);
            KanoSurvey s2 = KanoCsvReader.create().read(part2);
            checksum += s1.tally().size() + s2.tally().size();
            long t3 = System.nanoTime();
            KanoSurvey both = KanoCsvReader.create().readAll(List.of(part1, part2));
            long t4 = System.nanoTime();
            if (both.report().rowsRead() != n) {
                throw new IllegalStateException("parallel read lost rows");
            }
            if (r >= 0) {
                a[r] = (t1 - t0) / 1e6;
                b[r] = (t2 - t1) / 1e6;
                seq[r] = (t3 - t2) / 1e6;
                par[r] = (t4 - t3) / 1e6;
            }
        }
        double ma = median(a);
        double mb = median(b);
        System.out.printf(Locale.ROOT, "n = %,d (%.1f MB): (a) commons-csv alone %.0f ms, (b) kano4j read+tally+"
                + "classify %.0f ms, (c) b/a = %.2f, (d) peak heap during (b) %d MB; two halves: sequential %.0f ms, "
                + "parallel readAll %.0f ms, speed-up %.2f  [checksum %d]%n", n, bytes / 1e6, ma, mb, mb / ma,
                peak >> 20, median(seq), median(par), median(seq) / median(par), checksum);
        Files.deleteIfExists(whole);
        Files.deleteIfExists(part1);
        Files.deleteIfExists(part2);
    }

    /** Parses with commons-csv (same format, same delimiter) and touches every cell. */
    static long commonsCsvOnly(Path file) throws IOException {
        long total = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180.builder()
                        .setIgnoreEmptyLines(true).get()).get()) {
            for (CSVRecord r : parser) {
                for (int i = 0; i < r.size(); i++) {
                    total += r.get(i).length();
                }
            }
        }
        return total;
    }

    static void write(Path file, int from, int to, long seed) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder("id");
            for (int a = 0; a < 20; a++) {
                line.append(",attribute ").append(a).append("_functional,attribute ").append(a).append("_dysfunctional");
            }
            w.write(line.append('\n').toString());
            for (int r = from; r < to; r++) {
                Random rng = new Random(seed * 1_000_003L + r);
                line.setLength(0);
                line.append(r);
                for (int a = 0; a < 40; a++) {
                    int code = rng.nextInt(5);
                    line.append(',');
                    if (a % 4 == 0) {
                        line.append(LABELS[code]);
                    } else {
                        line.append(code + 1);
                    }
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
