package io.github.kano4j.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spends a budget on improvement steps (docs/METHODS.md §8.5). Each option is an attribute with a sequence of
 * steps taken in order, all at the same cost; its first {@code floorSteps} steps fix a breached floor (tier 1).
 * {@link BudgetPolicy#FLOORS_FIRST} first buys the floor steps that give the largest tier-1 gain within the
 * budget, then spends the remainder for the largest gain over the other steps of attributes whose floor is met;
 * {@link BudgetPolicy#GAIN_PER_COST} maximises the total gain over every step at once.
 *
 * <p>Each maximisation is exact: a dynamic programme over the Pareto frontier of (cost, gain) states — a
 * multiple-choice knapsack — with dominated states pruned and each state kept as a parent pointer, so memory is
 * a few words per state. The number of states is bounded <em>before</em> they are built: when a layer would
 * exceed {@value #LAYER_CAP} states or all layers together {@value #TOTAL_CAP}, the optimiser chooses greedily by
 * gain per cost instead and says so in {@link BudgetAllocation#method()}.
 */
final class BudgetOptimiser {
    /** States one layer of the exact programme may hold. */
    static final int LAYER_CAP = 200_000;
    /** States all layers together may hold. */
    static final int TOTAL_CAP = 2_000_000;

    private BudgetOptimiser() {
    }

    /**
     * One attribute's improvement steps.
     *
     * @param attribute  the attribute
     * @param cost       the cost of one step (positive)
     * @param gains      the gain of each successive step
     * @param floorSteps how many of the first steps fix a breached floor (tier 1)
     */
    record Option(String attribute, double cost, double[] gains, int floorSteps) {
        Option {
            if (!(cost > 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException("The cost of a step of '" + attribute + "' must be positive, was "
                        + cost);
            }
            gains = gains.clone();
            for (double g : gains) {
                if (!(g >= 0) || Double.isInfinite(g)) {
                    throw new IllegalArgumentException("Step gains of '" + attribute + "' must be finite and >= 0");
                }
            }
            if (floorSteps < 0 || floorSteps > gains.length) {
                throw new IllegalArgumentException("Floor steps of '" + attribute + "' must be 0.." + gains.length);
            }
        }

        Option(String attribute, double cost, double[] gains) {
            this(attribute, cost, gains, 0);
        }

        double prefix(int steps) {
            double s = 0;
            for (int k = 0; k < steps; k++) {
                s += gains[k];
            }
            return s;
        }

        double floorPrefix(int steps) {
            return prefix(Math.min(steps, floorSteps));
        }
    }

    /** The best spending of {@code budget} under the policy; floor-cost fields are filled by the plan. */
    static BudgetAllocation optimise(List<Option> options, double budget, BudgetPolicy policy) {
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("The budget must be a non-negative number, was " + budget);
        }
        int n = options.size();
        String[] method = {"exact"};
        int[] steps;
        if (policy == BudgetPolicy.GAIN_PER_COST) {
            steps = solve(options, budget, i -> options.get(i).gains(), method);
        } else {
            int[] floors = solve(options, budget, i -> Arrays.copyOf(options.get(i).gains(), options.get(i).floorSteps()),
                    method);
            double left = budget;
            for (int i = 0; i < n; i++) {
                left -= floors[i] * options.get(i).cost();
            }
            int[] fixed = floors;
            // phase 2 continues each attribute where phase 1 stopped: the floor steps phase 1 left are those the
            // remainder cannot buy with any floor gain (it would have bought them), so this keeps phase 1's optimum
            int[] rest = solve(options, Math.max(0, left),
                    i -> Arrays.copyOfRange(options.get(i).gains(), fixed[i], options.get(i).gains().length), method);
            steps = new int[n];
            for (int i = 0; i < n; i++) {
                steps[i] = floors[i] + rest[i];
            }
        }
        return result(options, budget, steps, method[0], policy);
    }

    /** The steps of option i that a phase may buy. */
    private interface Steps {
        double[] of(int i);
    }

    /** The step counts with the largest gain within the budget: exact, or greedy above the state bounds. */
    private static int[] solve(List<Option> options, double budget, Steps stepsOf, String[] method) {
        List<double[]> gains = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            gains.add(stepsOf.of(i));
        }
        int[] exact = exact(options, gains, budget);
        if (exact != null) {
            return exact;
        }
        method[0] = "greedy: an exact search would need more than " + LAYER_CAP + " states in one step or "
                + TOTAL_CAP + " in all";
        return greedy(options, gains, budget);
    }

    /** The dynamic programme; null when the states would exceed the bounds (checked before they are built). */
    private static int[] exact(List<Option> options, List<double[]> gains, double budget) {
        int n = options.size();
        double[] cost = {0};
        double[] gain = {0};
        List<int[]> parents = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        long total = 1;
        for (int i = 0; i < n; i++) {
            double c = options.get(i).cost();
            double[] g = gains.get(i);
            int affordable = (int) Math.min(g.length, Math.floor(budget * (1 + 1e-12) / c));
            long size = (long) cost.length * (affordable + 1);
            if (size > LAYER_CAP || total + size > TOTAL_CAP) {
                return null;
            }
            int m = (int) size;
            double[] nc = new double[m];
            double[] ng = new double[m];
            int[] np = new int[m];
            int[] nk = new int[m];
            int t = 0;
            for (int s = 0; s < cost.length; s++) {
                double acc = gain[s];
                for (int k = 0; k <= affordable; k++) {
                    double cc = cost[s] + k * c;
                    if (cc > budget * (1 + 1e-12)) {
                        break;
                    }
                    if (k > 0) {
                        acc += g[k - 1];
                    }
                    nc[t] = cc;
                    ng[t] = acc;
                    np[t] = s;
                    nk[t] = k;
                    t++;
                }
            }
            Integer[] order = new Integer[t];
            for (int x = 0; x < t; x++) {
                order[x] = x;
            }
            double[] fc = nc;
            double[] fg = ng;
            Arrays.sort(order, (a, b) -> fc[a] != fc[b] ? Double.compare(fc[a], fc[b]) : Double.compare(fg[b], fg[a]));
            List<Integer> kept = new ArrayList<>();
            double best = Double.NEGATIVE_INFINITY;
            for (int x : order) {
                if (ng[x] > best + 1e-15) {
                    kept.add(x);
                    best = ng[x];
                }
            }
            cost = new double[kept.size()];
            gain = new double[kept.size()];
            int[] parent = new int[kept.size()];
            int[] count = new int[kept.size()];
            for (int x = 0; x < kept.size(); x++) {
                int src = kept.get(x);
                cost[x] = nc[src];
                gain[x] = ng[src];
                parent[x] = np[src];
                count[x] = nk[src];
            }
            parents.add(parent);
            counts.add(count);
            total += cost.length;
        }
        int[] steps = new int[n];
        int state = cost.length - 1; // the frontier is sorted by cost and gain: the last state has the most gain
        for (int i = n - 1; i >= 0; i--) {
            steps[i] = counts.get(i)[state];
            state = parents.get(i)[state];
        }
        return steps;
    }

    private static int[] greedy(List<Option> options, List<double[]> gains, double budget) {
        int[] steps = new int[options.size()];
        double left = budget;
        while (true) {
            int best = -1;
            double ratio = -1;
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                if (steps[i] < gains.get(i).length && o.cost() <= left * (1 + 1e-12)) {
                    double r = gains.get(i)[steps[i]] / o.cost();
                    if (r > ratio) {
                        ratio = r;
                        best = i;
                    }
                }
            }
            if (best < 0 || ratio <= 0) {
                return steps;
            }
            steps[best]++;
            left -= options.get(best).cost();
        }
    }

    private static BudgetAllocation result(List<Option> options, double budget, int[] steps, String method,
            BudgetPolicy policy) {
        List<BudgetAllocation.Item> items = new ArrayList<>();
        double spent = 0;
        double total = 0;
        double floorGain = 0;
        double marginal = Double.NaN;
        String nextName = "";
        double nextRatio = -1;
        double nextCost = Double.NaN;
        double nextGain = Double.NaN;
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            double cost = steps[i] * o.cost();
            double gain = o.prefix(steps[i]);
            items.add(new BudgetAllocation.Item(o.attribute(), steps[i], Math.min(steps[i], o.floorSteps()), cost,
                    gain));
            spent += cost;
            total += gain;
            floorGain += o.floorPrefix(steps[i]);
            if (steps[i] > 0) {
                double r = o.gains()[steps[i] - 1] / o.cost();
                marginal = Double.isNaN(marginal) ? r : Math.min(marginal, r);
            }
            if (steps[i] < o.gains().length) {
                double r = o.gains()[steps[i]] / o.cost();
                if (r > nextRatio) {
                    nextRatio = r;
                    nextName = o.attribute();
                    nextCost = o.cost();
                    nextGain = o.gains()[steps[i]];
                }
            }
        }
        return new BudgetAllocation(budget, spent, total, floorGain, items, marginal, nextName, nextCost, nextGain,
                method, policy, Double.NaN, List.of());
    }

    /**
     * Exhaustive search over every combination of step counts (for tests and tiny problems): the best
     * {floor gain, total gain} — lexicographic under FLOORS_FIRST, by total gain under GAIN_PER_COST.
     */
    static double[] exhaustiveBest(List<Option> options, double budget, BudgetPolicy policy) {
        int n = options.size();
        int[] steps = new int[n];
        double[] best = {0, 0};
        while (true) {
            double cost = 0;
            double gain = 0;
            double floor = 0;
            for (int i = 0; i < n; i++) {
                cost += steps[i] * options.get(i).cost();
                gain += options.get(i).prefix(steps[i]);
                floor += options.get(i).floorPrefix(steps[i]);
            }
            if (cost <= budget * (1 + 1e-12)) {
                boolean better = policy == BudgetPolicy.GAIN_PER_COST ? gain > best[1] + 1e-12
                        : floor > best[0] + 1e-12 || (Math.abs(floor - best[0]) <= 1e-12 && gain > best[1] + 1e-12);
                if (better) {
                    best = new double[] {floor, gain};
                }
            }
            int i = 0;
            while (i < n && steps[i] == options.get(i).gains().length) {
                steps[i] = 0;
                i++;
            }
            if (i == n) {
                return best;
            }
            steps[i]++;
        }
    }
}
