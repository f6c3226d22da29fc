package io.github.kano4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer module whose only directive is {@code requires io.github.kano4j} compiles and runs on the module
 * path with kano4j's dependencies beside it, without any extra flag.
 */
class JpmsTest {

    @Test
    void aConsumerThatOnlyRequiresKano4jCompilesAndRuns(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src/demo");
        Files.createDirectories(src.resolve("demo"));
        Files.writeString(src.resolve("module-info.java"), "module demo { requires io.github.kano4j; }\n");
        Files.writeString(src.resolve("demo/Main.java"), """
                package demo;

                public class Main {
                    public static void main(String[] args) {
                        var analysis = io.github.kano4j.Kano.analyze(java.nio.file.Path.of(args[0]));
                        System.out.println(io.github.kano4j.report.Report.csv(analysis).lines().count());
                    }
                }
                """);
        String modulePath = modulePath();
        Path out = dir.resolve("out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", out.toString(), "--module-path", modulePath,
                "--module-source-path", dir.resolve("src").toString(), "-m", "demo");
        assertThat(rc).as("javac of the consumer module").isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--module-path", modulePath + File.pathSeparator + out,
                "-m", "demo/demo.Main", Path.of("examples/data/after-sales-service.csv").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("11"); // header + ten attributes
    }

    /** target/classes (the exploded module) and the runtime dependencies' jars from the test class path. */
    private static String modulePath() {
        List<String> parts = new ArrayList<>();
        parts.add(Path.of("target/classes").toAbsolutePath().toString());
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.matches(".*(commons-csv|commons-math3|commons-io|commons-codec)-[0-9.]+\\.jar"))
                .forEach(parts::add);
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        return String.join(File.pathSeparator, parts);
    }
}
