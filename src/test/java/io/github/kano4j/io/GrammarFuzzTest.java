package io.github.kano4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.kano4j.Kano;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.report.Report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grammar-aware fuzzing of the Kano readers: files are generated from a grammar — layout (wide, long, pair counts),
 * header style (suffix, bracket, prefix, short suffix), delimiter, quoting, line ending, byte-order mark, label
 * dictionary (codes, English, Simplified and Traditional Chinese, German, decorated wordings), attribute names with
 * role words, delimiters, quotes and CJK, missing answers and importance — together with the tally the file must
 * produce, built through the public tally API. A clean file must read to exactly that tally with an ingest report
 * that reconciles and accounts for every row, and read twice to the same bytes. Half the files then get structural
 * mutations at the cell and row level (foreign words, dropped or extra cells, duplicated or blank rows, renamed or
 * swapped headers); each outcome is a result that reconciles and renders, or the documented one-line input error
 * naming the file.
 */
class GrammarFuzzTest {
    private static final int CASES = 3000;
    private static final String[][] DICTIONARIES = {
        {"1", "2", "3", "4", "5"},
        {"like", "must-be", "neutral", "live with", "dislike"},
        {"I like it that way", "It must be that way", "I am neutral", "I can live with it that way",
            "I dislike it that way"},
        {"喜欢", "理应如此", "无所谓", "能忍受", "不喜欢"},
        {"喜歡", "理應如此", "無所謂", "能忍受", "不喜歡"},
        {"Das würde mich sehr freuen", "Das setze ich voraus", "Das ist mir egal", "Das könnte ich in Kauf nehmen",
            "Das würde mich sehr stören"},
        {" LIKE ", "Must be.", "neutral!", "Live-with", "DISLIKE IT"},
        {"1.0", "2.0", "3.0", "4.0", "5.0"}};
    private static final String[] NAMES = {"speed", "Technician arrives within two hours", "Importance of fast delivery",
        "Functional design", "电话顺利接通不占线", "座席给出意外的建议", "Price, and value", "He said \"fine\"",
        "Free check of other appliances", "Ström & Spülung", "first-call resolution", "Hold music"};
    private static final String[] FOREIGN = {"maybe", "", "NA", "7", "0", "\"", ",", ";", "\t", "喜欢吗", "-1", "1e9",
        "=1+1", "\u0000", "\uFEFF", "x".repeat(300), "\r\n", "importance", "functional"};

    @TempDir
    Path dir;

    /** A generated file: its rows (header first), its format, and the tally a clean read must give. */
    record Generated(List<List<String>> rows, CSVFormat format, boolean bom, KanoTally expected,
            long usedRows) {
    }

