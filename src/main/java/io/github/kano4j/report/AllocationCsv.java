package io.github.kano4j.report;

import io.github.kano4j.Category;
import io.github.kano4j.allocation.AllocationDecision;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.allocation.BudgetAllocation;
import io.github.kano4j.allocation.KpiFloor;
import io.github.kano4j.allocation.Boundary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tidy CSV of an allocation plan: one row per attribute, full-precision numbers, NaN as an empty cell. */
final class AllocationCsv {
    /** The CSV columns, in order. */
    static final List<String> COLUMNS = List.of("attribute", "strategy", "evidence", "basis", "floor", "target",
            "ceiling", "reducible_margin", "expected_gain", "upside", "priority", "rules", "mean", "share_low",
            "share_high", "confidence", "sentence", "measured_at", "budget_steps", "budget_cost", "budget_gain", "tier",
            "reason", "floor_metric", "floor_op", "floor_value", "floor_current", "target_metric", "target_op",
            "target_value", "target_current", "ceiling_metric", "ceiling_op", "ceiling_value", "gain_unit",
            "budget_spend", "importance", "label", "group", "kpi_floor");

    private AllocationCsv() {
    }

    static String csv(AllocationPlan plan, boolean verbatim) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(COLUMNS);
            for (AllocationDecision d : plan.decisions()) {
                Optional<BudgetAllocation.Item> item = budgetItem(plan, d.attribute());
                List<Object> row = new ArrayList<>(List.of(KanoCsv.text(d.attribute(), verbatim),
                        d.strategy().name().toLowerCase(Locale.ROOT), KanoCsv.text(d.evidence(), verbatim),
                        d.basis().map(Category::letter).orElse(""), d.floor().map(Boundary::code).orElse(""),
                        d.target().map(Boundary::code).orElse(""), d.ceiling().map(Boundary::code).orElse(""),
                        num(d.reducibleMargin()), num(d.expectedGain()), num(d.upside()),
                        d.priority() == 0 ? "" : Integer.toString(d.priority()), String.join(";", d.ruleIds()),
                        num(d.mean()), num(d.shareLow()), num(d.shareHigh()), KanoCsv.text(d.confidence(), verbatim),
                        KanoCsv.text(d.sentence(), verbatim), d.measuredAt().map(Object::toString).orElse(""),
                        item.map(x -> Integer.toString(x.steps())).orElse(""), item.map(x -> num(x.cost())).orElse(""),
                        item.map(x -> num(x.gain())).orElse(""),
                        d.tier().map(t -> Integer.toString(t.number())).orElse(""),
                        d.reason().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("")));
                boundary(row, d.floor(), true);
                boundary(row, d.target(), true);
                boundary(row, d.ceiling(), false);
                row.add(d.gainUnit());
                row.add(plan.budget().isPresent() ? num(item.map(BudgetAllocation.Item::cost).orElse(0.0)) : "");
                row.add(num(d.importance()));
                row.add(AllocationReport.strategyLabel(d.strategy(), plan.options().language()));
                row.add(KanoCsv.text(plan.group(d.attribute()).orElse(""), verbatim));
                row.add(KanoCsv.text(kpiFloors(plan, d.attribute()), verbatim));
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * The attribute's floors in operational units, e.g. {@code answer_rate >= 91.6872 [89.2126, 96.2939]}, several
     * joined by {@code ;}; a KPI without an estimate as {@code answer_rate: no estimate}.
     */
    private static String kpiFloors(AllocationPlan plan, String attribute) {
        List<String> out = new ArrayList<>();
        for (KpiFloor f : plan.kpiFloors()) {
            if (f.attribute().equals(attribute)) {
                out.add(f.estimated() ? f.kpi() + " " + f.comparator() + " " + num(f.value()) + " [" + num(f.interval()
                        .lower()) + ", " + num(f.interval().upper()) + "]" : f.kpi() + ": no estimate");
            }
        }
        return String.join("; ", out);
    }

    /** metric, op, value and (for floors and targets) the current value, or empty cells. */
    private static void boundary(List<Object> row, Optional<Boundary> b, boolean withCurrent) {
        row.add(b.map(Boundary::metricCode).orElse(""));
        row.add(b.map(Boundary::comparator).orElse(""));
        row.add(b.map(x -> num(x.value())).orElse(""));
        if (withCurrent) {
            row.add(b.map(x -> num(x.current())).orElse(""));
        }
    }

    private static Optional<BudgetAllocation.Item> budgetItem(AllocationPlan plan, String attribute) {
        return plan.budget().flatMap(b -> b.items().stream().filter(i -> i.attribute().equals(attribute)).findFirst());
    }

    private static String num(double v) {
        return KanoCsv.num(v);
    }
}
