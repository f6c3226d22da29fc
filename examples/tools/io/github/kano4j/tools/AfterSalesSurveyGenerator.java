package io.github.kano4j.tools;

import io.github.kano4j.Answer;
import io.github.kano4j.Category;
import io.github.kano4j.questionnaire.EvaluationTable;

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
 * Generates the bundled example: a Kano survey of an appliance maker's after-sales service (hotline and
 * home-repair visits), 400 respondents, seeded so that it regenerates byte for byte.
 *
 * <p>Each attribute has a known "true" category mix (M, O, A, I, R, Q probabilities). For every
 * respondent and attribute a category is drawn from that mix, then an answer pair uniformly among the
 * standard-table cells of that category. About 1 % of dysfunctional answers and 0.5 % of pairs are left
 * blank, as in real exports. Importance is rated 1–9 around an attribute-specific mean.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.kano4j.tools.AfterSalesSurveyGenerator}</pre>
 */
public final class AfterSalesSurveyGenerator {
    /** The seed of the bundled file. */
    public static final long SEED = 20261122L;
    /** Respondents in the bundled file. */
    public static final int RESPONDENTS = 400;

    /** An attribute with its true category mix (order M, O, A, I, R, Q) and mean importance. */
    record Spec(String name, double[] moairq, double importance) {
    }

    static final List<Spec> ATTRIBUTES = List.of(
            new Spec("Technician arrives within two hours", new double[] {.30, .45, .10, .12, .01, .02}, 7.5),
            new Spec("Problem solved on the first visit", new double[] {.55, .25, .05, .12, .01, .02}, 8.2),
            new Spec("Shoe covers and cleanup after repair", new double[] {.50, .15, .08, .24, .01, .02}, 6.0),
            new Spec("Free check of other appliances", new double[] {.05, .12, .52, .27, .02, .02}, 5.5),
            new Spec("Progress text messages", new double[] {.08, .12, .38, .36, .04, .02}, 5.0),
            new Spec("Callback when the line is busy", new double[] {.25, .40, .18, .14, .01, .02}, 6.5),
            new Spec("Night-time emergency line", new double[] {.08, .15, .45, .28, .02, .02}, 5.8),
            new Spec("Printed service newsletter", new double[] {.04, .04, .10, .62, .17, .03}, 2.5),
            new Spec("Hold music while waiting", new double[] {.02, .03, .04, .33, .55, .03}, 2.0),
            new Spec("Problem solved on the first call", new double[] {.45, .35, .05, .12, .01, .02}, 8.0));

    private static final Category[] MOAIRQ = {Category.M, Category.O, Category.A, Category.I, Category.R, Category.Q};

    private AfterSalesSurveyGenerator() {
    }

    /** Writes the survey to {@code args[0]} (default {@code examples/data/after-sales-service.csv}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/data/after-sales-service.csv");
        Files.writeString(out, generate(SEED, RESPONDENTS), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The survey as CSV text. */
    public static String generate(long seed, int respondents) {
        RandomGenerator rng = new Well19937c(seed);
        EvaluationTable table = EvaluationTable.STANDARD;
        List<String> header = new ArrayList<>(List.of("respondent", "customer_type"));
        for (Spec s : ATTRIBUTES) {
            header.add(s.name() + "_functional");
            header.add(s.name() + "_dysfunctional");
            header.add(s.name() + "_importance");
        }
        StringWriter sw = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            for (int r = 1; r <= respondents; r++) {
                List<String> row = new ArrayList<>();
                row.add(String.format("R%04d", r));
                row.add(rng.nextDouble() < 0.7 ? "household" : "business");
                for (Spec s : ATTRIBUTES) {
                    int[] cell = answerPair(rng, table, s.moairq());
                    double u = rng.nextDouble();
                    String f = u < 0.005 ? "" : label(cell[0]);
                    String d = u < 0.015 ? "" : label(cell[1]);
                    long importance = Math.max(1, Math.min(9, Math.round(s.importance() + 1.5 * rng.nextGaussian())));
                    row.add(f);
                    row.add(d);
                    row.add(u < 0.005 ? "" : Long.toString(importance));
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    /**
     * An answer pair (zero-based functional, dysfunctional levels) of a respondent: a category drawn from the
     * M, O, A, I, R, Q mix, then one of the table's cells of that category uniformly.
     */
    static int[] answerPair(RandomGenerator rng, EvaluationTable table, double[] moairq) {
        Category c = draw(rng, moairq);
        List<int[]> cells = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            for (int d = 0; d < 5; d++) {
                if (table.categoryOf(f, d) == c) {
                    cells.add(new int[] {f, d});
                }
            }
        }
        return cells.get(rng.nextInt(cells.size()));
    }

    private static Category draw(RandomGenerator rng, double[] p) {
        double u = rng.nextDouble();
        double cum = 0;
        for (int k = 0; k < p.length; k++) {
            cum += p[k];
            if (u < cum) {
                return MOAIRQ[k];
            }
        }
        return MOAIRQ[p.length - 1];
    }

    private static String label(int level) {
        return Answer.values()[level].shortLabel();
    }
}
