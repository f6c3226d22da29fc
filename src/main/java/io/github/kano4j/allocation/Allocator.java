package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.IpaQuadrant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The decision rules of docs/METHODS.md §8.4 and the tiers of §8.6, for one attribute. The steps: resolve the
 * category the rules apply (the protective one when the evidence is uncertain), list every rule whose condition
 * holds, set the strategy and the boundaries for that category, then apply the uncertainty and overkill rules.
 */
final class Allocator {
    private static final Category[] PROTECTIVE = {Category.M, Category.O, Category.A, Category.I, Category.R};

    private Allocator() {
    }

    /** The study-wide numbers a decision is judged against. */
    record Context(AllocationOptions options, double impactCentre, double performanceCentre, double meanImportance) {
    }

    /** The category the rules apply and, when the evidence is uncertain, why and the other candidate. */
    private record Basis(Category category, Category other, NoDecisionReason uncertainty, String why) {
        boolean uncertain() {
            return uncertainty != null && other != null && category != null;
        }
    }

    static AllocationDecision decide(AttributeEvidence e, Context context) {
        AllocationOptions o = context.options();
        Basis basis = basis(e, o);
        Measures m = new Measures(e, o, basis.category(), context.meanImportance());
        AllocationDecision.Values d = new AllocationDecision.Values();
        d.attribute = e.attribute();
        d.basis = basis.category();
        d.evidence = evidence(e);
        d.confidence = confidence(e);
        d.mean = e.mean();
        d.shareLow = e.shareLow();
        d.shareHigh = e.shareHigh();
        d.upside = Math.max(0, e.reward()) * (1 - e.shareLow() - e.shareHigh());
        d.importance = e.importance();
        d.measuredAt = o.measuredAt().orElse(null);
        IpaQuadrant quadrant = e.ipaQuadrant().or(() -> IpaQuadrant.of(e.riocs(), e.mean(), context.impactCentre(),
                context.performanceCentre())).orElse(null);
        boolean overkill = quadrant == IpaQuadrant.POSSIBLE_OVERKILL && basis.category() != Category.M;

        Optional<Category> kano = e.kanoCategory();
        if (kano.filter(c -> c == Category.R).isPresent()) {
            fire(d, Rule.R1, "category R: customers prefer it absent");
        } else if (basis.uncertain()) {
            fire(d, Rule.R9, basis.why() + "; protective category " + basis.category().letter());
        }
        boolean lowImpact = kano.filter(c -> c == Category.I).isPresent()
                || e.factorType().filter(t -> t == FactorType.LOW_IMPACT).isPresent();
        if (lowImpact) {
            fire(d, Rule.R2, kano.filter(c -> c == Category.I).isPresent() ? "category I" : "factor type LOW_IMPACT"
                    + (Double.isNaN(e.riocs()) ? "" : " (RIOCS " + num(e.riocs()) + ")"));
        }
        if (d.rules.stream().anyMatch(r -> r.rule() == Rule.R1)) {
            d.strategy = Strategy.REMOVE;
        } else if (basis.category() == null) {
            noDecision(d, NoDecisionReason.NO_CATEGORY_EVIDENCE);
        } else if (lowImpact && !basis.uncertain()) {
            d.strategy = Strategy.REDUCE;
        } else {
            switch (basis.category()) {
                case M -> mustBe(d, m);
                case O -> oneDimensional(d, m, e, o);
                case A -> attractive(d, m, e, o);
                case Q -> noDecision(d, NoDecisionReason.QUESTIONABLE);
                default -> d.strategy = Strategy.REDUCE;
            }
            uncertainty(d, basis);
        }
        if (overkill) {
            fire(d, Rule.R10, "possible overkill: RIOCS " + num(e.riocs()) + " < " + num(context.impactCentre())
                    + ", mean " + num(e.mean()) + " >= " + num(context.performanceCentre()));
            boolean unexplained = d.strategy == Strategy.NO_DECISION && !basis.uncertain()
                    && d.reason != NoDecisionReason.QUESTIONABLE && basis.category() != null;
            if (d.strategy == Strategy.MAINTAIN || unexplained) {
                d.strategy = Strategy.REDUCE;
                d.reason = null;
                if (d.floor != null && Double.isNaN(d.reducibleMargin)) {
                    d.reducibleMargin = margin(d.floor);
                }
            }
        }
        if (d.strategy != Strategy.INCREASE) {
            d.tier = null;
        }
        if (Double.isNaN(d.expectedGain)) {
            d.gainUnit = "";
        }
        d.sentence = Sentences.of(d, o, overkill, basis.why());
        return d.build();
    }

