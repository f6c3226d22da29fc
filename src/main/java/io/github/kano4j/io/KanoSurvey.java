package io.github.kano4j.io;

import io.github.kano4j.IngestReport;
import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.KanoTally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader produced: the survey's tally, the ingest report accounting for every row, and — when
 * segment columns were named — one tally per value of each segment column. Analyse it with
 * {@code Kano.analyze(survey, options)} and compare segments with {@code Kano.compareSegments(...)}.
 *
 * @param tally    the answer-pair tally per attribute
 * @param report   rows read, used and rejected, pairs used and skipped
 * @param segments segment column → segment value → tally (in first-seen order); empty without segments. The maps
 *                 are read-only; a reader's may build each tally when it is read (an equal tally every time, so a
 *                 file with thousands of segments is held compactly): keep the tallies you need
 * @param categoryCounts pre-aggregated category counts (the category-counts layout); empty otherwise
 * @param groups   attribute → group, from a group column of a long or pair-counts file; empty otherwise
 */
public record KanoSurvey(KanoTally tally, IngestReport report, Map<String, Map<String, KanoTally>> segments,
        Map<String, CategoryCounts> categoryCounts, Map<String, String> groups) {

    /** A survey without segments. */
    public KanoSurvey(KanoTally tally, IngestReport report) {
        this(tally, report, Map.of(), Map.of(), Map.of());
    }

    /** A survey with segments. */
    public KanoSurvey(KanoTally tally, IngestReport report, Map<String, Map<String, KanoTally>> segments) {
        this(tally, report, segments, Map.of(), Map.of());
    }

    /** A survey with segments and category counts, without groups. */
    public KanoSurvey(KanoTally tally, IngestReport report, Map<String, Map<String, KanoTally>> segments,
            Map<String, CategoryCounts> categoryCounts) {
        this(tally, report, segments, categoryCounts, Map.of());
    }

    /**
     * A survey read from pre-aggregated category counts: every count-based statistic is available, the
     * continuous analysis (which needs answer pairs) is not.
     */
    public static KanoSurvey ofCategoryCounts(Map<String, CategoryCounts> counts, IngestReport report) {
        return new KanoSurvey(KanoTally.create(), report, Map.of(), counts, Map.of());
    }

    /** Copies the maps (read-only). */
    public KanoSurvey {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        categoryCounts = Collections.unmodifiableMap(new LinkedHashMap<>(categoryCounts));
        Map<String, Map<String, KanoTally>> copy = new LinkedHashMap<>();
        // a reader's compact segments are read-only already, and copying them would build every tally
        segments.forEach((k, v) -> copy.put(k, v instanceof CompactSegments ? v
                : Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        segments = Collections.unmodifiableMap(copy);
    }

    /** The same survey with a warning added before the report's others (a reader's note on the file). */
    KanoSurvey withWarningFirst(String warning) {
        List<String> warnings = new ArrayList<>();
        warnings.add(warning);
        warnings.addAll(report.warnings());
        IngestReport r = new IngestReport(report.source(), report.rowsRead(), report.rowsUsed(), report.rowsRejected(),
                report.attributes(), report.unusedColumns(), warnings);
        return new KanoSurvey(tally, r, segments, categoryCounts, groups);
    }
}
