package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.ComputedMap;
import io.github.kano4j.internal.TextTable;
import io.github.kano4j.stats.Holm;
import io.github.kano4j.stats.HomogeneityTest;
import io.github.kano4j.stats.ProportionDifference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Differences between segments (or between two survey waves) attribute by attribute (docs/METHODS.md §7.4):
 * each segment's own analysis; per attribute a χ² test of homogeneity of the segment × category table
 * over M, O, A, I (all-zero columns dropped; when an expected count is below 5 a seeded Monte-Carlo p, or from
 * {@link KanoOptions#momentMatchedSegments()} segments on the moment-matched χ² p),
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

        /** Copies the map (a comparison's own read-only view is kept as it is). */
        public SegmentTest {
            Check.notNull(categories, "categories");
            categories = categories instanceof Column ? categories
                    : Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        }
    }

    /**
     * Segment tallies (segment value → tally) that count a segment's categories without building its tally — how a
     * reader holds a file with thousands of segments. {@link #of(String, Map, KanoOptions)} asks a map that is one
     * for the counts of its tests; the analyses of {@link #segments()} still read the tallies.
     */
    public interface CountedSegments {
        /**
         * A segment's category counts under a table, one per attribute of its tally in the tally's order, equal to
         * {@code table.count(tally)} of each; empty when the segment is unknown or the table has another scale.
         */
        Optional<CategoryCounts[]> categoryCounts(String segment, EvaluationTable table);

        /** The attributes of every segment's tally, in order. */
        List<String> attributes();
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

    /**
     * Compares the tallies of several segments (segment value → tally), e.g. from a reader. The segments are those
     * of the map now; each tally is read from the map when the tests are made and when an analysis of
     * {@link #segments()} is read, so a map whose tallies are built when read (a reader's, for a file with thousands
     * of segments) is never held whole. Keep the map unchanged while you use the comparison.
     */
    public static SegmentComparison of(String name, Map<String, KanoTally> segments, KanoOptions options) {
        Check.notNull(name, "name");
        Check.notNull(segments, "segments");
        Check.notNull(options, "options");
        List<String> keys = new ArrayList<>(segments.keySet());
        CountedSegments counted = segments instanceof CountedSegments c ? c : null;
        String[] shared = counted == null ? null : counted.attributes().toArray(new String[0]);
        return build(name, keys, s -> {
            Optional<CategoryCounts[]> direct = counted == null ? Optional.empty()
                    : counted.categoryCounts(keys.get(s), options.table());
            if (direct.isPresent()) {
                return new Counts(shared, direct.get());
            }
            KanoTally t = segments.get(keys.get(s));
            return new Counts(t.attributes().keySet().toArray(new String[0]), KanoAnalysis.countsOf(t, options));
        }, analyses(keys, k -> KanoAnalysis.of(segments.get(k), options)), options);
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
        List<Map<String, CategoryCounts>> list = new ArrayList<>(counts.values());
        return build(name, new ArrayList<>(counts.keySet()), s -> new Counts(
                list.get(s).keySet().toArray(new String[0]), list.get(s).values().toArray(new CategoryCounts[0])),
                analyses(counts.keySet(), k -> KanoAnalysis.ofCounts(counts.get(k), options)), options);
    }

    /** A segment's attributes, in its own order, with their counts. */
    private record Counts(String[] attributes, CategoryCounts[] counts) {
    }

    /**
     * The tests, from each segment's counts (by segment position). Everything per segment is held in arrays indexed
     * by segment and attribute, so thousands of segments cost arrays, not maps.
     */
    private static SegmentComparison build(String name, List<String> segmentNames, IntFunction<Counts> countsOf,
            Map<String, KanoAnalysis> analyses, KanoOptions options) {
        int segmentCount = segmentNames.size();
        // each segment on its own, in parallel: its counts and decided categories (in the segment's order)
        Counts[] own = new Counts[segmentCount];
        @SuppressWarnings("unchecked")
        Optional<Category>[][] ownDecided = new Optional[segmentCount][];
        IntStream.range(0, segmentCount).parallel().forEach(s -> {
            own[s] = countsOf.apply(s);
            ownDecided[s] = KanoAnalysis.categories(own[s].counts(), options);
        });
        List<String> names = attributes(own);
        Map<String, Integer> attributeIndex = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            attributeIndex.put(names.get(i), i);
        }
        // aligned with the attributes: counts (zero where a segment lacks the attribute) and categories (empty)
        CategoryCounts[][] aligned = new CategoryCounts[segmentCount][];
        @SuppressWarnings("unchecked")
        Optional<Category>[][] decided = new Optional[segmentCount][];
        String[] all = names.toArray(new String[0]);
        for (int s = 0; s < segmentCount; s++) {
            if (Arrays.equals(own[s].attributes(), all)) {
                // the segment has every attribute in the common order (the usual case): its arrays are aligned
                aligned[s] = own[s].counts();
                decided[s] = ownDecided[s];
            } else {
                aligned[s] = align(own[s].attributes(), own[s].counts(), attributeIndex, NONE);
                decided[s] = align(own[s].attributes(), ownDecided[s], attributeIndex, Optional.empty());
            }
        }
        Map<String, Integer> segmentIndex = new HashMap<>();
        for (int s = 0; s < segmentCount; s++) {
            segmentIndex.put(segmentNames.get(s), s);
        }
        Set<String> segmentSet = Collections.unmodifiableSet(new LinkedHashSet<>(segmentNames));
        HomogeneityTest[] homogeneity = homogeneity(aligned, names.size(), options);
        double[] p = Arrays.stream(homogeneity).mapToDouble(HomogeneityTest::p).toArray();
        double[] holm = Holm.adjust(p);
        List<SegmentTest> tests = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            @SuppressWarnings("unchecked")
            Optional<Category>[] column = new Optional[segmentCount];
            boolean drift = false;
            for (int s = 0; s < segmentCount; s++) {
                column[s] = decided[s][i];
                drift |= !column[s].equals(column[0]);
            }
            Optional<ProportionDifference> better = Optional.empty();
            Optional<ProportionDifference> worse = Optional.empty();
            if (segmentCount == 2) {
                CategoryCounts c1 = aligned[0][i];
                CategoryCounts c2 = aligned[1][i];
                long d1 = options.denominator() == KanoOptions.Denominator.ALL ? c1.n() : c1.n4();
                long d2 = options.denominator() == KanoOptions.Denominator.ALL ? c2.n() : c2.n4();
                better = Optional.of(ProportionDifference.of(c1.a() + c1.o(), d1, c2.a() + c2.o(), d2,
                        options.confidence()));
                worse = Optional.of(ProportionDifference.of(c1.o() + c1.m(), d1, c2.o() + c2.m(), d2,
                        options.confidence()));
            }
            tests.add(new SegmentTest(names.get(i), new Column(segmentSet, segmentIndex, column), homogeneity[i],
                    holm[i], drift, better, worse));
        }
        return new SegmentComparison(name, analyses, tests, options);
    }

    private static final CategoryCounts NONE = new CategoryCounts(0, 0, 0, 0, 0, 0);

    /** The attributes of all segments in first-seen order; segments usually share one order, checked cheaply. */
    private static List<String> attributes(Counts[] segments) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        String[] previous = null;
        for (Counts c : segments) {
            if (!Arrays.equals(c.attributes(), previous)) {
                for (String attribute : c.attributes()) {
                    if (seen.add(attribute)) {
                        names.add(attribute);
                    }
                }
                previous = c.attributes();
            }
        }
        return names;
    }

    /** A segment's values placed at their attributes' positions, {@code absent} elsewhere. */
    private static <T> T[] align(String[] attributes, T[] values, Map<String, Integer> index, T absent) {
        T[] out = Arrays.copyOf(values, index.size());
        Arrays.fill(out, absent);
        for (int j = 0; j < attributes.length; j++) {
            out[index.get(attributes[j])] = values[j];
        }
        return out;
    }

    /**
     * Each attribute's segment × (M, O, A, I) table tested, attributes in parallel: each test has its own seed, so the
     * results do not depend on the threads.
     */
    private static HomogeneityTest[] homogeneity(CategoryCounts[][] aligned, int attributes, KanoOptions options) {
        HomogeneityTest[] out = new HomogeneityTest[attributes];
        IntStream.range(0, attributes).parallel().forEach(i -> {
            long[][] table = new long[aligned.length][];
            for (int s = 0; s < aligned.length; s++) {
                CategoryCounts c = aligned[s][i];
                table[s] = new long[] {c.m(), c.o(), c.a(), c.i()};
            }
            out[i] = HomogeneityTest.of(table, options.monteCarloReplicates(), options.seed() + i,
                    options.momentMatchedSegments());
        });
        return out;
    }

    /**
     * Segment → analysis, each analysis computed when it is read and not kept, so comparing thousands of segments
     * holds only their tallies.
     */
    private static Map<String, KanoAnalysis> analyses(Collection<String> keys,
            Function<String, KanoAnalysis> analyse) {
        return ComputedMap.of(Collections.unmodifiableSet(new LinkedHashSet<>(keys)), analyse);
    }

    /** One attribute's decided categories by segment: a read-only map over arrays shared by the attributes. */
    private static final class Column extends ComputedMap<String, Optional<Category>> {
        private final Map<String, Integer> index;
        private final Set<String> segments;
        private final Optional<Category>[] values;

        Column(Set<String> segments, Map<String, Integer> index, Optional<Category>[] values) {
            this.segments = segments;
            this.index = index;
            this.values = values;
        }

        @Override
        protected Set<String> keys() {
            return segments;
        }

        @Override
        protected Optional<Category> compute(String segment) {
            return values[index.get(segment)];
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
        List<String> header = new ArrayList<>(List.of(l.message("segmentComparison.attribute")));
        header.addAll(segments.keySet());
        header.addAll(List.of(l.message("segmentComparison.chi"), "df", "p", l.message("segmentComparison.p_holm"),
                l.message("segmentComparison.method"), l.message("segmentComparison.drift")));
        boolean two = segments.size() == 2;
        if (two) {
            header.addAll(List.of(l.message("segmentComparison.d_better_ci"), l.message("segmentComparison.d_worse_ci")));
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
            row.add(s.categoryDrift() ? l.message("segmentComparison.yes") : l.message("segmentComparison.no"));
            if (two) {
                row.add(difference(s.betterDifference()));
                row.add(difference(s.absWorseDifference()));
            }
            t.row(row.toArray());
        }
        return l.message("segmentComparison.segments_by") + name + "\n" + t + l.message("segmentComparison.options")
                + options.provenance() + ", segment test=chi-square "
                + "homogeneity over M,O,A,I (if expected < 5: sequential Monte-Carlo, up to "
                + options.monteCarloReplicates() + " tables, seed " + options.seed() + "; from "
                + options.momentMatchedSegments() + " segments the moment-matched chi-square), Holm; "
                + "differences: Newcombe\n";
    }

    private static String difference(Optional<ProportionDifference> d) {
        return d.map(x -> TextTable.number(x.difference()) + " " + x.interval()).orElse("-");
    }
}
