package io.github.kano4j.cli;

import io.github.kano4j.IngestReport;
import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.allocation.BudgetPolicy;
import io.github.kano4j.allocation.KpiFloor;
import io.github.kano4j.io.AttributeSheet;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.io.GapCsvReader;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.KpiCsvReader;
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.GapAnalysis;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kano4j allocate [--kano F] [--satisfaction F --overall C] [--attributes S] [--budget X] [--policy P]
 * [--penalty-weight W]} and {@code --demo}; {@code report} writes the same as one HTML page.
 */
final class AllocateCommand {
    private AllocateCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path kanoFile = null;
        Path satFile = null;
        Path sheet = null;
        Path groupsFile = null;
        Path gapsFile = null;
        Path kpiFile = null;
        String segment = null;
        String kanoWeight = null;
        String overall = "overall";
        boolean demo = false;
        double budget = Double.NaN;
        String format = "text";
        Report.CsvCells cells = Report.CsvCells.NEUTRALISED;
        Path outFile = null;
        int bootstrap = 0;
        Path chartsDir = null;
        SatisfactionOptions satOptions = SatisfactionOptions.defaults();
        boolean satBootstrapGiven = false;
        AllocationOptions options = AllocationOptions.defaults();
        Args.Weighting weighting = new Args.Weighting();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int taken = weighting.take(args, i);
            if (taken >= 0) {
                i = taken;
                continue;
            }
            switch (a) {
                case "--kano" -> kanoFile = Path.of(Args.value(args, ++i, a));
                case "--satisfaction" -> satFile = Path.of(Args.value(args, ++i, a));
                case "--overall" -> overall = Args.value(args, ++i, a);
                case "--attributes" -> sheet = Path.of(Args.value(args, ++i, a));
                case "--groups" -> groupsFile = Path.of(Args.value(args, ++i, a));
                case "--gaps" -> gapsFile = Path.of(Args.value(args, ++i, a));
                case "--kpi" -> kpiFile = Path.of(Args.value(args, ++i, a));
                case "--segment" -> segment = Args.value(args, ++i, a);
                case "--kano-weight" -> kanoWeight = Args.value(args, ++i, a);
                case "--budget" -> budget = Args.number(Args.value(args, ++i, a), a);
                case "--tau" -> options = options.withTau(Args.number(Args.value(args, ++i, a), a));
                case "--top-box" -> options = options.withTopBoxGoal(Args.number(Args.value(args, ++i, a), a));
                case "--hurdle" -> options = options.withHurdle(Args.number(Args.value(args, ++i, a), a));
                case "--policy" -> options = options.withPolicy(policy(Args.value(args, ++i, a)));
                case "--penalty-weight" -> options = options.withPenaltyWeight(Args.number(Args.value(args, ++i, a), a));
                case "--importance-weighted" -> options = options.withImportanceWeighting(true);
                case "--bootstrap" -> bootstrap = Args.count(Args.value(args, ++i, a), a,
                        KanoOptions.MAX_REPLICATES);
                case "--satisfaction-bootstrap" -> {
                    satOptions = satOptions.withBootstrap(Args.count(Args.value(args, ++i, a), a,
                            SatisfactionOptions.MAX_REPLICATES), satOptions.seed());
                    satBootstrapGiven = true;
                }
                case "--language" -> options = options.withLanguage(Args.language(Args.value(args, ++i, a)));
                case "--measured" -> options = options.withMeasuredAt(date(Args.value(args, ++i, a)));
                case "--demo" -> demo = true;
                case "--format" -> format = Args.format(Args.value(args, ++i, a));
                case "--csv-cells" -> cells = Args.csvCells(Args.value(args, ++i, a));
                case "--out" -> outFile = Path.of(Args.value(args, ++i, a));
                case "--charts" -> chartsDir = Path.of(Args.value(args, ++i, a));
                default -> throw new UsageException("unknown option " + a + " for " + args[0]
                        + "; see kano4j --help");
            }
        }
        if (chartsDir != null) {
            Args.directory(chartsDir); // before any work, so a bad directory fails first
        }
        if (!args[0].equals("report")) {
            Args.requireOutFile(format, outFile);
        }
        if (!satBootstrapGiven && !args[0].equals("report") && chartsDir == null) {
            // the plan uses the satisfaction model's estimates, not its bootstrap intervals: resample only when the
            // output shows them (the report's charts and statistics) or when asked
            satOptions = satOptions.withBootstrap(0, satOptions.seed());
        }
        KanoOptions kanoOptions = KanoOptions.defaults().withBootstrap(bootstrap, KanoOptions.defaults().seed());
        Optional<KanoAnalysis> kano = Optional.empty();
        Optional<SatisfactionAnalysis> sat = Optional.empty();
        Map<String, AttributeFacts> facts = Map.of();
        List<IngestReport> reports = new ArrayList<>();
        if (demo) {
            Demo.Data data = Demo.Data.of(options.language());
            KanoSurvey demoKano = Demo.kano(data, Kano.reader().withTable(kanoOptions.table()));
            SatisfactionSurvey demoSat = Demo.satisfaction(data, SatisfactionCsvReader.create(data.overall));
            reports.add(demoKano.report());
            reports.add(demoSat.report());
            kano = Optional.of(Kano.analyze(demoKano, kanoOptions));
            sat = Optional.of(Kano.analyzeSatisfaction(demoSat, satOptions));
            AttributeSheet demoSheet = Demo.attributes(data);
            facts = demoSheet.facts();
            reports.add(demoSheet.report());
        } else {
            if (kanoFile == null && satFile == null) {
                throw new UsageException("allocate needs --kano FILE and/or --satisfaction FILE (or --demo)");
            }
            if (kanoFile != null) {
                KanoCsvReader kanoReader = Kano.reader().withTable(kanoOptions.table());
                KanoSurvey survey = (kanoWeight == null ? kanoReader : kanoReader.withWeight(kanoWeight)).read(kanoFile);
                Args.requireRows(survey.report());
                reports.add(survey.report());
                kano = Optional.of(Kano.analyze(survey, kanoOptions));
            }
            if (satFile != null) {
                SatisfactionSurvey survey = weighting.apply(SatisfactionCsvReader.create(overall)).read(satFile);
                Args.requireRows(survey.report());
                reports.add(survey.report());
                sat = Optional.of(Kano.analyzeSatisfaction(survey, satOptions));
            }
        }
        if (sheet != null) {
            AttributeSheet read = AttributeSheetReader.read(sheet);
            facts = read.facts();
            reports.add(read.report());
        }
        if (groupsFile != null) {
            AttributeSheet groups = AttributeSheetReader.read(groupsFile);
            reports.add(groups.report());
            Map<String, AttributeFacts> merged = new LinkedHashMap<>(facts);
            groups.facts().forEach((name, g) -> merged.merge(name, AttributeFacts.ofGroup(name, g.group()),
                    (old, added) -> old.withGroup(added.group())));
            facts = merged;
        }
        if (gapsFile != null) {
            GapCsvReader.GapSurvey gapSurvey = GapCsvReader.read(gapsFile);
            Args.requireRows(gapSurvey.report());
            reports.add(gapSurvey.report());
            facts = AttributeFacts.withGaps(facts, GapAnalysis.of(gapSurvey.attributes(), 0.95, gapSurvey.report()));
        }
        Map<String, String> groups = AttributeFacts.groupsOf(facts);
        if (!groups.isEmpty()) { // the analyses' tables in the report and workbook list attributes by group too
            kano = kano.map(k -> k.withGroups(groups));
            sat = sat.map(x -> x.withGroups(groups));
        }
        AllocationPlan plan = plan(kano, sat, facts, options, budget);
        if (kpiFile != null) {
            if (satFile == null || segment == null) {
                throw new UsageException("--kpi needs the satisfaction survey by the same segments: --satisfaction "
                        + "FILE --overall COLUMN --segment COLUMN, e.g. --segment site");
            }
            List<KpiFloor.Observation> kpis = KpiCsvReader.read(kpiFile);
            SatisfactionCsvReader.Segmented bySegment = weighting.apply(SatisfactionCsvReader.create(overall))
                    .readSegmented(satFile,
                    segment);
            plan = plan.withKpiFloors(KpiFloor.estimate(kpis, bySegment.segments(), sat.orElseThrow().scale(),
                    options.tau(), 0.95));
        } else if (segment != null) {
            throw new UsageException("allocate uses --segment only with --kpi FILE (floors in KPI units)");
        }
        Language language = options.language();
        if (format.equals("xlsx") && !args[0].equals("report")) {
            reports.forEach(r -> err.print(r.text(language)));
            Args.emitWorkbook(Report.xlsx(plan, kano, sat, reports), outFile, Arrays.asList(kanoFile, satFile, sheet,
                    groupsFile, gapsFile, kpiFile));
            return 0;
        }
        String text;
        if (args[0].equals("report")) {
            text = kano.isPresent() && sat.isPresent() ? Report.html(kano.get(), sat.get(), plan)
                    : kano.isPresent() ? Report.html(kano.get(), plan) : Report.html(sat.get(), plan);
        } else {
            text = switch (format) {
                case "csv" -> Report.csv(plan, cells);
                case "json" -> Report.json(plan);
                case "markdown" -> Report.markdown(plan);
                case "html" -> Report.html(plan);
                default -> plan.toString();
            };
        }
        StringBuilder ingest = new StringBuilder();
        reports.forEach(r -> ingest.append(r.text(language)));
        if (format.equals("text") && !args[0].equals("report")) {
            text = text + "\n" + ingest;
        } else {
            err.print(ingest);
        }
        List<Path> inputs = Arrays.asList(kanoFile, satFile, sheet, groupsFile, gapsFile, kpiFile);
        if (chartsDir != null) {
            Map<String, String> charts = new LinkedHashMap<>();
            kano.ifPresent(k -> charts.putAll(Report.charts(k, language)));
            sat.ifPresent(x -> charts.putAll(Report.charts(x, language)));
            for (Map.Entry<String, String> c : charts.entrySet()) {
                Args.emit(c.getValue(), chartsDir.resolve(c.getKey()), out, inputs);
            }
            err.println("kano4j: wrote " + charts.size() + " charts to " + chartsDir);
        }
        Args.emit(text, outFile, out, inputs);
        return 0;
    }

    private static AllocationPlan plan(Optional<KanoAnalysis> kano, Optional<SatisfactionAnalysis> sat,
            Map<String, AttributeFacts> facts, AllocationOptions options, double budget) {
        if (kano.isPresent() && sat.isPresent()) {
            return Kano.allocate(kano.get(), sat.get(), facts, options, budget);
        }
        return kano.isPresent() ? Kano.allocate(kano.get(), facts, options, budget)
                : Kano.allocate(sat.get(), facts, options, budget);
    }

    private static BudgetPolicy policy(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "floors-first", "floors_first" -> BudgetPolicy.FLOORS_FIRST;
            case "gain-per-cost", "gain_per_cost" -> BudgetPolicy.GAIN_PER_COST;
            default -> throw new UsageException("--policy needs floors-first or gain-per-cost, was \"" + s + "\"");
        };
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new UsageException("--measured needs a date YYYY-MM-DD, was \"" + s + "\"");
        }
    }

}
