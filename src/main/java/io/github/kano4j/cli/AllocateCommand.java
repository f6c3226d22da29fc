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
import io.github.kano4j.io.KanoSurvey;
import io.github.kano4j.io.KpiCsvReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.report.Report;
import io.github.kano4j.satisfaction.GapAnalysis;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;
import io.github.kano4j.satisfaction.SatisfactionSurvey;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kano4j allocate} (the plan: increase / maintain / reduce / remove with boundaries) and {@code kano4j report}
 * (the same as one HTML page with the questionnaire and satisfaction results).
 */
abstract class AllocateCommand extends Command {
    @Mixin
    KanoReadingOptions kanoReading;
    @Mixin
    SatisfactionReadingOptions satReading;
    @Mixin
    ReadingOptions reading;
    @Mixin
    WeightingOptions weighting;
    @Mixin
    ConfidenceOption confidence;
    @Mixin
    ResamplingOptions resampling;

    @Option(names = "--kano", paramLabel = "FILE", description = "the Kano questionnaire")
    Path kanoFile;
    @Option(names = "--satisfaction", paramLabel = "FILE", description = "the satisfaction survey (with --overall)")
    Path satFile;
    @Option(names = "--demo", description = "the bundled example instead of --kano and --satisfaction")
    boolean demo;
    @Option(names = "--attributes", paramLabel = "SHEET", description = "the attribute sheet: attribute, unit_cost, "
            + "benchmark, tau, group, importance, share_low ...")
    Path sheet;
    @Option(names = "--groups", paramLabel = "FILE", description = "attribute,group: the plan lists attributes by "
            + "group")
    Path groupsFile;
    @Option(names = "--gaps", paramLabel = "FILE", description = "an expectation-perception survey: the adequate "
            + "expectation is the floor, the desired one the target")
    Path gapsFile;
    @Option(names = "--kpi", paramLabel = "FILE", description = "segment,attribute,kpi,value: each floor also in KPI "
            + "units, from the satisfaction survey's --segment")
    Path kpiFile;
    @Option(names = "--segment", paramLabel = "COLUMN", description = "with --kpi: the satisfaction survey's "
            + "segment column")
    String segment;
    @Option(names = "--kano-weight", paramLabel = "COLUMN", description = "respondent weights of the --kano file "
            + "(--weight weights the satisfaction survey)")
    String kanoWeight;
    @Option(names = "--budget", paramLabel = "X", description = "the budget to spend, in the sheet's cost units")
    Double budget;
    @Option(names = "--tau", paramLabel = "T", description = "floor tolerance: the share of low ratings allowed")
    Double tau;
    @Option(names = "--top-box", paramLabel = "H", description = "top-box goal of the targets")
    Double topBox;
    @Option(names = "--hurdle", paramLabel = "L", description = "gain per cost below which spending is cut")
    Double hurdle;
    @Option(names = "--policy", paramLabel = "POLICY", description = "budget policy: floors-first (default) or "
            + "gain-per-cost")
    String policy;
    @Option(names = "--penalty-weight", paramLabel = "W", description = "weight >= 1 of fixing floors (default 1)")
    Double penaltyWeight;
    @Option(names = "--importance-weighted", description = "weight gains by importance")
    boolean importanceWeighted;
    @Option(names = "--satisfaction-bootstrap", paramLabel = "N", description = "satisfaction resamples (default "
            + "1000 with report or --charts, else 0: the plan does not use them)")
    String satBootstrap;
    @Option(names = "--measured", paramLabel = "DATE", description = "when the data were measured, YYYY-MM-DD (plan "
            + "provenance)")
    String measured;
    @Option(names = "--charts", paramLabel = "DIR", description = "also each chart as an SVG file in DIR")
    Path chartsDir;

    /** What was read and analysed: the analyses, the attribute facts and every ingest report. */
    private Optional<KanoAnalysis> kano = Optional.empty();
    private Optional<SatisfactionAnalysis> sat = Optional.empty();
    private Map<String, AttributeFacts> facts = Map.of();
    private final List<IngestReport> reports = new ArrayList<>();

    /** The format to write; a usage error for one this command does not write. */
    abstract Format format();

