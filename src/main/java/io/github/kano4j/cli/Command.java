package io.github.kano4j.cli;

import io.github.kano4j.IngestReport;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.internal.Text;
import io.github.kano4j.io.AttributeSheet;
import io.github.kano4j.io.AttributeSheetReader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * What every command shares: its streams, the progress line, the output door ({@link Sink}) with every input the
 * command line names, the format check and the stderr messages that {@code --quiet} silences.
 */
abstract class Command implements Callable<Integer> {
    /** Options whose path is written, not read. */
    private static final Set<String> OUTPUT_OPTIONS = Set.of("--out", "--charts");

    @Spec
    CommandSpec spec;
    /** Every command's output: {@code --out}, {@code --quiet}. */
    @Mixin
    OutputOptions output;
    /** Every command's language. */
    @Mixin
    LanguageOption language;

    PrintStream out;
    PrintStream err;
    Progress progress;

    /** Runs the command; the exit status. */
    abstract int run();

    /** The streams the command writes to. */
    final Command streams(PrintStream stdout, PrintStream stderr) {
        this.out = stdout;
        this.err = stderr;
        return this;
    }

    @Override
    public final Integer call() {
        PrintStream stderr = err;
        PrintStream stdout = out;
        try (Progress p = Progress.of(output.quiet, stderr)) {
            progress = p;
            err = p.err(stderr);
            out = p.out(stdout);
            return run();
        } finally {
            err = stderr;
            out = stdout;
        }
    }

    /** The command's name as typed, e.g. {@code analyze}. */
    final String name() {
        return spec.name();
    }

    /** The format asked for, {@code fallback} if none; a usage error if this command does not write it. */
    final Format format(String asked, Format fallback, Set<Format> writes) {
        Format f = asked == null ? fallback : Format.named(asked).orElse(null);
        if (f == null || !writes.contains(f)) {
            throw new UsageException(name() + " writes " + Format.list(writes) + ", not \"" + Text.shortened(asked, 40)
                    + "\"");
        }
        if (f == Format.XLSX && output.out == null) {
            throw new UsageException("--format xlsx writes a workbook: name the file with --out FILE.xlsx");
        }
        return f;
    }

    /** A usage error unless {@code f} is one of {@code allowed} with the option {@code option} given. */
    final void require(Format f, String option, Format first, Format... rest) {
        Set<Format> allowed = EnumSet.of(first, rest);
        if (!allowed.contains(f)) {
            throw new UsageException(name() + " " + option + " writes " + Format.list(allowed) + ", not " + f.label());
        }
    }

    /** {@link #format(String, Format, Set)} with the formats as a list. */
    final Format format(String asked, Format fallback, Format first, Format... rest) {
        return format(asked, fallback, EnumSet.of(first, rest));
    }

    /**
     * The output door, checked before any work: never over an input, never into a missing folder. The inputs are
     * every path the command line names, but the output ones, so no input option can be forgotten.
     */
    final Sink sink() {
        Sink sink = new Sink(output.out, inputs(), out);
        sink.check();
        return sink;
    }

    /** Every input path given on the command line: path-valued options and parameters but {@code --out}. */
    final List<Path> inputs() {
        List<Path> paths = new ArrayList<>();
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            if (a instanceof OptionSpec o && OUTPUT_OPTIONS.contains(o.longestName())) {
                continue;
            }
            Object v = a.getValue();
            if (v instanceof Path p) {
                paths.add(p);
            } else if (v instanceof Collection<?> c) {
                c.stream().filter(Path.class::isInstance).map(Path.class::cast).forEach(paths::add);
            }
        }
        return paths;
    }

    /** The options of the named option groups (their fields' names) that the command line gives. */
    final List<String> given(String... groups) {
        List<String> names = new ArrayList<>();
        for (String g : groups) {
            for (OptionSpec o : spec.mixins().get(g).options()) {
                if (spec.commandLine().getParseResult().hasMatchedOption(o.longestName())) {
                    names.add(o.longestName());
                }
            }
        }
        return names;
    }

    /** A usage error when any of {@code options} is given: they would be accepted and do nothing. */
    static void refuse(List<String> options, String why) {
        if (!options.isEmpty()) {
            throw new UsageException(String.join(", ", options) + " " + why);
        }
    }

    /** The work now running, on the progress line. */
    final void phase(String now) {
        progress.phase(now);
    }

    /** Information on standard error (ingest reports): silenced by {@code --quiet}. */
    final void info(String text) {
        if (!output.quiet) {
            err.print(text);
        }
    }

    /** An ingest report on standard error in {@code language}: silenced by {@code --quiet}. */
    final void info(IngestReport report, Language language) {
        info(report.text(language));
    }

    /** A warning on standard error: never silenced. */
    final void warn(String text) {
        err.println("kano4j: warning: " + text);
    }

    /**
     * {@code --groups FILE}: the groups of an attribute sheet ({@code attribute,group}, or a sheet with a group
     * column), by attribute; its ingest report goes to standard error.
     */
    final Map<String, String> groups(Path file, Language language) {
        phase("reading " + file);
        AttributeSheet sheet = AttributeSheetReader.read(file);
        info(sheet.report(), language);
        Map<String, String> groups = AttributeFacts.groupsOf(sheet.facts());
        if (groups.isEmpty()) {
            throw new UsageException("--groups " + file + ": no attribute has a group; expected a CSV with columns "
                    + "attribute,group");
        }
        return groups;
    }

    /** A warning for group-file attributes that the survey does not have (they are not used). */
    final void warnUngrouped(List<String> unknown, Path file) {
        if (!unknown.isEmpty()) {
            warn("--groups " + file + " names " + unknown.size() + " attribute" + (unknown.size() == 1 ? "" : "s")
                    + " not in the survey, not used: " + String.join(", ", unknown));
        }
    }
}
