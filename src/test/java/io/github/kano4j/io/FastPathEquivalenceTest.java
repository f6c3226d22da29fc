package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Kano;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;
import io.github.kano4j.report.Report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The fast path (byte scanning, in one part and split into parts) gives exactly what the general commons-csv
 * parser gives — the tallies, segment tallies, the ingest report with its orders, the analysis CSV, or the same
 * error message — on every fuzz input, every generated grammar file and every bundled data file. Where the fast
 * path declines, the general parser reads the file; the test also checks that it does not decline the files it
 * is meant for.
 */
class FastPathEquivalenceTest {
    @TempDir
    Path dir;

    private int compared;
    private int declined;

    @Test
    void fuzzInputsReadTheSameOnBothPaths() throws IOException {
        Random rng = new Random(20261130L);
        Path file = dir.resolve("fuzz.csv");
        for (int c = 0; c < 2_000; c++) {
            byte[] bytes = FuzzTest.mutate(FuzzTest.SEEDS.get(c % FuzzTest.SEEDS.size())
                    .getBytes(StandardCharsets.UTF_8), rng);
            Files.write(file, bytes);
            compare(file, KanoCsvReader.create(), "fuzz case " + c);
            compare(file, KanoCsvReader.create().withMissingAnswers(MissingAnswerPolicy.FAIL), "fuzz case " + c
                    + " (fail)");
        }
        assertThat(compared).as("declined %s", declined).isGreaterThan(2_000);
    }

    @Test
    void generatedFilesReadTheSameOnBothPaths() throws IOException {
        Random rng = new Random(20261131L);
        Path file = dir.resolve("grammar.csv");
        for (int c = 0; c < 1_500; c++) {
            GrammarFuzzTest.Generated g = GrammarFuzzTest.generate(rng);
            List<List<String>> rows = rng.nextBoolean() ? GrammarFuzzTest.mutate(g.rows(), rng) : g.rows();
            String text = (g.bom() ? "\uFEFF" : "") + GrammarFuzzTest.print(rows, g.format());
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            compare(file, KanoCsvReader.create().withSegmentColumns("segment"), "grammar case " + c);
            compare(file, KanoCsvReader.create(), "grammar case " + c);
        }
        assertThat(compared).as("declined %s", declined).isGreaterThan(800);
    }

    @Test
    void bundledDataFilesReadTheSameOnBothPaths() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("examples/data", "src/main/resources")) {
            if (Files.isDirectory(Path.of(root))) {
                try (Stream<Path> walk = Files.walk(Path.of(root))) {
                    walk.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            compare(f, KanoCsvReader.create(), f.toString());
        }
    }

    @Test
    void linesOverTheFieldLimitGetTheGeneralParsersError() throws IOException {
        Path header = dir.resolve("wide-header.csv");
        Files.writeString(header, "speed_f,speed_d" + ",".repeat(GuardedReader.MAX_FIELDS) + "\n1,5\n");
        Path row = dir.resolve("wide-row.csv");
        Files.writeString(row, "speed_f,speed_d\n1,5\n1,5" + ",".repeat(GuardedReader.MAX_FIELDS) + "\n2,4\n");
        for (Path f : List.of(header, row)) {
            String expected = message(() -> KanoCsvReader.create().readGeneral(f));
            assertThat(expected).as(f.toString()).contains("100000 fields");
            assertThat(message(() -> KanoCsvReader.create().read(f))).isEqualTo(expected);
        }
    }

    @Test
    void aLargePlainFileTakesTheFastPathInPartsWithRowNumbersAcrossParts() throws IOException {
        Path file = dir.resolve("large.csv");
        StringBuilder sb = new StringBuilder("id,speed_f,speed_d,clean_f,clean_d,site\n");
        Random rng = new Random(7);
        for (int r = 1; r <= 5_000; r++) {
            sb.append(r % 1000 == 0 ? r - 1 : r).append(',').append(1 + rng.nextInt(5)).append(',')
                    .append(r == 4_321 ? "perhaps" : String.valueOf(1 + rng.nextInt(5))).append(',')
                    .append(rng.nextBoolean() ? "like" : "dislike").append(',').append(r % 7 == 0 ? "" : "neutral")
                    .append(',').append(r < 2_500 ? "north" : "南").append('\n');
            if (r % 999 == 0) {
                sb.append('\n');
            }
        }
        Files.writeString(file, sb.toString());
        KanoCsvReader reader = KanoCsvReader.create().withSegmentColumns("site");
        KanoSurvey general = reader.readGeneral(file);
        for (int parts = 1; parts <= 4; parts++) {
            KanoSurvey fast = FastWideReader.read(file, reader.settings(), parts, 1);
            assertThat(fast).as("%s parts", parts).isNotNull();
            same(fast, general, parts + " parts");
        }
        assertThat(general.report().warnings()).anyMatch(w -> w.contains("\"perhaps\" ×1 (first at row 4322)"))
                .anyMatch(w -> w.startsWith("5 rows repeat a respondent id"));
        assertThat(general.segments().get("site").keySet()).containsExactly("north", "南");

        KanoCsvReader strict = reader.withMissingAnswers(MissingAnswerPolicy.FAIL);
        String expected = message(() -> strict.readGeneral(file));
        assertThat(expected).contains("row 8");
        assertThat(message(() -> FastWideReader.read(file, strict.settings(), 3, 1))).isEqualTo(expected);
    }

    /** Reads the file on the general path and on the fast path in 1 and 3 parts; both agree or both fail alike. */
    private void compare(Path file, KanoCsvReader reader, String what) {
        KanoSurvey general = null;
        String error = null;
        try {
            general = reader.readGeneral(file);
        } catch (KanoInputException e) {
            error = e.getMessage();
        }
        for (int parts : new int[] {1, 3}) {
            KanoSurvey fast;
            try {
                fast = FastWideReader.read(file, reader.settings(), parts, 1);
            } catch (KanoInputException e) {
                assertThat(e.getMessage()).as("%s, %s parts: error", what, parts).isEqualTo(error);
                compared++;
                continue;
            }
            if (fast == null) {
                declined++;
                continue;
            }
            assertThat(error).as("%s, %s parts: the general parser failed but the fast path did not", what, parts)
                    .isNull();
            same(fast, general, what + ", " + parts + " parts");
            compared++;
        }
    }

    private static void same(KanoSurvey fast, KanoSurvey general, String what) {
        assertThat(fast.tally()).as(what).isEqualTo(general.tally());
        assertThat(fast.segments()).as(what).isEqualTo(general.segments());
        assertThat(List.copyOf(fast.segments().keySet())).as(what).isEqualTo(List.copyOf(general.segments().keySet()));
        fast.segments().forEach((column, values) -> assertThat(List.copyOf(values.keySet())).as(what)
                .isEqualTo(List.copyOf(general.segments().get(column).keySet())));
        assertThat(fast.report()).as(what).isEqualTo(general.report());
        assertThat(fast.report().toString()).as(what).isEqualTo(general.report().toString());
        assertThat(fast.report().warnings()).as(what).isEqualTo(general.report().warnings());
        assertThat(List.copyOf(fast.report().rowsRejected().keySet())).as(what)
                .isEqualTo(List.copyOf(general.report().rowsRejected().keySet()));
        assertThat(Report.csv(Kano.analyze(fast, KanoOptions.defaults()))).as(what)
                .isEqualTo(Report.csv(Kano.analyze(general, KanoOptions.defaults())));
    }

    private static String message(Runnable read) {
        try {
            read.run();
            return null;
        } catch (KanoInputException e) {
            return e.getMessage();
        }
    }
}
