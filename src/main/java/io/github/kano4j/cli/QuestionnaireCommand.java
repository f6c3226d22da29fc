package io.github.kano4j.cli;

import io.github.kano4j.Language;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.questionnaire.Questionnaire;
import io.github.kano4j.report.Report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code kano4j questionnaire ATTRIBUTES.csv [--language en|zh|zh-Hant] [--importance]
 * [--format text|csv|markdown|html|wjx] [--out FILE]}: the functional and dysfunctional question of every attribute
 * of a sheet (its {@code attribute} column), ready to paste into a survey tool; {@code wjx} is 问卷星's text import.
 */
final class QuestionnaireCommand {
    private QuestionnaireCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Language language = Language.EN;
        boolean importance = false;
        String format = "text";
        Path outFile = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--language" -> language = Args.language(Args.value(args, ++i, a));
                case "--importance" -> importance = true;
                case "--format" -> format = format(Args.value(args, ++i, a));
                case "--out" -> outFile = Path.of(Args.value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a + " for questionnaire; see kano4j --help");
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 1) {
            throw new UsageException("questionnaire needs exactly one attribute sheet (a CSV or workbook with an "
                    + "attribute column), e.g. kano4j questionnaire attributes.csv --language zh");
        }
        Path sheet = Path.of(positional.get(0));
        var read = AttributeSheetReader.read(sheet);
        Args.requireRows(read.report());
        Questionnaire q = Questionnaire.of(new ArrayList<>(read.facts().keySet()), language, importance);
        String text = switch (format) {
            case "csv" -> Report.csv(q);
            case "markdown" -> Report.markdown(q);
            case "html" -> Report.html(q);
            case "wjx" -> q.wenjuanxingText();
            default -> q.toString();
        };
        if (!format.equals("text")) {
            err.print(read.report());
        }
        Args.emit(text, outFile, out, List.of(sheet));
        return 0;
    }

    private static String format(String s) {
        String f = s.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "markdown", "html", "wjx").contains(f)) {
            throw new UsageException("unknown format \"" + s + "\" for questionnaire; expected text, csv, markdown, "
                    + "html or wjx (问卷星 text import)");
        }
        return f;
    }
}
