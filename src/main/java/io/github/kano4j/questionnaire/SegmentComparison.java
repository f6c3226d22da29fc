package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Holm;
import io.github.kano4j.stats.HomogeneityTest;
import io.github.kano4j.stats.ProportionDifference;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Differences between segments (or between two survey waves) attribute by attribute (docs/METHODS.md §7.4):
 * each segment's own analysis; per attribute a χ² test of homogeneity of the segment × category table
 * over M, O, A, I (all-zero columns dropped; a seeded Monte-Carlo p when an expected count is below 5),
 * Holm-adjusted across attributes; whether the decided category differs between segments (category
 * drift); and with exactly two segments the differences in Better and in |Worse| with the pooled
 * two-proportion z-test and Newcombe's (1998) hybrid-score interval.
 */
public final class SegmentComparison {

    /**
     * One attribute across segments.
     *
     * @param attribute          the attribute
     * @param categories         the decided category per segment (empty when unclassified)
     * @param homogeneity        the χ² homogeneity test over M, O, A, I
     * @param holmP              its Holm-adjusted p-value across attributes
     * @param categoryDrift      whether the decided categories differ between segments
     * @param betterDifference   Better of the first segment minus the second (two segments only)
     * @param absWorseDifference |Worse| of the first segment minus the second (two segments only)
     */
    public record SegmentTest(String attribute, Map<String, Optional<Category>> categories,
            HomogeneityTest homogeneity, double holmP, boolean categoryDrift,
            Optional<ProportionDifference> betterDifference, Optional<ProportionDifference> absWorseDifference) {

        /** Copies the map. */
        public SegmentTest {
            categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        }
    }

    private final String name;
    private final Map<String, KanoAnalysis> segments;
    private final List<SegmentTest> tests;
    private final KanoOptions options;

    private SegmentComparison(String name, Map<String, KanoAnalysis> segments, List<SegmentTest> tests,
            KanoOptions options) {
        this.name = name;
        this.segments = segments;
        this.tests = List.copyOf(tests);
        this.options = options;
    }

    /** Compares the tallies of several segments (segment value → tally), e.g. from a reader. */
    public static SegmentComparison of(String name, Map<String, KanoTally> segments, KanoOptions options) {
        Check.notNull(name, "name");
        Check.notNull(segments, "segments");
        Check.notNull(options, "options");
        Map<String, KanoTally> tallies = new LinkedHashMap<>(segments);
        Map<String, Map<String, CategoryCounts>> counts = new LinkedHashMap<>();
        tallies.forEach((k, v) -> counts.put(k, KanoAnalysis.countsOf(v, options)));
        return build(name, counts, new Analyses(tallies.keySet(), k -> KanoAnalysis.of(tallies.get(k), options)),
                options);
    }

    /** Compares two survey waves: the same operation as two segments, reporting category drift. */
    public static SegmentComparison ofWaves(String first, KanoTally a, String second, KanoTally b, KanoOptions options) {
        Check.notNull(first, "first");
        Check.notNull(a, "a");
        Check.notNull(second, "second");
        Check.notNull(b, "b");
        Map<String, KanoTally> m = new LinkedHashMap<>();
        m.put(first, a);
        m.put(second, b);
        return of("wave", m, options);
    }

    /** Compares pre-aggregated category counts: segment → attribute → counts. */
    public static SegmentComparison ofCounts(String name, Map<String, Map<String, CategoryCounts>> segments,
            KanoOptions options) {
        Check.notNull(name, "name");
        Check.notNull(segments, "segments");
        Check.notNull(options, "options");
        Map<String, Map<String, CategoryCounts>> counts = new LinkedHashMap<>();
        segments.forEach((k, v) -> counts.put(k, new LinkedHashMap<>(v)));
        return build(name, counts, new Analyses(counts.keySet(), k -> KanoAnalysis.ofCounts(counts.get(k), options)),
                options);
    }

