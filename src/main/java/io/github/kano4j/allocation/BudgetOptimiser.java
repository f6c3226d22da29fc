package io.github.kano4j.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spends a budget on improvement steps to maximise the expected gain in overall satisfaction. Each option
 * is an attribute with a sequence of steps taken in order (step s costs {@code cost} and gains
 * {@code gains[s]}; gains may rise or fall along the sequence, e.g. penalty steps then reward steps). The
 * optimum is found exactly by a dynamic programme over the Pareto frontier of (cost, gain) states — a
 * multiple-choice knapsack — with dominated states pruned. Above {@value #STATE_CAP} frontier states the
 * programme falls back to greedy by gain per cost and says so.
 */
final class BudgetOptimiser {
    /** Frontier states kept before falling back to greedy. */
    public static final int STATE_CAP = 200_000;

    private BudgetOptimiser() {
    }

    /**
     * One attribute's improvement steps.
     *
     * @param attribute the attribute
     * @param cost      the cost of one step (positive)
     * @param gains     the gain of each successive step
     */
    public record Option(String attribute, double cost, double[] gains) {
        /** @throws IllegalArgumentException for a non-positive cost or a negative or non-finite gain */
        public Option {
            if (!(cost > 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException("The cost of a step of '" + attribute + "' must be positive, was " + cost);
            }
            gains = gains.clone();
            for (double g : gains) {
                if (!(g >= 0) || Double.isInfinite(g)) {
                    throw new IllegalArgumentException("Step gains of '" + attribute + "' must be finite and >= 0");
                }
            }
        }

        double prefix(int steps) {
            double s = 0;
            for (int k = 0; k < steps; k++) {
                s += gains[k];
            }
            return s;
        }
    }

    private record State(double cost, double gain, int[] steps) {
    }

    /** The best allocation of {@code budget} over the options. */
    public static BudgetAllocation optimise(List<Option> options, double budget) {
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("The budget must be a non-negative number, was " + budget);
        }
        int n = options.size();
        List<State> frontier = new ArrayList<>(List.of(new State(0, 0, new int[n])));
        boolean exact = true;
        for (int i = 0; i < n && exact; i++) {
            Option opt = options.get(i);
            List<State> next = new ArrayList<>();
            for (State s : frontier) {
                double gain = s.gain();
                for (int k = 0; k <= opt.gains().length; k++) {
                    double cost = s.cost() + k * opt.cost();
                    if (cost > budget * (1 + 1e-12)) {
                        break;
                    }
                    if (k > 0) {
                        gain += opt.gains()[k - 1];
                    }
                    int[] steps = s.steps().clone();
                    steps[i] = k;
                    next.add(new State(cost, gain, steps));
                }
            }
            frontier = prune(next);
            if (frontier.size() > STATE_CAP) {
                exact = false;
            }
        }
        int[] best;
        if (exact) {
            best = frontier.stream().max(Comparator.comparingDouble(State::gain)
                    .thenComparing(Comparator.comparingDouble(State::cost).reversed())).orElseThrow().steps();
        } else {
            best = greedy(options, budget);
        }
        return result(options, budget, best, exact ? "exact" : "greedy");
    }

    /** Keeps the states not dominated by a cheaper state with at least as much gain. */
    private static List<State> prune(List<State> states) {
        states.sort(Comparator.comparingDouble(State::cost).thenComparing(Comparator.comparingDouble(State::gain)
                .reversed()));
        List<State> kept = new ArrayList<>();
        double bestGain = Double.NEGATIVE_INFINITY;
        for (State s : states) {
            if (s.gain() > bestGain + 1e-15) {
                kept.add(s);
                bestGain = s.gain();
            }
        }
        return kept;
    }

    private static int[] greedy(List<Option> options, double budget) {
        int[] steps = new int[options.size()];
        double left = budget;
        while (true) {
            int best = -1;
            double ratio = -1;
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                if (steps[i] < o.gains().length && o.cost() <= left * (1 + 1e-12)) {
                    double r = o.gains()[steps[i]] / o.cost();
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

    private static BudgetAllocation result(List<Option> options, double budget, int[] steps, String method) {
        List<BudgetAllocation.Item> items = new ArrayList<>();
        double spent = 0;
        double total = 0;
        double marginal = Double.NaN;
        String nextName = "";
        double nextRatio = -1;
        double nextCost = Double.NaN;
        double nextGain = Double.NaN;
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            double cost = steps[i] * o.cost();
            double gain = o.prefix(steps[i]);
            items.add(new BudgetAllocation.Item(o.attribute(), steps[i], cost, gain));
            spent += cost;
            total += gain;
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
        return new BudgetAllocation(budget, spent, total, items, marginal, nextName, nextCost, nextGain, method);
    }

    /** Exhaustive search over every combination of step counts (for tests and tiny problems). */
    static double exhaustiveBest(List<Option> options, double budget) {
        int n = options.size();
        int[] steps = new int[n];
        double best = 0;
        while (true) {
            double cost = 0;
            double gain = 0;
            for (int i = 0; i < n; i++) {
                cost += steps[i] * options.get(i).cost();
                gain += options.get(i).prefix(steps[i]);
            }
            if (cost <= budget * (1 + 1e-12)) {
                best = Math.max(best, gain);
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
