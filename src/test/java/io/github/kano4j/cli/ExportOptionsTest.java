package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pairs FILE} and {@code --labels FILE} read survey-platform exports from the command line. */
class ExportOptionsTest {
    @TempDir
    Path dir;

    @Test
    void pairsAndLabelsFromTheCommandLine() throws IOException {
        Path data = dir.resolve("export.csv");
        Files.writeString(data, "序号,7、如果电话一次接通，您的感受是？,8、如果电话未能接通，您的感受是？\n1,很喜欢这样,很讨厌这样\n"
                + "2,理应如此,很讨厌这样\n");
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "attribute,functional,dysfunctional\n电话一次接通,2,3\n");
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "很喜欢这样,1\n很讨厌这样,5\n");
        Cli.Result r = MainTest.run("analyze", data.toString(), "--pairs", pairs.toString(), "--labels",
                labels.toString(), "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\n电话一次接通,2,");
        assertThat(r.err()).contains("rows read 2 = used 2 + rejected 0");
        for (String[] c : new String[][] {{"analyze", data.toString(), "--pairs", pairs.toString(), "--labels",
            labels.toString()}, {"satisfaction", "examples/data/after-sales-satisfaction.csv", "--overall", "overall"},
            {"allocate", "--demo"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(c),
                    java.util.stream.Stream.of("--format", "json")).toArray(String[]::new);
            Cli.Result json = MainTest.run(args);
            assertThat(json.status()).as(c[0] + json.err()).isZero();
            assertThat(json.out()).as(c[0]).startsWith("[\n  {\"attribute\": ").endsWith("}\n]\n");
        }
        Cli.Result missing = MainTest.run("analyze", data.toString(), "--pairs", dir.resolve("no.csv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("kano4j: " + dir.resolve("no.csv") + ": file not found\n");
    }
}
