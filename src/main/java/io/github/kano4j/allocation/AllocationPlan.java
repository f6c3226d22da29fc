package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.internal.Check;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resource-allocation decisions for every attribute (docs/METHODS.md §8): strategy, floor, target, ceiling,
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

    /** Decisions from a questionnaire analysis alone (no facts, no budget). */
    public static AllocationPlan of(KanoAnalysis kano, AllocationOptions options) {
        return of(kano, Map.of(), options, Double.NaN);
    }

    /** Decisions from a satisfaction-survey analysis alone (no facts, no budget). */
    public static AllocationPlan of(SatisfactionAnalysis satisfaction, AllocationOptions options) {
        return of(satisfaction, Map.of(), options, Double.NaN);
    }

    /** Decisions from both analyses, matched by attribute name (no facts, no budget). */
    public static AllocationPlan of(KanoAnalysis kano, SatisfactionAnalysis satisfaction, AllocationOptions options) {
        return of(kano, satisfaction, Map.of(), options, Double.NaN);
    }

    /**
     * Decisions from a questionnaire analysis with facts per attribute (an attribute sheet; may be empty) and,
     * when {@code budget} is a number rather than NaN, the optimal spending of the budget.
     */
    public static AllocationPlan of(KanoAnalysis kano, Map<String, AttributeFacts> facts, AllocationOptions options,
            double budget) {
        Check.notNull(kano, "kano");
        return build(kano, null, facts, options, budget);
    }

    /** Decisions from a satisfaction-survey analysis with facts per attribute and an optional (NaN) budget. */
    public static AllocationPlan of(SatisfactionAnalysis satisfaction, Map<String, AttributeFacts> facts,
            AllocationOptions options, double budget) {
        Check.notNull(satisfaction, "satisfaction");
        return build(null, satisfaction, facts, options, budget);
    }

    /**
     * Decisions from both analyses, matched by attribute name, with facts per attribute (may be empty) and,
     * when {@code budget} is a number rather than NaN, the optimal spending of the budget.
     */
    public static AllocationPlan of(KanoAnalysis kano, SatisfactionAnalysis satisfaction,
            Map<String, AttributeFacts> facts, AllocationOptions options, double budget) {
        Check.notNull(kano, "kano");
        Check.notNull(satisfaction, "satisfaction");
        return build(kano, satisfaction, facts, options, budget);
    }

    private static AllocationPlan build(KanoAnalysis kano, SatisfactionAnalysis satisfaction,
            Map<String, AttributeFacts> facts, AllocationOptions options, double budget) {
        Check.notNull(facts, "facts");
        Check.notNull(options, "options");
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
            AttributeEvidence e = AttributeEvidence.from(name, k, f, alpha);
            AttributeFacts fact = facts.get(name);
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

    /** The options (thresholds, language, measurement date) that produced the plan. */
    public AllocationOptions options() {
        return options;
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
        budget().ifPresent(b -> sb.append('\n').append(b).append('\n'));
        Map<String, List<String>> details = new LinkedHashMap<>();
        decisions.forEach(d -> details.put(d.attribute(), d.rules().stream().map(Object::toString).toList()));
        sb.append("\nrules fired:\n");
        details.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v.isEmpty() ? "none (no evidence)"
                : String.join("; ", v)).append('\n'));
        sb.append("options: ").append(options.provenance()).append('\n');
        return sb.toString();
    }
}
