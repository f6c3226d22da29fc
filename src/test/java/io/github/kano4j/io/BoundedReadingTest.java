package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.KanoInputException;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resources are bounded and problems are named where they start (the hardening issue). */
class BoundedReadingTest {
    @TempDir
    Path dir;

    /** An endless stream of one character, like /dev/zero. */
    private static Reader endless(char c) {
        return new Reader() {
            @Override
            public int read(char[] b, int off, int len) {
                Arrays.fill(b, off, off + len, c);
                return len;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void anEndlessStreamIsRefusedWithinBoundedMemory() {
        assertThatThrownBy(() -> KanoCsvReader.create().read(endless('\0'), "zero"))
                .isInstanceOf(KanoInputException.class).hasMessageContaining("zero, row 1")
                .hasMessageContaining("longer than 8000000 characters");
    }

    @Test
    void aLineOfTooManyFieldsIsRefused() {
        assertThatThrownBy(() -> KanoCsvReader.create().read(endless(','), "commas"))
                .isInstanceOf(KanoInputException.class).hasMessageContaining("more than 100000 fields");
    }

    @Test
    void aValidHeaderOverOneMegabyteIsRead() throws IOException {
        StringBuilder header = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int a = 0; a < 20_000; a++) {
            String name = "attribute number " + a + " with a long descriptive name";
            header.append(a == 0 ? "" : ",").append(name).append("_functional,").append(name).append("_dysfunctional");
            row.append(a == 0 ? "" : ",").append("1,5");
        }
        assertThat(header.length()).isGreaterThan(1 << 20);
        Path p = dir.resolve("wide-header.csv");
        Files.writeString(p, header + "\n" + row + "\n");
        KanoSurvey s = KanoCsvReader.create().read(p);
        assertThat(s.tally().size()).isEqualTo(20_000);
        assertThat(s.report().rowsUsed()).isEqualTo(1);
    }

    @Test
    void invalidBytesAreReportedOnTheirLine() throws IOException {
        Path p = dir.resolve("latin1.csv");
        Files.write(p, "a_functional,a_dysfunctional\n1,5\n2,5\nj'aime,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> KanoCsvReader.create().read(p)).hasMessageContaining(", row 4: is not valid UTF-8");
    }

    @Test
    void theDelimiterAgreesWithTheDataNotOnlyTheHeader() throws IOException {
        Path p = dir.resolve("semicolon-in-names.csv");
        Files.writeString(p, "speed; fast_functional,speed; fast_dysfunctional\n1,5\n2,5\n1,4\n");
        KanoSurvey s = KanoCsvReader.create().read(p);
        assertThat(s.tally().attributes()).containsOnlyKeys("speed; fast");
        assertThat(s.report().rowsUsed()).isEqualTo(3);
    }

    @Test
    void attributeNamesThatBeginWithARoleWordKeepTheirPairs() throws IOException {
        Path p = dir.resolve("role-words.csv");
        Files.writeString(p, "Importance of fast delivery_functional,Importance of fast delivery_dysfunctional,"
                + "Functional design_f,Functional design_d\n1,5,2,5\n1,4,1,5\n");
        KanoSurvey s = KanoCsvReader.create().read(p);
        assertThat(s.tally().attributes()).containsOnlyKeys("Importance of fast delivery", "Functional design");
        assertThat(s.tally().attributes().get("Functional design").pairs()).isEqualTo(2);
    }

    @Test
    void aSegmentColumnOfIdentifiersIsRefusedBeforeItFillsTheHeap() throws IOException {
        StringBuilder sb = new StringBuilder("id,a_functional,a_dysfunctional\n");
        for (int i = 0; i < 10_050; i++) {
            sb.append("r").append(i).append(",1,5\n");
        }
        Path p = dir.resolve("ids.csv");
        Files.writeString(p, sb.toString());
        assertThatThrownBy(() -> KanoCsvReader.create().withSegmentColumns("id").read(p))
                .hasMessageContaining(", row 10002, column \"id\", value \"r10000\": more than 10000 distinct values");
    }

    @Test
    void theCommandLineAnswersResourceCasesWithOneLineInASmallHeap() throws Exception {
        Path cell = dir.resolve("huge-cell.csv");
        try (Writer w = Files.newBufferedWriter(cell)) {
            w.write("a_functional,a_dysfunctional\n\"");
            char[] chunk = new char[1 << 16];
            Arrays.fill(chunk, 'x');
            for (int i = 0; i < 200; i++) {
                w.write(chunk); // 13 MB in one cell, more than the line guard allows
            }
            w.write("\",5\n");
        }
        Path fields = dir.resolve("many-fields.csv");
        Files.writeString(fields, "a_functional,a_dysfunctional\n" + ",".repeat(2_000_000) + "\n");
        Path ids = dir.resolve("segment-ids.csv");
        StringBuilder sb = new StringBuilder("id,a_functional,a_dysfunctional\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("r").append(i).append(",1,5\n");
        }
        Files.writeString(ids, sb.toString());
        String demo = Path.of("examples", "data", "after-sales-service.csv").toString();
        String[][] cases = {{"longer than", "analyze", cell.toString()}, {"fields", "analyze", fields.toString()},
            {"longer than", "analyze", "/dev/zero"}, {"distinct values", "analyze", ids.toString(), "--segment", "id"},
            {"from 0 to 1000000", "analyze", demo, "--bootstrap", "2000000000"},
            {"from 0 to 1000000", "allocate", "--demo", "--bootstrap", "2000000000"}};
        for (String[] c : cases) {
            if (c[2].equals("/dev/zero") && !new File(c[2]).exists()) {
                continue;
            }
            Process p = cli("-Xmx64m", Arrays.copyOfRange(c, 1, c.length));
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(c[2]).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isEqualTo(2);
            assertThat(err.lines().count()).as(err).isEqualTo(1);
            assertThat(err).startsWith("kano4j: ").contains(c[0]).doesNotContain("malformed");
        }
    }

    private static Process cli(String heap, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), "io.github.kano4j.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
