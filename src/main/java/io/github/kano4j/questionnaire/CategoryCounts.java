package io.github.kano4j.questionnaire;

import io.github.kano4j.Category;

/**
 * Counts of the six Kano categories for one attribute: {@code A, O, M, I, R, Q}, with
 * {@code N = A + O + M + I + R + Q} and {@code n4 = A + O + M + I} (docs/METHODS.md notation).
 *
 * <p>Every count-based statistic (category, strengths, Fong, χ², Better/Worse and their intervals) is a
 * function of these six numbers, so pre-aggregated category counts support all of them.
 *
 * @param a attractive  @param o one-dimensional  @param m must-be
 * @param i indifferent @param r reverse          @param q questionable
 */
public record CategoryCounts(long a, long o, long m, long i, long r, long q) {

    /** @throws IllegalArgumentException if a count is negative or the counts add up to more than a long holds */
    public CategoryCounts {
        if (a < 0 || o < 0 || m < 0 || i < 0 || r < 0 || q < 0) {
            throw new IllegalArgumentException("Category counts must not be negative, were A=" + a + " O=" + o
                    + " M=" + m + " I=" + i + " R=" + r + " Q=" + q);
        }
        try {
            Math.addExact(Math.addExact(Math.addExact(a, o), Math.addExact(m, i)), Math.addExact(r, q));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Category counts add up to more than " + Long.MAX_VALUE
                    + " answers, were A=" + a + " O=" + o + " M=" + m + " I=" + i + " R=" + r + " Q=" + q);
        }
    }

    /** Counts indexed by {@link Category#ordinal()} (A, O, M, I, R, Q). */
    static CategoryCounts of(long[] byOrdinal) {
        return new CategoryCounts(byOrdinal[0], byOrdinal[1], byOrdinal[2], byOrdinal[3], byOrdinal[4], byOrdinal[5]);
    }

    /** Counts given in the order M, O, A, I, R, Q used by many published tables. */
    public static CategoryCounts ofMoairq(long m, long o, long a, long i, long r, long q) {
        return new CategoryCounts(a, o, m, i, r, q);
    }

    /** The count of one category. */
    public long get(Category category) {
        return switch (category) {
            case A -> a;
            case O -> o;
            case M -> m;
            case I -> i;
            case R -> r;
            case Q -> q;
        };
    }

    /** N: all classified answer pairs, Q included. */
    public long n() {
        return a + o + m + i + r + q;
    }

    /** n4 = A + O + M + I, the denominator of Better and Worse. */
    public long n4() {
        return a + o + m + i;
    }

    /** The share {@code X / N}; NaN when N = 0. */
    public double share(Category category) {
        long n = n();
        return n == 0 ? Double.NaN : (double) get(category) / n;
    }

    /** The sum of two count vectors. */
    public CategoryCounts plus(CategoryCounts other) {
        try {
            return new CategoryCounts(Math.addExact(a, other.a), Math.addExact(o, other.o), Math.addExact(m, other.m),
                    Math.addExact(i, other.i), Math.addExact(r, other.r), Math.addExact(q, other.q));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Category counts add up to more than " + Long.MAX_VALUE + " answers");
        }
    }
}
