package io.github.kano4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A status line on a terminal's standard error while long work runs: the phase ({@code reading survey.csv},
 * {@code analysing}, {@code writing report.html}) and the seconds so far, drawn after the first second and erased
 * when the command ends. Never in a pipe, a file or a CI log (standard error not a terminal, or {@code CI} set),
 * never with {@code --quiet}; so it cannot change any output that is kept. Anything else the command writes to
 * standard error erases the line first, so messages are never mixed with it.
 */
final class Progress implements AutoCloseable {
    private static final long FIRST_DRAW_MS = 1000;
    private static final Progress OFF = new Progress(null, () -> 0);

    private final PrintStream terminal;
    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private ScheduledExecutorService ticker;
    private volatile String phase = "";
    private boolean drawn;
    private boolean stopped;

    private Progress(PrintStream terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.err = terminal == null ? null : new PrintStream(new ErasingStream(), true, StandardCharsets.UTF_8);
    }

    /** Progress on {@code err} when it is the process's standard error on a terminal and not {@code quiet}. */
    static Progress of(boolean quiet, PrintStream err) {
        if (quiet || err != System.err || !onTerminal()) {
            return OFF;
        }
        Progress p = new Progress(err, System::currentTimeMillis);
        p.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kano4j-progress");
            t.setDaemon(true);
            return t;
        });
        p.ticker.scheduleAtFixedRate(p::draw, FIRST_DRAW_MS, 250, TimeUnit.MILLISECONDS);
        return p;
    }

    /** Progress drawn on {@code terminal} by the caller's clock, with no ticker (tests call {@link #draw()}). */
    static Progress manual(PrintStream terminal, LongSupplier clock) {
        return new Progress(terminal, clock);
    }

    /** Whether a status line is drawn at all. */
    boolean active() {
        return terminal != null;
    }

    /** Standard error for the command's own messages: erases the status line before each write. */
    PrintStream err(PrintStream fallback) {
        return terminal == null ? fallback : err;
    }

    /**
     * Standard output for the result: the first write stops the status line for good (a result streamed to the
     * same terminal is never interleaved with it).
     */
    PrintStream out(PrintStream fallback) {
        if (terminal == null) {
            return fallback;
        }
        return new PrintStream(new StoppingStream(fallback), false, StandardCharsets.UTF_8);
    }

    /** Stops drawing and erases the line. */
    synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        stopped = true;
        erase();
    }

    /** The work now running, e.g. {@code reading survey.csv}. */
    void phase(String now) {
        phase = now;
    }

    /** Draws the status line (after the first second). */
    synchronized void draw() {
        if (terminal == null || stopped || clock.getAsLong() - start < FIRST_DRAW_MS) {
            return;
        }
        long seconds = (clock.getAsLong() - start) / 1000;
        terminal.print(String.format(Locale.ROOT, "\rkano4j: %s ... %d s\u001b[K", phase, seconds));
        terminal.flush();
        drawn = true;
    }

    /** Erases the status line if it is drawn. */
    synchronized void erase() {
        if (drawn) {
            terminal.print("\r\u001b[K");
            terminal.flush();
            drawn = false;
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        erase();
    }

    /** Whether standard error is a terminal: on Linux from where file descriptor 2 points, else the console. */
    private static boolean onTerminal() {
        if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
        return System.console() != null;
    }

    /** Writes through to standard output, stopping the status line at the first write. */
    private final class StoppingStream extends OutputStream {
        private final PrintStream target;

        StoppingStream(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            stop();
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            stop();
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
            if (target.checkError()) {
                throw new IOException("standard output failed");
            }
        }
    }

    /** Writes through to the terminal, erasing the status line first. */
    private final class ErasingStream extends OutputStream {
        @Override
        public void write(int b) {
            synchronized (Progress.this) {
                erase();
                terminal.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (Progress.this) {
                erase();
                terminal.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            terminal.flush();
        }
    }
}
