package io.github.kano4j.cli;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.io.PlanCsvReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.PlanTracking;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kano4j track --plan PLAN.csv --satisfaction FILE [options]}: last wave's floors and targets measured now. */
@picocli.CommandLine.Command(name = "track", description = "Were last wave's floors and targets reached? A plan "
        + "from allocate --format csv, measured in this wave's satisfaction survey.")
final class TrackCommand extends Command {
    @Mixin
    SatisfactionReadingOptions satReading;
    @Mixin
    ReadingOptions reading;
    @Mixin
    WeightingOptions weighting;
    @Mixin
    ConfidenceOption confidence;

    @Option(names = "--plan", paramLabel = "PLAN", required = true, description = "last wave's plan (allocate "
            + "--format csv)")
    Path plan;
    @Option(names = "--satisfaction", paramLabel = "FILE", required = true, description = "this wave's satisfaction "
            + "survey")
    Path survey;
    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or csv")
    String format;

    @Override
    int run() {
        Format f = format(format, Format.TEXT, Format.TEXT, Format.CSV);
        double level = confidence.level(0.95);
        Sink sink = sink();
        Language lang = language.language;
        phase("reading " + plan);
        List<PlanTracking.Goal> goals = PlanCsvReader.goals(plan);
        phase("reading " + survey);
        SatisfactionSurvey now = reading.apply(satReading.apply(weighting.apply(SatisfactionCsvReader.create(
                satReading.overall("overall"))))).read(survey);
        Args.requireRows(now.report());
        phase("analysing");
        var scale = Kano.analyzeSatisfaction(now, satReading.apply(SatisfactionOptions.defaults()).withBootstrap(0, 1))
                .scale();
        PlanTracking tracking = PlanTracking.of(goals, now, scale, level);
        if (f == Format.CSV) {
            info(now.report(), lang);
            sink.text(Report.csv(tracking));
        } else {
            sink.text(tracking.text(lang) + "\n" + now.report().text(lang));
        }
        return 0;
    }
}
