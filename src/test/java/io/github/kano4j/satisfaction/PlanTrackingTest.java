package io.github.kano4j.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.cli.Main;
import io.github.kano4j.io.PlanCsvReader;
import io.github.kano4j.report.Report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Tracking a saved plan: reached, missed, not decided and not measured, by the whole interval; and the CLI. */
class PlanTrackingTest {
    @TempDir
    Path dir;

    /** 100 respondents: "a" rated low (1-2) by 2, "b" rated 5 by 30, "c" rated low by 20. */
    private static SatisfactionSurvey survey() {
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("a", "b", "c"));
        for (int j = 0; j < 100; j++) {
            b.add(6, j < 2 ? 1 : 4, j < 30 ? 5 : 3, j < 20 ? 2 : 4);
        }
        return b.build();
    }

    @Test
    void eachBoundaryByItsWholeInterval() {
        List<PlanTracking.Goal> goals = List.of(
                new PlanTracking.Goal("a", "floor", "share_low", "<=", 0.10, 0.30),
                new PlanTracking.Goal("b", "target", "share_high", ">=", 0.40, 0.25),
                new PlanTracking.Goal("c", "floor", "share_low", "<=", 0.25, 0.35),
                new PlanTracking.Goal("c", "floor", "share_below_3", "<=", 0.25, 0.35),
                new PlanTracking.Goal("gone", "floor", "share_low", "<=", 0.10, 0.20));
        PlanTracking t = PlanTracking.of(goals, survey(), RatingScale.fivePoint(), 0.95);
        PlanTracking.Result a = t.checks().get(0);
        assertThat(a.now()).isEqualTo(0.02);
        // Wilson 95 % for 2 of 100: [0.0055, 0.0700], all below 0.10
        assertThat(a.interval().lower()).isCloseTo(0.0055, within(1e-4));
        assertThat(a.interval().upper()).isCloseTo(0.0700, within(1e-4));
        assertThat(a.status()).isEqualTo(PlanTracking.Status.REACHED);
        // 30 of 100 rate b 5: [0.2189, 0.3958], all below the 0.40 target
        assertThat(t.checks().get(1).status()).isEqualTo(PlanTracking.Status.MISSED);
        // 20 of 100 rate c low: [0.1334, 0.2888] contains 0.25
        assertThat(t.checks().get(2).status()).isEqualTo(PlanTracking.Status.NOT_DECIDED);
        assertThat(t.checks().get(3).now()).isEqualTo(0.20);
        assertThat(t.checks().get(4).status()).isEqualTo(PlanTracking.Status.NOT_MEASURED);
        assertThat(Report.csv(t)).startsWith("attribute,boundary,metric,op,value,then,n,now,now_lower,now_upper,status\n"
                + "a,floor,share_low,<=,0.1,0.3,100,0.02,");
        assertThat(t.toString()).contains("not decided");
    }

    @Test
    void aPlanSavedByAllocateIsReadBackAndTracked() {
        Path plan = dir.resolve("plan.csv");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"allocate", "--demo", "--format", "csv", "--out", plan.toString()}, quiet,
                quiet)).isZero();
        List<PlanTracking.Goal> goals = PlanCsvReader.goals(plan);
        assertThat(goals).contains(new PlanTracking.Goal("Technician arrives within two hours", "floor", "share_low",
                "<=", 0.1, 0.261));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"track", "--plan", plan.toString(), "--satisfaction",
            "examples/data/after-sales-satisfaction.csv"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                quiet)).isZero();
        // the same wave again: nothing moved, so the breached floors are still missed
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Tracking last wave's plan")
                .containsPattern("Technician arrives within two hours +floor share_low <= 0.1000 +0.2610 +0.2610 .* missed");
    }
}
