package io.github.kano4j;

import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.internal.Check;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.nio.file.Path;
import java.util.Map;

/**
 * The front door of kano4j: the common calls in one place — read, analyse, compare segments, analyse a
 * satisfaction survey, allocate. Rendering is in {@code io.github.kano4j.report.Report}.
 *
 * <pre>{@code
 * KanoAnalysis analysis = Kano.analyze(Path.of("survey.csv"));
 * System.out.println(analysis);                 // aligned table with provenance
 * String csv = Report.csv(analysis);            // tidy CSV, one row per attribute
 * }</pre>
 *
 * Options are immutable values: {@code Kano.analyze(file, KanoOptions.defaults().withRule(...))}; reader
 * settings (layout, encoding, missing answers, filters) sit on {@link KanoCsvReader}.
 */
public final class Kano {
    private Kano() {
    }

    /** Reads a survey CSV (layout detected: wide, long, pair counts or category counts) with default options. */
    public static KanoAnalysis analyze(Path csv) {
        return analyze(csv, KanoOptions.defaults());
    }

    /** Reads a survey CSV (layout detected) and analyses it with the given options. */
    public static KanoAnalysis analyze(Path csv, KanoOptions options) {
        return analyze(read(csv, options), options);
    }

    /**
     * Reads a survey CSV (layout detected) into a tally and an ingest report, without analysing it. The
     * options' evaluation table decides the answer scale (five-point or three-point).
     */
    public static KanoSurvey read(Path csv, KanoOptions options) {
        Check.notNull(options, "options");
        return reader().withTable(options.table()).read(csv);
    }

    /** A reader with default settings, to configure with its withers (layout, encoding, filters, …). */
    public static KanoCsvReader reader() {
        return KanoCsvReader.create();
    }

    /** Analyses what a reader produced, keeping its ingest report with the results. */
    public static KanoAnalysis analyze(KanoSurvey survey, KanoOptions options) {
        Check.notNull(survey, "survey");
        Check.notNull(options, "options");
        KanoAnalysis analysis = survey.categoryCounts().isEmpty()
                ? KanoAnalysis.of(survey.tally(), options, survey.report())
                : KanoAnalysis.ofCounts(survey.categoryCounts(), options, survey.report());
        return survey.groups().isEmpty() ? analysis : analysis.withGroups(survey.groups());
    }

    /**
     * Compares the segments of one segment column of a survey (homogeneity test per attribute, Holm
     * adjustment, Newcombe differences).
     *
     * @throws IllegalArgumentException if the survey was not read with that segment column
     */
    public static SegmentComparison compareSegments(KanoSurvey survey, String column, KanoOptions options) {
        Check.notNull(survey, "survey");
        Check.notNull(column, "column");
        Map<String, KanoTally> bySegment = survey.segments().get(column);
        if (bySegment == null) {
            throw new IllegalArgumentException("No segment column \"" + column + "\" was read; the columns read are "
                    + survey.segments().keySet() + ". Read the file with KanoCsvReader.withSegmentColumns(\"" + column
                    + "\").");
        }
        return SegmentComparison.of(column, bySegment, options);
    }

    /** Analyses a tally built in code (or merged from parts). */
    public static KanoAnalysis analyze(KanoTally tally, KanoOptions options) {
        return KanoAnalysis.of(tally, options);
    }

    /** Analyses pre-aggregated category counts, attribute by attribute. */
    public static KanoAnalysis analyzeCounts(Map<String, CategoryCounts> counts, KanoOptions options) {
        return KanoAnalysis.ofCounts(counts, options);
    }

    /** Classifies one attribute from its category counts (default options). */
    public static KanoResult classify(String attribute, CategoryCounts counts) {
        return classify(attribute, counts, KanoOptions.defaults());
    }

    /** Classifies one attribute from its category counts. */
    public static KanoResult classify(String attribute, CategoryCounts counts, KanoOptions options) {
        return KanoAnalysis.ofCounts(Map.of(attribute, counts), options).results().get(0);
    }

    /**
     * Factor types from an ordinary satisfaction survey CSV (attribute ratings plus an overall rating), with
     * default options: scale detected, HC3 standard errors, 1,000 bootstrap resamples.
     */
    public static SatisfactionAnalysis analyzeSatisfaction(Path csv, String overallColumn) {
        return analyzeSatisfaction(csv, overallColumn, SatisfactionOptions.defaults());
    }

    /** Factor types from an ordinary satisfaction survey CSV with the given options. */
    public static SatisfactionAnalysis analyzeSatisfaction(Path csv, String overallColumn, SatisfactionOptions options) {
        Check.notNull(options, "options");
        return analyzeSatisfaction(SatisfactionCsvReader.create(overallColumn).read(csv), options);
    }

    /** Factor types from a satisfaction survey read or built in code. */
    public static SatisfactionAnalysis analyzeSatisfaction(SatisfactionSurvey survey, SatisfactionOptions options) {
        return SatisfactionAnalysis.of(survey, options);
    }

    /** Allocation decisions from a questionnaire analysis alone. */
    public static AllocationPlan allocate(KanoAnalysis kano, AllocationOptions options) {
        return AllocationPlan.of(kano, options);
    }

    /** Allocation decisions from a satisfaction-survey analysis alone. */
    public static AllocationPlan allocate(SatisfactionAnalysis satisfaction, AllocationOptions options) {
        return AllocationPlan.of(satisfaction, options);
    }

    /** Allocation decisions from both analyses, matched by attribute name. */
    public static AllocationPlan allocate(KanoAnalysis kano, SatisfactionAnalysis satisfaction,
            AllocationOptions options) {
        return AllocationPlan.of(kano, satisfaction, options);
    }

    /**
     * Allocation decisions with an attribute sheet (facts per attribute; may be empty) and a budget (NaN for
     * none), from a questionnaire analysis.
     */
    public static AllocationPlan allocate(KanoAnalysis kano, Map<String, AttributeFacts> facts,
            AllocationOptions options, double budget) {
        return AllocationPlan.of(kano, facts, options, budget);
    }

    /** Allocation decisions with an attribute sheet and a budget (NaN for none), from a satisfaction survey. */
    public static AllocationPlan allocate(SatisfactionAnalysis satisfaction, Map<String, AttributeFacts> facts,
            AllocationOptions options, double budget) {
        return AllocationPlan.of(satisfaction, facts, options, budget);
    }

    /** Allocation decisions with an attribute sheet and a budget (NaN for none), from both analyses. */
    public static AllocationPlan allocate(KanoAnalysis kano, SatisfactionAnalysis satisfaction,
            Map<String, AttributeFacts> facts, AllocationOptions options, double budget) {
        return AllocationPlan.of(kano, satisfaction, facts, options, budget);
    }

    /** A new, empty survey tally to fill with {@code accept(...)}. */
    public static KanoTally tally() {
        return KanoTally.create();
    }
}
