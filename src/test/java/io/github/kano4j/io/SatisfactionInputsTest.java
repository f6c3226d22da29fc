package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Satisfaction surveys: values outside a scale, extra fields, ambiguous columns, non-rating numbers. */
class SatisfactionInputsTest {
    @TempDir
    Path dir;

    private Path survey(String name, String header, String extraRow) throws IOException {
        StringBuilder sb = new StringBuilder(header).append('\n');
        Random rng = new Random(4);
        for (int j = 0; j < 60; j++) {
            int a = 1 + rng.nextInt(5);
            int b = 1 + rng.nextInt(5);
            sb.append(a + b > 6 ? 4 : 2).append(',').append(a).append(',').append(b).append(",2024,").append(30 + j)
                    .append('\n');
        }
        sb.append(extraRow);
        Path p = dir.resolve(name);
        Files.writeString(p, sb.toString());
        return p;
    }

    @Test
    void aRatingOutsideTheDetectedScaleNamesItsRowColumnAndValue() throws IOException {
        Path p = survey("outlier.csv", "overall,speed,care,year,age", "4,99,3,2024,40\n");
        SatisfactionSurvey s = SatisfactionCsvReader.create("overall").read(p);
        assertThatThrownBy(() -> SatisfactionAnalysis.of(s, SatisfactionOptions.defaults()))
                .isInstanceOf(KanoInputException.class)
                .hasMessageStartingWith(p + ", row 62, column \"speed\", value \"99\": ratings range from 1 to 99");
    }

    @Test
    void aRatingOutsideAnyScaleIsAnErrorNotADroppedRow() throws IOException {
        Path huge = survey("huge.csv", "overall,speed,care,year,age", "1e308,3,3,2024,40\n");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").read(huge))
                .hasMessage(huge + ", row 62, column \"overall\", value \"1e308\": outside any rating scale; expected "
                        + "the overall satisfaction rating, a number from 0 to 100");
        Path fraction = survey("fraction.csv", "overall,speed,care,year,age", "4,2.5,3,2024,40\n");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").read(fraction))
                .hasMessageContaining("row 62, column \"speed\", value \"2.5\": outside any rating scale");
    }

    @Test
    void extraFieldsAreRejectedAndCountedAndTwoOverallColumnsAreAnError() throws IOException {
        Path extra = survey("extra.csv", "overall,speed,care,year,age", "4,3,3,2024,40,surplus\n");
        SatisfactionSurvey s = SatisfactionCsvReader.create("overall").read(extra);
        assertThat(s.report().rowsRejected()).containsEntry("more fields than the header", 1L);
        assertThat(s.report().reconciles()).isTrue();
        Path twice = survey("twice.csv", "overall,speed,Overall,year,age", "");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").read(twice))
                .hasMessageContaining("column \"overall\": two columns have this name (columns 1 and 3)");
    }

    @Test
    void yearAndAgeAreReportedNotAnalysedAndColumnsCanBeChosenOrIgnored() throws IOException {
        Path p = survey("numbers.csv", "overall,speed,care,year,age", "");
        SatisfactionSurvey s = SatisfactionCsvReader.create("overall").read(p);
        assertThat(s.attributes()).containsExactly("speed", "care");
        assertThat(s.report().unusedColumns()).anySatisfy(u -> assertThat(u).startsWith("\"year\" (column 4)"))
                .anySatisfy(u -> assertThat(u).startsWith("\"age\" (column 5)"));
        assertThat(SatisfactionCsvReader.create("overall").withIgnored("care").read(p).attributes())
                .containsExactly("speed");
        assertThat(SatisfactionCsvReader.create("overall").withAttributes("care").read(p).attributes())
                .containsExactly("care");
    }

    @Test
    void tenThousandAttributesAreRefusedBeforeAnythingLarge() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add("a" + i);
        }
        assertThatThrownBy(() -> SatisfactionSurvey.builder(names)).hasMessageContaining("at most 1000 attributes");
    }
}
