package io.github.kano4j.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

/**
 * The satisfaction bootstrap resamples groups of identical respondents (same active dummies, same overall rating)
 * multinomially: the same distribution as drawing respondents one by one. Checked against a plain respondent
 * bootstrap written out here, and for the same output whatever the number of threads.
 */
class CellBootstrapTest {

    /** 600 respondents, three attributes of different types, 1–5 ratings, 0–10 overall with noise. */
    static SatisfactionSurvey seeded() {
        Random rng = new Random(42);
        SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(List.of("basic", "linear", "delight"));
        for (int j = 0; j < 600; j++) {
            int x1 = 1 + rng.nextInt(5);
            int x2 = 1 + rng.nextInt(5);
            int x3 = 1 + rng.nextInt(5);
            double os = 6 - 2.0 * (x1 <= 2 ? 1 : 0) - 0.8 * (x2 <= 2 ? 1 : 0) + 0.8 * (x2 >= 5 ? 1 : 0)
                    + 1.5 * (x3 >= 5 ? 1 : 0) + rng.nextGaussian();
            b.add(Math.max(0, Math.min(10, Math.round(os))), x1, x2, x3);
        }
        return b.build();
    }

    @Test
    void percentilesAgreeWithAPlainRespondentBootstrap() {
        SatisfactionSurvey s = seeded();
        int replicates = 2_000;
        SatisfactionAnalysis cells = SatisfactionAnalysis.of(s, SatisfactionOptions.defaults()
                .withBootstrap(replicates, 7));
        SatisfactionOptions point = SatisfactionOptions.defaults().withBootstrap(0, 7);
        Random rng = new Random(11);
        double[][] ia = new double[3][replicates];
        for (int r = 0; r < replicates; r++) {
            SatisfactionSurvey.Builder b = SatisfactionSurvey.builder(s.attributes());
            for (int j = 0; j < s.respondents(); j++) {
                int pick = rng.nextInt(s.respondents());
                b.add(s.overall(pick), s.rating(pick, 0), s.rating(pick, 1), s.rating(pick, 2));
            }
            SatisfactionAnalysis a = SatisfactionAnalysis.of(b.build(), point);
            for (int i = 0; i < 3; i++) {
                ia[i][r] = a.results().get(i).ia();
            }
        }
        for (int i = 0; i < 3; i++) {
            Arrays.sort(ia[i]);
            FactorResult f = cells.results().get(i);
            // 2.5 % and 97.5 % points of 2,000 replicates each: Monte-Carlo error well below 0.03
            assertThat(f.iaInterval().lower()).as(f.attribute()).isCloseTo(ia[i][(int) (0.025 * replicates)],
                    within(0.03));
            assertThat(f.iaInterval().upper()).as(f.attribute()).isCloseTo(ia[i][(int) (0.975 * replicates)],
                    within(0.03));
        }
    }

    @Test
    void theSameIntervalsWithOneThreadOrFour() throws Exception {
        SatisfactionSurvey s = seeded();
        SatisfactionOptions options = SatisfactionOptions.defaults().withBootstrap(500, 3);
        String one = new ForkJoinPool(1).submit(() -> exact(SatisfactionAnalysis.of(s, options))).get();
        String four = new ForkJoinPool(4).submit(() -> exact(SatisfactionAnalysis.of(s, options))).get();
        assertThat(four).isEqualTo(one).contains("ia [");
        assertThat(exact(SatisfactionAnalysis.of(s, options))).isEqualTo(one);
    }

    /** Every bootstrap bound with all its digits. */
    private static String exact(SatisfactionAnalysis a) {
        StringBuilder sb = new StringBuilder();
        for (FactorResult f : a.results()) {
            sb.append(f.attribute()).append(" ia [").append(f.iaInterval().lower()).append(", ")
                    .append(f.iaInterval().upper()).append("] riocs [").append(f.riocsInterval().lower()).append(", ")
                    .append(f.riocsInterval().upper()).append("]\n");
        }
        return sb.append(a.bootstrapUndefined()).toString();
    }
}
