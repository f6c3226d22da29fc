package io.github.kano4j.allocation;

import io.github.kano4j.Language;
import io.github.kano4j.Category;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Text;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.satisfaction.FactorResult;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resource-allocation decisions for every attribute (docs/METHODS.md §8): strategy, floor, target and ceiling as
 * numbers, reducible margin, expected gain with its unit, the priority tier and rank, the rules that fired — and,
 * given a budget and unit costs, the spending of the budget under the plan's {@link BudgetPolicy}, with the cost
 * to meet every floor. Broken basics come first: tier 1 (floor breaches) before tier 2 (performance shortfalls)
 * before tier 3 (delight).
 */
public final class AllocationPlan {
    private final List<AllocationDecision> decisions;
    private final AllocationOptions options;
    private final BudgetAllocation budget;
    private final String sources;
    private final List<String> warnings;
    private final Map<String, String> groups;
    private final Map<String, Double> floorCosts;
    private final List<KpiFloor> kpiFloors;

    private AllocationPlan(List<AllocationDecision> decisions, AllocationOptions options, BudgetAllocation budget,
            String sources, List<String> warnings, Map<String, String> groups, Map<String, Double> floorCosts) {
        this(decisions, options, budget, sources, warnings, groups, floorCosts, List.of());
    }

    private AllocationPlan(List<AllocationDecision> decisions, AllocationOptions options, BudgetAllocation budget,
            String sources, List<String> warnings, Map<String, String> groups, Map<String, Double> floorCosts,
            List<KpiFloor> kpiFloors) {
        this.kpiFloors = List.copyOf(kpiFloors);
        this.decisions = List.copyOf(decisions);
        this.options = options;
        this.budget = budget;
        this.sources = sources;
        this.warnings = List.copyOf(warnings);
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.floorCosts = Collections.unmodifiableMap(new LinkedHashMap<>(floorCosts));
    }

    /**
     * One group's share of the plan (a department, or process / technology / people in a call centre).
     *
     * @param group      the group; {@code (no group)} for attributes without one
     * @param attributes its attributes
     * @param decisions  how many of them get each strategy
     * @param spend      the budget spent on them (0 without a budget)
     * @param gain       the expected gain bought for them (0 without a budget)
     * @param floorsCost the cost to meet every breached floor among them (unit costs given)
     */
    public record GroupRollup(String group, List<String> attributes, Map<Strategy, Integer> decisions, double spend,
            double gain, double floorsCost) {
        /** Copies the collections. */
        public GroupRollup {
            Check.notNull(group, "group");
            attributes = List.copyOf(attributes);
            Map<Strategy, Integer> copy = new EnumMap<>(Strategy.class);
            copy.putAll(decisions);
            decisions = Collections.unmodifiableMap(copy);
        }
    }

    /** The group of an attribute, from the attribute sheet or {@code --groups}. */
    public Optional<String> group(String attribute) {
        String g = groups.get(attribute);
        return g == null || g.isEmpty() ? Optional.empty() : Optional.ofNullable(g);
    }

    /**
     * The plan rolled up by group, in the order groups first appear, attributes without a group last; empty when no
     * attribute has a group.
     */
    public List<GroupRollup> byGroup() {
        if (groups.values().stream().allMatch(String::isEmpty)) {
            return List.of();
        }
        Map<String, List<AllocationDecision>> members = new LinkedHashMap<>();
        for (AllocationDecision d : decisions) {
            members.computeIfAbsent(group(d.attribute()).orElse(NO_GROUP), k -> new ArrayList<>()).add(d);
        }
        List<AllocationDecision> ungrouped = members.remove(NO_GROUP);
        if (ungrouped != null) {
            members.put(NO_GROUP, ungrouped);
        }
        List<GroupRollup> out = new ArrayList<>();
        members.forEach((g, ds) -> {
            Map<Strategy, Integer> count = new EnumMap<>(Strategy.class);
            double spend = 0;
            double gain = 0;
            double floors = 0;
            List<String> names = new ArrayList<>();
            for (AllocationDecision d : ds) {
                names.add(d.attribute());
                count.merge(d.strategy(), 1, Integer::sum);
                floors += floorCosts.getOrDefault(d.attribute(), 0.0);
                if (budget != null) {
                    for (BudgetAllocation.Item i : budget.items()) {
                        if (i.attribute().equals(d.attribute())) {
                            spend += i.cost();
                            gain += i.gain();
                        }
                    }
                }
            }
            out.add(new GroupRollup(g, names, count, spend, gain, floors));
        });
        return out;
    }

