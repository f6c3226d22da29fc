package io.github.kano4j.allocation;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.satisfaction.FactorType;
import io.github.kano4j.satisfaction.IpaQuadrant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The decision rules R1–R10 of docs/METHODS.md §8.4, evaluated in the order R1, R9, R2, R3–R8, R10; every rule
 * whose condition holds is listed, not only the one that set the strategy.
 */
final class Allocator {
    private static final Category[] PROTECTIVE = {Category.M, Category.O, Category.A, Category.I};

    private Allocator() {
    }

    static AllocationDecision decide(AttributeEvidence e, AllocationOptions o, double impactCentre,
            double performanceCentre) {
        double tau = o.tau();
        double hStar = o.topBoxGoal();
        Optional<Category> kano = e.kanoCategory();
        Optional<Category> factor = e.factorType().flatMap(FactorType::kanoAnalogue);
        List<AllocationDecision.RuleFired> fired = new ArrayList<>();

        // the category the rules apply, and whether the evidence is mixed or unstable
        Category basis = kano.orElse(factor.orElse(null));
        Category other = null;
        String mixedWhy = null;
        boolean unstable = !Double.isNaN(e.stability()) && e.stability() < o.lowStability();
        if (kano.isPresent() && (e.mixed() || unstable)) {
            other = e.kanoRunnerUp().orElse(null);
            mixedWhy = e.mixed() ? "questionnaire " + e.kanoLabel() : "stability " + num(e.stability()) + " < "
                    + num(o.lowStability());
        }
        if (kano.isPresent() && factor.isPresent() && kano.get() != factor.get() && kano.get() != Category.R
                && kano.get() != Category.Q) {
            other = factor.get();
            mixedWhy = (mixedWhy == null ? "" : mixedWhy + "; ") + "questionnaire " + kano.get().letter()
                    + " vs satisfaction survey " + e.factorType().get();
        }
        if (mixedWhy != null && other != null && basis != null) {
            basis = protective(basis, other);
        }
        IpaQuadrant quadrant = e.ipaQuadrant().or(() -> IpaQuadrant.of(e.riocs(), e.mean(), impactCentre,
                performanceCentre)).orElse(null);

        // conditions
        boolean r1 = kano.isPresent() && kano.get() == Category.R;
        boolean r9 = !r1 && mixedWhy != null && other != null;
        boolean r2 = (kano.isPresent() && kano.get() == Category.I)
                || (e.factorType().isPresent() && e.factorType().get() == FactorType.LOW_IMPACT);
        boolean strongA = e.better() >= o.betterThreshold() || e.rewardSignificant();
        boolean r3 = basis == Category.M && e.shareLow() > tau;
        boolean r4 = basis == Category.M && e.shareLow() <= tau;
        boolean hasBenchmark = !Double.isNaN(e.benchmark());
        boolean oAtGoal = hasBenchmark ? e.mean() >= e.benchmark() : e.shareLow() <= tau && e.shareHigh() >= hStar;
        boolean r5 = basis == Category.O && !Double.isNaN(e.mean() + e.shareLow()) && !oAtGoal;
        boolean r6 = basis == Category.O && !Double.isNaN(e.mean() + e.shareLow()) && oAtGoal;
        boolean r7 = basis == Category.A && strongA;
        boolean r8 = basis == Category.A && !strongA;
        boolean r10 = quadrant == IpaQuadrant.POSSIBLE_OVERKILL && basis != Category.M;

        double pen = Math.abs(e.penalty());
        double gainFix = !Double.isNaN(e.penalty()) ? pen * Math.max(0, e.shareLow() - tau) : e.absWorse() * e.shareLow();
        double gainDelight = !Double.isNaN(e.reward()) ? Math.max(0, e.reward()) * Math.max(0, hStar - e.shareHigh())
                : e.better() * (1 - e.shareHigh());
        double upside = Math.max(0, e.reward()) * (1 - e.shareLow() - e.shareHigh());

        if (r1) {
            fired.add(rule("R1", "category R: customers prefer it absent"));
        }
        if (r9) {
            fired.add(rule("R9", mixedWhy + "; protective category " + basis.letter()));
        }
        if (r2) {
            fired.add(rule("R2", kano.filter(c -> c == Category.I).isPresent() ? "category I" : "factor type LOW_IMPACT"
                    + (Double.isNaN(e.riocs()) ? "" : " (RIOCS " + num(e.riocs()) + ")")));
        }
        if (r3) {
            fired.add(rule("R3", "M-like, s_L " + num(e.shareLow()) + " > tau " + num(tau) + "; gain "
                    + (Double.isNaN(e.penalty()) ? "|Worse| " + num(e.absWorse()) + " x s_L" : "|pen| " + num(pen)
                    + " x " + num(Math.max(0, e.shareLow() - tau))) + " = " + num(gainFix)));
        }
        if (r4) {
            fired.add(rule("R4", "M-like, s_L " + num(e.shareLow()) + " <= tau " + num(tau) + "; margin "
                    + num(tau - e.shareLow())));
        }
        if (r5) {
            fired.add(rule("R5", "O-like, " + (hasBenchmark ? "mean " + num(e.mean()) + " < benchmark "
                    + num(e.benchmark()) : "s_L " + num(e.shareLow()) + ", s_H " + num(e.shareHigh())
                    + " short of tau/h*") + "; gain " + num(hasBenchmark ? gainFix : gainFix + gainDelight)));
        }
        if (r6) {
            fired.add(rule("R6", "O-like, " + (hasBenchmark ? "mean " + num(e.mean()) + " >= benchmark "
                    + num(e.benchmark()) : "s_L <= tau and s_H >= h*")));
        }
        if (r7) {
            fired.add(rule("R7", "A-like, " + (e.rewardSignificant() ? "reward significant" : "Better "
                    + num(e.better()) + " >= " + num(o.betterThreshold())) + ", s_H " + num(e.shareHigh())
                    + (e.shareHigh() >= hStar ? " >= h* (goal met)" : " vs h* " + num(hStar) + "; gain "
                    + num(gainDelight))));
        }
        if (r8) {
            fired.add(rule("R8", "A-like with Better " + num(e.better()) + " < " + num(o.betterThreshold())
                    + " and no significant reward"));
        }
        if (r10) {
            fired.add(rule("R10", "possible overkill: RIOCS " + num(e.riocs()) + " < " + num(impactCentre)
                    + ", mean " + num(e.mean()) + " >= " + num(performanceCentre)));
        }

        Strategy strategy;
        Boundary floor = null;
        Boundary target = null;
        Boundary ceiling = null;
        double margin = Double.NaN;
        double gain = Double.NaN;
        Boundary lowFloor = new Boundary(Boundary.Metric.SHARE_LOW, tau);
        if (r1) {
            strategy = Strategy.REMOVE;
        } else if (basis == null) {
            strategy = Strategy.NO_DECISION;
        } else if (r2 && !r9) {
            strategy = Strategy.REDUCE;
        } else {
            switch (basis) {
                case M -> {
                    floor = lowFloor;
                    ceiling = lowFloor;
                    if (Double.isNaN(e.shareLow())) {
                        strategy = Strategy.NO_DECISION;
                    } else if (r3) {
                        strategy = Strategy.INCREASE;
                        target = lowFloor;
                        gain = gainFix;
                    } else {
                        strategy = Strategy.MAINTAIN;
                        margin = tau - e.shareLow();
                    }
                }
                case O -> {
                    floor = hasBenchmark && r6 ? new Boundary(Boundary.Metric.MEAN, e.benchmark()) : lowFloor;
                    if (o.hurdle() > 0 && !Double.isNaN(e.better())) {
                        double x = new KanoCurve(Category.O, e.better(), -e.absWorse()).stoppingPoint(o.hurdle());
                        ceiling = new Boundary(Boundary.Metric.FULFILMENT, x);
                    }
                    if (r5) {
                        strategy = Strategy.INCREASE;
                        target = hasBenchmark ? new Boundary(Boundary.Metric.MEAN, e.benchmark())
                                : new Boundary(Boundary.Metric.SHARE_HIGH, hStar);
                        gain = hasBenchmark ? gainFix : gainFix + gainDelight;
                    } else if (r6) {
                        strategy = Strategy.MAINTAIN;
                        margin = hasBenchmark ? e.mean() - e.benchmark() : tau - e.shareLow();
                    } else {
                        strategy = Strategy.NO_DECISION;
                    }
                }
                case A -> {
                    if (r7 && !(e.shareHigh() >= hStar)) {
                        strategy = Strategy.INCREASE;
                        target = new Boundary(Boundary.Metric.SHARE_HIGH, hStar);
                        gain = gainDelight;
                    } else if (r7) {
                        strategy = Strategy.MAINTAIN;
                    } else {
                        strategy = Strategy.REDUCE;
                    }
                }
                case Q -> strategy = Strategy.NO_DECISION;
                default -> strategy = Strategy.REDUCE;
            }
            if (r9 && strategy == Strategy.INCREASE) {
                strategy = Strategy.NO_DECISION;
                target = null;
                gain = Double.NaN;
            }
        }
        if (r10 && (strategy == Strategy.MAINTAIN || (strategy == Strategy.NO_DECISION && !r9 && basis != null
                && basis != Category.Q))) {
            strategy = Strategy.REDUCE;
        }
        if (strategy == Strategy.REDUCE && r10 && floor != null && Double.isNaN(margin)) {
            margin = floor.metric() == Boundary.Metric.MEAN ? e.mean() - floor.value() : tau - e.shareLow();
        }
        String evidence = evidence(e);
        String confidence = confidence(e);
        AllocationDecision d = new AllocationDecision(e.attribute(), strategy, evidence, Optional.ofNullable(basis),
                confidence, e.mean(), e.shareLow(), e.shareHigh(), Optional.ofNullable(floor),
                Optional.ofNullable(target), Optional.ofNullable(ceiling), margin, gain, upside, 0, fired, "",
                o.measuredAt());
        return withSentence(d, e, o, r10, mixedWhy);
    }

