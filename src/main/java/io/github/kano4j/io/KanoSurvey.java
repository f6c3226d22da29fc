package io.github.kano4j.io;

import io.github.kano4j.IngestReport;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.SegmentComparison;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader produced: the survey's tally, the ingest report accounting for every row, and — when
 * segment columns were named — one tally per value of each segment column.
 *
 * @param tally    the answer-pair tally per attribute
 * @param report   rows read, used and rejected, pairs used and skipped
 * @param segments segment column → segment value → tally (in first-seen order); empty without segments
 */
public record KanoSurvey(KanoTally tally, IngestReport report, Map<String, Map<String, KanoTally>> segments,
        Map<String, CategoryCounts> categoryCounts) {

    /** A survey without segments. */
    public KanoSurvey(KanoTally tally, IngestReport report) {
        this(tally, report, Map.of(), Map.of());
    }

    /** A survey with segments. */
    public KanoSurvey(KanoTally tally, IngestReport report, Map<String, Map<String, KanoTally>> segments) {
        this(tally, report, segments, Map.of());
    }

    /**
     * A survey read from pre-aggregated category counts: every count-based statistic is available, the
     * continuous analysis (which needs answer pairs) is not.
     */
    public static KanoSurvey ofCategoryCounts(Map<String, CategoryCounts> counts, IngestReport report) {
        return new KanoSurvey(KanoTally.create(), report, Map.of(), counts);
    }

    /** Copies the maps (read-only). */
    public KanoSurvey {
        categoryCounts = Collections.unmodifiableMap(new LinkedHashMap<>(categoryCounts));
        Map<String, Map<String, KanoTally>> copy = new LinkedHashMap<>();
        segments.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        segments = Collections.unmodifiableMap(copy);
    }

    /** Compares the segments of one segment column (see {@link SegmentComparison}). */
    public SegmentComparison compareSegments(String column, KanoOptions options) {
        Map<String, KanoTally> bySegment = segments.get(column);
        if (bySegment == null) {
            throw new IllegalArgumentException("No segment column \"" + column + "\" was read; read with "
                    + "WideCsvReader.withSegmentColumns(\"" + column + "\")");
        }
        return SegmentComparison.of(column, bySegment, options);
    }

    /** Analyses the tally with the given options, keeping the ingest report with the results. */
    public KanoAnalysis analyze(KanoOptions options) {
        if (!categoryCounts.isEmpty()) {
            return KanoAnalysis.ofCounts(categoryCounts, options, report);
        }
        return KanoAnalysis.of(tally, options, report);
    }
}
