package io.github.kano4j.cli;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.Language;
import io.github.kano4j.internal.Text;
import io.github.kano4j.report.Report;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntSupplier;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The kano4j command line: one grammar for every command (picocli, with the option groups every command shares),
 * dispatched to one class per command. {@code --help} and {@code -h} on every command; {@code --opt=value} and
 * {@code --opt value}; a suggestion for a mistyped option. Exit code 0 on success, 2 on bad input or arguments
 * (one line on stderr), 1 on an output or internal error.
 */
@CommandLine.Command(name = "kano4j", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Main.Version.class,
        description = "Kano satisfaction-survey analysis.", synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Every command: kano4j COMMAND --help; all of them with examples: docs/cli.md."})
public final class Main implements Callable<Integer> {
    private final PrintStream err;
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Main(PrintStream err) {
        this.err = err;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status (0 ok, 2 bad input, 1 internal error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return guarded(() -> commandLine(out, err).execute(args), err);
    }

    /** No command: the usage on standard error, exit 2. */
    @Override
    public Integer call() {
        err.print(spec.commandLine().getUsageMessage());
        return 2;
    }

    /** The whole command line, every command writing to {@code out} and {@code err}. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(err));
        for (Command c : List.of(new AnalyzeCommand.File(), new AnalyzeCommand.Bundled(), new SatisfactionCommand.File(),
                new SatisfactionCommand.Bundled(), new AllocateCommand.Plan(), new AllocateCommand.Page(),
                new GapCommand(), new TrackCommand(), new PlanCommand(), new QuestionnaireCommand())) {
            cl.addSubcommand(c.streams(out, err));
        }
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.registerConverter(Path.class, converter(Main::path));
        cl.registerConverter(Double.class, converter(Main::number));
        cl.registerConverter(Double.TYPE, converter(Main::number));
        cl.setExpandAtFiles(false); // "@x.csv" is a file name, never a file of arguments
        cl.registerConverter(Language.class, converter(Language::parse));
        cl.registerConverter(Report.CsvCells.class, converter(CsvCellsOption::parse));
        cl.setOverwrittenOptionsAllowed(true); // the last of a repeated option wins, as in most tools
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((e, args) -> usageError(e, err));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof RuntimeException r) {
                return guarded(() -> {
                    throw r;
                }, err);
            }
            return guarded(() -> {
                throw new IllegalStateException(e);
            }, err);
        });
        return cl;
    }

    /** A picocli converter from a parser whose exceptions carry the message users read. */
    private static <T> ITypeConverter<T> converter(Function<String, T> parse) {
        return s -> {
            try {
                return parse.apply(s);
            } catch (UsageException | IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    private static Path path(String s) {
        if (s.isBlank()) {
            throw new UsageException("needs a file name, was empty");
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new UsageException(localeAdvice(e));
        }
    }

    /** A finite number (NaN and infinities are refused: they would silently switch an option off). */
    private static double number(String s) {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UsageException("needs a number, was \"" + Text.shortened(s, 40) + "\"");
    }

    /** Bad arguments: one line, a suggestion for a mistyped option or command, exit 2. */
    private static int usageError(ParameterException e, PrintStream err) {
        String command = e.getCommandLine().getCommandName();
        StringBuilder line = new StringBuilder("kano4j: ");
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            line.append(word.startsWith("-") ? "unknown option " + Text.shortened(word.split("=", 2)[0], 60)
                    : command.equals("kano4j") ? "unknown command \"" + Text.shortened(word, 60) + "\""
                    : "unexpected argument \"" + Text.shortened(word, 60) + "\"");
            List<String> near = Suggestions.near(u.getUnmatched(), e.getCommandLine());
            if (!near.isEmpty()) {
                line.append("; did you mean ").append(String.join(" or ", near)).append('?');
            }
        } else if (e instanceof MissingParameterException m) {
            line.append(missing(command, m.getMissing()));
        } else if (e.getCause() instanceof TypeConversionException t) {
            String option = e.getArgSpec() instanceof OptionSpec o ? o.longestName() : "";
            String why = Text.printable(t.getMessage());
            line.append(option.isEmpty() || why.startsWith(option) || why.startsWith("the file name") ? why
                    : option + ": " + why);
        } else {
            line.append(Text.printable(e.getMessage()));
        }
        line.append(" (see kano4j ").append(command.equals("kano4j") ? "" : command + " ").append("--help)");
        err.println(line);
        return 2;
    }

    /** What is missing: {@code --confidence needs a value (LEVEL)}, {@code analyze needs FILE (the survey ...)}. */
    private static String missing(String command, List<ArgSpec> missing) {
        List<String> parts = new ArrayList<>();
        for (ArgSpec a : missing) {
            String what = a.paramLabel() + " (" + String.join(" ", a.description()) + ")";
            if (a instanceof OptionSpec o) {
                parts.add(o.arity().min > 0 && !a.required() ? o.longestName() + " needs a value " + a.paramLabel()
                        : command + " needs " + o.longestName() + " " + what);
            } else {
                parts.add(command + " needs " + what);
            }
        }
        return String.join("; ", parts);
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

    /** {@code --version}: the jar's implementation version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kano4j " + (v == null ? "development build" : v)};
        }
    }
}
