package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.GapAnalysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Mutated gap surveys give a result whose report reconciles, or one documented input error — nothing else. */
class GapFuzzTest {
    @TempDir
    Path dir;

    private static final String SEED = "id,回电_感知,回电_期望,speed_perception,speed_adequate,speed_desired\n"
            + "1,3,4,5,3,6\n2,4,4,2,3,6\n3,,4,7,3,6\n4,5,4,4,4,5\n";

    @Test
    void threeThousandMutationsGiveAResultOrTheDocumentedError() throws Exception {
        Random rng = new Random(20261201L);
        Path file = dir.resolve("gaps.csv");
        int results = 0;
        int errors = 0;
        for (int c = 0; c < 3_000; c++) {
            byte[] bytes = FuzzTest.mutate(SEED.getBytes(StandardCharsets.UTF_8), rng);
            Files.write(file, bytes);
            try {
                GapCsvReader.GapSurvey s = GapCsvReader.read(file);
                assertThat(s.report().reconciles()).as("case %s", c).isTrue();
                Report.csv(GapAnalysis.of(s.attributes(), 0.95, s.report()));
                results++;
            } catch (KanoInputException e) {
                assertThat(e.getMessage()).as("case %s", c).startsWith(file.toString()).doesNotContain("\n");
                errors++;
            } catch (RuntimeException e) {
                fail("case " + c + " threw " + e + " for input:\n" + new String(bytes, StandardCharsets.UTF_8), e);
            }
        }
        assertThat(results).isGreaterThan(1000);
        assertThat(errors).isGreaterThan(10);
    }
}