    /** The name of the roll-up of attributes without a group. */
    public static final String NO_GROUP = "(no group)";

    /** Decisions from evidence built in code; no budget. */
    public static AllocationPlan of(List<AttributeEvidence> evidence, AllocationOptions options) {
        return of(evidence, options, Double.NaN);
    }

    /**
     * Decisions from evidence built in code and, when {@code budget} is a number rather than NaN, the spending of
     * the budget over the INCREASE decisions whose unit cost is known.
     */
    public static AllocationPlan of(List<AttributeEvidence> evidence, AllocationOptions options, double budget) {
        Check.notNull(evidence, "evidence");
        Check.notNull(options, "options");
        return plan(evidence, options, budget, "evidence built in code", List.of(), Map.of());
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
     * when {@code budget} is a number rather than NaN, the spending of the budget.
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
     * when {@code budget} is a number rather than NaN, the spending of the budget.
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
        String scale = satisfaction == null ? "" : satisfaction.overallScale();
        List<AttributeEvidence> evidence = new ArrayList<>();
        for (String name : names) {
            KanoResult k = kano == null ? null : kano.result(name).orElse(null);
            FactorResult f = satisfaction == null ? null : satisfaction.result(name).orElse(null);
            AttributeEvidence e = AttributeEvidence.from(name, k, f, alpha, scale);
            AttributeFacts fact = facts.get(name);
            evidence.add(fact == null ? e : fact.applyTo(e));
        }
        if (satisfaction != null) {
            var s = satisfaction.scale();
            for (AttributeFacts fact : facts.values()) {
                for (double[] v : new double[][] {{fact.mean(), 0}, {fact.benchmark(), 1}}) {
                    Check.argument(Double.isNaN(v[0]) || (v[0] >= s.min() && v[0] <= s.max()), "attribute sheet: '"
                            + Text.shortened(fact.attribute(), 200) + "' has " + (v[1] == 0 ? "mean " : "benchmark ")
                            + v[0] + ", outside the satisfaction survey's rating scale " + s.min() + "-"
                            + s.max() + "; give means and benchmarks on that scale");
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        facts.keySet().stream().filter(n -> !names.contains(n)).forEach(n -> warnings.add("attribute sheet: '" + n
                + "' matches no attribute of the surveys and was not used"));
        AllocationOptions o = options;
        if (satisfaction != null) {
            var s = satisfaction.scale();
            o = o.withZoneNames(s.min() == s.cutLow() ? String.valueOf(s.min()) : s.min() + "-" + s.cutLow(),
                    s.cutHigh() == s.max() ? String.valueOf(s.max()) : s.cutHigh() + "-" + s.max());
        }
        Language l = o.language();
        String sources = kano != null && satisfaction != null ? l.message("allocationPlan.kano_questionnaire_and_satisfaction_survey")
                : kano != null ? l.message("allocationPlan.kano_questionnaire_only_no_satisfaction")
                : l.message("allocationPlan.satisfaction_survey_only_no_kano");
        Map<String, String> groups = new LinkedHashMap<>();
        facts.forEach((name, f) -> groups.put(name, f.group()));
        return plan(evidence, o, budget, sources, warnings, groups);
    }

    private static AllocationPlan plan(List<AttributeEvidence> evidence, AllocationOptions options, double budget,
            String sources, List<String> warnings, Map<String, String> groups) {
        double sumR = 0;
        double sumP = 0;
        double sumImportance = 0;
        int k = 0;
        int withImportance = 0;
        for (AttributeEvidence e : evidence) {
            if (!Double.isNaN(e.riocs()) && !Double.isNaN(e.mean())) {
                sumR += e.riocs();
                sumP += e.mean();
                k++;
            }
            if (!Double.isNaN(e.importance())) {
                sumImportance += e.importance();
                withImportance++;
            }
        }
        Allocator.Context context = new Allocator.Context(options, k == 0 ? Double.NaN : sumR / k,
                k == 0 ? Double.NaN : sumP / k, withImportance == 0 ? Double.NaN : sumImportance / withImportance);
        List<AllocationDecision> decisions = new ArrayList<>();
        for (AttributeEvidence e : evidence) {
            decisions.add(Allocator.decide(e, context));
        }
        rank(decisions, evidence, options.policy());
        Map<String, Double> floorCosts = new LinkedHashMap<>();
        BudgetAllocation allocation = Double.isNaN(budget) ? null
                : spend(decisions, evidence, options, budget, context.meanImportance(), floorCosts);
        return new AllocationPlan(decisions, options, allocation, sources, warnings, groups, floorCosts);
    }

    /**
     * Ranks the INCREASE decisions (docs/METHODS.md §8.6): under FLOORS_FIRST by tier first, then by gain ÷ unit
     * cost (gain alone without costs), then importance, then M &gt; O &gt; A; under GAIN_PER_COST without tiers.
     */
    private static void rank(List<AllocationDecision> decisions, List<AttributeEvidence> evidence,
            BudgetPolicy policy) {
        List<Integer> increase = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).strategy() == Strategy.INCREASE) {
                increase.add(i);
            }
        }
        Comparator<Integer> order = Comparator.comparingInt(i -> policy == BudgetPolicy.FLOORS_FIRST
                ? decisions.get(i).tier().map(Tier::number).orElse(9) : 0);
        order = order.thenComparingDouble(i -> -score(decisions.get(i), evidence.get(i)))
                .thenComparingDouble(i -> Double.isNaN(evidence.get(i).importance()) ? Double.POSITIVE_INFINITY
                        : -evidence.get(i).importance())
                .thenComparingInt(i -> categoryRank(decisions.get(i).basis()))
                .thenComparing(i -> decisions.get(i).attribute());
        increase.sort(order);
        for (int r = 0; r < increase.size(); r++) {
            int rank = r + 1;
            decisions.set(increase.get(r), decisions.get(increase.get(r)).with(v -> v.priority = rank));
        }
    }

