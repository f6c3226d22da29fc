package io.github.kano4j.spark;

import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * Two routes from a Spark {@code Dataset} of answer pairs to a kano4j analysis:
 * <ol>
 *   <li>{@link #byAggregator} — the typed {@link KanoTallyAggregator} merges tallies across partitions;</li>
 *   <li>{@link #byGroupBy} — the engine does {@code GROUP BY attribute, functional, dysfunctional COUNT(*)} and
 *       kano4j finishes from the pre-aggregated pair counts.</li>
 * </ol>
 */
public final class SparkKano {
    private SparkKano() {
    }

    /** The tally by the typed aggregator. */
    public static KanoTally byAggregator(Dataset<AnswerPair> pairs) {
        return pairs.select(new KanoTallyAggregator().toColumn()).first();
    }

    /** The tally from {@code GROUP BY attribute, functional, dysfunctional COUNT(*)}. */
    public static KanoTally byGroupBy(Dataset<AnswerPair> pairs) {
        List<Row> counts = pairs.groupBy("attribute", "functional", "dysfunctional").count()
                .orderBy("attribute", "functional", "dysfunctional").collectAsList();
        KanoTally tally = KanoTally.create();
        for (Row r : counts) {
            tally.declare(r.getString(0)).acceptLevels(r.getInt(1), r.getInt(2), r.getLong(3));
        }
        return tally;
    }

    /** Analyses a tally with the given options. */
    public static KanoAnalysis analyze(KanoTally tally, KanoOptions options) {
        return KanoAnalysis.of(tally, options);
    }
}