    /** The numbers the category rules use, with the attribute's own τ and the penalty weight applied. */
    private static final class Measures {
        final double tau;
        final double hStar;
        final boolean prca;
        final Boundary floor;
        final Boundary ceiling;
        final double gainFix;
        final double gainDelight;
        final String unit;

        Measures(AttributeEvidence e, AllocationOptions o, Category basis, double meanImportance) {
            tau = Double.isNaN(e.tau()) ? o.tau() : e.tau();
            hStar = o.topBoxGoal();
            prca = !Double.isNaN(e.penalty());
            boolean levelOff = basis == Category.M && !Double.isNaN(e.levelOffKnot());
            boolean adequate = !Double.isNaN(e.adequateExpectation()) && !Double.isNaN(e.perception());
            if (adequate) {
                // the customers' own minimum, measured in the gap survey, is the floor (docs/METHODS.md §6.9)
                floor = Boundary.of(Boundary.Metric.PERCEPTION_VS_ADEQUATE, e.adequateExpectation(), e.perception());
                ceiling = floor;
            } else if (levelOff) {
                floor = new Boundary(Boundary.Metric.SHARE_BELOW, tau, e.shareBelowKnot(), e.levelOffKnot());
                ceiling = Boundary.of(Boundary.Metric.RATING, e.levelOffKnot(), e.mean());
            } else {
                floor = Boundary.of(Boundary.Metric.SHARE_LOW, tau, e.shareLow());
                ceiling = floor;
            }
            double weight = o.importanceWeighted() && !Double.isNaN(e.importance()) && meanImportance > 0
                    ? e.importance() / meanImportance : 1;
            // the PRCA penalty is the effect of the low zone, so the gain of a fixed floor counts the low zone only
            double breach = Math.max(0, e.shareLow() - tau);
            gainFix = weight * o.penaltyWeight() * (prca ? Math.abs(e.penalty()) * breach : e.absWorse() * e.shareLow());
            gainDelight = weight * (!Double.isNaN(e.reward()) ? Math.max(0, e.reward()) * Math.max(0, hStar - e.shareHigh())
                    : e.better() * (1 - e.shareHigh()));
            unit = prca ? o.language().message("allocator.points_of_overall_satisfaction")
                    + (e.overallScale().isEmpty() ? "" : o.language().text(" (" + e.overallScale() + ")",
                    "（" + e.overallScale() + "）")) : o.language().message("allocator.better_worse_units");
        }

        boolean floorBreached() {
            return !Double.isNaN(floor.current()) && !floor.isMet();
        }

        /** The floor's level for the rule text: "s_L 0.2200", or the perception against the adequate expectation. */
        String level() {
            return switch (floor.metric()) {
                case SHARE_BELOW -> "share below rating " + Boundary.format(floor.rating()) + " " + num(floor.current());
                case PERCEPTION_VS_ADEQUATE -> "mean perception " + num(floor.current()) + " vs adequate expectation "
                        + num(floor.value());
                default -> "s_L " + num(floor.current());
            };
        }

        /** "> tau 0.1000" or "below it" for the rule text. */
        String breach(boolean breached) {
            if (floor.metric() == Boundary.Metric.PERCEPTION_VS_ADEQUATE) {
                return breached ? " (below it)" : " (at or above it)";
            }
            return (breached ? " > tau " : " <= tau ") + num(tau);
        }
    }

    /** R3 / R4: raise a broken must-be to its floor and no further, or hold it there. */
    private static void mustBe(AllocationDecision.Values d, Measures m) {
        d.floor = m.floor;
        d.ceiling = m.ceiling;
        if (Double.isNaN(m.floor.current())) {
            noDecision(d, NoDecisionReason.NO_PERFORMANCE_DATA);
        } else if (m.floorBreached()) {
            fire(d, Rule.R3, "M-like, " + m.level() + m.breach(true) + "; gain " + num(m.gainFix));
            increase(d, Tier.FLOOR, m.floor, m.gainFix, m.unit);
        } else {
            d.strategy = Strategy.MAINTAIN;
            d.reducibleMargin = margin(m.floor);
            fire(d, Rule.R4, "M-like, " + m.level() + m.breach(false) + "; margin " + num(d.reducibleMargin));
        }
    }

