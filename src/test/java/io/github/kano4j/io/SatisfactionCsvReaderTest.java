package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The satisfaction reader on real temporary files; the ingest report reconciles in every test. */
class SatisfactionCsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path p = dir.resolve("s.csv");
        Files.writeString(p, content);
        return p;
    }

    @Test
    void numericColumnsAreAttributesTextAndIdColumnsAreReported() throws IOException {
        Path p = write("""
                id,segment,speed,cleanup,overall
                1,household,5,4,9
                2,business,2,,4
                3,household,3,3,
                4,household,x,3,5
                5,,1,2,3
                """);
        SatisfactionSurvey s = SatisfactionCsvReader.create("overall").read(p);
        assertThat(s.attributes()).containsExactly("speed", "cleanup");
        assertThat(s.respondents()).isEqualTo(2);
        assertThat(s.rating(1, 0)).isEqualTo(1);
        assertThat(s.overall(0)).isEqualTo(9.0);
        var r = s.report();
        assertThat(r.reconciles()).isTrue();
        assertThat(r.rowsRead()).isEqualTo(5);
        assertThat(r.rowsRejected()).containsEntry("attribute rating missing", 1L)
                .containsEntry("overall rating missing", 1L)
                .containsEntry("attribute rating not a whole number 0-100", 1L);
        assertThat(r.unusedColumns()).containsExactly("\"id\" (column 1): respondent identifier",
                "\"segment\" (column 2): not a rating (e.g. \"household\")");
    }

    @Test
    void failPolicyAndMissingOverallColumn() throws IOException {
        Path p = write("a,overall\n3,7\n,5\n");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").withFailOnMissing(true).read(p))
                .isInstanceOf(KanoInputException.class)
                .hasMessage(p + ", row 3, column \"a\", value \"\": missing rating (policy fail); expected a whole "
                        + "number 0-100");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("satisfaction").read(p))
                .isInstanceOf(KanoInputException.class)
                .hasMessage(p + ", row 1, column \"satisfaction\": overall-satisfaction column not found; expected one "
                        + "of [a, overall]");
    }

    @Test
    void explicitAttributesAndSemicolons() throws IOException {
        Path p = write("a;b;c;overall\n1;2;3;4,5\n");
        SatisfactionSurvey s = SatisfactionCsvReader.create("OVERALL").withAttributes("c", "a").read(p);
        assertThat(s.attributes()).containsExactly("c", "a");
        assertThat(s.overall(0)).isEqualTo(4.5);
        assertThat(s.report().unusedColumns()).containsExactly("\"b\" (column 2): not one of the chosen attributes");
    }

    @Test
    void emptyAndHeaderOnlyFiles() throws IOException {
        Path empty = write("");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").read(empty))
                .hasMessageContaining("is empty");
        Path onlyOverall = write("overall\n5\n");
        assertThatThrownBy(() -> SatisfactionCsvReader.create("overall").read(onlyOverall))
                .hasMessageContaining("no attribute rating columns");
    }
}
