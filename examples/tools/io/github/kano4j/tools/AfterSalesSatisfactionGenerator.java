package io.github.kano4j.tools;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the bundled satisfaction survey of the same after-sales service: 1,000 respondents rate each
 * attribute 1–5 and their overall satisfaction 0–10. Each attribute has a known penalty (effect of a rating
 * of 1–2) and reward (effect of a rating of 5) on the overall rating:
 * {@code overall = round(clip(6.0 + Σ (penalty·[x ≤ 2] + reward·[x = 5]) + N(0, 1.2²), 0, 10))}, seeded, so
 * the README can show the analysis recovering the types.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.kano4j.tools.AfterSalesSatisfactionGenerator}</pre>
 */
public final class AfterSalesSatisfactionGenerator {
    /** The seed of the bundled file. */
    public static final long SEED = 20261123L;
    /** Respondents in the bundled file. */
    public static final int RESPONDENTS = 1000;
    /** Noise standard deviation of the overall rating (0–10 points). */
    public static final double NOISE = 1.2;

    /** An attribute: its true type, penalty, reward and rating distribution over 1–5. */
    public record Spec(String name, String type, double penalty, double reward, double[] ratingShares) {
    }

    /** The attributes with their true effects. */
    public static final List<Spec> ATTRIBUTES = List.of(
            new Spec("Technician arrives within two hours", "HYBRID", -1.0, 1.0, new double[] {.10, .15, .30, .25, .20}),
            new Spec("Problem solved on the first visit", "DISSATISFIER", -1.6, 0.0, new double[] {.08, .12, .25, .30, .25}),
            new Spec("Shoe covers and cleanup after repair", "DISSATISFIER", -1.0, 0.0, new double[] {.07, .13, .30, .30, .20}),
            new Spec("Free check of other appliances", "SATISFIER", 0.0, 1.2, new double[] {.15, .20, .30, .20, .15}),
            new Spec("Progress text messages", "SATISFIER", 0.0, 0.8, new double[] {.10, .15, .30, .25, .20}),
            new Spec("Callback when the line is busy", "HYBRID", -0.8, 0.8, new double[] {.12, .18, .30, .22, .18}),
            new Spec("Night-time emergency line", "SATISFIER", 0.0, 1.0, new double[] {.12, .18, .30, .22, .18}),
            new Spec("Printed service newsletter", "LOW_IMPACT", 0.0, 0.0, new double[] {.05, .10, .30, .30, .25}),
            new Spec("Hold music while waiting", "LOW_IMPACT", 0.0, 0.0, new double[] {.15, .20, .35, .20, .10}),
            new Spec("Problem solved on the first call", "DISSATISFIER", -1.4, 0.1, new double[] {.10, .15, .25, .28, .22}));

    private AfterSalesSatisfactionGenerator() {
    }

    /** Writes the survey to {@code args[0]} (default {@code examples/data/after-sales-satisfaction.csv}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/data/after-sales-satisfaction.csv");
        Files.writeString(out, generate(SEED, RESPONDENTS, NOISE), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The survey as CSV text (columns: respondent, attributes…, overall). */
    public static String generate(long seed, int respondents, double noise) {
        RandomGenerator rng = new Well19937c(seed);
        List<String> header = new ArrayList<>(List.of("respondent"));
        ATTRIBUTES.forEach(s -> header.add(s.name()));
        header.add("overall");
        StringWriter sw = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            for (int r = 1; r <= respondents; r++) {
                List<String> row = new ArrayList<>();
                row.add(String.format("S%04d", r));
                double overall = 6.0;
                for (Spec s : ATTRIBUTES) {
                    int x = draw(rng, s.ratingShares());
                    row.add(Integer.toString(x));
                    overall += (x <= 2 ? s.penalty() : 0) + (x == 5 ? s.reward() : 0);
                }
                overall += noise * rng.nextGaussian();
                row.add(Long.toString(Math.round(Math.max(0, Math.min(10, overall)))));
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    private static int draw(RandomGenerator rng, double[] shares) {
        double u = rng.nextDouble();
        double cum = 0;
        for (int k = 0; k < shares.length; k++) {
            cum += shares[k];
            if (u < cum) {
                return k + 1;
            }
        }
        return shares.length;
    }
}
