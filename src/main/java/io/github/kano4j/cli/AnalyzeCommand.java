package io.github.kano4j.cli;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.internal.InOrder;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.RespondentFilter;
import io.github.kano4j.questionnaire.ClassificationRule;
import io.github.kano4j.questionnaire.EvaluationTable;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.MissingAnswerPolicy;
import io.github.kano4j.questionnaire.SegmentComparison;
import io.github.kano4j.report.Report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code kano4j analyze FILE.csv [options]} and {@code kano4j demo [options]}: classify a Kano questionnaire. */
final class AnalyzeCommand {
    private AnalyzeCommand() {
    }

    static int run(String command, String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        KanoOptions options = KanoOptions.defaults();
        String format = "text";
        Report.CsvCells cells = Report.CsvCells.NEUTRALISED;
        Path outFile = null;
        List<String> segmentColumns = new ArrayList<>();
        KanoCsvReader.Layout layout = KanoCsvReader.Layout.AUTO;
        RespondentFilter filter = RespondentFilter.NONE;
        MissingAnswerPolicy missing = MissingAnswerPolicy.DROP_PAIR;
        boolean reversed = false;
        Path labels = null;
        Path pairs = null;
        String sheet = null;
        Long seed = null;
        int bootstrap = 0;
        Language language = Language.EN;
        Path groupsFile = null;
        Args.Weighting weighting = new Args.Weighting();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int taken = weighting.take(args, i);
            if (taken >= 0) {
                i = taken;
                continue;
            }
            switch (a) {
                case "--rule" -> options = options.withRule(ClassificationRule.parse(Args.value(args, ++i, a)));
                case "--table" -> options = options.withTable(EvaluationTable.named(Args.value(args, ++i, a)));
                case "--missing" -> missing = MissingAnswerPolicy.parse(Args.value(args, ++i, a));
                case "--confidence" -> options = options.withConfidence(Args.number(Args.value(args, ++i, a), a));
                case "--quadrant-means" -> options = options.withQuadrantAtMeans();
                case "--bootstrap" -> bootstrap = Args.count(Args.value(args, ++i, a), a,
                        KanoOptions.MAX_REPLICATES);
                case "--seed" -> seed = Args.seed(Args.value(args, ++i, a), a);
                case "--segment" -> segmentColumns.add(Args.value(args, ++i, a));
                case "--language" -> language = Args.language(Args.value(args, ++i, a));
                case "--groups" -> groupsFile = Path.of(Args.value(args, ++i, a));
                case "--layout" -> layout = KanoCsvReader.Layout.parse(Args.value(args, ++i, a));
                case "--labels" -> labels = Path.of(Args.value(args, ++i, a));
                case "--pairs" -> pairs = Path.of(Args.value(args, ++i, a));
                case "--sheet" -> sheet = Args.value(args, ++i, a);
                case "--reverse-dysfunctional" -> reversed = true;
                case "--max-q" -> filter = filter.withMaxQuestionable(Args.integer(Args.value(args, ++i, a), a));
                case "--max-i" -> filter = filter.withMaxIndifferent(Args.integer(Args.value(args, ++i, a), a));
                case "--drop-straight-liners" -> filter = filter.withStraightLinersDropped(true);
                case "--format" -> format = Args.format(Args.value(args, ++i, a));
                case "--csv-cells" -> cells = Args.csvCells(Args.value(args, ++i, a));
                case "--out" -> outFile = Path.of(Args.value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a + "; see kano4j --help");
                    }
                    positional.add(a);
                }
            }
        }
        Args.requireOutFile(format, outFile);
        if (bootstrap > 0 || seed != null) {
            options = options.withBootstrap(bootstrap, seed == null ? options.seed() : seed);
        }
        KanoCsvReader reader = Kano.reader().withTable(options.table()).withMissingAnswers(missing).withLayout(layout)
                .withRespondentFilter(filter).withReversedDysfunctionalCodes(reversed)
                .withSegmentColumns(segmentColumns.toArray(new String[0]));
        if (labels != null) {
            reader = reader.withLabelsFrom(labels);
        }
        if (pairs != null) {
            reader = reader.withColumnPairsFrom(pairs);
        }
        reader = weighting.apply(reader);
        if (sheet != null) {
            reader = reader.withSheet(sheet);
        }
        KanoSurvey survey;
        switch (command) {
            case "analyze", "analyse" -> {
                if (positional.size() != 1) {
                    throw new UsageException("analyze needs exactly one CSV file, e.g. kano4j analyze survey.csv");
                }
                survey = reader.read(Path.of(positional.get(0)));
                Args.requireRows(survey.report());
            }
            case "demo" -> {
                if (!positional.isEmpty()) {
                    throw new UsageException("demo takes no file; it analyses the bundled example");
                }
                survey = Demo.kano(Demo.Data.of(language), reader);
            }
            default -> throw new IllegalStateException("not an analyze command: " + command);
        }
        KanoAnalysis analysis = Kano.analyze(survey, options);
        if (groupsFile != null) {
            Map<String, String> groups = Args.groups(groupsFile, language, err);
            Args.warnUngrouped(analysis.ungrouped(groups), groupsFile, err);
            analysis = analysis.withGroups(groups);
        }
        List<SegmentComparison> comparisons = new ArrayList<>();
        for (String column : segmentColumns) {
            comparisons.add(Kano.compareSegments(survey, column, options));
        }
        if (format.equals("xlsx")) {
            err.print(survey.report().text(language));
            Args.emitWorkbook(Report.xlsx(analysis, comparisons, language), outFile, inputFiles(positional));
            return 0;
        }
        if (format.equals("csv")) {
            // written as it is made: every segment's rows of thousands of segments are never held whole
            err.print(survey.report().text(language));
            KanoAnalysis overall = analysis;
            Language lang = language;
            Report.CsvCells csvCells = cells;
            Args.emit(to -> Report.csv(overall, comparisons, csvCells, lang, to), outFile, out,
                    inputFiles(positional));
            return 0;
        }
        if (format.equals("text")) {
            // written as it is made: every segment's table, made on all cores a few hundred at a time
            KanoAnalysis overall = analysis;
            Language lang = language;
            Args.emit(to -> {
                to.append(overall.text(lang)).append('\n');
                for (SegmentComparison c : comparisons) {
                    List<String> segments = new ArrayList<>(c.segments().keySet());
                    InOrder.write(to, segments.size(), s -> lang.text("Segment ", "细分 ") + c.name() + " = "
                            + segments.get(s) + '\n' + c.segments().get(segments.get(s)).text(lang) + '\n');
                    to.append(c.text(lang)).append('\n');
                }
                to.append(survey.report().text(lang));
            }, outFile, out, inputFiles(positional));
            return 0;
        }
        String text;
        if (format.equals("json")) {
            text = Report.json(analysis, comparisons, language);
        } else if (format.equals("markdown")) {
            text = Report.markdown(analysis, language);
        } else {
            text = Report.html(analysis, language);
        }
        err.print(survey.report().text(language));
        Args.emit(text, outFile, out, inputFiles(positional));
        return 0;
    }

    private static List<Path> inputFiles(List<String> positional) {
        return positional.stream().map(Path::of).toList();
    }
}