    private static SegmentComparison build(String name, Map<String, Map<String, CategoryCounts>> counts,
            Map<String, KanoAnalysis> analyses, KanoOptions options) {
        Set<String> attributes = new LinkedHashSet<>();
        counts.values().forEach(c -> attributes.addAll(c.keySet()));
        List<String> names = new ArrayList<>(attributes);
        List<String> segmentNames = new ArrayList<>(counts.keySet());
        Map<String, Map<String, Optional<Category>>> decided = new LinkedHashMap<>();
        counts.forEach((segment, c) -> decided.put(segment, KanoAnalysis.categories(c, options)));
        HomogeneityTest[] homogeneity = new HomogeneityTest[names.size()];
        long[][][] tables = new long[names.size()][][];
        List<Map<String, Optional<Category>>> categories = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String attribute = names.get(i);
            long[][] table = new long[segmentNames.size()][];
            Map<String, Optional<Category>> cats = new LinkedHashMap<>();
            for (int s = 0; s < segmentNames.size(); s++) {
                String segment = segmentNames.get(s);
                CategoryCounts c = counts(counts.get(segment), attribute);
                table[s] = new long[] {c.m(), c.o(), c.a(), c.i()};
                cats.put(segment, decided.get(segment).getOrDefault(attribute, Optional.empty()));
            }
            tables[i] = table;
            categories.add(cats);
        }
        // attributes in parallel: each test has its own seed, so the results do not depend on the threads
        IntStream.range(0, names.size()).parallel().forEach(i -> homogeneity[i] = HomogeneityTest.of(tables[i],
                options.monteCarloReplicates(), options.seed() + i));
        double[] p = Arrays.stream(homogeneity).mapToDouble(HomogeneityTest::p).toArray();
        double[] holm = Holm.adjust(p);
        List<SegmentTest> tests = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String attribute = names.get(i);
            Map<String, Optional<Category>> cats = categories.get(i);
            boolean drift = cats.values().stream().distinct().count() > 1;
            Optional<ProportionDifference> better = Optional.empty();
            Optional<ProportionDifference> worse = Optional.empty();
            if (segmentNames.size() == 2) {
                CategoryCounts c1 = counts(counts.get(segmentNames.get(0)), attribute);
                CategoryCounts c2 = counts(counts.get(segmentNames.get(1)), attribute);
                long d1 = options.denominator() == KanoOptions.Denominator.ALL ? c1.n() : c1.n4();
                long d2 = options.denominator() == KanoOptions.Denominator.ALL ? c2.n() : c2.n4();
                better = Optional.of(ProportionDifference.of(c1.a() + c1.o(), d1, c2.a() + c2.o(), d2,
                        options.confidence()));
                worse = Optional.of(ProportionDifference.of(c1.o() + c1.m(), d1, c2.o() + c2.m(), d2,
                        options.confidence()));
            }
            tests.add(new SegmentTest(attribute, cats, homogeneity[i], holm[i], drift, better, worse));
        }
        return new SegmentComparison(name, analyses, tests, options);
    }

    private static CategoryCounts counts(Map<String, CategoryCounts> segment, String attribute) {
        return segment.getOrDefault(attribute, new CategoryCounts(0, 0, 0, 0, 0, 0));
    }

    /**
     * Segment → analysis, each analysis computed when it is read and not kept, so comparing thousands of segments
     * holds only their tallies.
     */
    private static final class Analyses extends AbstractMap<String, KanoAnalysis> {
        private final Set<String> keys;
        private final Function<String, KanoAnalysis> analyse;

        Analyses(Set<String> keys, Function<String, KanoAnalysis> analyse) {
            this.keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
            this.analyse = analyse;
        }

        @Override
        public Set<Map.Entry<String, KanoAnalysis>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, KanoAnalysis>> iterator() {
                    Iterator<String> it = keys.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Map.Entry<String, KanoAnalysis> next() {
                            String key = it.next();
                            return new AbstractMap.SimpleImmutableEntry<>(key, analyse.apply(key));
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.size();
                }
            };
        }

        @Override
        public Set<String> keySet() {
            return keys;
        }

        @Override
        public boolean containsKey(Object key) {
            return keys.contains(key);
        }

        @Override
        public KanoAnalysis get(Object key) {
            return key instanceof String k && keys.contains(k) ? analyse.apply(k) : null;
        }
    }

    /** The segment column (or "wave"). */
    public String name() {
        return name;
    }

    /**
     * Each segment's analysis, in first-seen order. The map is a view: each analysis is computed when it is read
     * (and not kept), so a comparison of thousands of segments stays small; keep the values you need.
     */
    public Map<String, KanoAnalysis> segments() {
        return segments;
    }

    /** One test per attribute. */
    public List<SegmentTest> tests() {
        return tests;
    }

    /** The test of one attribute. */
    public Optional<SegmentTest> test(String attribute) {
        return tests.stream().filter(t -> t.attribute().equals(attribute)).findFirst();
    }

    /** The options used. */
    public KanoOptions options() {
        return options;
    }

    /** A table: categories per segment, χ², df, p, Holm p, drift and (for two segments) the differences. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /** The table of {@link #toString()} in a language (headings, drift and footer labels). */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        List<String> header = new ArrayList<>(List.of(l.text("attribute", "属性")));
        header.addAll(segments.keySet());
        header.addAll(List.of(l.text("chi2", "卡方"), "df", "p", l.text("p (Holm)", "p (Holm 校正)"),
                l.text("method", "方法"), l.text("drift", "类别变化")));
        boolean two = segments.size() == 2;
        if (two) {
            header.addAll(List.of(l.text("d Better [CI]", "满意系数差 [CI]"), l.text("d |Worse| [CI]", "|不满意系数|差 [CI]")));
        }
        TextTable t = new TextTable(header.toArray(new String[0])).alignLeft(0);
        for (SegmentTest s : tests) {
            List<Object> row = new ArrayList<>();
            row.add(s.attribute());
            s.categories().values().forEach(c -> row.add(c.map(Category::letter).orElse("-")));
            row.add(TextTable.number(s.homogeneity().statistic()));
            row.add(s.homogeneity().df());
            row.add(TextTable.number(s.homogeneity().p()));
            row.add(TextTable.number(s.holmP()));
            row.add(s.homogeneity().method());
            row.add(s.categoryDrift() ? l.text("yes", "是") : l.text("no", "否"));
            if (two) {
                row.add(difference(s.betterDifference()));
                row.add(difference(s.absWorseDifference()));
            }
            t.row(row.toArray());
        }
        return l.text("Segments by ", "按细分比较：") + name + "\n" + t + l.text("options: ", "选项：")
                + options.provenance() + ", segment test=chi-square "
                + "homogeneity over M,O,A,I (sequential Monte-Carlo, up to " + options.monteCarloReplicates()
                + " tables, if expected < 5, seed "
                + options.seed() + "), Holm; differences: Newcombe\n";
    }

    private static String difference(Optional<ProportionDifference> d) {
        return d.map(x -> TextTable.number(x.difference()) + " " + x.interval()).orElse("-");
    }
}