    /**
     * R5 / R6: a one-dimensional attribute is judged on its low zone and its mean. A breached floor is tier 1;
     * at the floor but short of the benchmark (or of the top-box goal without one) is tier 2, unless each step
     * returns less than the hurdle λ.
     */
    private static void oneDimensional(AllocationDecision.Values d, Measures m, AttributeEvidence e,
            AllocationOptions o) {
        boolean hasBenchmark = !Double.isNaN(e.benchmark());
        boolean expected = m.floor.metric() == Boundary.Metric.PERCEPTION_VS_ADEQUATE;
        Optional<Boundary> desired = desired(e);
        d.floor = hasBenchmark && !expected ? Boundary.of(Boundary.Metric.MEAN, e.benchmark(), e.mean()) : m.floor;
        boolean measured = expected || desired.isPresent() ? !Double.isNaN(e.perception())
                : !Double.isNaN(e.shareLow()) && !Double.isNaN(e.mean());
        if (!measured) {
            d.floor = m.floor;
            noDecision(d, NoDecisionReason.NO_PERFORMANCE_DATA);
            return;
        }
        Boundary goal = desired.orElse(hasBenchmark ? Boundary.of(Boundary.Metric.MEAN, e.benchmark(), e.mean())
                : Boundary.of(Boundary.Metric.SHARE_HIGH, m.hStar, e.shareHigh()));
        double slope = e.better() + e.absWorse();
        boolean pays = !(o.hurdle() > 0) || Double.isNaN(slope) || slope >= o.hurdle();
        if (m.floorBreached()) {
            fire(d, Rule.R5, "O-like, " + m.level() + m.breach(true) + " (floor breached)"
                    + (goal.isMet() ? "" : "; then " + goal) + "; gain " + num(m.gainFix));
            d.floor = m.floor;
            increase(d, Tier.FLOOR, m.floor, m.gainFix, m.unit);
            d.nextGoal = goal.isMet() ? null : goal;
        } else if (!goal.isMet() && pays) {
            fire(d, Rule.R5, "O-like at the floor, short of " + goal + "; gain " + num(m.gainDelight));
            increase(d, Tier.SHORTFALL, goal, m.gainDelight, m.unit);
        } else {
            fire(d, Rule.R6, goal.isMet() ? "O-like at the floor and at " + goal
                    : "O-like at the floor; short of " + goal + ", but each step returns " + num(slope)
                            + " < hurdle " + num(o.hurdle()));
            d.strategy = Strategy.MAINTAIN;
            d.reducibleMargin = margin(d.floor);
        }
    }

    /** R7 / R8: invest selectively toward the top-box goal when the attribute delights, otherwise reduce. */
    private static void attractive(AllocationDecision.Values d, Measures m, AttributeEvidence e,
            AllocationOptions o) {
        boolean strong = e.better() >= o.betterThreshold() || e.rewardSignificant();
        if (!strong) {
            fire(d, Rule.R8, "A-like with Better " + num(e.better()) + " < " + num(o.betterThreshold())
                    + " and no significant reward");
            d.strategy = Strategy.REDUCE;
            return;
        }
        Optional<Boundary> desired = desired(e);
        Boundary goal = desired.orElse(Boundary.of(Boundary.Metric.SHARE_HIGH, m.hStar, e.shareHigh()));
        fire(d, Rule.R7, "A-like, " + (e.rewardSignificant() ? "reward significant" : "Better " + num(e.better())
                + " >= " + num(o.betterThreshold())) + (desired.isPresent() ? ", " + goal : ", s_H " + num(e.shareHigh())
                + (goal.isMet() ? " >= h* (goal met)" : " vs h* " + num(m.hStar))) + (goal.isMet() ? ""
                : "; gain " + num(m.gainDelight)));
        if (Double.isNaN(goal.current())) {
            noDecision(d, NoDecisionReason.NO_PERFORMANCE_DATA);
        } else if (goal.isMet()) {
            d.strategy = Strategy.MAINTAIN;
        } else {
            increase(d, Tier.DELIGHT, goal, m.gainDelight, m.unit);
        }
    }

    /** The target "mean perception ≥ desired expectation" when a gap survey measured the desired expectation. */
    private static Optional<Boundary> desired(AttributeEvidence e) {
        return Double.isNaN(e.desiredExpectation()) || Double.isNaN(e.perception()) ? Optional.empty()
                : Optional.of(Boundary.of(Boundary.Metric.PERCEPTION_VS_DESIRED, e.desiredExpectation(), e.perception()));
    }

