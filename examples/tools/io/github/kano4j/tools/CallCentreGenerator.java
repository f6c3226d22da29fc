package io.github.kano4j.tools;

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
 * Generates the bundled Chinese example: a call centre's nine service elements, surveyed twice, seeded so that both
 * files regenerate byte for byte.
 * <ul>
 *   <li>{@code call-centre-kano.csv}: a Kano questionnaire as 问卷星 exports it ("按选项文本": metadata columns
 *       序号, 提交答卷时间, 所用时间, 来源; the agent team 座席组; then per element {@code <要素>（正向）} and
 *       {@code <要素>（反向）} with the answer texts 我喜欢 / 理应如此 / 无所谓 / 能够忍受 / 我不喜欢), 400
 *       respondents. Each element has a known category mix; a respondent's category is drawn from it, then an
 *       answer pair uniformly among the standard-table cells of that category; about 1 % of answers are left
 *       blank.</li>
 *   <li>{@code call-centre-satisfaction.csv}: an ordinary satisfaction survey of the same elements (ratings 1–5)
 *       with 总体满意度 (0–10), 800 respondents:
 *       {@code 总体满意度 = round(clip(6.5 + Σ (penalty·[x ≤ 2] + reward·[x = 5]) + N(0, 1.2²), 0, 10))}.</li>
 *   <li>{@code call-centre-attributes.csv}: each element's unit cost (yuan per percentage point), for budgets, and
 *       its group (技术 technology, 流程 process, 人员 people), for the plan's roll-up.</li>
 *   <li>{@code call-centre-gaps.csv}: an expectation-perception survey of the same elements with the zone of
 *       tolerance (1-7), 300 respondents.</li>
 * </ul>
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.github.kano4j.tools.CallCentreGenerator}</pre>
 */
public final class CallCentreGenerator {
    /** The seed of the bundled questionnaire. */
    public static final long KANO_SEED = 20261130L;
    /** The seed of the bundled satisfaction survey. */
    public static final long SATISFACTION_SEED = 20261131L;
    /** Respondents of the questionnaire. */
    public static final int KANO_RESPONDENTS = 400;
    /** Respondents of the satisfaction survey. */
    public static final int SATISFACTION_RESPONDENTS = 800;
    /** The seed of the bundled expectation-perception survey. */
    public static final long GAP_SEED = 20261201L;
    /** Respondents of the expectation-perception survey. */
    public static final int GAP_RESPONDENTS = 300;
    /** Mean perception, adequate and desired expectation of each element on the 1-7 scale, in element order. */
    static final double[][] GAP_MEANS = {{4.6, 5.2, 6.4}, {4.4, 4.8, 6.2}, {5.4, 5.6, 6.6}, {5.0, 5.0, 6.3},
        {5.3, 4.9, 6.2}, {5.8, 4.0, 5.6}, {4.5, 5.0, 6.3}, {4.2, 3.5, 5.8}, {4.8, 5.8, 6.8}};
    /** The overall-satisfaction column of the satisfaction survey. */
    public static final String OVERALL = "总体满意度";

    /**
     * A service element: its true category mix (order M, O, A, I, R, Q), its true factor type with penalty and
     * reward (points of 0–10 overall satisfaction), and its rating distribution over 1–5.
     */
    public record Spec(String name, double[] moairq, String type, double penalty, double reward,
            double[] ratingShares) {
    }

    /** The nine elements with their true effects. */
    public static final List<Spec> ELEMENTS = List.of(
            new Spec("电话顺利接通不占线", new double[] {.55, .22, .05, .15, .01, .02}, "DISSATISFIER", -1.5, 0.0,
                    new double[] {.12, .15, .28, .25, .20}),
            new Spec("未接通时转接或回电", new double[] {.20, .45, .15, .17, .01, .02}, "HYBRID", -0.9, 0.9,
                    new double[] {.12, .18, .30, .22, .18}),
            new Spec("所有回答都准确", new double[] {.58, .22, .04, .13, .01, .02}, "DISSATISFIER", -1.6, 0.0,
                    new double[] {.08, .12, .25, .30, .25}),
            new Spec("座席快速把握问题关键", new double[] {.22, .48, .12, .15, .01, .02}, "HYBRID", -0.9, 1.0,
                    new double[] {.10, .15, .30, .25, .20}),
            new Spec("座席专心服务不敷衍", new double[] {.25, .45, .10, .17, .01, .02}, "HYBRID", -0.8, 0.8,
                    new double[] {.08, .14, .30, .28, .20}),
            new Spec("对客户意见表示感谢", new double[] {.06, .10, .18, .62, .02, .02}, "LOW_IMPACT", 0.0, 0.0,
                    new double[] {.05, .10, .30, .30, .25}),
            new Spec("反馈及时", new double[] {.25, .42, .12, .18, .01, .02}, "HYBRID", -0.8, 0.8,
                    new double[] {.12, .18, .30, .22, .18}),
            new Spec("座席给出意外的建议", new double[] {.05, .12, .52, .27, .02, .02}, "SATISFIER", 0.0, 1.2,
                    new double[] {.15, .20, .30, .20, .15}),
            new Spec("一次性解决问题", new double[] {.52, .30, .05, .10, .01, .02}, "DISSATISFIER", -1.8, 0.1,
                    new double[] {.10, .15, .25, .28, .22}));

    private static final String[] ANSWERS = {"我喜欢", "理应如此", "无所谓", "能够忍受", "我不喜欢"};

