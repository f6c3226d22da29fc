package io.github.kano4j.cli;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.io.PlanCsvReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.PlanTracking;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code kano4j track --plan PLAN.csv --satisfaction FILE.csv --overall COLUMN [--confidence C]
 * [--format text|csv] [--language en|zh|zh-Hant] [--out FILE]}: last wave's floors and targets measured in this wave's survey.
 */
final class TrackCommand {
    private TrackCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path plan = null;
        Path survey = null;
        String overall = "overall";
        double confidence = 0.95;
        String format = "text";
        Language language = Language.EN;
        Path outFile = null;
        Args.Weighting weighting = new Args.Weighting();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int taken = weighting.take(args, i);
            if (taken >= 0) {
                i = taken;
                continue;
            }
            switch (a) {
                case "--plan" -> plan = Path.of(Args.value(args, ++i, a));
                case "--satisfaction" -> survey = Path.of(Args.value(args, ++i, a));
                case "--overall" -> overall = Args.value(args, ++i, a);
                case "--confidence" -> confidence = Args.number(Args.value(args, ++i, a), a);
                case "--format" -> format = Args.format(Args.value(args, ++i, a));
                case "--out" -> outFile = Path.of(Args.value(args, ++i, a));
                case "--language" -> language = Args.language(Args.value(args, ++i, a));
                default -> throw new UsageException("unknown option " + a + " for track; see kano4j --help");
            }
        }
        if (plan == null || survey == null) {
            throw new UsageException("track needs --plan PLAN.csv (last wave's allocate --format csv) and "
                    + "--satisfaction FILE.csv (this wave's survey)");
        }
        if (!List.of("text", "csv").contains(format)) {
            throw new UsageException("track writes text or csv, not " + format);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new UsageException("--confidence needs a level strictly between 0 and 1, was " + confidence);
        }
        List<PlanTracking.Goal> goals = PlanCsvReader.goals(plan);
        SatisfactionSurvey now = weighting.apply(SatisfactionCsvReader.create(overall)).read(survey);
        Args.requireRows(now.report());
        var scale = Kano.analyzeSatisfaction(now, SatisfactionOptions.defaults().withBootstrap(0, 1)).scale();
        PlanTracking tracking = PlanTracking.of(goals, now, scale, confidence);
        String text = format.equals("csv") ? Report.csv(tracking) : tracking.text(language) + "\n" + now.report().text(language);
        if (!format.equals("text")) {
            err.print(now.report().text(language));
        }
        Args.emit(text, outFile, out, List.of(plan, survey));
        return 0;
    }
}
