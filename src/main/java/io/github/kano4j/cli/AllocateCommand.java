package io.github.kano4j.cli;

import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** {@code kano4j allocate [--kano F] [--satisfaction F --overall C] [--attributes S] [--budget X]} and {@code --demo}. */
final class AllocateCommand {
    private AllocateCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path kanoFile = null;
        Path satFile = null;
        Path sheet = null;
        String overall = "overall";
        boolean demo = false;
        double budget = Double.NaN;
        String format = "text";
        Path outFile = null;
        int bootstrap = 0;
        AllocationOptions options = AllocationOptions.defaults();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--kano" -> kanoFile = Path.of(Args.value(args, ++i, a));
                case "--satisfaction" -> satFile = Path.of(Args.value(args, ++i, a));
                case "--overall" -> overall = Args.value(args, ++i, a);
                case "--attributes" -> sheet = Path.of(Args.value(args, ++i, a));
                case "--budget" -> budget = Args.number(Args.value(args, ++i, a), a);
                case "--tau" -> options = options.withTau(Args.number(Args.value(args, ++i, a), a));
                case "--top-box" -> options = options.withTopBoxGoal(Args.number(Args.value(args, ++i, a), a));
                case "--hurdle" -> options = options.withHurdle(Args.number(Args.value(args, ++i, a), a));
                case "--bootstrap" -> bootstrap = (int) Args.number(Args.value(args, ++i, a), a);
                case "--language" -> options = options.withLanguage(language(Args.value(args, ++i, a)));
                case "--measured" -> options = options.withMeasuredAt(date(Args.value(args, ++i, a)));
                case "--demo" -> demo = true;
                case "--format" -> format = Args.format(Args.value(args, ++i, a));
                case "--out" -> outFile = Path.of(Args.value(args, ++i, a));
                default -> throw new Main.UsageException("unknown option " + a + " for " + args[0]
                        + "; see kano4j --help");
            }
        }
        KanoOptions kanoOptions = KanoOptions.defaults().withBootstrap(bootstrap, KanoOptions.defaults().seed());
        KanoAnalysis kano;
        SatisfactionAnalysis sat;
        Map<String, AttributeFacts> facts = Map.of();
        if (demo) {
            kano = Main.readDemo(KanoCsvReader.create().withOptions(kanoOptions)).analyze(kanoOptions);
            sat = SatisfactionAnalysis.of(readResource(SatisfactionCommand.DEMO_RESOURCE, "overall"),
                    SatisfactionOptions.defaults());
            facts = readSheetResource();
        } else {
            if (kanoFile == null && satFile == null) {
                throw new Main.UsageException("allocate needs --kano FILE and/or --satisfaction FILE (or --demo)");
            }
            kano = kanoFile == null ? null : KanoCsvReader.create().withOptions(kanoOptions).read(kanoFile)
                    .analyze(kanoOptions);
            sat = satFile == null ? null : SatisfactionAnalysis.of(SatisfactionCsvReader.create(overall).read(satFile),
                    SatisfactionOptions.defaults());
        }
        if (sheet != null) {
            facts = AttributeSheetReader.read(sheet);
        }
        AllocationPlan plan = AllocationPlan.of(kano, sat, facts, options, budget);
        String text;
        if (args[0].equals("report")) {
            StringBuilder body = new StringBuilder();
            if (kano != null) {
                body.append(io.github.kano4j.report.KanoReport.section(kano));
            }
            if (sat != null) {
                body.append(io.github.kano4j.report.SatisfactionReport.section(sat));
            }
            body.append(io.github.kano4j.report.AllocationReport.section(plan));
            text = io.github.kano4j.report.Html.page("Kano and satisfaction report", body.toString());
        } else {
            text = switch (format) {
                case "csv" -> plan.toCsv();
                case "markdown" -> plan.toMarkdown();
                case "html" -> plan.toHtml();
                default -> plan.toString();
            };
        }
        Args.emit(text, outFile, out);
        return 0;
    }

    private static io.github.kano4j.satisfaction.SatisfactionSurvey readResource(String resource, String overall) {
        InputStream in = AllocateCommand.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the bundled example " + resource + " is missing from the jar");
        }
        try (InputStreamReader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return SatisfactionCsvReader.create(overall).read(text, resource.substring(resource.lastIndexOf('/') + 1)
                    + " (bundled example)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled example", e);
        }
    }

    private static Map<String, AttributeFacts> readSheetResource() {
        try (InputStream in = AllocateCommand.class.getResourceAsStream("/io/github/kano4j/cli/demo/after-sales-attributes.csv")) {
            if (in == null) {
                throw new IllegalStateException("the bundled attribute sheet is missing from the jar");
            }
            Path tmp = Files.createTempFile("kano4j-attributes", ".csv");
            try {
                Files.write(tmp, in.readAllBytes());
                return AttributeSheetReader.read(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled attribute sheet", e);
        }
    }

    private static AllocationOptions.Language language(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "en" -> AllocationOptions.Language.EN;
            case "zh", "zh-cn", "cn" -> AllocationOptions.Language.ZH;
            default -> throw new Main.UsageException("unknown language \"" + s + "\"; expected en or zh");
        };
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Main.UsageException("--measured needs a date YYYY-MM-DD, was \"" + s + "\"");
        }
    }

}