    @Test
    void generatedFilesReadToTheirTallyAndMutationsGiveAResultOrTheDocumentedError() throws IOException {
        Random rng = new Random(20261129L);
        Path file = dir.resolve("grammar.csv");
        int clean = 0;
        int results = 0;
        int errors = 0;
        for (int c = 0; c < CASES; c++) {
            Generated g = generate(rng);
            boolean mutated = rng.nextBoolean();
            List<List<String>> rows = mutated ? mutate(g.rows(), rng) : g.rows();
            String text = print(rows, g.format());
            Files.write(file, ((g.bom() ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8));
            try {
                KanoSurvey s = KanoCsvReader.create().read(file);
                assertThat(s.report().reconciles()).as("case %s: %s", c, s.report()).isTrue();
                KanoAnalysis a = Kano.analyze(s, KanoOptions.defaults());
                String csv = Report.csv(a);
                Report.markdown(a);
                Report.html(a);
                if (!mutated) {
                    assertThat(s.tally()).as("case %s tally of\n%s", c, text).isEqualTo(g.expected());
                    assertThat(s.report().rowsUsed()).as("case %s rows used of\n%s", c, text).isEqualTo(g.usedRows());
                    assertThat(Report.csv(Kano.analyze(KanoCsvReader.create().read(file), KanoOptions.defaults())))
                            .as("case %s read twice", c).isEqualTo(csv);
                    clean++;
                }
                results++;
            } catch (KanoInputException e) {
                if (!mutated) {
                    fail("case " + c + ": a clean generated file was refused: " + e.getMessage() + "\n" + text);
                }
                assertThat(e.getMessage()).as("case %s", c).startsWith(file.toString()).doesNotContain("\n");
                errors++;
            } catch (RuntimeException | AssertionError e) {
                fail("case " + c + (mutated ? " (mutated)" : " (clean)") + " threw " + e + " for input:\n" + text, e);
            }
        }
        assertThat(clean).isGreaterThan(CASES / 3);
        assertThat(errors).isGreaterThan(CASES / 50);
        assertThat(results + errors).isEqualTo(CASES);
    }

    static Generated generate(Random rng) {
        String[] dictionary = DICTIONARIES[rng.nextInt(DICTIONARIES.length)];
        char delimiter = ",;\t".charAt(rng.nextInt(3));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setRecordSeparator(rng.nextBoolean() ? "\n" : "\r\n")
                .setQuoteMode(rng.nextInt(4) == 0 ? QuoteMode.ALL : QuoteMode.MINIMAL).get();
        List<String> names = new ArrayList<>();
        int attributes = 1 + rng.nextInt(4);
        while (names.size() < attributes) {
            String n = NAMES[rng.nextInt(NAMES.length)];
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        int respondents = 1 + rng.nextInt(25);
        return switch (rng.nextInt(3)) {
            case 0 -> wide(rng, dictionary, format, names, respondents);
            case 1 -> longLayout(rng, dictionary, format, names, respondents);
            default -> counts(rng, dictionary, format, names);
        };
    }

    private static Generated wide(Random rng, String[] dictionary, CSVFormat format, List<String> names,
            int respondents) {
        int style = rng.nextInt(4);
        boolean importance = rng.nextBoolean();
        List<String> header = new ArrayList<>(List.of("id"));
        for (String n : names) {
            header.add(column(style, n, "functional"));
            header.add(column(style, n, "dysfunctional"));
            if (importance) {
                header.add(column(style, n, "importance"));
            }
        }
        List<List<String>> rows = new ArrayList<>(List.of(header));
        KanoTally expected = KanoTally.create();
        names.forEach(expected::declare);
        long used = 0;
        for (int r = 0; r < respondents; r++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r + 1)));
            boolean any = false;
            for (String n : names) {
                boolean missing = rng.nextInt(6) == 0;
                int f = rng.nextInt(5);
                int d = rng.nextInt(5);
                int rating = 1 + rng.nextInt(9);
                row.add(missing ? "" : dictionary[f]);
                row.add(missing ? "" : dictionary[d]);
                if (importance) {
                    row.add(missing ? "" : String.valueOf(rating));
                }
                if (!missing) {
                    any = true;
                    if (importance) {
                        expected.declare(n).acceptLevelsWithImportance(f, d, rating);
                    } else {
                        expected.declare(n).acceptLevels(f, d);
                    }
                }
            }
            used += any ? 1 : 0;
            rows.add(row);
        }
        return new Generated(rows, format, rng.nextInt(5) == 0, expected, used);
    }

    private static String column(int style, String name, String role) {
        return switch (style) {
            case 0 -> name + "_" + role;
            case 1 -> name + " (" + role + ")";
            case 2 -> role + ": " + name;
            default -> name + "_" + (role.equals("importance") ? "imp" : role.substring(0, 1).equals("f") ? "f" : "d");
        };
    }

    private static Generated longLayout(Random rng, String[] dictionary, CSVFormat format, List<String> names,
            int respondents) {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("respondent", "attribute", "functional",
                "dysfunctional")));
        KanoTally expected = KanoTally.create();
        long used = 0;
        for (int r = 0; r < respondents; r++) {
            for (String n : names) {
                int f = rng.nextInt(5);
                int d = rng.nextInt(5);
                rows.add(List.of(String.valueOf(r + 1), n, dictionary[f], dictionary[d]));
                expected.declare(n).acceptLevels(f, d);
                used++;
            }
        }
        return new Generated(rows, format, rng.nextInt(5) == 0, expected, used);
    }

    private static Generated counts(Random rng, String[] dictionary, CSVFormat format, List<String> names) {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("attribute", "functional", "dysfunctional",
                "count")));
        KanoTally expected = KanoTally.create();
        long used = 0;
        for (String n : names) {
            int cells = 1 + rng.nextInt(6);
            for (int k = 0; k < cells; k++) {
                int f = rng.nextInt(5);
                int d = rng.nextInt(5);
                long count = 1 + rng.nextInt(rng.nextBoolean() ? 20 : 1_000_000);
                rows.add(List.of(n, dictionary[f], dictionary[d], String.valueOf(count)));
                expected.declare(n).acceptLevels(f, d, count);
                used++;
            }
        }
        return new Generated(rows, format, rng.nextInt(5) == 0, expected, used);
    }

    /** One to three structural mutations of the row/cell model. */
    static List<List<String>> mutate(List<List<String>> in, Random rng) {
        List<List<String>> rows = new ArrayList<>();
        in.forEach(r -> rows.add(new ArrayList<>(r)));
        int mutations = 1 + rng.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            List<String> row = rows.get(rng.nextInt(rows.size()));
            switch (rng.nextInt(8)) {
                case 0 -> {
                    if (!row.isEmpty()) {
                        row.set(rng.nextInt(row.size()), FOREIGN[rng.nextInt(FOREIGN.length)]);
                    }
                }
                case 1 -> {
                    if (!row.isEmpty()) {
                        row.remove(rng.nextInt(row.size()));
                    }
                }
                case 2 -> row.add(rng.nextInt(row.size() + 1), FOREIGN[rng.nextInt(FOREIGN.length)]);
                case 3 -> rows.add(1 + rng.nextInt(rows.size()), new ArrayList<>(row));
                case 4 -> rows.add(1 + rng.nextInt(rows.size()), new ArrayList<>(List.of("")));
                case 5 -> {
                    List<String> header = rows.get(0);
                    if (header.size() > 1) {
                        int i = rng.nextInt(header.size());
                        int j = rng.nextInt(header.size());
                        String t = header.get(i);
                        header.set(i, header.get(j));
                        header.set(j, t);
                    }
                }
                case 6 -> {
                    List<String> header = rows.get(0);
                    if (!header.isEmpty()) {
                        header.set(rng.nextInt(header.size()), NAMES[rng.nextInt(NAMES.length)]);
                    }
                }
                default -> {
                    if (rows.size() > 1) {
                        rows.remove(1 + rng.nextInt(rows.size() - 1));
                    }
                }
            }
        }
        return rows;
    }

    static String print(List<List<String>> rows, CSVFormat format) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
