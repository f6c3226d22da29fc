package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;
import io.github.kano4j.IngestReport;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Groups;
import io.github.kano4j.internal.TextTable;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The Kano analysis of a survey: one {@link KanoResult} per attribute (in survey order), the options that
 * produced them, the quadrant thresholds actually used and, when read from a file, the ingest report.
 *
 * <p>{@code toString()} prints an aligned table with a provenance footer; {@code Report.csv(analysis)} in the
 * {@code report} package gives the tidy CSV, {@code Report.html(analysis)} a page with charts.
 */
public final class KanoAnalysis {
    private final List<KanoResult> results;
    private final KanoOptions options;
    private final double betterThreshold;
    private final double worseThreshold;
    private final IngestReport ingest;
    private final double importanceSplit;
    private final Map<String, String> groups;

    private KanoAnalysis(List<KanoResult> results, KanoOptions options, double betterThreshold, double worseThreshold,
            IngestReport ingest, double importanceSplit, Map<String, String> groups) {
        this.importanceSplit = importanceSplit;
        this.groups = groups;
        this.results = List.copyOf(results);
        this.options = options;
        this.betterThreshold = betterThreshold;
        this.worseThreshold = worseThreshold;
        this.ingest = ingest;
    }

    /**
     * Analyses every attribute of a tally built in code (or merged from parts).
     *
     * @throws IllegalArgumentException if the tally holds answer levels the table does not have
     */
    public static KanoAnalysis of(KanoTally tally, KanoOptions options) {
        Check.notNull(tally, "tally");
        Check.notNull(options, "options");
        return build(counts(tally, options), tally.attributes(), options, null);
    }

    /**
     * Analyses every attribute of a tally read by a reader, keeping its ingest report.
     *
     * @throws IllegalArgumentException if the tally holds answer levels the table does not have
     */
    public static KanoAnalysis of(KanoTally tally, KanoOptions options, IngestReport ingest) {
        Check.notNull(tally, "tally");
        Check.notNull(options, "options");
        Check.notNull(ingest, "ingest");
        return build(counts(tally, options), tally.attributes(), options, ingest);
    }

    private static Map<String, CategoryCounts> counts(KanoTally tally, KanoOptions options) {
        Map<String, CategoryCounts> counts = new LinkedHashMap<>();
        checkLevels(tally, options);
        tally.attributes().forEach((name, t) -> counts.put(name, options.table().count(t)));
        return counts;
    }

    private static void checkLevels(KanoTally tally, KanoOptions options) {
        if (tally.answerLevels() != options.table().levels()) { // the message is built only when needed
            throw new IllegalArgumentException("The tally counts " + tally.answerLevels() + "-level answers, but the "
                    + "table " + options.table().name() + " has " + options.table().levels() + " levels; analyse "
                    + "with a table of the scale it was read with");
        }
    }

    /** Analyses pre-aggregated category counts (no continuous analysis: it needs answer pairs). */
    public static KanoAnalysis ofCounts(Map<String, CategoryCounts> counts, KanoOptions options) {
        Check.notNull(counts, "counts");
        Check.notNull(options, "options");
        return build(new LinkedHashMap<>(counts), Map.of(), options, null);
    }

    /** Analyses pre-aggregated category counts read by a reader, keeping its ingest report. */
    public static KanoAnalysis ofCounts(Map<String, CategoryCounts> counts, KanoOptions options, IngestReport ingest) {
        Check.notNull(counts, "counts");
        Check.notNull(options, "options");
        Check.notNull(ingest, "ingest");
        return build(new LinkedHashMap<>(counts), Map.of(), options, ingest);
    }

