package io.github.kano4j.cli;

import io.github.kano4j.Language;
import io.github.kano4j.stats.SampleSize;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * {@code kano4j plan --margin H [--confidence C] [--share P] [--segments K] [--design-effect D] [--fong P1,P2]
 * [--power Q] [--language en|zh|zh-Hant]}: respondents a Kano survey needs per segment and in all (docs/METHODS.md §7.5).
 */
final class PlanCommand {
    private PlanCommand() {
    }

    static int run(String[] args, PrintStream out) {
        double margin = 0.05;
        double confidence = 0.95;
        double share = 0.5;
        int segments = 1;
        double deff = 1;
        double[] fong = null;
        double power = 0.8;
        Language language = Language.EN;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--language" -> language = Args.language(Args.value(args, ++i, a));
                case "--margin" -> margin = Args.number(Args.value(args, ++i, a), a);
                case "--confidence" -> confidence = Args.number(Args.value(args, ++i, a), a);
                case "--share" -> share = Args.number(Args.value(args, ++i, a), a);
                case "--segments" -> segments = Args.integer(Args.value(args, ++i, a), a);
                case "--design-effect" -> deff = Args.number(Args.value(args, ++i, a), a);
                case "--fong" -> fong = shares(Args.value(args, ++i, a));
                case "--power" -> power = Args.number(Args.value(args, ++i, a), a);
                default -> throw new UsageException("unknown option " + a + " for plan; see kano4j --help");
            }
        }
        if (segments < 1) {
            throw new UsageException("--segments needs a whole number of at least 1, was " + segments);
        }
        long perSegment;
        Language l = language;
        StringBuilder sb = new StringBuilder(l.text("Sample size per segment, in answers reaching M, O, A or I (n4)",
                "每个细分所需样本量（落入 M、O、A 或 I 的回答数 n4）") + "\n");
        try {
            perSegment = SampleSize.forMargin(margin, confidence, share, deff);
            sb.append(String.format(Locale.ROOT, l.text("  a +/-%s interval on a share near %s at %s%% confidence: %d%n",
                    "  比例约为 %2$s 时，%3$s%% 置信区间半宽 ±%1$s：%4$d%n"), plain(margin), plain(share),
                    plain(100 * confidence), perSegment));
            if (fong != null) {
                long forFong = SampleSize.forFong(fong[0], fong[1], 1.65, power, deff);
                sb.append(String.format(Locale.ROOT, l.text("  Fong's test (critical 1.65) telling shares %s and %s "
                        + "apart with power %s: %d%n", "  Fong 检验（临界值 1.65）以功效 %3$s 区分比例 %1$s 和 %2$s：%4$d%n"),
                        plain(fong[0]), plain(fong[1]), plain(power), forFong));
                perSegment = Math.max(perSegment, forFong);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long invite = (long) Math.ceil(perSegment / 0.9);
        sb.append(String.format(Locale.ROOT, l.text("design effect %s, %d segment%s: %d per segment, %d in all; invite "
                + "about %d per segment if 90%% of answers fall in M, O, A or I%n", "设计效应 %s，%d 个细分%s：每个细分 %d，"
                + "共 %d；若 90%% 的回答落入 M、O、A 或 I，每个细分约需邀请 %d 人%n"), plain(deff), segments,
                l.isChinese() || segments == 1 ? "" : "s", perSegment, perSegment * segments, invite));
        out.print(sb);
        out.flush();
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
