package io.github.kano4j.tools;

import io.github.kano4j.Kano;
import io.github.kano4j.cli.Main;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * The performance benchmark command: the four workloads of the performance issue side by side in one run, each
 * with the figure it is judged by. Seeded data are written to a temporary folder; every timing is the median of
 * 5 runs after 5 warm-up runs in this JVM (the steady state of the long-lived case: notebooks, services).
 * <ol>
 *   <li>{@code ingest}: kano4j read + tally + classify of a 1,000,000 × 20 wide file vs commons-csv alone parsing
 *       the same file and touching every cell (target ≤ 0.35×);</li>
 *   <li>{@code satisfaction}: a 200,000 × 10 satisfaction survey analysed with the default 1,000-replicate bootstrap
 *       vs without it (target ≤ 3×);</li>
 *   <li>{@code segments}: 40,000 × 20 read with a segment column, analysed, and compared across 10,000 segments vs
 *       10 — the homogeneity test, Holm p and category drift of every attribute (target ≤ 3×);</li>
 *   <li>{@code allocate}: the CLI's {@code allocate} plan for a 2,000-respondent satisfaction survey of 500
 *       attributes with real-valued unit costs and a budget of 200,000 (target under 60 s and 512 MB of heap: run
 *       with {@code -Xmx512m}).</li>
 * </ol>
 *
 * <pre>{@code MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.kano4j.tools.PerformanceBenchmark}</pre>
 *
 * Arguments name a subset of the workloads ({@code ingest satisfaction segments allocate}). When the CLI jar is built
 * ({@code ./mvnw -q package -DskipTests} first), the satisfaction and segment workloads are also timed as whole
 * {@code java -jar target/kano4j-cli.jar} processes, as a user runs them. The whole-process segment run writes every
 * segment's analysis — a thousand times the rows of the 10-segment run — so it is printed with the bytes written
 * and no target: its time is the output's.
 */
public final class PerformanceBenchmark {
    /** Runs before timing, so the code is compiled as in a long-lived JVM. */
    private static final int WARM_UP = 5;
    private static final String[] LABELS = {"like", "must-be", "neutral", "live-with", "dislike"};

