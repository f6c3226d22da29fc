package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.questionnaire.CategoryCounts;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;
import io.github.kano4j.questionnaire.SegmentComparison;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Segments counted compactly while reading (rows one by one, then counts from 64 rows on) give exactly the tallies
 * that reading each segment's rows on its own gives.
 */
class CompactSegmentsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = MissingAnswerPolicy.class, names = {"COUNT_AS_Q", "DROP_PAIR"})
    void everySegmentTallyIsTheTallyOfItsOwnRows(MissingAnswerPolicy policy) throws IOException {
        // 3,000 rows over 300 small segments and two large ones (past 64 rows), with missing and invalid answers
        Random rng = new Random(31);
        String header = "id,site,speed_functional,speed_dysfunctional,price_f,price_d,staff_functional,"
                + "staff_dysfunctional";
        Map<String, List<String>> bySegment = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        String[] answers = {"1", "2", "3", "4", "5", "like", "dislike", "", "maybe"};
        for (int r = 1; r <= 3_000; r++) {
            int s = rng.nextInt(10);
            String site = s == 0 ? "big A" : s == 1 ? "big B" : "site " + rng.nextInt(300);
            StringBuilder line = new StringBuilder().append(r).append(',').append(site);
            for (int c = 0; c < 6; c++) {
                line.append(',').append(answers[rng.nextInt(rng.nextInt(20) == 0 ? 9 : 7)]);
            }
            all.add(line.toString());
            bySegment.computeIfAbsent(site, k -> new ArrayList<>()).add(line.toString());
        }
        Path file = dir.resolve("survey.csv");
        Files.write(file, lines(header, all));
        KanoCsvReader reader = KanoCsvReader.create().withMissingAnswers(policy).withSegmentColumns("site");
        KanoSurvey survey = reader.read(file);
        Map<String, KanoTally> segments = survey.segments().get("site");
        assertThat(segments.keySet()).containsExactlyElementsOf(bySegment.keySet());
        assertThat(bySegment.get("big A")).hasSizeGreaterThan(CompactSegments.SPILL_ROWS);
        KanoCsvReader alone = KanoCsvReader.create().withMissingAnswers(policy);
        for (Map.Entry<String, List<String>> e : bySegment.entrySet()) {
            Path one = dir.resolve("one.csv");
            Files.write(one, lines(header, e.getValue()));
            KanoTally expected = alone.read(one).tally();
            assertThat(segments.get(e.getKey())).as(e.getKey()).isEqualTo(expected);
        }
        // the category counts the comparison takes straight from the compact rows are those of the tallies, and the
        // comparison is the one of the same tallies in an ordinary map
        SegmentComparison.CountedSegments counted = (SegmentComparison.CountedSegments) segments;
        for (EvaluationTable table : List.of(EvaluationTable.STANDARD, EvaluationTable.POULIOT)) {
            for (Map.Entry<String, KanoTally> e : segments.entrySet()) {
                CategoryCounts[] direct = counted.categoryCounts(e.getKey(), table).orElseThrow();
                List<CategoryCounts> expected = e.getValue().attributes().values().stream().map(table::count).toList();
                assertThat(direct).as(e.getKey()).containsExactlyElementsOf(expected);
            }
            KanoOptions options = KanoOptions.defaults().withTable(table);
            SegmentComparison fast = SegmentComparison.of("site", segments, options);
            SegmentComparison plain = SegmentComparison.of("site", new LinkedHashMap<>(segments), options);
            assertThat(fast.tests()).isEqualTo(plain.tests());
            assertThat(fast.toString()).isEqualTo(plain.toString());
        }
        assertThat(counted.categoryCounts("no such site", EvaluationTable.STANDARD)).isEmpty();
        // the same tallies when the file is read in parts on several threads and the parts are merged
        for (int parts = 2; parts <= 4; parts++) {
            KanoSurvey merged = FastWideReader.read(file, reader.settings(), parts, 1);
            assertThat(merged).isNotNull();
            assertThat(merged.segments()).as("%s parts", parts).isEqualTo(survey.segments());
        }
    }

    @ParameterizedTest
    @EnumSource(value = MissingAnswerPolicy.class, names = {"DROP_PAIR"})
    void theSegmentMapIsReadOnlyAndEachReadGivesAnEqualTally(MissingAnswerPolicy policy) throws IOException {
        Path file = dir.resolve("small.csv");
        Files.write(file, List.of("id,site,a_functional,a_dysfunctional", "1,x,1,5", "2,y,2,4", "3,x,5,1"));
        Map<String, KanoTally> segments = KanoCsvReader.create().withMissingAnswers(policy)
                .withSegmentColumns("site").read(file).segments().get("site");
        assertThat(segments.get("x")).isEqualTo(segments.get("x")).isNotSameAs(segments.get("x"));
        assertThat(segments.get("x").attributes().get("a").pairs()).isEqualTo(2);
        assertThat(segments.get("z")).isNull();
        assertThatThrownBy(() -> segments.put("z", KanoTally.create()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<String> lines(String header, List<String> rows) {
        List<String> out = new ArrayList<>();
        out.add(header);
        out.addAll(rows);
        return out;
    }
}
