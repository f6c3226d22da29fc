package io.github.kano4j.cli;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
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
 * The bundled examples, in one place: the English after-sales service data and, for {@code --language zh} or
 * {@code zh-Hant}, the Chinese call-centre data (nine service elements, a 问卷星-style questionnaire export and a
 * satisfaction survey). The CLI jar carries them under {@code /kano4j-demo/}; the library jar does not. Run from a
 * checkout (tests, {@code exec:java}) they are read from {@code examples/data/}.
 */
final class Demo {
    /** One bundled data set: its questionnaire, satisfaction survey, attribute sheet and overall column. */
    enum Data {
        /** The after-sales service of an appliance maker, in English. */
        AFTER_SALES("after-sales-service.csv", "after-sales-satisfaction.csv", "after-sales-attributes.csv",
                "overall"),
        /** A call centre's nine service elements, in Chinese. */
        CALL_CENTRE("call-centre-kano.csv", "call-centre-satisfaction.csv", "call-centre-attributes.csv", "总体满意度");

        final String kano;
        final String satisfaction;
        final String attributes;
        /** The overall-satisfaction column of the satisfaction survey. */
        final String overall;

        Data(String kano, String satisfaction, String attributes, String overall) {
            this.kano = kano;
            this.satisfaction = satisfaction;
            this.attributes = attributes;
            this.overall = overall;
        }

        /** The data set of a language: Chinese for both Chinese scripts. */
        static Data of(Language language) {
            return language.isChinese() ? CALL_CENTRE : AFTER_SALES;
        }
    }

    private Demo() {
    }

    /** The bundled Kano questionnaire, read with the given reader. */
    static KanoSurvey kano(Data data, KanoCsvReader reader) {
        try (Reader in = open(data.kano)) {
            return reader.read(in, data.kano + " (bundled example)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled example " + data.kano, e);
        }
    }

    /** The bundled satisfaction survey, read with the given reader. */
    static SatisfactionSurvey satisfaction(Data data, SatisfactionCsvReader reader) {
        try (Reader in = open(data.satisfaction)) {
            return reader.read(in, data.satisfaction + " (bundled example)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled example " + data.satisfaction, e);
        }
    }

    /** The bundled attribute sheet (benchmarks and unit costs). */
    static AttributeSheet attributes(Data data) {
        try (Reader in = open(data.attributes)) {
            return AttributeSheetReader.read(in, data.attributes + " (bundled example)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled attribute sheet " + data.attributes, e);
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
