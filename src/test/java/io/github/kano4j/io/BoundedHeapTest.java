package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Streaming: a 1,000,000-respondent × 20-attribute wide survey (about 40 MB of CSV text, generated on the
 * fly) is read, tallied and classified in a separate JVM limited to {@value #HEAP} of heap.
 */
class BoundedHeapTest {
    static final String HEAP = "-Xmx64m";

    @Test
    void oneMillionRespondentsInSixtyFourMegabytes() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                BoundedHeapRead.class.getName(), "1000000", "20")).redirectErrorStream(true).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("finished in time").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("rows read 1000000, used 1000000, attributes 20, reconciles true");
    }
}
