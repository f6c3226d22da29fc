package io.github.kano4j.satisfaction;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Holm;

import org.apache.commons.math3.special.Gamma;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Satisfaction surveys by segment (site, outsourcer, agent team, customer tier) or wave (docs/METHODS.md §7.4): one
 * penalty–reward analysis per segment and, per attribute, a test of whether its penalty and reward differ between
 * segments — the heterogeneity statistic of independent estimates, {@code Q = Σ_k (β_k − β̄)²/se_k²} with
 * {@code β̄} their inverse-variance weighted mean, summed over penalty and reward, χ² with {@code (K_pen − 1) +
 * (K_rew − 1)} degrees of freedom (segments whose coefficient is not estimable left out) — Holm-adjusted across
 * attributes, and whether the factor type differs between segments.
 */
public final class SatisfactionComparison {

    /**
     * One attribute across segments.
     *
     * @param attribute  the attribute
     * @param types      the factor type per segment
     * @param penalties  the penalty per segment
     * @param rewards    the reward per segment
     * @param chiSquare  the heterogeneity statistic over penalty and reward
     * @param df         its degrees of freedom
     * @param p          its p-value (NaN when fewer than two segments estimate a coefficient)
     * @param holmP      the Holm-adjusted p-value across attributes
     * @param typeDrift  whether the factor type differs between segments
     */
    public record AttributeTest(String attribute, Map<String, FactorType> types, Map<String, Coefficient> penalties,
            Map<String, Coefficient> rewards, double chiSquare, int df, double p, double holmP, boolean typeDrift) {
        /** Copies the maps. */
        public AttributeTest {
            Check.notNull(attribute, "attribute");
            types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
            penalties = Collections.unmodifiableMap(new LinkedHashMap<>(penalties));
            rewards = Collections.unmodifiableMap(new LinkedHashMap<>(rewards));
        }
    }

    private final String column;
    private final Map<String, SatisfactionAnalysis> segments;
    private final List<AttributeTest> tests;

    private SatisfactionComparison(String column, Map<String, SatisfactionAnalysis> segments,
            List<AttributeTest> tests) {
        this.column = column;
        this.segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        this.tests = List.copyOf(tests);
    }

