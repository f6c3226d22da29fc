package io.github.kano4j.cli;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.RespondentFilter;
import io.github.kano4j.questionnaire.ClassificationRule;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.report.KanoCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kano4j command line: {@code java -jar kano4j-cli.jar analyze FILE.csv [options]} and
 * {@code demo}. Exit code 0 on success, 2 on bad input or arguments (one line on stderr), 1 on an
 * internal error.
 */
public final class Main {
    static final String DEMO_RESOURCE = "/io/github/kano4j/cli/demo/after-sales-service.csv";
    static final String USAGE = String.join("\n",
            "kano4j - Kano satisfaction-survey analysis",
            "",
            "usage:",
            "  kano4j analyze FILE.csv [options]   classify the attributes of a wide Kano survey",
            "  kano4j demo [options]               analyse the bundled after-sales service survey",
            "  kano4j satisfaction FILE.csv --overall COLUMN [--scale 1-5] [--cuts LOW,HIGH]",
            "                                      factor types from an ordinary satisfaction survey",
            "  kano4j satisfaction-demo            the same on the bundled satisfaction survey",
            "  kano4j allocate [--kano FILE.csv] [--satisfaction FILE.csv --overall COLUMN]",
            "                  [--attributes SHEET.csv] [--budget X] [--demo]",
            "                                      increase / maintain / reduce / remove, with boundaries",
            "  kano4j report [same options as allocate] --out REPORT.html",
            "                                      one HTML page: questionnaire, satisfaction and allocation",
            "  kano4j --help | --version",
            "",
            "options:",
            "  --rule mode|moai|band|aom|quadrant  classification rule (default moai: Fong + M>O>A>I)",
            "  --table standard|pouliot|three-point  evaluation table (default standard)",
            "  --missing drop|count-as-q|fail      missing or unrecognised answers (default drop)",
            "  --layout auto|wide|long|pair-counts|category-counts   input layout (default auto)",
            "  --reverse-dysfunctional             dysfunctional codes run 1 = dislike ... 5 = like",
            "  --max-q K, --max-i K                drop respondents with more than K Q (or I) answers",
            "  --drop-straight-liners              drop respondents giving one answer pair to everything",
            "  --confidence LEVEL                  interval level, e.g. 0.95 (default)",
            "  --quadrant-means                    Better-Worse quadrant at the means (default 0.5/0.5)",
            "  --bootstrap N                       N bootstrap resamples: percentile intervals, category stability",
            "  --seed S                            seed of the bootstrap and Monte-Carlo tests (default 20261122)",
            "  --segment COLUMN                    also analyse and compare the segments of COLUMN (repeatable)",
            "  --overall COLUMN                    (satisfaction) the overall-satisfaction column",
            "  --scale MIN-MAX, --cuts LOW,HIGH    (satisfaction) rating scale and penalty/reward cut points",
            "  --tau T, --top-box H, --hurdle L    (allocate) floor tolerance, top-box goal, hurdle",
            "  --language en|zh, --measured DATE   (allocate) sentence language, measurement date",
            "  --format text|csv|markdown|html     output format (default text)",
            "  --out FILE                          write to FILE instead of standard output",
            "");

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status (0 ok, 2 bad input, 1 internal error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return execute(args, out, err);
        } catch (UsageException | KanoInputException e) {
            err.println("kano4j: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("kano4j: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("kano4j: internal error: " + e + " (please report this with the input that caused it)");
            return 1;
        }
    }