    /**
     * R9: with uncertain evidence no money is committed — except to fix a breached floor that both candidate
     * categories share (M and O both have the floor s_L ≤ τ), which is certain whichever reading is right.
     */
    private static void uncertainty(AllocationDecision.Values d, Basis basis) {
        if (!basis.uncertain() || d.strategy != Strategy.INCREASE) {
            return;
        }
        boolean bothHaveFloor = isFloorCategory(basis.category()) && isFloorCategory(basis.other());
        if (d.tier == Tier.FLOOR && bothHaveFloor) {
            return;
        }
        d.target = null;
        d.expectedGain = Double.NaN;
        noDecision(d, basis.uncertainty());
    }

    private static boolean isFloorCategory(Category c) {
        return c == Category.M || c == Category.O;
    }

    private static void increase(AllocationDecision.Values d, Tier tier, Boundary target, double gain, String unit) {
        d.strategy = Strategy.INCREASE;
        d.tier = tier;
        d.target = target;
        d.expectedGain = gain;
        d.gainUnit = unit;
        d.reason = null;
    }

    private static void noDecision(AllocationDecision.Values d, NoDecisionReason reason) {
        d.strategy = Strategy.NO_DECISION;
        d.tier = null;
        d.reason = reason;
    }

    private static double margin(Boundary floor) {
        double gap = floor.comparator().equals("<=") ? floor.value() - floor.current() : floor.current() - floor.value();
        return Double.isNaN(gap) ? Double.NaN : Math.max(0, gap);
    }

    /** The category the rules apply: the protective one of two when the evidence is mixed, unstable or split. */
    private static Basis basis(AttributeEvidence e, AllocationOptions o) {
        Optional<Category> kano = e.kanoCategory();
        Optional<Category> factor = e.factorType().flatMap(FactorType::kanoAnalogue);
        Category category = kano.orElse(factor.orElse(null));
        Category other = null;
        NoDecisionReason reason = null;
        List<String> why = new ArrayList<>();
        if (kano.isPresent() && e.mixed()) {
            other = e.kanoRunnerUp().orElse(null);
            reason = NoDecisionReason.MIXED_CATEGORY;
            why.add("questionnaire " + e.kanoLabel());
        } else if (kano.isPresent() && e.stability() < o.lowStability()) {
            other = e.kanoRunnerUp().orElse(null);
            reason = NoDecisionReason.UNSTABLE_CATEGORY;
            why.add("stability " + num(e.stability()) + " < " + num(o.lowStability()));
        }
        if (kano.isPresent() && factor.isPresent() && kano.get() != factor.get() && kano.get() != Category.R
                && kano.get() != Category.Q) {
            other = factor.get();
            reason = reason == null ? NoDecisionReason.SURVEYS_DISAGREE : reason;
            why.add("questionnaire " + kano.get().letter() + " vs satisfaction survey " + e.factorType().get());
        }
        if (reason != null && other != null && category != null) {
            category = protective(category, other);
        }
        return new Basis(category, other, reason, why.isEmpty() ? null : String.join("; ", why));
    }

    private static Category protective(Category a, Category b) {
        for (Category c : PROTECTIVE) {
            if (c == a || c == b) {
                return c;
            }
        }
        return a;
    }

    private static void fire(AllocationDecision.Values d, Rule rule, String detail) {
        d.rules.add(new AllocationDecision.RuleFired(rule, detail));
    }

    private static String evidence(AttributeEvidence e) {
        List<String> parts = new ArrayList<>();
        e.kanoCategory().ifPresent(c -> parts.add("Kano " + (e.kanoLabel().isEmpty() ? c.letter() : e.kanoLabel())
                + (Double.isNaN(e.better()) ? "" : " (Better " + num(e.better()) + ", |Worse| " + num(e.absWorse()) + ")")));
        e.factorType().ifPresent(t -> parts.add("factor type " + t + (Double.isNaN(e.ia()) ? ""
                : " (IA " + num(e.ia()) + ", RIOCS " + num(e.riocs()) + ")")));
        if (!Double.isNaN(e.levelOffKnot())) {
            parts.add("levels off above rating " + Boundary.format(e.levelOffKnot()));
        }
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    private static String confidence(AttributeEvidence e) {
        List<String> parts = new ArrayList<>();
        if (e.kanoCategory().isPresent()) {
            parts.add(e.mixed() ? "Fong not significant" : "Fong significant or not needed");
        }
        if (!Double.isNaN(e.stability())) {
            parts.add("stability " + num(e.stability()));
        }
        if (e.factorType().isPresent()) {
            parts.add(e.rewardSignificant() ? "reward significant" : "reward not significant");
        }
        return String.join(", ", parts);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