    private static KanoAnalysis build(Map<String, CategoryCounts> counts, Map<String, AttributeTally> tallies,
            KanoOptions options, IngestReport ingest) {
        // respondent weights: the count-based steps (thresholds at the means, bootstrap, decisions, tests) use each
        // weighted attribute's effective counts (docs/METHODS.md §7.6)
        Map<String, Weighting> weightings = new LinkedHashMap<>();
        Map<String, CategoryCounts> effective = new LinkedHashMap<>(counts);
        counts.forEach((name, c) -> {
            AttributeTally t = tallies.get(name);
            if (t != null && t.weighted()) {
                Weighting w = Weighting.of(options.table().weigh(t), c.n());
                weightings.put(name, w);
                effective.put(name, w.effectiveCounts());
            }
        });
        double[] thresholds = thresholds(effective.values(), options);
        double bt = thresholds[0];
        double wt = thresholds[1];
        // importance: the scale top K (declared or the largest rating observed) and Yang's split statistic
        int k = options.importanceScaleMax();
        List<Double> importanceMeans = new ArrayList<>();
        for (String name : counts.keySet()) {
            AttributeTally t = tallies.get(name);
            if (t != null && t.importanceCount() > 0) {
                importanceMeans.add(t.importanceMean());
                if (options.importanceScaleMax() == 0) {
                    k = Math.max(k, t.importanceMax());
                }
            }
        }
        double split = Double.NaN;
        if (!importanceMeans.isEmpty()) {
            double[] means = importanceMeans.stream().mapToDouble(Double::doubleValue).toArray();
            split = options.yangSplit() == KanoOptions.YangSplit.MEAN
                    ? Arrays.stream(means).average().orElse(Double.NaN)
                    : new Median().evaluate(means);
        }
        KanoClassifier.Context context = new KanoClassifier.Context(bt, wt, k, split, !importanceMeans.isEmpty());
        List<Map.Entry<String, CategoryCounts>> entries = new ArrayList<>(effective.entrySet());
        BootstrapSummary[] boot = new BootstrapSummary[entries.size()];
        if (options.bootstrapReplicates() > 0) {
            final double fbt = bt;
            final double fwt = wt;
            IntStream.range(0, entries.size()).parallel().forEach(i -> {
                CategoryCounts c = entries.get(i).getValue();
                Category reported = KanoClassifier.decide(c, options, fbt, fwt).category();
                boot[i] = KanoBootstrap.run(c, i, options, fbt, fwt, reported);
            });
        }
        List<KanoResult> results = new ArrayList<>(counts.size());
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).getKey();
            results.add(KanoClassifier.classify(name, counts.get(name), weightings.get(name), tallies.get(name),
                    options, context, boot[i]));
        }
        return new KanoAnalysis(results, options, bt, wt, ingest, split, Map.of());
    }

    /**
     * The Better and |Worse| thresholds of the quadrant: the options' fixed ones, or with a data-centred quadrant
     * the mean Better and mean |Worse| over the attributes where they are defined.
     */
    private static double[] thresholds(Iterable<CategoryCounts> counts, KanoOptions options) {
        if (options.quadrantCentre() != KanoOptions.QuadrantCentre.MEAN) {
            return new double[] {options.betterThreshold(), options.worseThreshold()};
        }
        double sumB = 0;
        double sumW = 0;
        int k = 0;
        for (CategoryCounts c : counts) {
            Coefficients co = Coefficients.of(c, options.denominator(), options.confidence());
            if (!Double.isNaN(co.better())) {
                sumB += co.better();
                sumW += co.absWorse();
                k++;
            }
        }
        return new double[] {k == 0 ? Double.NaN : sumB / k, k == 0 ? Double.NaN : sumW / k};
    }

    /**
     * The category each attribute of a survey (given by its counts) is decided as — the same as its analysis's
     * {@link KanoResult#category()} — without the intervals, tests and scores of a full analysis; empty when
     * undecided.
     */
    static Optional<Category>[] categories(CategoryCounts[] counts, KanoOptions options) {
        double[] thresholds = thresholds(Arrays.asList(counts), options);
        @SuppressWarnings("unchecked")
        Optional<Category>[] out = new Optional[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = Optional.ofNullable(
                    KanoClassifier.decide(counts[i], options, thresholds[0], thresholds[1]).category());
        }
        return out;
    }

    /**
     * The category counts of a tally's attributes under the options' table, in the tally's order, for the segment
     * tests: the effective counts of a weighted attribute (docs/METHODS.md §7.6).
     */
    static CategoryCounts[] countsOf(KanoTally tally, KanoOptions options) {
        checkLevels(tally, options);
        CategoryCounts[] out = new CategoryCounts[tally.size()];
        int i = 0;
        for (AttributeTally t : tally.attributes().values()) {
            CategoryCounts c = options.table().count(t);
            out[i++] = t.weighted() ? Weighting.of(options.table().weigh(t), c.n()).effectiveCounts() : c;
        }
        return out;
    }

    /** One result per attribute, in survey order. */
    public List<KanoResult> results() {
        return results;
    }

    /** The result of one attribute. */
    public Optional<KanoResult> result(String attribute) {
        return results.stream().filter(r -> r.attribute().equals(attribute)).findFirst();
    }

    /** The options that produced the results. */
    public KanoOptions options() {
        return options;
    }

    /** The Better threshold of the quadrant actually used (the mean when the centre is MEAN). */
    public double betterThreshold() {
        return betterThreshold;
    }

    /** The |Worse| threshold of the quadrant actually used. */
    public double worseThreshold() {
        return worseThreshold;
    }

    /** The reader's ingest report, when the data came from a reader. */
    public Optional<IngestReport> ingest() {
        return Optional.ofNullable(ingest);
    }

    /**
     * This analysis with attribute groups (department, dimension — e.g. technology / process / people in a call
     * centre): every output then carries a {@code group} column and lists attributes group by group. Names not in
     * the analysis are ignored (one group file may serve several surveys); see {@link #ungrouped(Map)}.
     *
     * @param groups group by attribute name; blank groups count as none
     */
    public KanoAnalysis withGroups(Map<String, String> groups) {
        Check.notNull(groups, "groups");
        return new KanoAnalysis(results, options, betterThreshold, worseThreshold, ingest, importanceSplit,
                Groups.kept(results, KanoResult::attribute, groups));
    }

    /** The names of a group map that are not attributes of this analysis (for a warning; sorted). */
    public List<String> ungrouped(Map<String, String> groups) {
        Check.notNull(groups, "groups");
        return groups.keySet().stream().filter(name -> result(name).isEmpty()).sorted().toList();
    }

    /** The group of an attribute, if groups were given and it has one. */
    public Optional<String> group(String attribute) {
        Check.notNull(attribute, "attribute");
        return Optional.ofNullable(groups.get(attribute));
    }

    /** The attributes' groups (empty without groups), in result order. */
    public Map<String, String> groups() {
        return groups;
    }

    /** Yang's split: the mean (or median) of the attributes' mean importance; NaN without importance. */
    public double importanceSplit() {
        return importanceSplit;
    }

    /** An aligned table, one row per attribute, with a provenance footer: {@link #text(Language)} in English. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /**
     * An aligned table, one row per attribute, in a language: the headings, the category (in Chinese its name,
     * e.g. 必备属性 (M)), Fong's verdict, the flags' meanings and the footer's labels; option names and flag codes
     * stay as they are written in code. Measured in display width, so Chinese names align.
     */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        String ci = l.message("kanoAnalysis.better") + trim(options.confidence() * 100) + l.message("kanoAnalysis.ci");
        boolean boot = options.bootstrapReplicates() > 0;
        boolean grouped = !groups.isEmpty();
        List<String> header = new ArrayList<>(List.of(l.message("kanoAnalysis.attribute")));
        if (grouped) {
            header.add(l.message("kanoAnalysis.group"));
        }
        header.addAll(List.of("n", "A", "O", "M", "I", "R", "Q",
                l.message("kanoAnalysis.category"), l.message("kanoAnalysis.better_2"), ci, l.message("kanoAnalysis.worse"),
                l.message("kanoAnalysis.cs"), l.message("kanoAnalysis.ts"), "Fong"));
        if (boot) {
            header.add(l.message("kanoAnalysis.stability"));
        }
        header.add(l.message("kanoAnalysis.flags"));
        int shift = grouped ? 1 : 0;
        TextTable t = new TextTable(header.toArray(new String[0])).alignLeft(0).alignLeft(shift).alignLeft(8 + shift)
                .alignLeft(10 + shift).alignLeft(14 + shift).alignLeft(header.size() - 1);
        for (KanoResult r : Groups.ordered(results, KanoResult::attribute, groups)) {
            CategoryCounts c = r.counts();
            List<Object> row = new ArrayList<>(List.of(r.attribute()));
            if (grouped) {
                row.add(groups.getOrDefault(r.attribute(), "-"));
            }
            row.addAll(List.of(c.n(), c.a(), c.o(), c.m(), c.i(), c.r(), c.q(),
                    r.label(l), TextTable.number(r.better()), r.coefficients().betterInterval(),
                    TextTable.number(r.worse()), TextTable.number(r.categoryStrength()),
                    TextTable.number(r.totalStrength()), r.fong().verdict(l)));
            if (boot) {
                row.add(TextTable.number(r.stability()));
            }
            row.add(shortFlags(r));
            t.row(row.toArray());
        }
        StringBuilder sb = new StringBuilder(t.toString());
        for (String line : Flag.legend(results.stream().map(KanoResult::flags).toList(), l)) {
            sb.append(l.message("kanoAnalysis.flag")).append(line).append('\n');
        }
        return sb.append(l.message("kanoAnalysis.options")).append(options.provenance())
                .append(options.quadrantCentre() == KanoOptions.QuadrantCentre.MEAN ? l.message("kanoAnalysis.means")
                        + TextTable.number(betterThreshold) + " / " + TextTable.number(worseThreshold)
                        + l.message("kanoAnalysis.text") : "").append('\n').toString();
    }

    private static String trim(double v) {
        double r = Math.round(v * 1e6) / 1e6;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    private static String shortFlags(KanoResult r) {
        List<String> out = new ArrayList<>();
        for (Flag f : new Flag[] {Flag.HIGH_Q, Flag.TIE, Flag.LOW_N, Flag.LOW_TOTAL_STRENGTH, Flag.SMALL_SAMPLE,
                Flag.LOW_STABILITY, Flag.HIGH_Q_SHARE, Flag.HIGH_R_SHARE, Flag.NO_VALID_ANSWERS,
                Flag.COUNTED_AS_Q_BY_POLICY, Flag.EMPTY}) {
            if (r.has(f)) {
                out.add(f.name());
            }
        }
        return out.isEmpty() ? "" : String.join(",", out);
    }
}