    private static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version")) {
            String v = Main.class.getPackage().getImplementationVersion();
            out.println("kano4j " + (v == null ? "development build" : v));
            return 0;
        }
        String command = args[0];
        if (command.equals("allocate") || command.equals("report")) {
            return AllocateCommand.run(args, out, err);
        }
        if (command.equals("satisfaction") || command.equals("satisfaction-demo")) {
            return SatisfactionCommand.run(command, args, out, err);
        }
        List<String> positional = new ArrayList<>();
        KanoOptions options = KanoOptions.defaults();
        String format = "text";
        Path outFile = null;
        List<String> segmentColumns = new ArrayList<>();
        KanoCsvReader.Layout layout = KanoCsvReader.Layout.AUTO;
        RespondentFilter filter = RespondentFilter.NONE;
        boolean reversed = false;
        Long seed = null;
        int bootstrap = 0;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--rule" -> options = options.withRule(ClassificationRule.parse(Args.value(args, ++i, a)));
                case "--table" -> options = options.withTable(EvaluationTable.named(Args.value(args, ++i, a)));
                case "--missing" -> options = options.withMissingAnswers(MissingAnswerPolicy.parse(Args.value(args, ++i, a)));
                case "--confidence" -> options = options.withConfidence(Args.number(Args.value(args, ++i, a), a));
                case "--quadrant-means" -> options = options.withQuadrantAtMeans();
                case "--bootstrap" -> bootstrap = Args.integer(Args.value(args, ++i, a), a);
                case "--seed" -> seed = (long) Args.integer(Args.value(args, ++i, a), a);
                case "--segment" -> segmentColumns.add(Args.value(args, ++i, a));
                case "--layout" -> layout = KanoCsvReader.Layout.parse(Args.value(args, ++i, a));
                case "--reverse-dysfunctional" -> reversed = true;
                case "--max-q" -> filter = filter.withMaxQuestionable(Args.integer(Args.value(args, ++i, a), a));
                case "--max-i" -> filter = filter.withMaxIndifferent(Args.integer(Args.value(args, ++i, a), a));
                case "--drop-straight-liners" -> filter = filter.withStraightLinersDropped(true);
                case "--format" -> format = Args.format(Args.value(args, ++i, a));
                case "--out" -> outFile = Path.of(Args.value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a + "; see kano4j --help");
                    }
                    positional.add(a);
                }
            }
        }
        if (bootstrap > 0 || seed != null) {
            options = options.withBootstrap(bootstrap, seed == null ? options.seed() : seed);
        }
        KanoCsvReader reader = KanoCsvReader.create().withOptions(options).withLayout(layout)
                .withRespondentFilter(filter).withReversedDysfunctionalCodes(reversed)
                .withSegmentColumns(segmentColumns.toArray(new String[0]));
        KanoSurvey survey;
        switch (command) {
            case "analyze", "analyse" -> {
                if (positional.size() != 1) {
                    throw new UsageException("analyze needs exactly one CSV file, e.g. kano4j analyze survey.csv");
                }
                survey = reader.read(Path.of(positional.get(0)));
            }
            case "demo" -> {
                if (!positional.isEmpty()) {
                    throw new UsageException("demo takes no file; it analyses the bundled example");
                }
                survey = readDemo(reader);
            }
            default -> throw new UsageException("unknown command \"" + command + "\"; expected analyze or demo "
                    + "(see kano4j --help)");
        }
        KanoAnalysis analysis = survey.analyze(options);
        List<SegmentComparison> comparisons = new ArrayList<>();
        for (String column : segmentColumns) {
            comparisons.add(survey.compareSegments(column, options));
        }
        String text;
        if (format.equals("csv")) {
            text = KanoCsv.toCsv(analysis, comparisons);
        } else if (format.equals("markdown")) {
            text = analysis.toMarkdown();
        } else if (format.equals("html")) {
            text = analysis.toHtml();
        } else {
            StringBuilder sb = new StringBuilder(analysis.toString()).append('\n');
            for (SegmentComparison c : comparisons) {
                for (var segment : c.segments().entrySet()) {
                    sb.append("Segment ").append(c.name()).append(" = ").append(segment.getKey()).append('\n')
                            .append(segment.getValue()).append('\n');
                }
                sb.append(c).append('\n');
            }
            text = sb.append(survey.report()).toString();
        }
        if (!format.equals("text")) {
            err.print(survey.report());
        }
        Args.emit(text, outFile, out);
        return 0;
    }

    static KanoSurvey readDemo(KanoCsvReader reader) {
        InputStream in = Main.class.getResourceAsStream(DEMO_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled example is missing from the jar");
        }
        try (InputStreamReader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return reader.read(text, "after-sales-service.csv (bundled example)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled example", e);
        }
    }

    /** Bad command-line arguments. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
