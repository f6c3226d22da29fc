package io.github.kano4j.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every shipped notebook runs top to bottom as shipped: its code cells are executed in order through the JShell
 * API in a JVM started in the notebook's own folder (as Jupyter starts the kernel), with the build's class path
 * (the built classes and their dependencies) — so {@code ./mvnw verify} catches a broken notebook without Jupyter.
 * The notebooks also keep the rules that make them robust in real kernels: all imports in the first code cell, no
 * stored outputs.
 */
class NotebookTest {
    private static final Path NOTEBOOKS = Path.of("examples", "notebooks");

    @Test
    void everyNotebookRunsFromItsOwnFolder() throws Exception {
        List<Path> notebooks = notebooks();
        assertThat(notebooks).isNotEmpty();
        String classPath = System.getProperty("java.class.path");
        for (Path nb : notebooks) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-cp", classPath, NotebookRunner.class.getName(),
                    nb.getFileName().toString(), classPath).directory(nb.getParent().toFile()).redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(nb.toString()).isTrue();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(nb + ":\n" + output).isZero();
            assertThat(output).as(nb.toString()).contains(" code cells, 0 failures");
        }
    }

    @Test
    void importsComeFirstAndNoOutputsAreStored() throws IOException {
        for (Path nb : notebooks()) {
            String json = Files.readString(nb, StandardCharsets.UTF_8);
            List<String> cells = NotebookRunner.codeCells(json);
            for (int c = 1; c < cells.size(); c++) {
                assertThat(cells.get(c).lines().filter(l -> l.strip().startsWith("import "))).as(nb + " cell " + c)
                        .isEmpty();
            }
            assertThat(json).as(nb.toString()).doesNotContain("\"output_type\"").doesNotContain("\"execution_count\": 1");
        }
    }

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.toString().endsWith(".ipynb") && !f.toString().endsWith(".executed.ipynb"))
                    .sorted().toList();
        }
    }
}