    private static double score(AllocationDecision d, AttributeEvidence e) {
        double g = Double.isNaN(d.expectedGain()) ? Double.NEGATIVE_INFINITY : d.expectedGain();
        return e.unitCost() > 0 ? g / e.unitCost() : g;
    }

    private static int categoryRank(Optional<Category> c) {
        return c.map(x -> switch (x) {
            case M -> 0;
            case O -> 1;
            case A -> 2;
            default -> 3;
        }).orElse(4);
    }

    /** The budget over improvement steps of one percentage point of customers, and the cost to meet every floor. */
    private static BudgetAllocation spend(List<AllocationDecision> decisions, List<AttributeEvidence> evidence,
            AllocationOptions o, double budget, double meanImportance, Map<String, Double> floorCosts) {
        List<BudgetOptimiser.Option> steps = new ArrayList<>();
        double floorsCost = 0;
        List<String> withoutCost = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            AllocationDecision d = decisions.get(i);
            AttributeEvidence e = evidence.get(i);
            if (d.strategy() != Strategy.INCREASE) {
                continue;
            }
            double weight = o.importanceWeighted() && !Double.isNaN(e.importance()) && meanImportance > 0
                    ? e.importance() / meanImportance : 1;
            double[][] g = stepGains(d, e, o, weight);
            int floorSteps = g[0].length;
            if (floorSteps > 0 && !(e.unitCost() > 0)) {
                withoutCost.add(d.attribute());
            } else {
                floorsCost += floorSteps * e.unitCost();
                floorCosts.put(d.attribute(), floorSteps * e.unitCost());
            }
            if (e.unitCost() > 0 && g[0].length + g[1].length > 0) {
                double[] all = new double[g[0].length + g[1].length];
                System.arraycopy(g[0], 0, all, 0, g[0].length);
                System.arraycopy(g[1], 0, all, g[0].length, g[1].length);
                steps.add(new BudgetOptimiser.Option(d.attribute(), e.unitCost(), all, floorSteps));
            }
        }
        BudgetAllocation b = BudgetOptimiser.optimise(steps, budget, o.policy());
        return new BudgetAllocation(b.budget(), b.spent(), b.totalGain(), b.floorGain(), b.items(), b.marginalReturn(),
                b.nextAttribute(), b.nextCost(), b.nextGain(), b.method(), b.policy(), floorsCost, withoutCost);
    }

    /**
     * The gains of an INCREASE decision's steps: {floor steps (tier 1), later steps}. A floor step moves one
     * percentage point of customers out of the floor's zone and gains an equal part of the decision's expected
     * gain (ψ·|β^pen|·0.01 per point for a low-zone floor); a later step moves one point into the high zone up to
     * h* (β^rew·0.01, or Better·0.01); all times the importance weight when gains are weighted by importance.
     */
    private static double[][] stepGains(AllocationDecision d, AttributeEvidence e, AllocationOptions o,
            double weight) {
        int floorSteps = 0;
        double perFloor = 0;
        if (d.tier().filter(t -> t == Tier.FLOOR).isPresent()) {
            Boundary f = d.target().orElseThrow();
            floorSteps = (int) Math.floor((f.current() - f.value()) * 100 + 1e-9);
            // the decision's gain (already weighted by ψ and importance) spread over the points to the floor
            perFloor = floorSteps > 0 && d.expectedGain() > 0 ? d.expectedGain() / floorSteps / weight : 0;
        }
        int laterSteps = 0;
        double perLater = 0;
        boolean reachesUp = d.basis().filter(c -> c == Category.O || c == Category.A).isPresent()
                && !Double.isNaN(e.shareHigh());
        if (reachesUp) {
            laterSteps = Math.max(0, (int) Math.floor((o.topBoxGoal() - e.shareHigh()) * 100 + 1e-9));
            perLater = (Double.isNaN(e.reward()) ? e.better() : Math.max(0, e.reward())) * 0.01;
        }
        double[] floor = new double[Math.max(0, floorSteps)];
        Arrays.fill(floor, weight * perFloor);
        double[] later = new double[laterSteps];
        Arrays.fill(later, weight * (Double.isNaN(perLater) ? 0 : perLater));
        return new double[][] {floor, later};
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

    /** The options (thresholds, policy, language, measurement date) that produced the plan. */
    public AllocationOptions options() {
        return options;
    }

    /**
     * This plan with floors in operational units (docs/METHODS.md §8.9): for each attribute and KPI, the KPI value
     * that keeps the low-zone share at τ, or why there is no estimate. The decisions are unchanged.
     */
    public AllocationPlan withKpiFloors(List<KpiFloor> floors) {
        Check.notNull(floors, "floors");
        Check.argument(floors.stream().noneMatch(f -> f == null), "The parameter 'floors' must not hold null.");
        return new AllocationPlan(decisions, options, budget, sources, warnings, groups, floorCosts, floors);
    }

    /** The floors in operational units, in the order given (empty unless {@link #withKpiFloors(List)}). */
    public List<KpiFloor> kpiFloors() {
        return kpiFloors;
    }

    /** Which evidence the plan rests on, e.g. "satisfaction survey only, no Kano questionnaire: …". */
    public String sources() {
        return sources;
    }

    /** What the analyst should know, e.g. attribute-sheet rows that match no attribute. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The decision table, the sentences, the budget allocation, the rules and the thresholds, in the plan's
     * language (headings, strategies, labels; rule texts, option names and boundary codes stay as written in code).
     */
    @Override
    public String toString() {
        Language l = options.language();
        TextTable t = new TextTable(l.message("allocationPlan.attribute"), l.message("allocationPlan.strategy"), l.message("allocationPlan.tier"),
                l.message("allocationPlan.basis"), l.message("allocationPlan.floor"), l.message("allocationPlan.target"), l.message("allocationPlan.ceiling"),
                l.message("allocationPlan.margin"), l.message("allocationPlan.gain"), l.message("allocationPlan.priority"),
                l.message("allocationPlan.rules")).alignLeft(0).alignLeft(1).alignLeft(3).alignLeft(4).alignLeft(5)
                .alignLeft(6).alignLeft(10);
        for (AllocationDecision d : decisions) {
            t.row(d.attribute(), (l.isChinese() ? d.strategy().displayName(l) : d.strategy().name())
                    + d.reason().map(r -> " (" + r + ")").orElse(""),
                    d.tier().map(x -> String.valueOf(x.number())).orElse("-"), d.basis().map(Category::letter).orElse("-"),
                    d.floor().map(b -> b.text(l)).orElse("-"), d.target().map(b -> b.text(l)).orElse("-"),
                    d.ceiling().map(b -> b.code(l)).orElse("-"), TextTable.number(d.reducibleMargin()),
                    TextTable.number(d.expectedGain()), d.priority() == 0 ? "-" : d.priority(),
                    String.join(", ", d.ruleIds()));
        }
        StringBuilder sb = new StringBuilder(l.message("allocationPlan.resource_allocation") + sources
                + l.message("allocationPlan.text") + "\n").append(t).append('\n');
        decisions.stream().map(AllocationDecision::gainUnit).filter(u -> !u.isEmpty()).distinct()
                .forEach(u -> sb.append(l.message("allocationPlan.gains_in")).append(u).append('\n'));
        sb.append('\n');
        decisions.forEach(d -> sb.append("* ").append(d.sentence()).append('\n'));
        if (!kpiFloors.isEmpty()) {
            sb.append(l.message("allocationPlan.floors_in_operational_units_logit")).append(Math.round(kpiFloors.get(0).interval().level()
                    * 100)).append(l.message("allocationPlan.fieller_intervals"));
            kpiFloors.forEach(f -> sb.append("* ").append(f.attribute()).append(": ")
                    .append(f.sentence(l, options.lowZone())).append('\n'));
        }
        budget().ifPresent(b -> sb.append('\n').append(b.text(l)).append('\n'));
        List<GroupRollup> rollup = byGroup();
        if (!rollup.isEmpty()) {
            TextTable g = new TextTable(l.message("allocationPlan.group"), l.message("allocationPlan.attributes"),
                    l.message("allocationPlan.increase"), l.message("allocationPlan.hold"), l.message("allocationPlan.reduce_remove"),
                    l.message("allocationPlan.no_decision"), l.message("allocationPlan.spend"), l.message("allocationPlan.gain"),
                    l.message("allocationPlan.floors_cost")).alignLeft(0);
            for (GroupRollup r : rollup) {
                Map<Strategy, Integer> n = r.decisions();
                g.row(r.group(), r.attributes().size(), n.getOrDefault(Strategy.INCREASE, 0),
                        n.getOrDefault(Strategy.MAINTAIN, 0), n.getOrDefault(Strategy.REDUCE, 0)
                                + n.getOrDefault(Strategy.REMOVE, 0), n.getOrDefault(Strategy.NO_DECISION, 0),
                        TextTable.number(r.spend()), TextTable.number(r.gain()), TextTable.number(r.floorsCost()));
            }
            sb.append(l.message("allocationPlan.by_group")).append(g);
        }
        sb.append(l.message("allocationPlan.rules_fired"));
        for (AllocationDecision d : decisions) {
            sb.append("  ").append(d.attribute()).append(": ").append(d.rules().isEmpty()
                    ? l.message("allocationPlan.none_no_evidence")
                    : String.join("; ", d.rules().stream().map(Object::toString).toList())).append('\n');
        }
        warnings.forEach(w -> sb.append(l.message("allocationPlan.warning")).append(w).append('\n'));
        sb.append(l.message("allocationPlan.options")).append(options.provenance()).append('\n');
        return sb.toString();
    }
}
