package io.github.kano4j.io;

import io.github.kano4j.IngestReport;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;

/**
 * What a reader produced: the survey's tally and the ingest report accounting for every row.
 *
 * @param tally  the answer-pair tally per attribute
 * @param report rows read, used and rejected, pairs used and skipped
 */
public record KanoSurvey(KanoTally tally, IngestReport report) {

    /** Analyses the tally with the given options, keeping the ingest report with the results. */
    public KanoAnalysis analyze(KanoOptions options) {
        return KanoAnalysis.of(tally, options, report);
    }
}