    private static Category protective(Category a, Category b) {
        for (Category c : PROTECTIVE) {
            if (c == a || c == b) {
                return c;
            }
        }
        return a;
    }

    private static AllocationDecision.RuleFired rule(String id, String detail) {
        return new AllocationDecision.RuleFired(id, detail);
    }

    private static String evidence(AttributeEvidence e) {
        List<String> parts = new ArrayList<>();
        e.kanoCategory().ifPresent(c -> parts.add("Kano " + (e.kanoLabel().isEmpty() ? c.letter() : e.kanoLabel())
                + (Double.isNaN(e.better()) ? "" : " (Better " + num(e.better()) + ", |Worse| " + num(e.absWorse()) + ")")));
        e.factorType().ifPresent(t -> parts.add("factor type " + t + (Double.isNaN(e.ia()) ? ""
                : " (IA " + num(e.ia()) + ", RIOCS " + num(e.riocs()) + ")")));
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

    private static AllocationDecision withSentence(AllocationDecision d, AttributeEvidence e, AllocationOptions o,
            boolean overkill, String mixedWhy) {
        String s = o.language() == Language.ZH_HANS ? Sentences.chinese(d, e, o, overkill, mixedWhy)
                : Sentences.english(d, e, o, overkill, mixedWhy);
        return new AllocationDecision(d.attribute(), d.strategy(), d.evidence(), d.basis(), d.confidence(), d.mean(),
                d.shareLow(), d.shareHigh(), d.floor(), d.target(), d.ceiling(), d.reducibleMargin(), d.expectedGain(),
                d.upside(), d.priority(), d.rules(), s, d.measuredAt());
    }
}
