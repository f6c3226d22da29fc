package io.github.kano4j.cli;

import io.github.kano4j.Kano;
import io.github.kano4j.io.AttributeSheet;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled examples, in one place. The CLI jar carries them under {@code /kano4j-demo/}; the library jar
 * does not. Run from a checkout (tests, {@code exec:java}) they are read from {@code examples/data/}.
 */
final class Demo {
    static final String KANO = "after-sales-service.csv";
    static final String SATISFACTION = "after-sales-satisfaction.csv";
    static final String ATTRIBUTES = "after-sales-attributes.csv";
    /** The overall-satisfaction column of the bundled satisfaction survey. */
    static final String OVERALL = "overall";

    private Demo() {
    }

    /** The bundled Kano questionnaire, read with the given reader. */
    static KanoSurvey kano(KanoCsvReader reader) {
        try (Reader in = open(KANO)) {
            return reader.read(in, KANO + " (bundled example)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled example " + KANO, e);
        }
    }

    /** The bundled satisfaction survey, read with the given reader. */
    static SatisfactionSurvey satisfaction(SatisfactionCsvReader reader) {
        try (Reader in = open(SATISFACTION)) {
            return reader.read(in, SATISFACTION + " (bundled example)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled example " + SATISFACTION, e);
        }
    }

    /** The bundled attribute sheet (benchmarks and unit costs). */
    static AttributeSheet attributes() {
        try (Reader in = open(ATTRIBUTES)) {
            return AttributeSheetReader.read(in, ATTRIBUTES + " (bundled example)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled attribute sheet", e);
        }
    }

    /** A reader with default settings for the bundled Kano questionnaire. */
    static KanoCsvReader reader() {
        return Kano.reader();
    }

    private static Reader open(String name) {
        return new InputStreamReader(stream(name), StandardCharsets.UTF_8);
    }

    private static InputStream stream(String name) {
        InputStream in = Demo.class.getResourceAsStream("/kano4j-demo/" + name);
        if (in != null) {
            return in;
        }
        Path local = Path.of("examples", "data", name);
        try {
            return Files.newInputStream(local);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled example " + name + " is missing: it travels in "
                    + "kano4j-cli.jar, or is read from examples/data/ in a checkout");
        }
    }
}
