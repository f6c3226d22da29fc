package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The progress line: drawn only on a terminal after the first second, erased before any message and at the end. */
class ProgressTest {
    @Test
    void drawnAfterTheFirstSecondErasedBeforeMessagesAndAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong(10_000);
        Progress p = Progress.manual(terminal, now::get);
        p.phase("reading survey.csv");
        p.draw();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).as("nothing in the first second").isEmpty();
        now.addAndGet(2_500);
        p.draw();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rkano4j: reading survey.csv ... 2 s\u001b[K");
        p.err(System.err).print("kano4j: warning: x\n");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r\u001b[Kkano4j: warning: x\n");
        p.draw();
        p.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("2 s\u001b[K\r\u001b[K");
    }

    @Test
    void neverOutsideATerminalNorWithQuiet() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress p = Progress.of(false, captured)) {
            assertThat(p.active()).as("not the process's stderr").isFalse();
            assertThat(p.err(captured)).isSameAs(captured);
        }
        try (Progress p = Progress.of(true, System.err)) {
            assertThat(p.active()).as("--quiet").isFalse();
        }
        assertThat(bytes.size()).isZero();
    }
}
