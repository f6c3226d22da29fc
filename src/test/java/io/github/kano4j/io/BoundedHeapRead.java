package io.github.kano4j.io;

import io.github.kano4j.Kano;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Reads a wide survey of {@code args[0]} respondents × {@code args[1]} attributes generated on the fly (never
 * held in memory or on disk), analyses it and prints the ingest totals and the peak heap used. Run by
 * {@link BoundedHeapTest} in a JVM with a small maximum heap. With a third argument, the survey (with a respondent id
 * column) is first written to that file and then read from it, and the peak counts only the read.
 */
public final class BoundedHeapRead {
    private BoundedHeapRead() {
    }

    /** A reader producing the CSV text row by row. */
    static final class GeneratedSurvey extends Reader {
        private final int respondents;
        private final int attributes;
        private final Random rng = new Random(42);
        private final StringBuilder line = new StringBuilder();
        private int row = -1;
        private int pos;

        GeneratedSurvey(int respondents, int attributes) {
            this.respondents = respondents;
            this.attributes = attributes;
        }

        private boolean fill() {
            if (row >= respondents) {
                return false;
            }
            line.setLength(0);
            pos = 0;
            for (int a = 0; a < attributes; a++) {
                if (a > 0) {
                    line.append(',');
                }
                if (row < 0) {
                    line.append("attribute").append(a).append("_functional,attribute").append(a).append("_dysfunctional");
                } else {
                    line.append(1 + rng.nextInt(5)).append(',').append(1 + rng.nextInt(5));
                }
            }
            line.append('\n');
            row++;
            return true;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos >= line.length() && !fill()) {
                return -1;
            }
            int n = Math.min(len, line.length() - pos);
            line.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    public static void main(String[] args) throws IOException {
        int respondents = Integer.parseInt(args[0]);
        int attributes = Integer.parseInt(args[1]);
        KanoSurvey s;
        if (args.length > 2) {
            // the file case: the survey written to a file with a respondent id column, then read from the file
            Path file = Path.of(args[2]);
            try (BufferedReader in = new BufferedReader(new GeneratedSurvey(respondents, attributes));
                    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                long row = 0;
                for (String line = in.readLine(); line != null; line = in.readLine(), row++) {
                    out.write((row == 0 ? "id" : Long.toString(row)) + "," + line + "\n");
                }
            }
            System.gc();
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            s = KanoCsvReader.create().read(file);
        } else {
            s = KanoCsvReader.create().read(new GeneratedSurvey(respondents, attributes), "generated");
        }
        KanoAnalysis a = Kano.analyze(s, KanoOptions.defaults());
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("rows read " + s.report().rowsRead() + ", used " + s.report().rowsUsed() + ", attributes "
                + a.results().size() + ", reconciles " + s.report().reconciles() + ", peak heap MB "
                + peak / (1024 * 1024) + ", max heap MB " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