    /** Whether the output shows the satisfaction bootstrap (so it runs by default). */
    abstract boolean showsIntervals();

    /** The plan in format {@code f}: a text, or the bytes of a workbook. */
    abstract Object render(AllocationPlan plan, Format f);

    @Override
    int run() {
        Format f = format();
        Sink sink = sink();
        AllocationOptions options = options();
        KanoOptions kanoOptions = kanoOptions();
        SatisfactionOptions satOptions = satisfactionOptions();
        refuseUnused();
        if (chartsDir != null) { // after every argument is checked, before any work
            sink.checkFolder(chartsDir, "--charts", ".svg");
            Sink.folder(chartsDir, "--charts");
        }
        if (demo) {
            readDemo(kanoOptions, satOptions);
        } else {
            readFiles(kanoOptions, satOptions);
        }
        readFacts();
        Map<String, String> groups = AttributeFacts.groupsOf(facts);
        if (!groups.isEmpty()) { // the analyses' tables in the report and workbook list attributes by group too
            kano = kano.map(k -> k.withGroups(groups));
            sat = sat.map(x -> x.withGroups(groups));
        }
        phase("planning");
        AllocationPlan plan = withKpiFloors(plan(options), options);
        phase("writing");
        Object rendered = render(plan, f);
        if (f != Format.TEXT) {
            info(ingest());
        }
        writeCharts(sink);
        if (rendered instanceof byte[] workbook) {
            sink.binary(workbook, "--format " + f.label());
        } else {
            sink.text(f == Format.TEXT ? rendered + "\n" + ingest() : (String) rendered);
        }
        return 0;
    }

    /** Options that would be accepted and do nothing: refused, naming what they need. */
    private void refuseUnused() {
        if (segment != null && kpiFile == null) {
            throw new UsageException(name() + " uses --segment only with --kpi FILE (floors in KPI units)");
        }
        if (demo) {
            List<String> files = new ArrayList<>(given("kanoReading", "satReading", "reading", "weighting"));
            files.remove("--table"); // the bundled questionnaire is read with the table asked for
            if (kanoFile != null) {
                files.add("--kano");
            }
            if (satFile != null) {
                files.add("--satisfaction");
            }
            if (kanoWeight != null) {
                files.add("--kano-weight");
            }
            refuse(files, "cannot be used with --demo, which reads the bundled example; leave out --demo to read "
                    + "your own files");
            return;
        }
        if (satFile == null) {
            refuse(given("satReading", "weighting"), "applies to the satisfaction survey; give --satisfaction FILE");
        }
        if (kanoFile == null) {
            List<String> kanoOnly = new ArrayList<>(given("kanoReading"));
            if (kanoWeight != null) {
                kanoOnly.add("--kano-weight");
            }
            refuse(kanoOnly, "applies to the Kano questionnaire; give --kano FILE");
        }
    }

    private AllocationOptions options() {
        AllocationOptions options = AllocationOptions.defaults().withLanguage(language.language);
        if (tau != null) {
            options = options.withTau(tau);
        }
        if (topBox != null) {
            options = options.withTopBoxGoal(topBox);
        }
        if (hurdle != null) {
            options = options.withHurdle(hurdle);
        }
        if (policy != null) {
            options = options.withPolicy(policy(policy));
        }
        if (penaltyWeight != null) {
            options = options.withPenaltyWeight(penaltyWeight);
        }
        if (importanceWeighted) {
            options = options.withImportanceWeighting(true);
        }
        return measured == null ? options : options.withMeasuredAt(date(measured));
    }

    private KanoOptions kanoOptions() {
        KanoOptions defaults = KanoOptions.defaults();
        Integer replicates = resampling.replicates(KanoOptions.MAX_REPLICATES);
        Long seed = resampling.seed();
        KanoOptions options = defaults.withTable(kanoReading.table(defaults.table()))
                .withBootstrap(replicates == null ? 0 : replicates, seed == null ? defaults.seed() : seed);
        return confidence.given() ? options.withConfidence(confidence.confidence) : options;
    }