    /** Analyses each segment's survey and compares them attribute by attribute. */
    public static SatisfactionComparison of(String column, Map<String, SatisfactionSurvey> segments,
            SatisfactionOptions options) {
        Check.notNull(column, "column");
        Check.notNull(segments, "segments");
        Check.notNull(options, "options");
        Map<String, SatisfactionAnalysis> analyses = new LinkedHashMap<>();
        segments.forEach((k, v) -> analyses.put(k, SatisfactionAnalysis.of(Check.notNull(v, "segment survey"),
                options)));
        Set<String> attributes = new LinkedHashSet<>();
        analyses.values().forEach(a -> a.results().forEach(r -> attributes.add(r.attribute())));
        List<String> names = new ArrayList<>(attributes);
        double[][] stats = new double[names.size()][];
        List<Map<String, FactorResult>> byAttribute = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, FactorResult> results = new LinkedHashMap<>();
            for (Map.Entry<String, SatisfactionAnalysis> e : analyses.entrySet()) {
                e.getValue().result(names.get(i)).ifPresent(r -> results.put(e.getKey(), r));
            }
            byAttribute.add(results);
            List<Coefficient> pen = results.values().stream().map(FactorResult::penalty).toList();
            List<Coefficient> rew = results.values().stream().map(FactorResult::reward).toList();
            double[] qp = heterogeneity(pen);
            double[] qr = heterogeneity(rew);
            double chi = qp[0] + qr[0];
            int df = (int) (qp[1] + qr[1]);
            stats[i] = new double[] {chi, df, df > 0 ? Gamma.regularizedGammaQ(df / 2.0, chi / 2) : Double.NaN};
        }
        double[] p = new double[names.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = stats[i][2];
        }
        double[] holm = Holm.adjust(p);
        List<AttributeTest> tests = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, FactorType> types = new LinkedHashMap<>();
            Map<String, Coefficient> pen = new LinkedHashMap<>();
            Map<String, Coefficient> rew = new LinkedHashMap<>();
            byAttribute.get(i).forEach((segment, r) -> {
                types.put(segment, r.factorType());
                pen.put(segment, r.penalty());
                rew.put(segment, r.reward());
            });
            boolean drift = types.values().stream().distinct().count() > 1;
            double chi = Double.isNaN(stats[i][2]) ? Double.NaN : stats[i][0];
            tests.add(new AttributeTest(names.get(i), types, pen, rew, chi, (int) stats[i][1], stats[i][2], holm[i],
                    drift));
        }
        return new SatisfactionComparison(column, analyses, tests);
    }

    /** Compares two survey waves: the same test as two segments, reporting type drift between the waves. */
    public static SatisfactionComparison ofWaves(String first, SatisfactionSurvey a, String second,
            SatisfactionSurvey b, SatisfactionOptions options) {
        Check.notNull(first, "first");
        Check.notNull(a, "a");
        Check.notNull(second, "second");
        Check.notNull(b, "b");
        Map<String, SatisfactionSurvey> waves = new LinkedHashMap<>();
        waves.put(first, a);
        waves.put(second, b);
        return of("wave", waves, options);
    }

    /** {Q, number of estimable segments − 1} of coefficients, or {0, 0} with fewer than two. */
    static double[] heterogeneityOf(List<Coefficient> coefficients) {
        return heterogeneity(coefficients);
    }

    private static double[] heterogeneity(List<Coefficient> coefficients) {
        double sw = 0;
        double swb = 0;
        int k = 0;
        for (Coefficient c : coefficients) {
            if (usable(c)) {
                double w = 1 / (c.se() * c.se());
                sw += w;
                swb += w * c.estimate();
                k++;
            }
        }
        if (k < 2) {
            return new double[] {0, 0};
        }
        double mean = swb / sw;
        double q = 0;
        for (Coefficient c : coefficients) {
            if (usable(c)) {
                double d = c.estimate() - mean;
                q += d * d / (c.se() * c.se());
            }
        }
        return new double[] {q, k - 1};
    }

    private static boolean usable(Coefficient c) {
        return Double.isFinite(c.estimate()) && Double.isFinite(c.se()) && c.se() > 0;
    }

    /** The segment column (or "wave"). */
    public String column() {
        return column;
    }

    /** Each segment's analysis, in first-seen order. */
    public Map<String, SatisfactionAnalysis> segments() {
        return segments;
    }

    /** One test per attribute. */
    public List<AttributeTest> tests() {
        return tests;
    }

    /** The test of one attribute. */
    public Optional<AttributeTest> test(String attribute) {
        return tests.stream().filter(t -> t.attribute().equals(attribute)).findFirst();
    }

    /** A table: the factor type per segment, the heterogeneity χ², df, p, Holm p and whether the type drifts. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /** The table of {@link #toString()} in a language (headings, factor types, footer). */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        List<String> header = new ArrayList<>(List.of(l.message("satisfactionComparison.attribute")));
        header.addAll(segments.keySet());
        header.addAll(List.of(l.message("satisfactionComparison.chi"), "df", "p", l.message("satisfactionComparison.p_holm"),
                l.message("satisfactionComparison.type_drift")));
        TextTable t = new TextTable(header.toArray(new String[0])).alignLeft(0);
        for (AttributeTest a : tests) {
            List<Object> row = new ArrayList<>();
            row.add(a.attribute());
            for (String segment : segments.keySet()) {
                FactorType type = a.types().get(segment);
                row.add(type == null ? "-" : type.displayName(l));
            }
            row.add(TextTable.number(a.chiSquare()));
            row.add(a.df());
            row.add(TextTable.number(a.p()));
            row.add(TextTable.number(a.holmP()));
            row.add(a.typeDrift() ? l.message("satisfactionComparison.yes") : l.message("satisfactionComparison.no"));
            t.row(row.toArray());
        }
        return l.message("satisfactionComparison.satisfaction_by") + column + l.message("satisfactionComparison.do_penalty_and_reward_differ") + "\n" + t + l.message("satisfactionComparison.test_heterogeneity_of_the_segments") + "\n";
    }
}
