package io.github.kano4j.cli;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.internal.Text;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The kano4j command line: dispatches {@code analyze}, {@code demo}, {@code satisfaction},
 * {@code satisfaction-demo}, {@code allocate} and {@code report} to one class each. Exit code 0 on success,
 * 2 on bad input or arguments (one line on stderr), 1 on an internal error.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "kano4j - Kano satisfaction-survey analysis",
            "",
            "usage:",
            "  kano4j analyze FILE.csv [options]   classify the attributes of a wide Kano survey",
            "  kano4j demo [options]               analyse the bundled after-sales service survey (or with",
            "                                      --language zh the Chinese call-centre survey)",
            "  kano4j satisfaction FILE.csv --overall COLUMN [--scale 1-5] [--cuts LOW,HIGH]",
            "                                      factor types from an ordinary satisfaction survey",
            "  kano4j satisfaction-demo            the same on the bundled satisfaction survey",
            "  kano4j allocate [--kano FILE.csv] [--satisfaction FILE.csv --overall COLUMN]",
            "                  [--attributes SHEET.csv] [--groups GROUPS.csv] [--gaps GAPS.csv] [--budget X] [--demo]",
            "                                      increase / maintain / reduce / remove, with boundaries",
            "  kano4j report [same options as allocate] --out REPORT.html",
            "                                      one HTML page: questionnaire, satisfaction and allocation",
            "  kano4j gap FILE.csv [--confidence C] [--attributes SHEET.csv] [--groups FILE] [--segment COL]",
            "              [--pairs COLUMNS.csv] [--kano KANO.csv] [--satisfaction FILE.csv --overall COL]",
            "                                      expectation-perception gaps per attribute (weighted by the",
            "                                      sheet's importance, rolled up by its groups, read with the",
            "                                      Kano categories or factor types)",
            "  kano4j track --plan PLAN.csv --satisfaction FILE.csv [--overall COLUMN]",
            "                                      were last wave's floors and targets reached?",
            "  kano4j plan [--margin H] [--confidence C] [--share P] [--segments K] [--design-effect D]",
            "              [--fong P1,P2] [--power Q]  respondents needed per segment and in all",
            "  kano4j questionnaire ATTRIBUTES.csv [--language en|zh|zh-Hant] [--importance]",
            "              [--format text|csv|markdown|html|wjx]  the Kano questions to field (wjx: 问卷星 import)",
            "  kano4j --help | --version",
            "",
            "options:",
            "  --rule mode|moai|band|aom|quadrant  classification rule (default moai: Fong + M>O>A>I)",
            "  --table standard|pouliot|three-point  evaluation table (default standard)",
            "  --missing drop|count-as-q|fail      missing or unrecognised answers (default drop)",
            "  --layout auto|wide|long|pair-counts|category-counts   input layout (default auto)",
            "  --reverse-dysfunctional             dysfunctional codes run 1 = dislike ... 5 = like",
            "  --labels FILE                       extra answer wordings: label,answer per line",
            "  --pairs FILE                        attribute,functional,dysfunctional columns",
            "                                      (header texts or column numbers), e.g. for exports",
            "  --sheet NAME                        (analyze, satisfaction) the sheet of an .xlsx workbook",
            "  --max-q K, --max-i K                drop respondents with more than K Q (or I) answers",
            "  --drop-straight-liners              drop respondents giving one answer pair to everything",
            "  --confidence LEVEL                  interval level, e.g. 0.95 (default)",
            "  --quadrant-means                    Better-Worse quadrant at the means (default 0.5/0.5)",
            "  --bootstrap N                       N bootstrap resamples: percentile intervals, category stability",
            "  --seed S                            seed of the bootstrap and Monte-Carlo tests (default 20261122)",
            "  --weight COLUMN                     respondent weights: analyze (the Kano questionnaire: weighted",
            "                                      shares, Better/Worse, tests at n_eff), satisfaction, gap,",
            "                                      allocate, report, track (the satisfaction survey: weighted",
            "                                      shares and PRCA)",
            "  --kano-weight COLUMN                (allocate, report) respondent weights of the --kano file",
            "  --rake MARGINS.csv [--trim LO,HI]   rake those weights (or 1) to variable,category,share margins",
            "                                      (analyze: one row per respondent, the wide layout)",
            "  --kpi FILE --segment COLUMN         (allocate, report) segment,attribute,kpi,value: each floor",
            "                                      also in KPI units, from the satisfaction survey's segments",
            "  --gaps FILE                         (allocate, report) an expectation-perception survey: the",
            "                                      adequate expectation is the floor, the desired one the target",
            "  --groups FILE                       attribute,group (or a sheet with a group column): every",
            "                                      output gets a group column and lists attributes by group",
            "  --segment COLUMN                    also analyse and compare the segments of COLUMN (repeatable;",
            "                                      satisfaction: one column, factor types and penalty/reward tests)",
            "  --overall COLUMN                    (satisfaction) the overall-satisfaction column",
            "  --scale MIN-MAX, --cuts LOW,HIGH    (satisfaction) rating scale and penalty/reward cut points",
            "  --attributes COL,COL, --ignore COL  (satisfaction) the rating columns, or columns to leave out",
            "  --tau T, --top-box H, --hurdle L    (allocate) floor tolerance, top-box goal, hurdle",
            "  --policy floors-first|gain-per-cost (allocate) budget policy (default floors-first)",
            "  --penalty-weight W                  (allocate) weight >= 1 of fixing floors (default 1)",
            "  --importance-weighted               (allocate) weight gains by importance",
            "  --satisfaction-bootstrap N          (allocate) satisfaction resamples (default 1000 with report or",
            "                                      --charts, else 0: the plan does not use them)",
            "  --language en|zh|zh-Hant            language of every output but CSV/JSON column names (all",
            "                                      commands): tables, headings, category names, charts,",
            "                                      sentences, ingest report; with a demo, zh and zh-Hant use",
            "                                      the Chinese call-centre example",
            "  --measured DATE                     (allocate) when the data were measured (plan provenance)",
            "  --format text|csv|json|markdown|html|xlsx  output format (default text); xlsx: a workbook",
            "                                      (results, ingest report) written to --out FILE.xlsx",
            "  --csv-cells neutralised|verbatim    CSV text cells safe for spreadsheets (default)",
            "                                      or exactly as read, for machine consumers",
            "  --charts DIR                        (report, allocate) each chart as an SVG file",
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
        return guarded(() -> execute(args, out, err), err);
    }

    /**
     * Runs a command body and turns every failure into one line on {@code err} and an exit status: 2 for bad input
     * or usage, 1 for output failures and internal errors (out of memory included) — never a stack trace.
     */
    static int guarded(IntSupplier body, PrintStream err) {
        try {
            return body.getAsInt();
        } catch (UsageException | KanoInputException e) {
            err.println("kano4j: " + Text.printable(e.getMessage()));
            return 2;
        } catch (InvalidPathException e) {
            err.println("kano4j: " + localeAdvice(e));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("kano4j: " + Text.shortened(e.getMessage(), 2000));
            return 2;
        } catch (OutputException e) {
            err.println("kano4j: " + Text.printable(e.getMessage()));
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("kano4j: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap); "
                    + "give Java more memory, e.g. java -Xmx4g -jar kano4j-cli.jar ..., or reduce the input");
            return 1;
        } catch (StackOverflowError e) {
            err.println("kano4j: internal error: stack overflow (please report this with the input that caused it)");
            return 1;
        } catch (RuntimeException | Error e) {
            err.println("kano4j: internal error: " + Text.shortened(String.valueOf(e), 500)
                    + " (please report this with the input that caused it)");
            return 1;
        }
    }

    /**
     * Why a file name cannot be used: usually a non-ASCII name (e.g. {@code 2025年第一期.csv}) under a locale whose
     * file-name encoding is ASCII; the advice names the fix.
     */
    static String localeAdvice(InvalidPathException e) {
        String encoding = System.getProperty("sun.jnu.encoding", "unknown");
        return "the file name \"" + Text.shortened(e.getInput(), 200) + "\" cannot be used: " + e.getReason()
                + (encoding.toUpperCase(Locale.ROOT).contains("UTF") ? "" : "; Java decodes file names as "
                + encoding + " in this locale, run with a UTF-8 locale, e.g. LANG=C.UTF-8 java -jar kano4j-cli.jar ...");
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
        return switch (command) {
            case "analyze", "analyse", "demo" -> AnalyzeCommand.run(command, args, out, err);
            case "satisfaction", "satisfaction-demo" -> SatisfactionCommand.run(command, args, out, err);
            case "allocate", "report" -> AllocateCommand.run(args, out, err);
            case "plan" -> PlanCommand.run(args, out);
            case "questionnaire" -> QuestionnaireCommand.run(args, out, err);
            case "gap" -> GapCommand.run(args, out, err);
            case "track" -> TrackCommand.run(args, out, err);
            default -> throw new UsageException("unknown command \"" + command + "\"; expected analyze, demo, "
                    + "satisfaction, satisfaction-demo, allocate, report, gap, track, plan or questionnaire (see kano4j "
                    + "--help)");
        };
    }
}