    private SatisfactionOptions satisfactionOptions() {
        SatisfactionOptions options = satReading.apply(SatisfactionOptions.defaults());
        Long seed = resampling.seed();
        long s = seed == null ? options.seed() : seed;
        if (satBootstrap != null) {
            options = options.withBootstrap(Args.count(satBootstrap, "--satisfaction-bootstrap",
                    SatisfactionOptions.MAX_REPLICATES), s);
        } else if (!showsIntervals() && chartsDir == null) {
            // the plan uses the satisfaction model's estimates, not its bootstrap intervals: resample only when the
            // output shows them (the report's charts and statistics) or when asked
            options = options.withBootstrap(0, s);
        } else if (seed != null) {
            options = options.withBootstrap(options.bootstrapReplicates(), s);
        }
        return confidence.given() ? options.withConfidence(confidence.confidence) : options;
    }

    private void readDemo(KanoOptions kanoOptions, SatisfactionOptions satOptions) {
        Demo.Data data = Demo.Data.of(language.language);
        KanoSurvey demoKano = Demo.kano(data, Kano.reader().withTable(kanoOptions.table()));
        SatisfactionSurvey demoSat = Demo.satisfaction(data, SatisfactionCsvReader.create(data.overall));
        reports.add(demoKano.report());
        reports.add(demoSat.report());
        kano = Optional.of(Kano.analyze(demoKano, kanoOptions));
        sat = Optional.of(Kano.analyzeSatisfaction(demoSat, satOptions));
        AttributeSheet demoSheet = Demo.attributes(data);
        facts = demoSheet.facts();
        reports.add(demoSheet.report());
    }

    private void readFiles(KanoOptions kanoOptions, SatisfactionOptions satOptions) {
        if (kanoFile == null && satFile == null) {
            throw new UsageException(name() + " needs --kano FILE and/or --satisfaction FILE (or --demo)");
        }
        if (kanoFile != null) {
            phase("reading " + kanoFile);
            KanoCsvReader reader = reading.apply(kanoReading.apply(Kano.reader(), kanoOptions.table()));
            KanoSurvey survey = (kanoWeight == null ? reader : reader.withWeight(kanoWeight)).read(kanoFile);
            Args.requireRows(survey.report());
            reports.add(survey.report());
            phase("analysing " + kanoFile);
            kano = Optional.of(Kano.analyze(survey, kanoOptions));
        }
        if (satFile != null) {
            phase("reading " + satFile);
            SatisfactionSurvey survey = satisfactionReader().read(satFile);
            Args.requireRows(survey.report());
            reports.add(survey.report());
            phase("analysing " + satFile);
            sat = Optional.of(Kano.analyzeSatisfaction(survey, satOptions));
        }
    }

    private SatisfactionCsvReader satisfactionReader() {
        // --missing count-as-q is the Kano file's policy; the satisfaction survey then drops missing ratings
        return reading.applyBesideKano(satReading.apply(weighting.apply(SatisfactionCsvReader.create(
                satReading.overall("overall")))));
    }

    /** The attribute sheet, groups and expectation survey, in that order. */
    private void readFacts() {
        if (sheet != null) {
            phase("reading " + sheet);
            AttributeSheet read = AttributeSheetReader.read(sheet);
            facts = read.facts();
            reports.add(read.report());
        }
        if (groupsFile != null) {
            phase("reading " + groupsFile);
            AttributeSheet groups = AttributeSheetReader.read(groupsFile);
            reports.add(groups.report());
            Map<String, AttributeFacts> merged = new LinkedHashMap<>(facts);
            groups.facts().forEach((name, g) -> merged.merge(name, AttributeFacts.ofGroup(name, g.group()),
                    (old, added) -> old.withGroup(added.group())));
            facts = merged;
        }
        if (gapsFile != null) {
            phase("reading " + gapsFile);
            GapCsvReader.GapSurvey gapSurvey = GapCsvReader.read(gapsFile);
            Args.requireRows(gapSurvey.report());
            reports.add(gapSurvey.report());
            facts = AttributeFacts.withGaps(facts, GapAnalysis.of(gapSurvey.attributes(), confidence.level(0.95),
                    gapSurvey.report()));
        }
    }

