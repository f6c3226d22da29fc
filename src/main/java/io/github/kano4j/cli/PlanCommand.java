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
    @Mixin
    LanguageOption language;
    @Mixin
    OutputOptions output;

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
    OutputOptions output() {
        return output;
    }

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
        StringBuilder sb = new StringBuilder(l.text("Sample size per segment, in answers reaching M, O, A or I (n4)",
                "每个细分所需样本量（落入 M、O、A 或 I 的回答数 n4）") + "\n");
        long perSegment;
        try {
            perSegment = SampleSize.forMargin(margin, level, share, deff);
            sb.append(String.format(Locale.ROOT, l.text("  a +/-%s interval on a share near %s at %s%% confidence: %d%n",
                    "  比例约为 %2$s 时，%3$s%% 置信区间半宽 ±%1$s：%4$d%n"), plain(margin), plain(share),
                    plain(100 * level), perSegment));
            if (fong != null) {
                double[] p = shares(fong);
                long forFong = SampleSize.forFong(p[0], p[1], 1.65, power, deff);
                sb.append(String.format(Locale.ROOT, l.text("  Fong's test (critical 1.65) telling shares %s and %s "
                        + "apart with power %s: %d%n", "  Fong 检验（临界值 1.65）以功效 %3$s 区分比例 %1$s 和 %2$s：%4$d%n"),
                        plain(p[0]), plain(p[1]), plain(power), forFong));
                perSegment = Math.max(perSegment, forFong);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long invite = (long) Math.ceil(perSegment / 0.9);
        sb.append(String.format(Locale.ROOT, l.text("design effect %s, %d segment%s: %d per segment, %d in all; invite "
                + "about %d per segment if 90%% of answers fall in M, O, A or I%n", "设计效应 %s，%d 个细分%s：每个细分 %d，"
                + "共 %d；若 90%% 的回答落入 M、O、A 或 I，每个细分约需邀请 %d 人%n"), plain(deff), k,
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
