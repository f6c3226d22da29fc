package io.github.kano4j.examples;

import io.github.kano4j.Kano;
import io.github.kano4j.questionnaire.KanoAnalysis;

import java.nio.file.Path;

/** The README's first example: analyse the bundled after-sales service survey and print the result. */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        Path survey = Path.of(args.length > 0 ? args[0] : "examples/data/after-sales-service.csv");
        KanoAnalysis analysis = Kano.analyze(survey);
        System.out.println(analysis);
        System.out.println(analysis.ingest().orElseThrow());
    }
}
