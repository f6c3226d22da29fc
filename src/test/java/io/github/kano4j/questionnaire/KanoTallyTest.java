package io.github.kano4j.questionnaire;

import io.github.kano4j.report.Report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.Answer;
import io.github.kano4j.Kano;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The tally is a sufficient, mergeable statistic: split, tally, merge = tally of the whole. */
class KanoTallyTest {

    /** One respondent: per attribute a level pair (or −1 for a skipped pair) and an importance rating. */
    record Respondent(int[] functional, int[] dysfunctional, int[] importance) {
    }

    static List<Respondent> survey(Random rng, int respondents, int attributes) {
        List<Respondent> out = new ArrayList<>();
        for (int r = 0; r < respondents; r++) {
            int[] f = new int[attributes];
            int[] d = new int[attributes];
            int[] imp = new int[attributes];
            for (int a = 0; a < attributes; a++) {
                f[a] = rng.nextInt(20) == 0 ? -1 : rng.nextInt(5);
                d[a] = rng.nextInt(5);
                imp[a] = rng.nextInt(10) == 0 ? -1 : 1 + rng.nextInt(9);
            }
            out.add(new Respondent(f, d, imp));
        }
        return out;
    }

    static KanoTally tally(List<Respondent> respondents) {
        KanoTally t = KanoTally.create();
        for (Respondent r : respondents) {
            for (int a = 0; a < r.functional().length; a++) {
                String name = "attribute " + a;
                if (r.functional()[a] < 0) {
                    t.declare(name).acceptQuestionable();
                } else {
                    t.acceptLevels(name, r.functional()[a], r.dysfunctional()[a]);
                }
                if (r.importance()[a] >= 0) {
                    t.declare(name).acceptImportance(r.importance()[a]);
                }
            }
        }
        return t;
    }

    @RepeatedTest(25)
    void splitTallyMergeInRandomOrderEqualsTheWhole(RepetitionInfo info) {
        Random rng = new Random(1000L + info.getCurrentRepetition());
        List<Respondent> all = survey(rng, 50 + rng.nextInt(400), 1 + rng.nextInt(8));
        KanoTally whole = tally(all);

        List<Respondent> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, rng);
        int parts = 1 + rng.nextInt(7);
        List<KanoTally> tallies = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < parts; p++) {
            int to = p == parts - 1 ? shuffled.size() : from + rng.nextInt(shuffled.size() - from + 1);
            tallies.add(tally(shuffled.subList(from, to)));
            from = to;
        }
        Collections.shuffle(tallies, rng);
        KanoTally merged = KanoTally.create();
        for (KanoTally t : tallies) {
            merged.combine(t);
        }

        assertThat(merged).isEqualTo(whole);
        assertThat(merged.hashCode()).isEqualTo(whole.hashCode());
        for (String name : whole.attributes().keySet()) {
            AttributeTally w = whole.attributes().get(name);
            AttributeTally m = merged.attributes().get(name);
            assertThat(m.pairs()).isEqualTo(w.pairs());
            assertThat(m.importanceMean()).isEqualTo(w.importanceMean());
            KanoResult rw = Kano.analyze(single(name, w), KanoOptions.defaults()).results().get(0);
            KanoResult rm = Kano.analyze(single(name, m), KanoOptions.defaults()).results().get(0);
            assertThat(rm).isEqualTo(rw);
        }
    }

    private static KanoTally single(String name, AttributeTally t) {
        KanoTally k = KanoTally.create();
        k.declare(name).combine(t);
        return k;
    }

    @Test
    void serializesAndDeserializesToAnEqualTally() throws IOException, ClassNotFoundException {
        KanoTally t = tally(survey(new Random(7), 200, 4));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(t);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            KanoTally back = (KanoTally) in.readObject();
            assertThat(back).isEqualTo(t);
            assertThat(Report.csv(Kano.analyze(back, KanoOptions.defaults())))
                    .isEqualTo(Report.csv(Kano.analyze(t, KanoOptions.defaults())));
        }
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        String first = Kano.analyze(tally(survey(new Random(3), 300, 6)), KanoOptions.defaults()).toString();
        String second = Kano.analyze(tally(survey(new Random(3), 300, 6)), KanoOptions.defaults()).toString();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void preAggregatedPairCountsEqualRepeatedAccepts() {
        AttributeTally many = AttributeTally.create();
        for (int k = 0; k < 7; k++) {
            many.accept(Answer.LIKE, Answer.DISLIKE);
        }
        AttributeTally once = AttributeTally.create().acceptLevels(0, 4, 7);
        assertThat(once).isEqualTo(many);
        assertThat(once.pairCount(0, 4)).isEqualTo(7);
        assertThatThrownBy(() -> AttributeTally.create().acceptLevels(0, 4, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> AttributeTally.create().acceptLevels(5, 0)).hasMessageContaining("0..4");
        assertThatThrownBy(() -> AttributeTally.create().acceptImportance(101)).hasMessageContaining("0..100");
        assertThatThrownBy(() -> AttributeTally.create().accept((Answer) null, Answer.LIKE))
                .hasMessageContaining("Both answers");
        assertThatThrownBy(() -> KanoTally.create().declare(" ")).hasMessageContaining("must not be blank");
    }

    @Test
    void importanceHistogramMeanAndCopyIndependence() {
        AttributeTally t = AttributeTally.create().acceptImportance(9).acceptImportance(3).acceptImportance(6);
        assertThat(t.importanceMean()).isEqualTo(6.0);
        assertThat(t.importanceCount()).isEqualTo(3);
        AttributeTally copy = t.copy().acceptImportance(0);
        assertThat(t.importanceCount()).isEqualTo(3);
        assertThat(copy.importanceCount()).isEqualTo(4);
        assertThat(AttributeTally.create().importanceMean()).isNaN();
        // equal tallies with histograms of different allocated lengths
        assertThat(AttributeTally.create().acceptImportance(2))
                .isEqualTo(AttributeTally.create().combine(AttributeTally.create().acceptImportance(2)));
    }
}
