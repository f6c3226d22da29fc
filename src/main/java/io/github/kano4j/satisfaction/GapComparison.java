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
 * Expectation–perception gaps by segment (site, outsourcer, wave): each segment's {@link GapAnalysis}, and per
 * attribute a test of whether its mean gap differs between segments — Cochran's heterogeneity statistic
 * {@code Q = Σ w_s (Ḡ_s − Ḡ_w)²}, {@code w_s = 1/SE_s²}, {@code Ḡ_w = Σ w_s Ḡ_s / Σ w_s}, against χ² with (segments − 1)
 * degrees of freedom, segments independent — with Holm's adjustment across attributes (docs/METHODS.md §6.9).
 * Segments whose gap has no standard error (fewer than two respondents) are left out of the test.
 */
public final class GapComparison {

    /**
     * One attribute's comparison.
     *
     * @param attribute the attribute
     * @param gaps      the mean gap by segment (NaN where a segment has none)
     * @param chiSquare Cochran's Q (NaN with fewer than two segments with a standard error)
     * @param df        its degrees of freedom
     * @param p         the p-value
     * @param holmP     the Holm-adjusted p-value across attributes
     */
    public record AttributeTest(String attribute, Map<String, Double> gaps, double chiSquare, int df, double p,
            double holmP) {
        /** Copies the map. */
        public AttributeTest {
            Check.notNull(attribute, "attribute");
            gaps = Collections.unmodifiableMap(new LinkedHashMap<>(gaps));
        }
    }

    private final String column;
    private final Map<String, GapAnalysis> segments;
    private final List<AttributeTest> tests;

    private GapComparison(String column, Map<String, GapAnalysis> segments, List<AttributeTest> tests) {
        this.column = column;
        this.segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        this.tests = List.copyOf(tests);
    }

    /** Compares the segments' gaps attribute by attribute. */
    public static GapComparison of(String column, Map<String, GapAnalysis> segments) {
        Check.notNull(column, "column");
        Check.notNull(segments, "segments");
        Set<String> attributes = new LinkedHashSet<>();
        segments.values().forEach(g -> Check.notNull(g, "segment gaps").results()
                .forEach(r -> attributes.add(r.attribute())));
        List<String> names = new ArrayList<>(attributes);
        double[][] stats = new double[names.size()][];
        List<Map<String, Double>> gaps = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, Double> bySegment = new LinkedHashMap<>();
            double sw = 0;
            double swg = 0;
            List<double[]> usable = new ArrayList<>();
            for (Map.Entry<String, GapAnalysis> e : segments.entrySet()) {
                Optional<GapAnalysis.GapResult> r = e.getValue().result(names.get(i));
                bySegment.put(e.getKey(), r.map(GapAnalysis.GapResult::gap).orElse(Double.NaN));
                if (r.isPresent() && r.get().gapSe() > 0 && !Double.isNaN(r.get().gap())) {
                    double w = 1 / (r.get().gapSe() * r.get().gapSe());
                    usable.add(new double[] {r.get().gap(), w});
                    sw += w;
                    swg += w * r.get().gap();
                }
            }
            gaps.add(bySegment);
            int df = usable.size() - 1;
            if (df < 1) {
                stats[i] = new double[] {Double.NaN, Math.max(0, df), Double.NaN};
                continue;
            }
            double pooled = swg / sw;
            double q = 0;
            for (double[] u : usable) {
                q += u[1] * (u[0] - pooled) * (u[0] - pooled);
            }
            stats[i] = new double[] {q, df, Gamma.regularizedGammaQ(df / 2.0, q / 2)};
        }
        double[] p = new double[names.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = stats[i][2];
        }
        double[] holm = Holm.adjust(p);
        List<AttributeTest> tests = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            tests.add(new AttributeTest(names.get(i), gaps.get(i), stats[i][0], (int) stats[i][1], stats[i][2],
                    holm[i]));
        }
        return new GapComparison(column, segments, tests);
    }

    /** The segment column. */
    public String column() {
        return column;
    }

    /** Each segment's gaps, in first-seen order. */
    public Map<String, GapAnalysis> segments() {
        return segments;
    }

    /** One test per attribute, in first-seen order. */
    public List<AttributeTest> tests() {
        return tests;
    }

    /** A table: the mean gap per segment, Q, df, p and Holm p; {@link #text(Language)} in English. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /** The table of {@link #toString()} in a language. */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        List<String> header = new ArrayList<>(List.of(l.message("gapComparison.attribute")));
        header.addAll(segments.keySet());
        header.addAll(List.of("Q", "df", "p", l.message("gapComparison.p_holm")));
        TextTable t = new TextTable(header.toArray(new String[0])).alignLeft(0);
        for (AttributeTest a : tests) {
            List<Object> row = new ArrayList<>();
            row.add(a.attribute());
            a.gaps().values().forEach(g -> row.add(TextTable.number(g)));
            row.add(TextTable.number(a.chiSquare()));
            row.add(a.df());
            row.add(TextTable.number(a.p()));
            row.add(TextTable.number(a.holmP()));
            t.row(row.toArray());
        }
        return l.message("gapComparison.gaps_by") + column + l.message("gapComparison.does_the_mean_gap_differ") + "\n" + t + l.message("gapComparison.test_cochran_s_q_of") + "\n";
    }
}
