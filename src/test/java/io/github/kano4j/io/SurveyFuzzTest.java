package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.kano4j.Kano;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.allocation.AllocationDecision;
import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.allocation.BudgetAllocation;
import io.github.kano4j.allocation.BudgetPolicy;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.RatingScale;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing of the satisfaction reader, the attribute-sheet reader and allocation: generated satisfaction surveys
 * (scales 1–5, 1–7, 0–10, 1–10; blank ratings; {@code year} and {@code age} columns; CJK names) and attribute
 * sheets (any subset of the sheet columns, valid and invalid values: {@code 35} for 35 %, {@code -5}, {@code 0}
 * costs, {@code NaN}, {@code 1e308}, comma decimals, unmatched names), half of them mutated at the cell and row
 * level, then allocated with a random budget (none, 0, small, 10^9, 10^18), policy and penalty weight, with and
 * without a Kano questionnaire. Every outcome is a plan that renders in every format and accounts for every
 * attribute (spend within budget), or the documented one-line input error naming the file (or the collinearity
 * error naming the attributes, or a sheet mean or benchmark outside the survey's scale) — never another exception.
 */
class SurveyFuzzTest {
    private static final int CASES = 1500;
    private static final String[] NAMES = {"speed", "Technician arrives within two hours", "电话顺利接通不占线",
        "Price, and value", "Hold music", "座席专心服务不敷衍", "first-call resolution"};
    private static final String[] OVERALL = {"overall", "Overall satisfaction", "总体满意度"};
    private static final int[][] SCALES = {{1, 5}, {1, 7}, {0, 10}, {1, 10}};
    private static final RatingScale[] DECLARED = {RatingScale.fivePoint(), new RatingScale(1, 7, 3, 7),
        RatingScale.zeroToTen(), new RatingScale(1, 10, 4, 10)};
    private static final String[] SHEET_COLUMNS = {"mean", "share_low", "share_high", "benchmark", "unit_cost",
        "importance", "tau"};
    private static final String[] ODD_VALUES = {"35", "-5", "0", "NaN", "1e308", "0,25", "abc", "", "1e9", "=1+1"};

    @TempDir
    Path dir;

    @Test
    void surveysSheetsAndBudgetsGiveAPlanOrTheDocumentedError() throws IOException {
        Random rng = new Random(20261130L);
        Path survey = dir.resolve("satisfaction.csv");
        Path sheet = dir.resolve("sheet.csv");
        int plans = 0;
        int errors = 0;
        for (int c = 0; c < CASES; c++) {
            char delimiter = ",;\t".charAt(rng.nextInt(3));
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\n").get();
            List<String> names = names(rng);
            String overall = OVERALL[rng.nextInt(OVERALL.length)];
            int scale = rng.nextInt(SCALES.length);
            boolean declared = rng.nextInt(4) != 0;
            List<List<String>> surveyRows = satisfaction(rng, names, overall, SCALES[scale]);
            List<List<String>> sheetRows = sheet(rng, names);
            boolean mutated = rng.nextBoolean();
            if (mutated) {
                if (rng.nextBoolean()) {
                    surveyRows = GrammarFuzzTest.mutate(surveyRows, rng);
                } else {
                    sheetRows = GrammarFuzzTest.mutate(sheetRows, rng);
                }
            }
            String surveyText = GrammarFuzzTest.print(surveyRows, format);
            String sheetText = GrammarFuzzTest.print(sheetRows, format);
            Files.writeString(survey, surveyText, StandardCharsets.UTF_8);
            Files.writeString(sheet, sheetText, StandardCharsets.UTF_8);
            String input = "case " + c + (declared ? " scale " + DECLARED[scale] : "") + "\n--- survey\n" + surveyText + "--- sheet\n" + sheetText;
            try {
                SatisfactionSurvey s = SatisfactionCsvReader.create(overall).read(survey);
                assertThat(s.report().reconciles()).as(input).isTrue();
                SatisfactionOptions so = SatisfactionOptions.defaults().withBootstrap(rng.nextInt(3) * 10, c);
                SatisfactionAnalysis sat = Kano.analyzeSatisfaction(s, declared ? so.withScale(DECLARED[scale]) : so);
                AttributeSheet read = AttributeSheetReader.read(sheet);
                assertThat(read.report().reconciles()).as(input).isTrue();
                AllocationOptions options = AllocationOptions.defaults()
                        .withPolicy(BudgetPolicy.values()[rng.nextInt(BudgetPolicy.values().length)])
                        .withPenaltyWeight(new double[] {1, 1.5, 3}[rng.nextInt(3)]);
                double budget = new double[] {Double.NaN, 0, 500, 1e9, 1e18}[rng.nextInt(5)];
                AllocationPlan plan = rng.nextBoolean()
                        ? Kano.allocate(kano(rng, names), sat, read.facts(), options, budget)
                        : Kano.allocate(sat, read.facts(), options, budget);
                check(plan, sat, read.facts(), budget, input);
                plans++;
            } catch (KanoInputException e) {
                assertThat(e.getMessage()).as(input).doesNotContain("\n")
                        .matches(m -> m.startsWith(survey.toString()) || m.startsWith(sheet.toString()), "names the file");
                errors++;
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as(input).matches(m -> m.contains("collinear")
                        || m.startsWith("attribute sheet: ") && m.contains("outside the satisfaction survey's rating scale"),
                        "the collinearity or sheet-scale error");
                errors++;
            } catch (RuntimeException | AssertionError e) {
                fail(input + "\nthrew " + e, e);
            }
        }
        assertThat(plans).isGreaterThan(CASES / 4);
        assertThat(errors).isGreaterThan(CASES / 20);
    }

    private static void check(AllocationPlan plan, SatisfactionAnalysis sat, Map<String, AttributeFacts> facts,
            double budget, String input) {
        List<String> attributes = sat.results().stream().map(r -> r.attribute()).toList();
        for (String a : attributes) {
            assertThat(plan.decision(a)).as(input + "\ndecision for " + a).isPresent();
        }
        for (AllocationDecision d : plan.decisions()) {
            assertThat(d.strategy()).as(input).isNotNull();
        }
        if (plan.budget().isPresent()) {
            BudgetAllocation b = plan.budget().get();
            assertThat(b.spent()).as(input).isLessThanOrEqualTo(budget);
            assertThat(b.totalGain()).as(input).isGreaterThanOrEqualTo(b.floorGain() - 1e-9);
        }
        String csv = Report.csv(plan);
        assertThat(csv.lines().count()).as(input).isEqualTo(1 + plan.decisions().size());
        Report.markdown(plan);
        Report.html(plan);
        Report.html(sat, plan);
        assertThat(plan.toString()).as(input).isNotBlank();
        for (String name : facts.keySet()) {
            if (!attributes.contains(name) && plan.decision(name).isEmpty()) {
                assertThat(plan.warnings()).as(input).anyMatch(w -> w.contains(name));
            }
        }
    }

    private static List<String> names(Random rng) {
        List<String> names = new ArrayList<>();
        int k = 1 + rng.nextInt(5);
        while (names.size() < k) {
            String n = NAMES[rng.nextInt(NAMES.length)];
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    private static List<List<String>> satisfaction(Random rng, List<String> names, String overall, int[] scale) {
        int span = scale[1] - scale[0] + 1;
        boolean extras = rng.nextBoolean();
        List<String> header = new ArrayList<>(names);
        header.add(rng.nextInt(header.size() + 1), overall);
        if (extras) {
            header.add("year");
            header.add("age");
        }
        List<List<String>> rows = new ArrayList<>(List.of(header));
        int n = rng.nextInt(4) == 0 ? rng.nextInt(6) : 20 + rng.nextInt(120);
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>();
            double sum = 0;
            int[] ratings = new int[names.size()];
            for (int k = 0; k < ratings.length; k++) {
                ratings[k] = scale[0] + rng.nextInt(span);
                sum += ratings[k];
            }
            int overallRating = (int) Math.round(sum / ratings.length);
            for (String h : header) {
                int k = names.indexOf(h);
                if (h.equals(overall)) {
                    row.add(String.valueOf(overallRating));
                } else if (k >= 0) {
                    row.add(rng.nextInt(30) == 0 ? "" : String.valueOf(ratings[k]));
                } else if (h.equals("year")) {
                    row.add(String.valueOf(2020 + rng.nextInt(6)));
                } else {
                    row.add(String.valueOf(18 + rng.nextInt(60)));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> sheet(Random rng, List<String> names) {
        List<String> header = new ArrayList<>(List.of("attribute"));
        for (String c : SHEET_COLUMNS) {
            if (rng.nextBoolean()) {
                header.add(c);
            }
        }
        List<List<String>> rows = new ArrayList<>(List.of(header));
        List<String> sheetNames = new ArrayList<>(names);
        if (rng.nextInt(4) == 0) {
            sheetNames.add("Technican arrives within two hours");
        }
        for (String name : sheetNames) {
            if (rng.nextInt(5) == 0) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(name));
            for (String c : header.subList(1, header.size())) {
                row.add(rng.nextInt(40) == 0 ? ODD_VALUES[rng.nextInt(ODD_VALUES.length)] : value(c, rng));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String value(String column, Random rng) {
        return switch (column) {
            case "mean", "benchmark" -> String.valueOf(1 + rng.nextInt(40) / 10.0);
            case "share_low", "share_high", "tau" -> String.valueOf(rng.nextInt(101) / 100.0);
            case "unit_cost" -> String.valueOf(1 + rng.nextInt(rng.nextBoolean() ? 100 : 1_000_000));
            default -> String.valueOf(rng.nextInt(10));
        };
    }

    private static KanoAnalysis kano(Random rng, List<String> names) {
        KanoTally t = KanoTally.create();
        for (String n : names) {
            int pairs = rng.nextInt(60);
            for (int p = 0; p < pairs; p++) {
                t.acceptLevels(n, rng.nextInt(5), rng.nextInt(5));
            }
            t.declare(n);
        }
        return Kano.analyze(t, KanoOptions.defaults());
    }
}
