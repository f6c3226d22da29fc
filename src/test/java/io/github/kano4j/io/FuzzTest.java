package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.kano4j.Kano;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.report.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the readers: 10,000 mutations of valid files (truncations, byte flips, swapped
 * delimiters, broken quotes, random labels, spliced lines). Every outcome is either a result whose ingest
 * report reconciles (and which analyses without error) or the documented input error with a one-line
 * message naming the file — never another exception, never a hang.
 */
class FuzzTest {
    @TempDir
    Path dir;

    static final List<String> SEEDS = List.of(
            "id,speed_functional,speed_dysfunctional,speed_importance,clean_f,clean_d,segment\n"
                    + "1,1,5,9,like,dislike,a\n2,2,5,,must-be,neutral,b\n3,\"3\",4,5,live with,dislike,a\n"
                    + "4,5,1,7,I like it that way,\"It must be that way\",b\n",
            "respondent;attribute;functional;dysfunctional;importance\n1;speed;1;5;9\n1;clean;2;5;8\n2;speed;like;"
                    + "dislike;7\n2;clean;neutral;neutral;3\n",
            "attribute,functional,dysfunctional,count\nspeed,1,5,10\nspeed,2,5,4\nclean,1,3,7\n",
            "attribute\ta\to\tm\ti\tr\tq\nspeed\t10\t20\t30\t5\t1\t0\nclean\t3\t4\t5\t6\t0\t1\n");

    static final String[] WORDS = {"maybe", "", "NA", "7", "0", "like", "\"", ",", ";", "\t", "\r\n", "喜欢", "-1",
        "1e9", "=1+1", "\u0000", "\uFEFF"};

    @Test
    void tenThousandMutationsGiveAResultOrTheDocumentedError() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Random rng = new Random(20261122L);
            Path file = dir.resolve("fuzz.csv");
            int results = 0;
            int errors = 0;
            for (int c = 0; c < 10_000; c++) {
                byte[] bytes = mutate(SEEDS.get(c % SEEDS.size()).getBytes(StandardCharsets.UTF_8), rng);
                Files.write(file, bytes);
                try {
                    KanoSurvey s = KanoCsvReader.create().read(file);
                    assertThat(s.report().reconciles()).as("case %s: %s", c, s.report()).isTrue();
                    Report.csv(Kano.analyze(s, KanoOptions.defaults()));
                    results++;
                } catch (KanoInputException e) {
                    assertThat(e.getMessage()).as("case %s", c).startsWith(file.toString()).doesNotContain("\n");
                    errors++;
                } catch (RuntimeException e) {
                    fail("case " + c + " threw " + e + " for input:\n" + new String(bytes, StandardCharsets.UTF_8), e);
                }
            }
            assertThat(results + errors).isEqualTo(10_000);
            assertThat(results).isGreaterThan(1000);
            assertThat(errors).isGreaterThan(100);
        });
    }

    static byte[] mutate(byte[] in, Random rng) throws IOException {
        byte[] b = in.clone();
        int mutations = 1 + rng.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            switch (rng.nextInt(6)) {
                case 0 -> b = Arrays.copyOf(b, rng.nextInt(b.length + 1)); // truncation
                case 1 -> {
                    if (b.length > 0) {
                        b[rng.nextInt(b.length)] = (byte) rng.nextInt(256); // byte flip (may break UTF-8)
                    }
                }
                case 2 -> {
                    String s = new String(b, StandardCharsets.UTF_8);
                    char[] d = {',', ';', '\t'};
                    b = s.replace(d[rng.nextInt(3)], d[rng.nextInt(3)]).getBytes(StandardCharsets.UTF_8);
                }
                case 3 -> b = insert(b, rng.nextInt(b.length + 1), "\"".getBytes(StandardCharsets.UTF_8));
                case 4 -> {
                    String s = new String(b, StandardCharsets.UTF_8);
                    String[] cells = s.split(",", -1);
                    if (cells.length > 1) {
                        cells[rng.nextInt(cells.length)] = WORDS[rng.nextInt(WORDS.length)];
                    }
                    b = String.join(",", cells).getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    String s = new String(b, StandardCharsets.UTF_8);
                    String[] lines = s.split("\n", -1);
                    int i = rng.nextInt(lines.length);
                    int j = rng.nextInt(lines.length);
                    String t = lines[i];
                    lines[i] = lines[j];
                    lines[j] = t + (rng.nextBoolean() ? "" : lines[j]);
                    b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }
}
