package io.github.kano4j.cli;

import io.github.kano4j.Language;
import io.github.kano4j.stats.SampleSize;

import java.math.BigDecimal;
import java.util.Locale;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kano4j plan [options]}: respondents a Kano survey needs per segment and in all (docs/METHODS.md §7.5). */
@picocli.CommandLine.Command(name = "plan", description = "Respondents a Kano survey needs per segment and in all.")
final class PlanCommand extends Command {
    @Mixin
    ConfidenceOption confidence;

    @Option(names = "--margin", paramLabel = "H", description = "half-width of the interval on a share (default "
            + "0.05)")
    double margin = 0.05;
    @Option(names = "--share", paramLabel = "P", description = "the share expected (default 0.5, the widest)")
    double share = 0.5;
    @Option(names = "--segments", paramLabel = "K", description = "segments to report on (default 1)")
    String segments = "1";
    @Option(names = "--design-effect", paramLabel = "D", description = "design effect of the sampling (default 1)")
    double deff = 1;
    @Option(names = "--fong", paramLabel = "P1,P2", description = "also enough for Fong's test to tell shares P1 and "
            + "P2 apart, e.g. 0.40,0.30")
    String fong;
    @Option(names = "--power", paramLabel = "Q", description = "power of that test (default 0.8)")
    double power = 0.8;
    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the only format)")
    String format;

    @Override
    int run() {
        format(format, Format.TEXT, Format.TEXT);
        Sink sink = sink();
        int k = Args.integer(segments, "--segments");
        if (k < 1) {
            throw new UsageException("--segments needs a whole number of at least 1, was " + k);
        }
        double level = confidence.given() ? confidence.confidence : 0.95;
        Language l = language.language;
        StringBuilder sb = new StringBuilder(l.message("planCommand.sample_size_per_segment_in") + "\n");
        long perSegment;
        try {
            perSegment = SampleSize.forMargin(margin, level, share, deff);
            sb.append(String.format(Locale.ROOT, l.message("planCommand.a_s_interval_on_a"), plain(margin), plain(share),
                    plain(100 * level), perSegment));
            if (fong != null) {
                double[] p = shares(fong);
                long forFong = SampleSize.forFong(p[0], p[1], 1.65, power, deff);
                sb.append(String.format(Locale.ROOT, l.message("planCommand.fong_s_test_critical_telling"),
                        plain(p[0]), plain(p[1]), plain(power), forFong));
                perSegment = Math.max(perSegment, forFong);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long invite = (long) Math.ceil(perSegment / 0.9);
        sb.append(String.format(Locale.ROOT, l.message("planCommand.design_effect_s_d_segment"), plain(deff), k,
                l.isChinese() || k == 1 ? "" : "s", perSegment, perSegment * k, invite));
        sink.text(sb.toString());
        return 0;
    }

    private static double[] shares(String s) {
        String[] parts = s.split("\\s*,\\s*");
        if (parts.length != 2) {
            throw new UsageException("--fong needs two shares P1,P2 such as 0.40,0.30, was \"" + s + "\"");
        }
        return new double[] {Args.number(parts[0], "--fong"), Args.number(parts[1], "--fong")};
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
