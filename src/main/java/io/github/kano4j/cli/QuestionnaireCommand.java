package io.github.kano4j.cli;

import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.questionnaire.Questionnaire;
import io.github.kano4j.report.Report;

import java.nio.file.Path;
import java.util.ArrayList;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kano4j questionnaire ATTRIBUTES [options]}: the functional and dysfunctional question of every attribute
 * of a sheet (its {@code attribute} column), ready to paste into a survey tool; {@code wjx} is 问卷星's text import.
 */
@picocli.CommandLine.Command(name = "questionnaire", description = "The Kano questions to field, from an attribute "
        + "sheet (wjx: a text to import into Wenjuanxing).")
final class QuestionnaireCommand extends Command {

    @Parameters(index = "0", paramLabel = "SHEET", description = "a CSV or workbook with an attribute column")
    Path sheet;
    @Option(names = "--importance", description = "also ask how important each attribute is (1-5)")
    boolean importance;
    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, markdown, html or wjx "
            + "(Wenjuanxing text import)")
    String format;

    @Override
    int run() {
        Format f = format(format, Format.TEXT, Format.TEXT, Format.CSV, Format.MARKDOWN, Format.HTML, Format.WJX);
        Sink sink = sink();
        phase("reading " + sheet);
        var read = AttributeSheetReader.read(sheet);
        Args.requireRows(read.report());
        Questionnaire q = Questionnaire.of(new ArrayList<>(read.facts().keySet()), language.language, importance);
        String text = switch (f) {
            case CSV -> Report.csv(q);
            case MARKDOWN -> Report.markdown(q);
            case HTML -> Report.html(q);
            case WJX -> q.wenjuanxingText();
            default -> q.toString();
        };
        if (f != Format.TEXT) {
            info(read.report().text(language.language));
        }
        sink.text(text);
        return 0;
    }
}
