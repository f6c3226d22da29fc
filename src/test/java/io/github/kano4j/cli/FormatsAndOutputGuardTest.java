package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every command: each format is written as asked or refused before any work (never another format), and
 * the one output door never writes over an input, into a missing folder or over a FIFO.
 */
class FormatsAndOutputGuardTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandWritesEachFormatAsAskedOrRefusesIt() throws IOException {
        Map<String, List<String>> runs = Commands.runnable(dir);
        assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(Commands.names());
        List<String> written = new ArrayList<>();
        Path outputs = Files.createDirectory(dir.resolve("outputs"));
        for (Map.Entry<String, List<String>> run : runs.entrySet()) {
            for (Format f : Format.values()) {
                Path out = outputs.resolve(run.getKey() + "." + f.label());
                List<String> args = new ArrayList<>(List.of(run.getKey()));
                args.addAll(run.getValue());
                args.addAll(List.of("--format", f.label(), "--out", out.toString(), "--quiet"));
                Cli.Result r = MainTest.run(args.toArray(String[]::new));
                if (r.status() == 2) {
                    assertThat(r.err()).as(String.join(" ", args)).contains(run.getKey() + " writes ")
                            .contains("not \"" + f.label() + "\"");
                    assertThat(out).doesNotExist();
                    continue;
                }
                assertThat(r.status()).as("%s: %s", String.join(" ", args), r.err()).isZero();
                assertThat(r.err()).as("--quiet: nothing but warnings on stderr").doesNotContain("Ingest report");
                assertThat(r.out()).isEmpty();
                assertLooksLike(f, Files.readAllBytes(out), String.join(" ", args));
                written.add(run.getKey() + " " + f.label());
            }
        }
        assertThat(written).contains("analyze xlsx", "allocate xlsx", "satisfaction xlsx", "report html",
                "questionnaire wjx", "track csv", "gap html", "plan text");
        assertThat(written).doesNotContain("report csv", "report xlsx", "report json", "analyze wjx", "plan csv");
    }

    @Test
    void noCommandWritesOverAnyOfItsInputsEvenThroughALink() throws IOException {
        Map<String, List<String>> runs = Commands.runnable(dir);
        int refused = 0;
        for (Map.Entry<String, List<String>> run : runs.entrySet()) {
            for (Path input : Commands.inputs(run.getValue())) {
                byte[] before = Files.readAllBytes(input);
                Path link = dir.resolve("link-to-" + input.getFileName());
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, input);
                for (Path target : List.of(input, link)) {
                    List<String> args = new ArrayList<>(List.of(run.getKey()));
                    args.addAll(run.getValue());
                    args.addAll(List.of("--out", target.toString()));
                    Cli.Result r = MainTest.run(args.toArray(String[]::new));
                    assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
                    assertThat(r.err()).contains("is an input file");
                    assertThat(Files.readAllBytes(input)).as(input.toString()).isEqualTo(before);
                    refused++;
                }
            }
        }
        assertThat(refused).as("inputs walked, main and auxiliary, twice each").isGreaterThanOrEqualTo(36);
    }

    @Test
    void chartFilesAreGuardedToo() throws IOException {
        Path charts = Files.createDirectory(dir.resolve("charts"));
        Path input = Files.copy(Path.of("examples/data/after-sales-attributes.csv"), charts.resolve("better-worse.svg"));
        byte[] before = Files.readAllBytes(input);
        Cli.Result r = MainTest.run("allocate", "--demo", "--attributes", input.toString(), "--charts",
                charts.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--charts " + charts + " holds " + input + ", which a file written there could "
                + "replace");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        try (var inside = Files.list(charts)) {
            assertThat(inside).as("refused before any chart is written").containsExactly(input);
        }
        Path out = charts.resolve("dumouchel.svg");
        Cli.Result plan = MainTest.run("allocate", "--demo", "--charts", charts.toString(), "--out", out.toString());
        assertThat(plan.status()).as("--out where a chart would go").isEqualTo(2);
    }

    @Test
    void aNewFileGetsTheUmaskAndAReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(dir.resolve("reference")); // what the umask gives any new file
        Path fresh = dir.resolve("fresh.txt");
        assertThat(MainTest.run("demo", "--out", fresh.toString()).status()).isZero();
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(reference));
        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Set<PosixFilePermission> groupRead = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(shared, groupRead);
        assertThat(MainTest.run("demo", "--out", shared.toString()).status()).isZero();
        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(groupRead);
        assertThat(Files.readString(shared)).startsWith("attribute ");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".kano4j-"));
        }
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        Cli.Result r = MainTest.run("demo", "--format", "csv", "--out", fifo.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(read.get(30, TimeUnit.SECONDS)).startsWith("attribute,n,");
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aFolderOrAMissingFolderIsBadArgumentsFoundBeforeAnyWork() {
        Cli.Result folder = MainTest.run("satisfaction-demo", "--out", dir.toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("kano4j: --out " + dir + " is a folder; name a file, e.g. "
                + dir.resolve("result.txt") + "\n");
        Cli.Result missing = MainTest.run("plan", "--out", dir.resolve("no/such.txt").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("the folder " + dir.resolve("no") + " does not exist");
    }

    private static void assertLooksLike(Format f, byte[] bytes, String what) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        switch (f) {
            case XLSX -> assertThat(bytes).as(what).startsWith('P', 'K');
            case CSV -> assertThat(text.lines().findFirst().orElse("")).as(what).matches("[a-z_0-9,]+");
            case JSON -> assertThat(text.strip()).as(what).matches("(?s)(\\{.*\\}|\\[.*\\])");
            case HTML -> assertThat(text).as(what).startsWith("<!DOCTYPE html>");
            case MARKDOWN -> assertThat(text).as(what).containsAnyOf("# ", "| ", "\n   - ");
            default -> assertThat(text).as(what).isNotBlank().doesNotStartWith("<").doesNotStartWith("{");
        }
    }
}
