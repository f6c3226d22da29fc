package io.github.kano4j.examples;

import io.github.kano4j.Kano;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoResult;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The README's first example: classify the bundled after-sales service survey and print one line per attribute.
 * The README shows this code and its output; a test keeps them equal.
 */
public final class Quickstart {
    private Quickstart() {
    }

    /** Runs the example on the bundled survey (from the repository root). */
    public static void main(String[] args) {
        KanoAnalysis analysis = Kano.analyze(Path.of("examples/data/after-sales-service.csv"));
        for (KanoResult r : analysis.results()) {
            System.out.printf(Locale.ROOT, "%-37s %-10s better %.2f  worse %5.2f%n",
                    r.attribute(), r.label(), r.better(), r.worse());
        }
        System.out.println(analysis.ingest().orElseThrow().summary());
    }
}