    private CallCentreGenerator() {
    }

    /** Writes both files to {@code args[0]} (default {@code examples/data}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/data");
        Files.writeString(dir.resolve("call-centre-kano.csv"), kano(KANO_SEED, KANO_RESPONDENTS),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("call-centre-satisfaction.csv"), satisfaction(SATISFACTION_SEED,
                SATISFACTION_RESPONDENTS), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("call-centre-attributes.csv"), attributes(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("call-centre-gaps.csv"), gaps(GAP_SEED, GAP_RESPONDENTS), StandardCharsets.UTF_8);
        System.out.println("wrote call-centre-kano.csv, -satisfaction.csv, -attributes.csv and -gaps.csv to " + dir);
    }

    /** The questionnaire as CSV text, in the shape of a 问卷星 export. */
    public static String kano(long seed, int respondents) {
        RandomGenerator rng = new Well19937c(seed);
        EvaluationTable table = EvaluationTable.STANDARD;
        List<String> header = new ArrayList<>(List.of("序号", "提交答卷时间", "所用时间", "来源", "座席组"));
        for (Spec s : ELEMENTS) {
            header.add(s.name() + "（正向）");
            header.add(s.name() + "（反向）");
        }
        return csv(header, printer -> {
            for (int r = 1; r <= respondents; r++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(r));
                row.add(String.format("2026/11/%d %d:%02d:%02d", 1 + r % 20, 8 + r % 12, r % 60, (7 * r) % 60));
                row.add((60 + rng.nextInt(240)) + "秒");
                row.add(rng.nextDouble() < 0.8 ? "微信" : "手机提交");
                row.add(rng.nextDouble() < 0.5 ? "一组" : "二组");
                for (Spec s : ELEMENTS) {
                    int[] cell = AfterSalesSurveyGenerator.answerPair(rng, table, s.moairq());
                    double u = rng.nextDouble();
                    row.add(u < 0.004 ? "" : ANSWERS[cell[0]]);
                    row.add(u < 0.010 ? "" : ANSWERS[cell[1]]);
                }
                printer.printRecord(row);
            }
        });
    }

    /** The satisfaction survey as CSV text (columns: 序号, the elements, 总体满意度). */
    public static String satisfaction(long seed, int respondents) {
        RandomGenerator rng = new Well19937c(seed);
        List<String> header = new ArrayList<>(List.of("序号"));
        ELEMENTS.forEach(s -> header.add(s.name()));
        header.add(OVERALL);
        return csv(header, printer -> {
            for (int r = 1; r <= respondents; r++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(r));
                double overall = 6.5;
                for (Spec s : ELEMENTS) {
                    int x = 1;
                    double u = rng.nextDouble();
                    double cum = s.ratingShares()[0];
                    while (u >= cum && x < 5) {
                        cum += s.ratingShares()[x];
                        x++;
                    }
                    row.add(Integer.toString(x));
                    overall += (x <= 2 ? s.penalty() : 0) + (x == 5 ? s.reward() : 0);
                }
                overall += 1.2 * rng.nextGaussian();
                row.add(Long.toString(Math.round(Math.max(0, Math.min(10, overall)))));
                printer.printRecord(row);
            }
        });
    }

    /** Unit costs (yuan per percentage point of customers moved) of the nine elements, for the plan's budget. */
    static final int[] UNIT_COSTS = {1500, 600, 1200, 900, 700, 100, 500, 800, 2000};

    /** The group of each element: technology (技术), process (流程) or people (人员). */
    static final String[] GROUPS = {"技术", "流程", "人员", "人员", "人员", "人员", "流程", "人员", "流程"};

    /** The attribute sheet: each element's unit cost and group. */
    public static String attributes() {
        return csv(List.of("attribute", "unit_cost", "group"), printer -> {
            for (int k = 0; k < ELEMENTS.size(); k++) {
                printer.printRecord(ELEMENTS.get(k).name(), UNIT_COSTS[k], GROUPS[k]);
            }
        });
    }

    /**
     * The expectation-perception survey (SERVQUAL with the zone of tolerance, 1-7): per element the perceived
     * service {@code <要素>_感知}, the adequate {@code _最低期望} and the desired {@code _理想期望} expectation, each
     * rating round(N(mean, 1)) clipped to 1-7 (the desired one at least the adequate one), about 1 % left blank.
     */
    public static String gaps(long seed, int respondents) {
        RandomGenerator rng = new Well19937c(seed);
        List<String> header = new ArrayList<>(List.of("序号"));
        ELEMENTS.forEach(s -> {
            header.add(s.name() + "_感知");
            header.add(s.name() + "_最低期望");
            header.add(s.name() + "_理想期望");
        });
        return csv(header, printer -> {
            for (int r = 1; r <= respondents; r++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(r));
                for (double[] m : GAP_MEANS) {
                    long p = rating(rng, m[0]);
                    long lo = rating(rng, m[1]);
                    long hi = Math.max(lo, rating(rng, m[2]));
                    double u = rng.nextDouble();
                    row.add(u < 0.01 ? "" : Long.toString(p));
                    row.add(Long.toString(lo));
                    row.add(Long.toString(hi));
                }
                printer.printRecord(row);
            }
        });
    }

    private static long rating(RandomGenerator rng, double mean) {
        return Math.max(1, Math.min(7, Math.round(mean + rng.nextGaussian())));
    }

    /** Rows printed by a body. */
    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(List<String> header, Rows rows) {
        StringWriter sw = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            rows.print(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }
}
