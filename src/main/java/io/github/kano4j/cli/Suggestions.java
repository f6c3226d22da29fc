package io.github.kano4j.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** "Did you mean": the options or commands nearest a mistyped one, by edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    /** Up to three names of {@code line} (its options, or its commands) within two edits of an unmatched word. */
    static List<String> near(List<String> unmatched, CommandLine line) {
        if (unmatched.isEmpty()) {
            return List.of();
        }
        String word = unmatched.get(0);
        int eq = word.indexOf('=');
        String typed = (word.startsWith("-") && eq > 0 ? word.substring(0, eq) : word).toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        if (typed.startsWith("-")) {
            for (OptionSpec o : line.getCommandSpec().options()) {
                if (!o.hidden()) {
                    names.add(o.longestName());
                }
            }
        } else {
            line.getSubcommands().values().forEach(c -> names.add(c.getCommandName()));
        }
        int limit = typed.replace("-", "").length() <= 5 ? 1 : 2;
        List<String> close = names.stream().distinct().filter(n -> distance(typed, n) <= limit).toList();
        if (close.isEmpty()) { // a prefix: --conf for --confidence
            return names.stream().distinct().filter(n -> typed.length() >= 4 && n.startsWith(typed)).sorted()
                    .limit(3).toList();
        }
        int best = close.stream().mapToInt(n -> distance(typed, n)).min().orElseThrow();
        return close.stream().filter(n -> distance(typed, n) == best).sorted(Comparator.naturalOrder()).limit(3)
                .toList();
    }

    /** Edits (insert, delete, substitute, swap two neighbours) from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