    private PerformanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("ingest", "satisfaction", "segments", "allocate")
                : Arrays.asList(args);
        System.out.printf(Locale.ROOT, "kano4j performance benchmark: %d cores, Java %s, max heap %d MB, load "
                + "average %.2f%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        Path dir = Files.createTempDirectory("kano4j-perf");
        try {
            for (String w : which) {
                switch (w) {
                    case "ingest" -> ingest(dir);
                    case "satisfaction" -> satisfaction(dir);
                    case "segments" -> segments(dir);
                    case "allocate" -> allocate(dir);
                    default -> throw new IllegalArgumentException("unknown workload " + w);
                }
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

    private static void ingest(Path dir) throws Exception {
        Path file = dir.resolve("ingest.csv");
        IngestBenchmark.write(file, 0, 1_000_000, 1);
        double csv = median(() -> IngestBenchmark.commonsCsvOnly(file));
        double kano = median(() -> Kano.analyze(Kano.reader().read(file), KanoOptions.defaults()).results().size());
        report("ingest 1,000,000 x 20", "commons-csv alone", csv, "kano4j read+tally+classify", kano, 0.35);
        Files.delete(file);
    }

    private static void satisfaction(Path dir) throws Exception {
        Path file = dir.resolve("satisfaction.csv");
        writeSatisfaction(file, 200_000, 10, 3);
        SatisfactionCsvReader reader = SatisfactionCsvReader.create("overall");
        SatisfactionOptions none = SatisfactionOptions.defaults().withBootstrap(0, SatisfactionOptions.defaults().seed());
        double without = median(() -> Kano.analyzeSatisfaction(reader.read(file), none).results().size());
        double with = median(() -> Kano.analyzeSatisfaction(reader.read(file), SatisfactionOptions.defaults())
                .results().size());
        report("satisfaction 200,000 x 10", "no bootstrap", without, "1,000-replicate bootstrap", with, 3);
        if (Files.isRegularFile(CLI)) {
            double cliWithout = processMedian(List.of("satisfaction", file.toString(), "--overall", "overall",
                    "--bootstrap", "0"));
            double cliWith = processMedian(List.of("satisfaction", file.toString(), "--overall", "overall"));
            report("  whole processes (java -jar kano4j-cli.jar satisfaction)", "no bootstrap", cliWithout,
                    "1,000-replicate bootstrap", cliWith, 3);
        }
        Files.delete(file);
    }

    private static void segments(Path dir) throws Exception {
        Path few = dir.resolve("segments-10.csv");
        Path many = dir.resolve("segments-10000.csv");
        writeSegmented(few, 40_000, 10);
        writeSegmented(many, 40_000, 10_000);
        double ten = median(() -> segmentRun(few));
        double tenThousand = median(() -> segmentRun(many));
        report("segments 40,000 x 20", "10 segments", ten, "10,000 segments", tenThousand, 3);
        if (Files.isRegularFile(CLI)) {
            Path out = dir.resolve("segments-out.csv");
            double cliTen = processMedian(List.of("analyze", few.toString(), "--segment", "site", "--format", "csv",
                    "--out", out.toString()));
            double cliMany = processMedian(List.of("analyze", many.toString(), "--segment", "site", "--format", "csv",
                    "--out", out.toString()));
            // no target: the output grows with the segments (every segment's analysis), 1,000 times the rows
            System.out.printf(Locale.ROOT, "  whole processes (analyze --segment site --format csv: every segment's"
                    + " rows; no target, the output grows with the segments): 10 segments %.0f ms, 10,000 segments"
                    + " %.0f ms (%,d bytes written)%n", cliTen, cliMany, Files.size(out));
            Files.deleteIfExists(out);
        }
        Files.delete(few);
        Files.delete(many);
    }

    private static int segmentRun(Path file) {
        KanoSurvey survey = Kano.reader().withSegmentColumns("site").read(file);
        KanoAnalysis analysis = Kano.analyze(survey, KanoOptions.defaults());
        SegmentComparison c = Kano.compareSegments(survey, "site", KanoOptions.defaults());
        // what the comparison decides: per attribute the test, its Holm p and whether the category drifts
        int decided = analysis.results().size();
        for (SegmentComparison.SegmentTest t : c.tests()) {
            decided += t.holmP() < 0.05 || t.categoryDrift() ? 1 : 0;
        }
        return decided;
    }

    private static void allocate(Path dir) throws Exception {
        Path sat = dir.resolve("allocate-satisfaction.csv");
        Path sheet = dir.resolve("allocate-sheet.csv");
        writeSatisfaction(sat, 2_000, 500, 5);
        Random rng = new Random(9);
        try (BufferedWriter w = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            w.write("attribute,unit_cost\n");
            for (int a = 0; a < 500; a++) {
                w.write(String.format(Locale.ROOT, "attribute %d,%.2f%n", a, 50 + 1950 * rng.nextDouble()));
            }
        }
        System.gc();
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Runtime rt = Runtime.getRuntime();
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        Path plan = dir.resolve("allocate-plan.txt");
        int exit = Main.run(new String[] {"allocate", "--satisfaction", sat.toString(), "--attributes",
            sheet.toString(), "--budget", "200000", "--out", plan.toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        String method = Files.readAllLines(plan).stream().filter(l -> l.startsWith("Budget ")).findFirst()
                .orElse("no budget line");
        System.out.printf(Locale.ROOT, "allocate 500 attributes, real costs, budget 200,000 (CLI allocate): exit %d, "
                + "%.1f s, peak heap %d MB (targets < 60 s, < 512 MB); %s%n", exit, seconds,
                peak[0] >> 20, method);
        Files.delete(plan);
        Files.delete(sat);
        Files.delete(sheet);
    }

    /** Ratings 1–5 driven by one latent satisfaction per respondent; overall 0–10 from low and high zones. */
    static void writeSatisfaction(Path file, int n, int k, long seed) throws IOException {
        Random rng = new Random(seed);
        double[] penalty = new double[k];
        double[] reward = new double[k];
        for (int a = 0; a < k; a++) {
            penalty[a] = rng.nextDouble() * 1.5 / Math.sqrt(k / 10.0);
            reward[a] = rng.nextDouble() * 1.5 / Math.sqrt(k / 10.0);
        }
        StringBuilder line = new StringBuilder("respondent");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int a = 0; a < k; a++) {
                line.append(",attribute ").append(a);
            }
            w.write(line.append(",overall\n").toString());
            for (int j = 0; j < n; j++) {
                double latent = rng.nextGaussian();
                double os = 6.5;
                line.setLength(0);
                line.append(j + 1);
                for (int a = 0; a < k; a++) {
                    int x = (int) Math.max(1, Math.min(5, Math.round(3.4 + latent + rng.nextGaussian())));
                    os += x <= 2 ? -penalty[a] : x >= 5 ? reward[a] : 0;
                    line.append(',').append(x);
                }
                long overall = Math.max(0, Math.min(10, Math.round(os + rng.nextGaussian())));
                w.write(line.append(',').append(overall).append('\n').toString());
            }
        }
    }

    /** A wide Kano file with a {@code site} column of {@code segments} values, answers as codes and labels. */
    static void writeSegmented(Path file, int n, int segments) throws IOException {
        Random rng = new Random(17);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder("id,site");
            for (int a = 0; a < 20; a++) {
                line.append(",attribute ").append(a).append("_functional,attribute ").append(a).append("_dysfunctional");
            }
            w.write(line.append('\n').toString());
            for (int r = 0; r < n; r++) {
                line.setLength(0);
                line.append(r + 1).append(",site ").append(rng.nextInt(segments));
                for (int a = 0; a < 40; a++) {
                    int code = rng.nextInt(5);
                    line.append(',').append(a % 4 == 0 ? LABELS[code] : String.valueOf(code + 1));
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static void report(String what, String baseName, double base, String name, double value, double target) {
        System.out.printf(Locale.ROOT, "%s: %s %.0f ms, %s %.0f ms, ratio %.2f (target <= %.2f)%n", what, baseName,
                base, name, value, value / base, target);
    }

    /** The CLI jar, when built ({@code ./mvnw package}): whole-process timings are printed as well. */
    private static final Path CLI = Path.of("target", "kano4j-cli.jar");

    /** Median of 3 whole-process runs of the CLI jar (after one warm-up run for the file cache), in ms. */
    private static double processMedian(List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", CLI.toString()));
        command.addAll(args);
        // a new JVM each time: one untimed run only warms the file cache
        return median(() -> {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
            }
            return null;
        }, 1, 3);
    }

    private static double median(Callable<Object> run) throws Exception {
        // steady state, as in a long-lived JVM (a notebook, a service): warm-up runs first, then the median of five
        return median(run, WARM_UP, 5);
    }

    /** The median time of {@code runs} runs after {@code warmUp} untimed ones, in ms. */
    private static double median(Callable<Object> run, int warmUp, int runs) throws Exception {
        for (int w = 0; w < warmUp; w++) {
            run.call();
        }
        double[] t = new double[runs];
        for (int r = 0; r < t.length; r++) {
            long t0 = System.nanoTime();
            run.call();
            t[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
