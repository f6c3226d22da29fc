package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.report.Html;
import io.github.kano4j.report.KanoCsv;
import io.github.kano4j.report.TextTable;
import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resource-allocation decisions for every attribute (METHODS.md §8): strategy, floor, target, ceiling,
 * reducible margin, expected gain, priority and the rules that fired — and, given a budget and unit costs,
 * the optimal spending of the budget.
 */
public final class AllocationPlan {
    private final List<AllocationDecision> decisions;
    private final AllocationOptions options;
    private final BudgetAllocation budget;

    private AllocationPlan(List<AllocationDecision> decisions, AllocationOptions options, BudgetAllocation budget) {
        this.decisions = List.copyOf(decisions);
        this.options = options;
        this.budget = budget;
    }

    /** Decisions from evidence built in code; no budget. */
    public static AllocationPlan of(List<AttributeEvidence> evidence, AllocationOptions options) {
        return of(evidence, options, Double.NaN);
    }

    /**
     * Decisions from evidence and, when {@code budget} is a number, the optimal spending of the budget over
     * the INCREASE decisions whose unit cost is known.
     */
    public static AllocationPlan of(List<AttributeEvidence> evidence, AllocationOptions options, double budget) {
        double sumR = 0;
        double sumP = 0;
        int k = 0;
        for (AttributeEvidence e : evidence) {
            if (!Double.isNaN(e.riocs()) && !Double.isNaN(e.mean())) {
                sumR += e.riocs();
                sumP += e.mean();
                k++;
            }
        }
        double impactCentre = k == 0 ? Double.NaN : sumR / k;
        double performanceCentre = k == 0 ? Double.NaN : sumP / k;
        List<AllocationDecision> decisions = new ArrayList<>();
        for (AttributeEvidence e : evidence) {
            decisions.add(Allocator.decide(e, options, impactCentre, performanceCentre));
        }
        // priority: INCREASE decisions by expected gain (per unit cost when given); ties M > O > A, then name
        List<Integer> increase = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).strategy() == Strategy.INCREASE) {
                increase.add(i);
            }
        }
        increase.sort(Comparator.comparingDouble((Integer i) -> -score(decisions.get(i), evidence.get(i)))
                .thenComparingInt(i -> rank(decisions.get(i).basis()))
                .thenComparing(i -> decisions.get(i).attribute()));
        for (int r = 0; r < increase.size(); r++) {
            int i = increase.get(r);
            decisions.set(i, decisions.get(i).withPriority(r + 1));
        }
        BudgetAllocation allocation = Double.isNaN(budget) ? null
                : BudgetOptimiser.optimise(options(decisions, evidence, options), budget);
        return new AllocationPlan(decisions, options, allocation);
    }

    /**
     * Decisions from a questionnaire analysis, a satisfaction analysis, or both (either may be null),
     * matched by attribute name, with optional facts per attribute.
     */
    public static AllocationPlan of(KanoAnalysis kano, SatisfactionAnalysis satisfaction, Map<String, AttributeFacts> facts,
            AllocationOptions options, double budget) {
        Set<String> names = new LinkedHashSet<>();
        if (kano != null) {
            kano.results().forEach(r -> names.add(r.attribute()));
        }
        if (satisfaction != null) {
            satisfaction.results().forEach(r -> names.add(r.attribute()));
        }
        double alpha = satisfaction == null ? 0.05 : satisfaction.options().alpha();
        List<AttributeEvidence> evidence = new ArrayList<>();
        for (String name : names) {
            KanoResult k = kano == null ? null : kano.result(name).orElse(null);
            FactorResult f = satisfaction == null ? null : satisfaction.result(name).orElse(null);
            AttributeEvidence e = AttributeEvidence.of(name, k, f, alpha);
            AttributeFacts fact = facts == null ? null : facts.get(name);
            evidence.add(fact == null ? e : fact.applyTo(e));
        }
        AllocationOptions o = options;
        if (satisfaction != null) {
            var scale = satisfaction.scale();
            o = o.withZoneNames(scale.min() == scale.cutLow() ? String.valueOf(scale.min()) : scale.min() + "-"
                    + scale.cutLow(), scale.cutHigh() == scale.max() ? String.valueOf(scale.max())
                    : scale.cutHigh() + "-" + scale.max());
        }
        return of(evidence, o, budget);
    }

    private static double score(AllocationDecision d, AttributeEvidence e) {
        double g = Double.isNaN(d.expectedGain()) ? Double.NEGATIVE_INFINITY : d.expectedGain();
        return e.unitCost() > 0 ? g / e.unitCost() : g;
    }

    private static int rank(Optional<Category> c) {
        return c.map(x -> switch (x) {
            case M -> 0;
            case O -> 1;
            case A -> 2;
            default -> 3;
        }).orElse(4);
    }

    /** Improvement steps of one percentage point for INCREASE decisions with a known unit cost. */
    private static List<BudgetOptimiser.Option> options(List<AllocationDecision> decisions, List<AttributeEvidence> ev,
            AllocationOptions o) {
        List<BudgetOptimiser.Option> out = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            AllocationDecision d = decisions.get(i);
            AttributeEvidence e = ev.get(i);
            if (d.strategy() != Strategy.INCREASE || !(e.unitCost() > 0) || Double.isNaN(d.expectedGain())) {
                continue;
            }
            List<Double> gains = new ArrayList<>();
            Category c = d.basis().orElse(Category.I);
            boolean fix = c == Category.M || c == Category.O;
            boolean delight = c == Category.A || (c == Category.O && d.target().map(t -> t.metric()
                    == Boundary.Metric.SHARE_HIGH).orElse(false));
            if (fix) {
                double per = Double.isNaN(e.penalty()) ? e.absWorse() : Math.abs(e.penalty());
                int steps = (int) Math.floor((e.shareLow() - o.tau()) * 100 + 1e-9);
                for (int s = 0; s < steps; s++) {
                    gains.add(per * 0.01);
                }
            }
            if (delight) {
                double per = Double.isNaN(e.reward()) ? e.better() : Math.max(0, e.reward());
                int steps = (int) Math.floor((o.topBoxGoal() - e.shareHigh()) * 100 + 1e-9);
                for (int s = 0; s < steps; s++) {
                    gains.add(per * 0.01);
                }
            }
            if (!gains.isEmpty()) {
                out.add(new BudgetOptimiser.Option(d.attribute(), e.unitCost(),
                        gains.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        return out;
    }

    /** One decision per attribute, in input order. */
    public List<AllocationDecision> decisions() {
        return decisions;
    }

    /** The decision of one attribute. */
    public Optional<AllocationDecision> decision(String attribute) {
        return decisions.stream().filter(d -> d.attribute().equals(attribute)).findFirst();
    }

    /** The budget allocation, when a budget was given. */
    public Optional<BudgetAllocation> budget() {
        return Optional.ofNullable(budget);
    }

    public AllocationOptions options() {
        return options;
    }

    /** The CSV columns. */
    public static final List<String> COLUMNS = List.of("attribute", "strategy", "evidence", "basis", "floor", "target",
            "ceiling", "reducible_margin", "expected_gain", "upside", "priority", "rules", "mean", "share_low",
            "share_high", "confidence", "sentence", "measured_at", "budget_steps", "budget_cost", "budget_gain");

    /** The tidy CSV: one row per attribute. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(COLUMNS);
            for (AllocationDecision d : decisions) {
                Optional<BudgetAllocation.Item> item = budgetItem(d.attribute());
                p.printRecord(KanoCsv.text(d.attribute()), d.strategy().name().toLowerCase(Locale.ROOT),
                        KanoCsv.text(d.evidence()), d.basis().map(Category::letter).orElse(""),
                        d.floor().map(Boundary::code).orElse(""), d.target().map(Boundary::code).orElse(""),
                        d.ceiling().map(Boundary::code).orElse(""), num(d.reducibleMargin()), num(d.expectedGain()),
                        num(d.upside()), d.priority() == 0 ? "" : Integer.toString(d.priority()),
                        String.join(";", d.ruleIds()), num(d.mean()), num(d.shareLow()), num(d.shareHigh()),
                        KanoCsv.text(d.confidence()), KanoCsv.text(d.sentence()),
                        d.measuredAt() == null ? "" : d.measuredAt().toString(),
                        item.map(x -> Integer.toString(x.steps())).orElse(""), item.map(x -> num(x.cost())).orElse(""),
                        item.map(x -> num(x.gain())).orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private Optional<BudgetAllocation.Item> budgetItem(String attribute) {
        return budget == null ? Optional.empty()
                : budget.items().stream().filter(i -> i.attribute().equals(attribute)).findFirst();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /** A self-contained HTML page with the decision table and the level scales. */
    public String toHtml() {
        return io.github.kano4j.report.AllocationReport.html(this);
    }

    /** A Markdown table of the decisions with the sentences. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| attribute | strategy | basis | floor | target | ceiling | margin | gain "
                + "| priority | rules |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (AllocationDecision d : decisions) {
            sb.append("| ").append(Html.markdownCell(d.attribute())).append(" | ").append(d.strategy()).append(" | ")
                    .append(d.basis().map(Category::letter).orElse("-")).append(" | ")
                    .append(d.floor().map(Object::toString).orElse("-")).append(" | ")
                    .append(d.target().map(Object::toString).orElse("-")).append(" | ")
                    .append(d.ceiling().map(Object::toString).orElse("-")).append(" | ")
                    .append(TextTable.number(d.reducibleMargin())).append(" | ")
                    .append(TextTable.number(d.expectedGain())).append(" | ")
                    .append(d.priority() == 0 ? "-" : d.priority()).append(" | ")
                    .append(String.join(", ", d.ruleIds())).append(" |\n");
        }
        sb.append('\n');
        decisions.forEach(d -> sb.append("- ").append(Html.markdownCell(d.sentence())).append('\n'));
        budget().ifPresent(b -> sb.append('\n').append(budgetText(b)).append('\n'));
        sb.append("\n_").append(options.provenance()).append("_\n");
        return sb.toString();
    }


    private static String budgetText(BudgetAllocation b) {
        StringBuilder sb = new StringBuilder("Budget " + Allocator.num(b.budget()) + ": spend " + Allocator.num(b.spent())
                + " for an expected gain of " + Allocator.num(b.totalGain()) + " (" + b.method() + ")");
        for (BudgetAllocation.Item i : b.items()) {
            if (i.steps() > 0) {
                sb.append("\n  ").append(i.attribute()).append(": ").append(i.steps())
                        .append(i.steps() == 1 ? " point, cost " : " points, cost ")
                        .append(Allocator.num(i.cost())).append(", gain ").append(Allocator.num(i.gain()));
            }
        }
        sb.append("\n  marginal return at the boundary: ").append(String.format(Locale.ROOT, "%.4g", b.marginalReturn()))
                .append(" gain per unit of budget (one step = one percentage point of customers)");
        if (!b.nextAttribute().isEmpty()) {
            sb.append("\n  the next ").append(Allocator.num(b.nextCost())).append(" would buy +")
                    .append(Allocator.num(b.nextGain())).append(" on '").append(b.nextAttribute()).append("'");
        }
        return sb.toString();
    }

    /** The decision table, the sentences, the budget allocation and the thresholds. */
    @Override
    public String toString() {
        TextTable t = new TextTable("attribute", "strategy", "basis", "floor", "target", "ceiling", "margin", "gain",
                "priority", "rules").alignLeft(0).alignLeft(1).alignLeft(2).alignLeft(3).alignLeft(4).alignLeft(5)
                .alignLeft(9);
        for (AllocationDecision d : decisions) {
            t.row(d.attribute(), d.strategy(), d.basis().map(Category::letter).orElse("-"),
                    d.floor().map(Object::toString).orElse("-"), d.target().map(Object::toString).orElse("-"),
                    d.ceiling().map(Object::toString).orElse("-"), TextTable.number(d.reducibleMargin()),
                    TextTable.number(d.expectedGain()), d.priority() == 0 ? "-" : d.priority(),
                    String.join(", ", d.ruleIds()));
        }
        StringBuilder sb = new StringBuilder("Resource allocation\n").append(t).append('\n');
        decisions.forEach(d -> sb.append("* ").append(d.sentence()).append('\n'));
        budget().ifPresent(b -> sb.append('\n').append(budgetText(b)).append('\n'));
        Map<String, List<String>> details = new LinkedHashMap<>();
        decisions.forEach(d -> details.put(d.attribute(), d.rules().stream().map(Object::toString).toList()));
        sb.append("\nrules fired:\n");
        details.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v.isEmpty() ? "none (no evidence)"
                : String.join("; ", v)).append('\n'));
        sb.append("options: ").append(options.provenance()).append('\n');
        return sb.toString();
    }
}
