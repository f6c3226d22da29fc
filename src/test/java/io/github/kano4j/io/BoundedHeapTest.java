package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theFastPathStaysFlatFromAQuarterMillionToAMillionRespondents(@TempDir Path dir) throws Exception {
        int quarter = peakOfFileRead(dir.resolve("quarter.csv"), 250_000);
        int million = peakOfFileRead(dir.resolve("million.csv"), 1_000_000);
        // sequential respondent ids cost one run, the scan buffers 1 MB per part: no growth with respondents
        assertThat(million).as("peak heap MB at 1,000,000 vs %s at 250,000", quarter).isLessThanOrEqualTo(quarter + 8);
    }

    private static int peakOfFileRead(Path file, int respondents) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                BoundedHeapRead.class.getName(), Integer.toString(respondents), "20", file.toString()))
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("finished in time").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("rows read " + respondents + ", used " + respondents);
        Matcher m = Pattern.compile("peak heap MB (\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
