package io.github.kano4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** One grammar for every command: help, {@code --opt=value}, suggestions, the same option meaning one thing. */
class CommandLineGrammarTest {
    /**
     * Options declared by commands themselves (not by a shared option group) whose description differs between
     * commands, and why: each names the command's own input or its own formats.
     */
    private static final Set<String> OWN_MEANING = Set.of(
            "--format",       // each command lists the formats it writes
            "--segment",      // the segment column, and what the command does with its segments
            "--groups",       // the groups file, and what the command does with the groups
            "--attributes",   // the attribute sheet, and the facts the command uses from it
            "--pairs",        // a column-pairing file of the command's own survey (Kano or gap)
            "--kano", "--satisfaction"); // a survey the command reads, and what it uses it for

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelpWithEveryOptionAndExitsZero() {
        for (String name : Commands.names()) {
            for (String flag : List.of("--help", "-h")) {
                Cli.Result r = MainTest.run(name, flag);
                assertThat(r.status()).as("%s %s: %s", name, flag, r.err()).isZero();
                assertThat(r.err()).isEmpty();
                for (OptionSpec o : Commands.command(name).getCommandSpec().options()) {
                    if (!o.hidden()) {
                        assertThat(r.out()).as("%s %s lists %s", name, flag, o.longestName()).contains(o.longestName());
                    }
                }
            }
            assertThat(MainTest.run("help", name).out()).isEqualTo(MainTest.run(name, "--help").out());
        }
    }

    @Test
    void docsCliMdShowsEveryCommandsHelpAsItIs() throws IOException {
        String docs = Files.readString(Path.of("docs/cli.md"), StandardCharsets.UTF_8);
        assertThat(docs).as("kano4j --help in docs/cli.md").contains(MainTest.run("--help").out());
        for (String name : Commands.names()) {
            assertThat(docs).as("kano4j %s --help in docs/cli.md (regenerate it with the help output)", name)
                    .contains("```text\n" + MainTest.run(name, "--help").out() + "```");
        }
    }

    @Test
    void theSameOptionMeansTheSameInEveryCommand() {
        Map<String, Set<String>> descriptions = new TreeMap<>();
        for (String name : Commands.names()) {
            for (OptionSpec o : Commands.command(name).getCommandSpec().options()) {
                descriptions.computeIfAbsent(o.longestName(), k -> new TreeSet<>())
                        .add(String.join(" ", o.description()));
            }
        }
        List<String> differing = new ArrayList<>();
        descriptions.forEach((option, texts) -> {
            if (texts.size() > 1 && !OWN_MEANING.contains(option)) {
                differing.add(option + " " + texts);
            }
        });
        assertThat(differing).as("options described differently in different commands").isEmpty();
    }

    @Test
    void everySharedOptionGroupIsInEveryCommandThatReadsThatKindOfSurvey() {
        for (String name : List.of("satisfaction", "satisfaction-demo", "allocate", "report", "track", "gap")) {
            assertThat(options(name)).as(name).contains("--overall", "--scale", "--cuts", "--columns", "--ignore",
                    "--weight", "--confidence", "--language", "--out", "--quiet");
        }
        assertThat(options("gap")).as("gap weights by a column; it does not rake").doesNotContain("--rake", "--trim");
        for (String name : List.of("analyze", "demo", "allocate", "report")) {
            assertThat(options(name)).as(name).contains("--layout", "--table", "--labels", "--pairs", "--max-q",
                    "--max-i", "--drop-straight-liners", "--reverse-dysfunctional", "--sheet", "--missing",
                    "--encoding", "--bootstrap", "--seed");
        }
        for (String name : Commands.names()) {
            assertThat(options(name)).as(name).contains("--format", "--out", "--quiet", "--language", "--help");
        }
    }

    @Test
    void equalsSignAndSpaceAreTheSameAndTheLastRepeatedOptionWins() {
        String survey = "examples/data/after-sales-service.csv";
        String spaced = MainTest.run("analyze", survey, "--format", "csv", "--confidence", "0.9").out();
        assertThat(MainTest.run("analyze", survey, "--format=csv", "--confidence=0.9").out()).isEqualTo(spaced);
        assertThat(MainTest.run("analyze", survey, "--format=json", "--format=csv", "--confidence=0.9").out())
                .isEqualTo(spaced);
    }

    @Test
    void aMistypedOptionOrCommandGetsOneLineWithTheNearestNames() {
        Cli.Result option = MainTest.run("analyze", "x.csv", "--formt=csv");
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).isEqualTo("kano4j: unknown option --formt; did you mean --format? (see kano4j analyze "
                + "--help)\n");
        assertThat(MainTest.run("allocate", "--demo", "--buget", "5").err()).contains("did you mean --budget?");
        Cli.Result command = MainTest.run("alocate", "--demo");
        assertThat(command.status()).isEqualTo(2);
        assertThat(command.err()).isEqualTo("kano4j: unknown command \"alocate\"; did you mean allocate? (see kano4j "
                + "--help)\n");
        assertThat(MainTest.run("satisfaction", "x.csv", "--atributes", "a").err())
                .as("hidden old names are not suggested").doesNotContain("--attributes");
    }

    @Test
    void missingValuesAndParametersSayWhatIsNeeded() {
        assertThat(MainTest.run("analyze").err()).startsWith("kano4j: analyze needs FILE (the survey");
        assertThat(MainTest.run("analyze", "x.csv", "--confidence").err())
                .startsWith("kano4j: --confidence needs a value LEVEL");
        assertThat(MainTest.run("track", "--satisfaction", "x.csv").err()).startsWith("kano4j: track needs --plan PLAN");
        assertThat(MainTest.run().status()).isEqualTo(2);
        assertThat(MainTest.run().err()).contains("Commands:");
    }

    @Test
    void aMissingInputFileIsBadInputNamingTheFile() {
        Cli.Result r = MainTest.run("analyze", dir.resolve("nope.csv").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv").doesNotContain("Exception");
    }

    @Test
    void satisfactionColumnsHaveTheirOwnNameAndTheOldOneStillWorksWithAWarning() {
        String survey = "examples/data/after-sales-satisfaction.csv";
        Cli.Result now = MainTest.run("satisfaction", survey, "--overall", "overall", "--columns",
                "Progress text messages,Hold music while waiting");
        Cli.Result old = MainTest.run("satisfaction", survey, "--overall", "overall", "--attributes",
                "Progress text messages,Hold music while waiting");
        assertThat(now.status()).isZero();
        assertThat(old.out()).isEqualTo(now.out());
        assertThat(old.err()).contains("warning: --attributes COL,COL is now --columns COL,COL");
    }

    private static Set<String> options(String command) {
        Set<String> names = new TreeSet<>();
        CommandLine c = Commands.command(command);
        c.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        return names;
    }
}
