package io.github.kano4j.spark;

import io.github.kano4j.Kano;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.AnswerScale;
import io.github.kano4j.questionnaire.AttributeTally;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both Spark routes give exactly the single-machine result on the bundled example, in local[2] mode. */
class SparkKanoTest {
    static final Path SURVEY = Path.of("../data/after-sales-service.csv");
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("kano4j-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The bundled wide file as one answer pair per row (pairs with a missing answer skipped, as DROP_PAIR). */
    static List<AnswerPair> pairs() throws IOException {
        List<AnswerPair> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SURVEY)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords();
            List<String> header = rows.get(0).getParser().getHeaderNames();
            for (CSVRecord r : rows) {
                for (String h : header) {
                    if (!h.endsWith("_functional")) {
                        continue;
                    }
                    String attribute = h.substring(0, h.length() - "_functional".length());
                    int f = AnswerScale.FIVE_POINT.level(r.get(h));
                    int d = AnswerScale.FIVE_POINT.level(r.get(attribute + "_dysfunctional"));
                    if (f >= 0 && d >= 0) {
                        out.add(new AnswerPair(attribute, f, d));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aggregatorAndGroupByRoutesEqualTheSingleMachineResult() throws IOException {
        KanoSurvey single = KanoCsvReader.create().read(SURVEY);
        Dataset<AnswerPair> ds = spark.createDataset(pairs(), Encoders.bean(AnswerPair.class)).repartition(3);
        KanoTally byAggregator = SparkKano.byAggregator(ds);
        KanoTally byGroupBy = SparkKano.byGroupBy(ds);
        assertThat(byAggregator).isEqualTo(byGroupBy);
        for (var e : single.tally().attributes().entrySet()) {
            AttributeTally spark = byAggregator.attributes().get(e.getKey());
            for (int f = 0; f < 5; f++) {
                for (int d = 0; d < 5; d++) {
                    assertThat(spark.pairCount(f, d)).isEqualTo(e.getValue().pairCount(f, d));
                }
            }
        }
        KanoAnalysis expected = Kano.analyze(single, KanoOptions.defaults());
        KanoAnalysis actual = SparkKano.analyze(byAggregator, KanoOptions.defaults());
        for (var r : expected.results()) {
            var s = actual.result(r.attribute()).orElseThrow();
            assertThat(s.counts()).isEqualTo(r.counts());
            assertThat(s.label()).isEqualTo(r.label());
            assertThat(s.coefficients()).isEqualTo(r.coefficients());
            assertThat(s.continuous()).isEqualTo(r.continuous());
            assertThat(s.fong()).isEqualTo(r.fong());
        }
    }
}
