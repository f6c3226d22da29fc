package io.github.kano4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Category;
import io.github.kano4j.Kano;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.tools.AfterSalesSatisfactionGenerator;
import io.github.kano4j.tools.AfterSalesSurveyGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The bundled example regenerates byte for byte, covers every main category, and the Quickstart runs. */
class ExamplesTest {
    static final Path BUNDLED = Path.of("examples/data/after-sales-service.csv");

    @Test
    void generatorReproducesTheBundledFileExactly() throws IOException {
        String regenerated = AfterSalesSurveyGenerator.generate(AfterSalesSurveyGenerator.SEED,
                AfterSalesSurveyGenerator.RESPONDENTS);
        assertThat(regenerated).isEqualTo(Files.readString(BUNDLED, StandardCharsets.UTF_8));
    }

    @Test
    void satisfactionGeneratorReproducesTheBundledFileAndTypesAreRecovered() throws IOException {
        Path bundled = Path.of("examples/data/after-sales-satisfaction.csv");
        assertThat(AfterSalesSatisfactionGenerator.generate(AfterSalesSatisfactionGenerator.SEED,
                AfterSalesSatisfactionGenerator.RESPONDENTS, AfterSalesSatisfactionGenerator.NOISE))
                .isEqualTo(Files.readString(bundled, StandardCharsets.UTF_8));
        var analysis = io.github.kano4j.satisfaction.SatisfactionAnalysis.of(
                io.github.kano4j.io.SatisfactionCsvReader.create("overall").read(bundled),
                io.github.kano4j.satisfaction.SatisfactionOptions.defaults());
        for (var spec : AfterSalesSatisfactionGenerator.ATTRIBUTES) {
            assertThat(analysis.result(spec.name()).orElseThrow().factorType().name()).as(spec.name())
                    .isEqualTo(spec.type());
        }
    }

    @Test
    void bundledSurveyHasEveryMainCategory() {
        KanoAnalysis a = Kano.analyze(BUNDLED);
        assertThat(a.results()).hasSize(10);
        assertThat(a.results()).extracting(r -> r.mode().orElseThrow())
                .contains(Category.M, Category.O, Category.A, Category.I, Category.R);
        assertThat(a.ingest().orElseThrow().rowsRead()).isEqualTo(400);
        assertThat(a.ingest().orElseThrow().reconciles()).isTrue();
        assertThat(a.result("Problem solved on the first visit").orElseThrow().category()).contains(Category.M);
        assertThat(a.result("Free check of other appliances").orElseThrow().category()).contains(Category.A);
        assertThat(a.result("Callback when the line is busy").orElseThrow().category()).contains(Category.O);
        assertThat(a.result("Printed service newsletter").orElseThrow().category()).contains(Category.I);
    }

    @Test
    void reportingJobWritesEveryWaveAndFailsClearlyOnBadInput(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path waves = Files.createDirectories(dir.resolve("waves"));
        Files.writeString(waves.resolve("2025-wave.csv"), AfterSalesSurveyGenerator.generate(1, 200));
        Files.writeString(waves.resolve("2026-wave.csv"), AfterSalesSurveyGenerator.generate(2, 200));
        Path satisfaction = Files.createDirectories(waves.resolve("satisfaction"));
        Files.writeString(satisfaction.resolve("2025-wave.csv"), AfterSalesSatisfactionGenerator.generate(1, 600,
                AfterSalesSatisfactionGenerator.NOISE));
        Files.writeString(satisfaction.resolve("2026-wave.csv"), AfterSalesSatisfactionGenerator.generate(2, 600,
                AfterSalesSatisfactionGenerator.NOISE));
        Path out = dir.resolve("reports");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReportingJob.run(waves, out, new PrintStream(log, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(out.resolve("2025-wave.html")).exists();
        assertThat(out.resolve("2026-wave.csv")).exists();
        assertThat(Files.readString(out.resolve("2026-wave-drift.txt"))).contains("Segments by wave");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("2026-wave: 10 attributes, 200 rows read")
                .contains("2026-wave (satisfaction): 10 attributes, 600 respondents");
        assertThat(out.resolve("2025-wave-satisfaction.csv")).exists();
        assertThat(Files.readString(out.resolve("2026-wave-satisfaction-drift.txt")))
                .contains("Satisfaction by wave: do penalty and reward differ between segments?");

        Files.writeString(waves.resolve("2027-wave.csv"), "speed_f,speed_d\nvery bad,awful\n");
        int bad = ReportingJob.run(waves, out, new PrintStream(log, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("reporting job: ").contains("2027-wave.csv")
                .contains("no value in this column is a recognised answer");
    }

    @Test
    void notebookIsValidJsonForTheJavaKernel() throws IOException {
        String nb = Files.readString(Path.of("examples/notebooks/kano4j-quickstart.ipynb"));
        assertThat(nb).contains("\"nbformat\": 4").contains("%maven io.github.kano4j:kano4j:0.1.0-SNAPSHOT")
                .contains("show(Report.htmlFragment(analysis));").contains("\"name\": \"java\"");
    }

    @Test
    void quickstartPrintsOneLinePerAttributeAndTheIngestSummary() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Technician arrives within two hours   O ")
                .contains("Progress text messages                MIXED(A/I) better 0.53")
                .contains("rows read 400 = used 400 + rejected 0");
    }
}
