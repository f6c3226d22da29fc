package io.github.kano4j.spark;

import io.github.kano4j.questionnaire.KanoTally;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A typed Spark {@code Aggregator} built on kano4j's mergeable tally: {@code zero} = an empty tally,
 * {@code reduce} = accept one answer pair, {@code merge} = combine two tallies. Because the tally is exactly
 * mergeable, the result equals the single-machine tally whatever the partitioning.
 */
public class KanoTallyAggregator extends Aggregator<AnswerPair, KanoTally, KanoTally> {
    private static final long serialVersionUID = 1L;

    @Override
    public KanoTally zero() {
        return KanoTally.create();
    }

    @Override
    public KanoTally reduce(KanoTally tally, AnswerPair pair) {
        return tally.acceptLevels(pair.getAttribute(), pair.getFunctional(), pair.getDysfunctional());
    }

    @Override
    public KanoTally merge(KanoTally a, KanoTally b) {
        return a.combine(b);
    }

    @Override
    public KanoTally finish(KanoTally tally) {
        return tally;
    }

    @Override
    public Encoder<KanoTally> bufferEncoder() {
        return Encoders.javaSerialization(KanoTally.class);
    }

    @Override
    public Encoder<KanoTally> outputEncoder() {
        return Encoders.javaSerialization(KanoTally.class);
    }
}
