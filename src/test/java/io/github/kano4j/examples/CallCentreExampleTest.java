package io.github.kano4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Category;
import io.github.kano4j.Kano;
import io.github.kano4j.cli.Cli;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.tools.CallCentreGenerator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled Chinese call-centre example: its three files regenerate byte for byte, the analyses recover the
 * categories and factor types it was generated with, and the demos run on it in both Chinese scripts.
 */
class CallCentreExampleTest {
    private static final Path KANO = Path.of("examples/data/call-centre-kano.csv");
    private static final Path SATISFACTION = Path.of("examples/data/call-centre-satisfaction.csv");

    @Test
    void theGeneratorReproducesTheBundledFiles() throws IOException {
        assertThat(CallCentreGenerator.kano(CallCentreGenerator.KANO_SEED, CallCentreGenerator.KANO_RESPONDENTS))
                .isEqualTo(Files.readString(KANO, StandardCharsets.UTF_8));
        assertThat(CallCentreGenerator.satisfaction(CallCentreGenerator.SATISFACTION_SEED,
                CallCentreGenerator.SATISFACTION_RESPONDENTS)).isEqualTo(Files.readString(SATISFACTION,
                StandardCharsets.UTF_8));
        assertThat(CallCentreGenerator.attributes()).isEqualTo(Files.readString(
                Path.of("examples/data/call-centre-attributes.csv"), StandardCharsets.UTF_8));
        assertThat(CallCentreGenerator.gaps(CallCentreGenerator.GAP_SEED, CallCentreGenerator.GAP_RESPONDENTS))
                .isEqualTo(Files.readString(Path.of("examples/data/call-centre-gaps.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void theQuestionnaireGivesEachElementTheCategoryItWasGeneratedWith() {
        KanoAnalysis a = Kano.analyze(KANO);
        assertThat(a.ingest().orElseThrow().rowsRead()).isEqualTo(400);
        assertThat(a.ingest().orElseThrow().unusedColumns()).filteredOn(c -> c.contains("survey-platform metadata"))
                .hasSize(4);
        Category[] moairq = {Category.M, Category.O, Category.A, Category.I, Category.R, Category.Q};
        for (CallCentreGenerator.Spec spec : CallCentreGenerator.ELEMENTS) {
            int top = 0;
            for (int k = 1; k < 6; k++) {
                top = spec.moairq()[k] > spec.moairq()[top] ? k : top;
            }
            assertThat(a.result(spec.name()).orElseThrow().category()).as(spec.name()).contains(moairq[top]);
        }
    }

    @Test
    void theSatisfactionSurveyGivesEachElementItsFactorType() {
        SatisfactionAnalysis a = Kano.analyzeSatisfaction(SatisfactionCsvReader.create(CallCentreGenerator.OVERALL)
                .read(SATISFACTION), SatisfactionOptions.defaults().withBootstrap(0, 1));
        for (CallCentreGenerator.Spec spec : CallCentreGenerator.ELEMENTS) {
            assertThat(a.result(spec.name()).orElseThrow().factorType().name()).as(spec.name()).isEqualTo(spec.type());
        }
    }

    @Test
    void theDemosRunOnItInChinese() {
        assertThat(Cli.run("demo", "--language", "zh")).contains("电话顺利接通不占线").contains("座席给出意外的建议");
        assertThat(Cli.run("satisfaction-demo", "--language", "zh-Hant")).contains("一次性解决问题").contains("基本因素")
                .contains("滿意度數據得出的因素類型").doesNotContain("dissatisfier");
        String html = Cli.run("report", "--demo", "--language", "zh");
        assertThat(html).contains("<html lang=\"zh-Hans\"").contains("<h2>摘要</h2>")
                .contains("优先修复：提升“未接通时转接或回电”");
        // the element's name is the user's data and stays as written
        assertThat(Cli.run("allocate", "--demo", "--budget", "20000", "--language", "zh-Hant"))
                .contains("優先修復：提升「未接通时转接或回电」");
        assertThat(Cli.run("demo")).contains("Technician arrives within two hours");
    }
}
