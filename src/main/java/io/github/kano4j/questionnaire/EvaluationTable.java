package io.github.kano4j.questionnaire;

import io.github.kano4j.Answer;
import io.github.kano4j.Category;
import io.github.kano4j.internal.Check;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A Kano evaluation table: which category each (functional answer, dysfunctional answer) pair belongs
 * to. Tables are data, not code; every result names the table that produced it.
 *
 * <p>Rows are the functional answer, columns the dysfunctional answer, both in level order (for the
 * five-point scale: like, must-be, neutral, live-with, dislike). Built-in tables (docs/METHODS.md §1.2):
 * <ul>
 *   <li>{@link #STANDARD} — Kano et al. 1984; Berger et al. 1993; Matzler &amp; Hinterhuber 1998;</li>
 *   <li>{@link #POULIOT} — Pouliot in Berger et al. 1993, p. 33: additionally (must-be, must-be) and
 *       (live-with, live-with) are Questionable; (neutral, neutral) stays Indifferent;</li>
 *   <li>{@link #THREE_POINT} — the modified three-point scale of stp25kano ({@code type = 3}), codes 1–3
 *       on both questions; R and Q cannot occur.</li>
 * </ul>
 * Custom tables: {@link #of(String, String...)} with one string of category letters per row.
 */
public final class EvaluationTable implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int CATEGORIES = Category.values().length;

    /** The standard table (Berger et al. 1993). */
    public static final EvaluationTable STANDARD = of("standard",
            "QAAAO",
            "RIIIM",
            "RIIIM",
            "RIIIM",
            "RRRRQ");

    /** Pouliot's variant (Berger et al. 1993, p. 33). */
    public static final EvaluationTable POULIOT = of("pouliot",
            "QAAAO",
            "RQIIM",
            "RIIIM",
            "RIIQM",
            "RRRRQ");

    /** The modified three-point scale (stp25kano {@code type = 3}); the reading of the codes is inferred. */
    public static final EvaluationTable THREE_POINT = of("three-point",
            "AAO",
            "IIM",
            "IIM");

    private final String name;
    private final Category[] cells;
    private final int levels;

    private EvaluationTable(String name, Category[] cells, int levels) {
        this.name = name;
        this.cells = cells;
        this.levels = levels;
    }

    /**
     * A table from rows of category letters, e.g. {@code of("mine", "QAAAO", "RQIIM", …)}.
     *
     * @param name a short name echoed in every result
     * @param rows one string per functional answer, one letter (A, O, M, I, R, Q) per dysfunctional answer;
     *             3 or 5 rows of equal length (whitespace and separators {@code , ; |} are ignored)
     * @throws IllegalArgumentException if the grid is not square with 3 or 5 levels or holds another letter
     */
    public static EvaluationTable of(String name, String... rows) {
        Check.notNull(name, "name");
        Check.notNull(rows, "rows");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The parameter 'name' must not be blank.");
        }
        if (rows == null || (rows.length != 5 && rows.length != 3)) {
            throw new IllegalArgumentException("An evaluation table needs 5 rows (or 3 for the three-point scale), got "
                    + (rows == null ? 0 : rows.length));
        }
        int levels = rows.length;
        Category[] cells = new Category[levels * levels];
        for (int f = 0; f < levels; f++) {
            String row = rows[f] == null ? "" : rows[f].replaceAll("[\\s,;|]", "");
            if (row.length() != levels) {
                throw new IllegalArgumentException("Evaluation table row " + (f + 1) + " must have " + levels
                        + " category letters, was \"" + rows[f] + "\"");
            }
            for (int d = 0; d < levels; d++) {
                cells[f * levels + d] = Category.ofLetter(String.valueOf(row.charAt(d)));
            }
        }
        return new EvaluationTable(name.strip(), cells, levels);
    }

    /**
     * A built-in table by name: {@code standard}, {@code pouliot} or {@code three-point}
     * (case-insensitive; {@code 3}, {@code three_point} also accepted).
     *
     * @throws IllegalArgumentException for any other name, listing the accepted ones
     */
    public static EvaluationTable named(String name) {
        Check.notNull(name, "name");
        String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (key) {
            case "standard":
            case "berger":
                return STANDARD;
            case "pouliot":
                return POULIOT;
            case "three-point":
            case "3":
            case "3-point":
                return THREE_POINT;
            default:
                throw new IllegalArgumentException("Unknown evaluation table \"" + name
                        + "\"; expected one of standard, pouliot, three-point");
        }
    }

    /** The table's name, e.g. {@code "standard"}. */
    public String name() {
        return name;
    }

    /** Number of answer levels per question: 5, or 3 for the three-point scale. */
    public int levels() {
        return levels;
    }

    /**
     * The category of a pair of zero-based answer levels.
     *
     * @throws IllegalArgumentException if a level is outside {@code 0 … levels()-1}
     */
    public Category categoryOf(int functionalLevel, int dysfunctionalLevel) {
        if (functionalLevel < 0 || functionalLevel >= levels || dysfunctionalLevel < 0 || dysfunctionalLevel >= levels) {
            throw new IllegalArgumentException("Answer levels must be 0.." + (levels - 1) + " for table '" + name
                    + "', were (" + functionalLevel + ", " + dysfunctionalLevel + ")");
        }
        return cells[functionalLevel * levels + dysfunctionalLevel];
    }

    /** The category of a five-point answer pair. */
    public Category categoryOf(Answer functional, Answer dysfunctional) {
        Objects.requireNonNull(functional, "The parameter 'functional' must not be null.");
        Objects.requireNonNull(dysfunctional, "The parameter 'dysfunctional' must not be null.");
        return categoryOf(functional.level(), dysfunctional.level());
    }

    /**
     * The category counts of an attribute's tally under this table. Pairs the tally counted as
     * Questionable by the missing-answer policy are added to Q.
     *
     * @throws IllegalArgumentException if the tally holds answers at levels this table does not have
     */
    public CategoryCounts count(AttributeTally tally) {
        long[] byCategory = new long[CATEGORIES];
        for (int f = 0; f < AttributeTally.LEVELS; f++) {
            for (int d = 0; d < AttributeTally.LEVELS; d++) {
                long c = tally.pairCount(f, d);
                if (c == 0) {
                    continue;
                }
                if (f >= levels || d >= levels) {
                    throw new IllegalArgumentException("Table '" + name + "' has " + levels
                            + " answer levels but the tally holds answers at level " + (Math.max(f, d) + 1));
                }
                byCategory[cells[f * levels + d].ordinal()] += c;
            }
        }
        byCategory[Category.Q.ordinal()] += tally.questionableByPolicy();
        return CategoryCounts.of(byCategory);
    }

    /**
     * The weighted category sums of a tally (docs/METHODS.md §7.6): for each category (in {@link Category} order)
     * the sum of its pairs' weights, then the sums of their squared weights; Q by policy included. Without weights
     * both halves are the counts.
     */
    public double[] weigh(AttributeTally tally) {
        Check.notNull(tally, "tally");
        int k = Category.values().length;
        double[] out = new double[2 * k];
        for (int f = 0; f < AttributeTally.LEVELS; f++) {
            for (int d = 0; d < AttributeTally.LEVELS; d++) {
                if (tally.pairCount(f, d) == 0) {
                    continue;
                }
                if (f >= levels || d >= levels) {
                    throw new IllegalArgumentException("Table '" + name + "' has " + levels
                            + " answer levels but the tally holds answers at level " + (Math.max(f, d) + 1));
                }
                int c = cells[f * levels + d].ordinal();
                out[c] += tally.weightSum(f, d);
                out[k + c] += tally.weightSquares(f, d);
            }
        }
        out[Category.Q.ordinal()] += tally.questionableWeightSum();
        out[k + Category.Q.ordinal()] += tally.questionableWeightSquares();
        return out;
    }

    /** The grid as rows of letters, e.g. {@code [QAAAO, RIIIM, …]}. */
    public String[] rows() {
        String[] rows = new String[levels];
        for (int f = 0; f < levels; f++) {
            StringBuilder sb = new StringBuilder(levels);
            for (int d = 0; d < levels; d++) {
                sb.append(cells[f * levels + d].letter());
            }
            rows[f] = sb.toString();
        }
        return rows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvaluationTable t && t.name.equals(name) && Arrays.equals(t.cells, cells);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(cells);
    }

    /** The name and the grid, e.g. {@code standard [QAAAO RIIIM RIIIM RIIIM RRRRQ]}. */
    @Override
    public String toString() {
        return name + " " + Arrays.toString(rows()).replace(",", "");
    }
}
