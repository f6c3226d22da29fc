package io.github.kano4j;

import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoResult;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import java.nio.file.Path;
import java.util.Map;

/**
 * The front door of kano4j: the common calls in one place.
 *
 * <pre>{@code
 * KanoAnalysis analysis = Kano.analyze(Path.of("survey.csv"));
 * System.out.println(analysis);               // aligned table with provenance
 * String csv = analysis.toCsv();              // tidy CSV, one row per attribute
 * }</pre>
 *
 * Options are immutable values: {@code Kano.analyze(file, KanoOptions.defaults().withRule(...))}.
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
        return read(csv, options).analyze(options);
    }

    /** Reads a survey CSV (layout detected) into a tally and an ingest report, without analysing it. */
    public static KanoSurvey read(Path csv, KanoOptions options) {
        return KanoCsvReader.create().withOptions(options).read(csv);
    }

    /** Analyses a tally built in code (or merged from parts). */
    public static KanoAnalysis analyze(KanoTally tally, KanoOptions options) {
        return KanoAnalysis.of(tally, options, null);
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
        return SatisfactionAnalysis.of(SatisfactionCsvReader.create(overallColumn).read(csv), options);
    }

    /** A new, empty survey tally to fill with {@code accept(...)}. */
    public static KanoTally tally() {
        return KanoTally.create();
    }
}