    private AllocationPlan plan(AllocationOptions options) {
        double b = budget == null ? Double.NaN : budget;
        if (kano.isPresent() && sat.isPresent()) {
            return Kano.allocate(kano.get(), sat.get(), facts, options, b);
        }
        return kano.isPresent() ? Kano.allocate(kano.get(), facts, options, b)
                : Kano.allocate(sat.get(), facts, options, b);
    }

    private AllocationPlan withKpiFloors(AllocationPlan plan, AllocationOptions options) {
        if (kpiFile == null) {
            return plan;
        }
        if (satFile == null || segment == null) {
            throw new UsageException("--kpi needs the satisfaction survey by the same segments: --satisfaction "
                    + "FILE --overall COLUMN --segment COLUMN, e.g. --segment site");
        }
        List<KpiFloor.Observation> kpis = KpiCsvReader.read(kpiFile);
        SatisfactionCsvReader.Segmented bySegment = satisfactionReader().readSegmented(satFile, segment);
        return plan.withKpiFloors(KpiFloor.estimate(kpis, bySegment.segments(), sat.orElseThrow().scale(),
                options.tau(), confidence.level(0.95)));
    }

    private void writeCharts(Sink sink) {
        if (chartsDir == null) {
            return;
        }
        Language lang = language.language;
        Map<String, String> charts = new LinkedHashMap<>();
        kano.ifPresent(k -> charts.putAll(Report.charts(k, lang)));
        sat.ifPresent(x -> charts.putAll(Report.charts(x, lang)));
        for (Map.Entry<String, String> c : charts.entrySet()) {
            sink.extra(chartsDir.resolve(c.getKey()), c.getValue(), "--charts");
        }
        info("kano4j: wrote " + charts.size() + " charts to " + chartsDir + "\n");
    }

    /** Every ingest report, in the order read. */
    final String ingest() {
        StringBuilder sb = new StringBuilder();
        reports.forEach(r -> sb.append(r.text(language.language)));
        return sb.toString();
    }

    final Optional<KanoAnalysis> kano() {
        return kano;
    }

    final Optional<SatisfactionAnalysis> satisfaction() {
        return sat;
    }

    final List<IngestReport> reports() {
        return reports;
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

    /** {@code kano4j allocate}: the plan as text, CSV, JSON, Markdown, HTML or a workbook. */
    @picocli.CommandLine.Command(name = "allocate", description = "Increase / maintain / reduce / remove per "
            + "attribute, with floor, target and ceiling, priority tiers and the budget.")
    static final class Plan extends AllocateCommand {
        @Mixin
        CsvCellsOption cells;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, json, markdown, "
                + "html or xlsx (a workbook, with --out FILE.xlsx)")
        String format;

        @Override
        Format format() {
            return format(format, Format.TEXT, Format.TEXT, Format.CSV, Format.JSON, Format.MARKDOWN, Format.HTML,
                    Format.XLSX);
        }

        @Override
        boolean showsIntervals() {
            return false;
        }

        @Override
        Object render(AllocationPlan plan, Format f) {
            return switch (f) {
                case XLSX -> Report.xlsx(plan, kano(), satisfaction(), reports());
                case CSV -> Report.csv(plan, cells.policy());
                case JSON -> Report.json(plan);
                case MARKDOWN -> Report.markdown(plan);
                case HTML -> Report.html(plan);
                default -> plan.toString();
            };
        }
    }

    /** {@code kano4j report}: one HTML page. */
    @picocli.CommandLine.Command(name = "report", description = "One HTML page: the questionnaire, the "
            + "satisfaction survey and the plan, with charts.")
    static final class Page extends AllocateCommand {
        @Option(names = "--format", paramLabel = "FORMAT", description = "html (the only format of a report; use "
                + "allocate for the others)")
        String format;

        @Override
        Format format() {
            return format(format, Format.HTML, Format.HTML);
        }

        @Override
        boolean showsIntervals() {
            return true;
        }

        @Override
        Object render(AllocationPlan plan, Format f) {
            Optional<KanoAnalysis> k = kano();
            Optional<SatisfactionAnalysis> s = satisfaction();
            return k.isPresent() && s.isPresent() ? Report.html(k.get(), s.get(), plan)
                    : k.isPresent() ? Report.html(k.get(), plan) : Report.html(s.get(), plan);
        }
    }
}
