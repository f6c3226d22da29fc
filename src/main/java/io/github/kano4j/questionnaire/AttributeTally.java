package io.github.kano4j.questionnaire;

import io.github.kano4j.Answer;
import io.github.kano4j.internal.Check;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The sufficient statistic of one attribute's Kano answers: the 5×5 matrix of counts of
 * (functional level, dysfunctional level) pairs, the number of pairs counted as Questionable by the
 * missing-answer policy, and a histogram of self-stated importance ratings.
 *
 * <p>Every questionnaire statistic of the attribute derives from this object, under any evaluation
 * table. It is a mergeable accumulator ({@link #create()}, {@link #acceptCodes(int, int)},
 * {@link #combine(AttributeTally)}): tallying parts of a survey and combining them gives exactly the
 * tally of the whole, in any order. Memory is constant in the number of respondents. Not thread-safe;
 * give each thread its own tally and combine them.
 *
 * <p>Levels are zero-based answer positions: 0 = like … 4 = dislike on the five-point scale; the
 * three-point scale uses levels 0–2. Importance ratings are integers 0–100 (any k-point scale).
 */
public final class AttributeTally implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Answer levels held by every tally (the five-point scale; shorter scales use the first levels). */
    public static final int LEVELS = 5;
    /** The largest importance rating a tally holds (ratings are 0 … this). */
    public static final int MAX_IMPORTANCE = 100;

    private static final int PAIRS = LEVELS * LEVELS;
    private final long[] pairs = new long[PAIRS];
    private long questionableByPolicy;
    /** Shared by every tally without importance ratings (never written: a rating first grows the array). */
    private static final long[] NO_RATINGS = new long[0];
    private long[] importance = NO_RATINGS;
    /** Per answer-pair cell: sum of importance ratings and number of ratings (joint, for weighted indices). */
    /** Importance sums (first half) and counts (second half) by answer pair; allocated with the first rating. */
    private long[] importanceByPair;
    /** All answer pairs counted, Q by policy included: kept so no count can overflow unnoticed. */
    private long total;
    /** All importance ratings counted. */
    private long importanceTotal;
    /**
     * Respondent weights (docs/METHODS.md §7.6), allocated with the first weighted pair: per answer-pair cell and, in
     * the last slot, for the pairs counted as Q by policy, the sum of weights (first half) and of squared weights
     * (second half). An unweighted pair counts with weight 1.
     */
    private double[] weights;

    private AttributeTally() {
    }

    /** Adds to the running totals first, refusing an overflow before any cell changes. */
    private void grow(long pairs, long ratings) {
        try {
            long t = Math.addExact(total, pairs);
            long r = Math.addExact(importanceTotal, ratings);
            Math.multiplyExact(r, (long) MAX_IMPORTANCE); // importance sums stay below Long.MAX_VALUE
            total = t;
            importanceTotal = r;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The tally would count more than " + Long.MAX_VALUE
                    + " answers (or importance ratings summing past it); counts are exact or refused");
        }
    }

    /** A new, empty tally. */
    public static AttributeTally create() {
        return new AttributeTally();
    }

    /**
     * Counts one answer pair.
     *
     * @param functionalLevel    zero-based functional answer level (0 … 4)
     * @param dysfunctionalLevel zero-based dysfunctional answer level (0 … 4)
     * @return this tally
     * @throws IllegalArgumentException if a level is outside 0 … 4
     */
    public AttributeTally acceptLevels(int functionalLevel, int dysfunctionalLevel) {
        if (functionalLevel < 0 || functionalLevel >= LEVELS || dysfunctionalLevel < 0 || dysfunctionalLevel >= LEVELS) {
            throw new IllegalArgumentException("Answer levels must be 0..4 (zero-based; for questionnaire codes 1..5 "
                    + "use acceptCodes), were (" + functionalLevel + ", " + dysfunctionalLevel + ")");
        }
        grow(1, 0);
        pairs[functionalLevel * LEVELS + dysfunctionalLevel]++;
        if (weights != null) {
            weights[functionalLevel * LEVELS + dysfunctionalLevel]++;
            weights[PAIRS + 1 + functionalLevel * LEVELS + dysfunctionalLevel]++;
        }
        return this;
    }

    /**
     * Counts one answer pair of a respondent with a survey weight (docs/METHODS.md §7.6): the pair counts once in
     * the counts and with its weight in the weighted sums from which shares, Better/Worse and the category are
     * computed. A tally that mixes weighted and unweighted pairs gives the unweighted ones weight 1.
     *
     * @param weight the respondent's weight, positive and finite
     * @throws IllegalArgumentException if a level is outside 0 … 4 or the weight is not positive and finite
     */
    public AttributeTally acceptWeighted(int functionalLevel, int dysfunctionalLevel, double weight) {
        checkWeight(weight);
        acceptLevels(functionalLevel, dysfunctionalLevel);
        addWeight(functionalLevel * LEVELS + dysfunctionalLevel, weight - 1); // acceptLevels added weight 1
        return this;
    }

    /** As {@link #acceptLevelsWithImportance(int, int, int)}, with the respondent's weight. */
    public AttributeTally acceptWeightedWithImportance(int functionalLevel, int dysfunctionalLevel, int rating,
            double weight) {
        checkWeight(weight);
        acceptLevelsWithImportance(functionalLevel, dysfunctionalLevel, rating);
        addWeight(functionalLevel * LEVELS + dysfunctionalLevel, weight - 1);
        return this;
    }

    /** Counts one pair with a missing or invalid answer as Questionable, with the respondent's weight. */
    public AttributeTally acceptQuestionableWeighted(double weight) {
        checkWeight(weight);
        acceptQuestionable();
        addWeight(PAIRS, weight - 1);
        return this;
    }

    private static void checkWeight(double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A respondent weight must be positive and finite, was " + weight);
        }
    }

    /** Adds {@code extra} to a slot's weight sum, and to its squared sum the change from weight 1 to 1 + extra. */
    private void addWeight(int slot, double extra) {
        double[] w = weights();
        double weight = 1 + extra;
        w[slot] += extra;
        w[PAIRS + 1 + slot] += weight * weight - 1;
    }

    /** The weight sums, allocated on first use with weight 1 for every pair counted so far. */
    private double[] weights() {
        if (weights == null) {
            weights = new double[2 * (PAIRS + 1)];
            for (int c = 0; c < PAIRS; c++) {
                weights[c] = pairs[c];
                weights[PAIRS + 1 + c] = pairs[c];
            }
            weights[PAIRS] = questionableByPolicy;
            weights[2 * PAIRS + 1] = questionableByPolicy;
        }
        return weights;
    }

    /** Whether any pair was counted with a weight. */
    public boolean weighted() {
        return weights != null;
    }

    /** The sum of the weights of one (functional, dysfunctional) level pair (its count without weights). */
    public double weightSum(int functionalLevel, int dysfunctionalLevel) {
        int c = functionalLevel * LEVELS + dysfunctionalLevel;
        return weights == null ? pairs[c] : weights[c];
    }

    /** The sum of the squared weights of one level pair (its count without weights). */
    public double weightSquares(int functionalLevel, int dysfunctionalLevel) {
        int c = functionalLevel * LEVELS + dysfunctionalLevel;
        return weights == null ? pairs[c] : weights[PAIRS + 1 + c];
    }

    /** The sum of the weights of the pairs counted as Questionable by policy. */
    public double questionableWeightSum() {
        return weights == null ? questionableByPolicy : weights[PAIRS];
    }

    /** The sum of the squared weights of the pairs counted as Questionable by policy. */
    public double questionableWeightSquares() {
        return weights == null ? questionableByPolicy : weights[2 * PAIRS + 1];
    }

    /**
     * Counts one answer pair given as questionnaire codes: 1 = like, 2 = must-be, 3 = neutral, 4 = live with,
     * 5 = dislike (on the three-point table 1 = like, 2 = neutral, 3 = dislike).
     *
     * @throws IllegalArgumentException if a code is outside 1 … 5
     */
    public AttributeTally acceptCodes(int functionalCode, int dysfunctionalCode) {
        if (functionalCode < 1 || functionalCode > LEVELS || dysfunctionalCode < 1 || dysfunctionalCode > LEVELS) {
            throw new IllegalArgumentException("Answer codes must be 1..5 (1 = like ... 5 = dislike), were ("
                    + functionalCode + ", " + dysfunctionalCode + ")");
        }
        return acceptLevels(functionalCode - 1, dysfunctionalCode - 1);
    }

    /** Counts one five-point answer pair. */
    public AttributeTally accept(Answer functional, Answer dysfunctional) {
        requirePair(functional, dysfunctional);
        return acceptLevels(functional.level(), dysfunctional.level());
    }

    /** Both answers of a pair must be given; a missing answer is the caller's decision (Q or skip). */
    static void requirePair(Answer functional, Answer dysfunctional) {
        String hint = "Both answers of a pair must be given; use acceptQuestionable() or skip the pair for a missing answer.";
        Check.notNull(functional, "functional", hint);
        Check.notNull(dysfunctional, "dysfunctional", hint);
    }

    /** Adds {@code count} identical pairs given as zero-based levels (pre-aggregated answer-pair counts). */
    public AttributeTally acceptLevels(int functionalLevel, int dysfunctionalLevel, long count) {
        long checked = checkCount(count);
        grow(checked - 1, 0);
        acceptLevels(functionalLevel, dysfunctionalLevel);
        pairs[functionalLevel * LEVELS + dysfunctionalLevel] += checked - 1;
        if (weights != null) {
            weights[functionalLevel * LEVELS + dysfunctionalLevel] += checked - 1;
            weights[PAIRS + 1 + functionalLevel * LEVELS + dysfunctionalLevel] += checked - 1;
        }
        return this;
    }

    /**
     * Counts one answer pair together with the same respondent's importance rating, so that
     * importance-weighted indices (analytical Kano, Xu et al. 2009) can be computed exactly.
     *
     * @throws IllegalArgumentException if a level is outside 0 … 4 or the rating outside 0 … 100
     */
    public AttributeTally acceptLevelsWithImportance(int functionalLevel, int dysfunctionalLevel, int rating) {
        if (rating < 0 || rating > MAX_IMPORTANCE) {
            throw new IllegalArgumentException("Importance ratings must be integers 0.." + MAX_IMPORTANCE + ", was " + rating);
        }
        acceptLevels(functionalLevel, dysfunctionalLevel);
        acceptImportance(rating);
        long[] byPair = importanceByPair();
        byPair[functionalLevel * LEVELS + dysfunctionalLevel] += rating;
        byPair[PAIRS + functionalLevel * LEVELS + dysfunctionalLevel]++;
        return this;
    }

    /** Counts one pair with a missing or invalid answer as Questionable (policy {@code COUNT_AS_Q}). */
    public AttributeTally acceptQuestionable() {
        grow(1, 0);
        questionableByPolicy++;
        if (weights != null) {
            weights[PAIRS]++;
            weights[2 * PAIRS + 1]++;
        }
        return this;
    }

    /** Counts {@code count} pairs with a missing or invalid answer as Questionable. */
    public AttributeTally acceptQuestionable(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count must not be negative, was " + count);
        }
        grow(count, 0);
        questionableByPolicy += count;
        if (weights != null) {
            weights[PAIRS] += count;
            weights[2 * PAIRS + 1] += count;
        }
        return this;
    }

    /**
     * Counts one self-stated importance rating.
     *
     * @throws IllegalArgumentException if the rating is outside 0 … 100
     */
    public AttributeTally acceptImportance(int rating) {
        if (rating < 0 || rating > MAX_IMPORTANCE) {
            throw new IllegalArgumentException("Importance ratings must be integers 0.." + MAX_IMPORTANCE + ", was " + rating);
        }
        grow(0, 1);
        if (rating >= importance.length) {
            importance = Arrays.copyOf(importance, rating + 1);
        }
        importance[rating]++;
        return this;
    }

    /**
     * Adds another tally's counts to this one.
     *
     * @return this tally
     */
    public AttributeTally combine(AttributeTally other) {
        Check.notNull(other, "other");
        grow(other.total, other.importanceTotal);
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] += other.pairs[k];
        }
        questionableByPolicy += other.questionableByPolicy;
        if (weights != null || other.weights != null) {
            double[] w = weights();
            for (int c = 0; c < PAIRS; c++) {
                w[c] += other.weightSum(c / LEVELS, c % LEVELS);
                w[PAIRS + 1 + c] += other.weightSquares(c / LEVELS, c % LEVELS);
            }
            w[PAIRS] += other.questionableWeightSum();
            w[2 * PAIRS + 1] += other.questionableWeightSquares();
        }
        if (other.importanceByPair != null) {
            long[] byPair = importanceByPair();
            for (int k = 0; k < byPair.length; k++) {
                byPair[k] += other.importanceByPair[k];
            }
        }
        if (other.importance.length > importance.length) {
            importance = Arrays.copyOf(importance, other.importance.length);
        }
        for (int k = 0; k < other.importance.length; k++) {
            importance[k] += other.importance[k];
        }
        return this;
    }

    /** An independent copy. */
    public AttributeTally copy() {
        return create().combine(this);
    }

    /** The count of one (functional, dysfunctional) level pair. */
    public long pairCount(int functionalLevel, int dysfunctionalLevel) {
        return pairs[functionalLevel * LEVELS + dysfunctionalLevel];
    }

    /** Sum of the importance ratings given together with this answer pair. */
    public long importanceSum(int functionalLevel, int dysfunctionalLevel) {
        return importanceByPair == null ? 0 : importanceByPair[functionalLevel * LEVELS + dysfunctionalLevel];
    }

    /** Number of importance ratings given together with this answer pair. */
    public long importanceCount(int functionalLevel, int dysfunctionalLevel) {
        return importanceByPair == null ? 0 : importanceByPair[PAIRS + functionalLevel * LEVELS + dysfunctionalLevel];
    }

    /** Sample variance of the importance ratings (n − 1); NaN with fewer than two. */
    public double importanceVariance() {
        long n = importanceCount();
        if (n < 2) {
            return Double.NaN;
        }
        double mean = importanceMean();
        double ss = 0;
        for (int k = 0; k < importance.length; k++) {
            ss += importance[k] * (k - mean) * (k - mean);
        }
        return ss / (n - 1);
    }

    /** The largest importance rating counted, or −1 when none. */
    public int importanceMax() {
        for (int k = importance.length - 1; k >= 0; k--) {
            if (importance[k] > 0) {
                return k;
            }
        }
        return -1;
    }

    /** Answer pairs counted (excluding those counted as Questionable by policy). */
    public long pairs() {
        long n = 0;
        for (long c : pairs) {
            n += c;
        }
        return n;
    }

    /** Pairs with a missing or invalid answer counted as Questionable by the {@code COUNT_AS_Q} policy. */
    public long questionableByPolicy() {
        return questionableByPolicy;
    }

    /** The number of respondents who gave the importance rating {@code rating}. */
    public long importanceCount(int rating) {
        return rating >= 0 && rating < importance.length ? importance[rating] : 0;
    }

    /** The number of importance ratings counted. */
    public long importanceCount() {
        long n = 0;
        for (long c : importance) {
            n += c;
        }
        return n;
    }

    /** Mean self-stated importance; NaN when no rating was counted. */
    public double importanceMean() {
        long n = 0;
        double sum = 0;
        for (int k = 0; k < importance.length; k++) {
            n += importance[k];
            sum += (double) k * importance[k];
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Restores one cell from a serialized tally (counts already checked by the serial form). */
    void restorePairs(int f, int d, long count, long importanceSum, long importanceCount) {
        grow(count, 0);
        pairs[f * LEVELS + d] += count;
        if (importanceSum != 0 || importanceCount != 0) {
            long[] byPair = importanceByPair();
            byPair[f * LEVELS + d] += importanceSum;
            byPair[PAIRS + f * LEVELS + d] += importanceCount;
        }
    }

    /** Restores the weight sums of one slot (a cell, or {@code PAIRS} for Q by policy) from a serialized tally. */
    void restoreWeights(int slot, double sum, double squares) {
        double[] w = weights();
        w[slot] = sum;
        w[PAIRS + 1 + slot] = squares;
    }

    /** Restores the count of one importance rating from a serialized tally. */
    void restoreImportance(int rating, long count) {
        if (count == 0) {
            return;
        }
        grow(0, count);
        if (rating >= importance.length) {
            importance = Arrays.copyOf(importance, rating + 1);
        }
        importance[rating] += count;
    }

    @java.io.Serial
    private Object writeReplace() {
        return new TallySerialForm(this);
    }

    @java.io.Serial
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("An AttributeTally is read through its serial form only");
    }

    /** The importance-by-pair counters, allocated on first use. */
    private long[] importanceByPair() {
        if (importanceByPair == null) {
            importanceByPair = new long[2 * PAIRS];
        }
        return importanceByPair;
    }

    private long[] importanceByPairOrZeros() {
        return importanceByPair == null ? new long[2 * PAIRS] : importanceByPair;
    }

    private static long checkCount(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("A pair count must be at least 1, was " + count);
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AttributeTally t)) {
            return false;
        }
        if (!Arrays.equals(pairs, t.pairs) || questionableByPolicy != t.questionableByPolicy
                || !Arrays.equals(importanceByPairOrZeros(), t.importanceByPairOrZeros())
                || !Arrays.equals(weights, t.weights)) {
            return false;
        }
        int len = Math.max(importance.length, t.importance.length);
        for (int k = 0; k < len; k++) {
            if (importanceCount(k) != t.importanceCount(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(pairs) * 31 + Long.hashCode(questionableByPolicy);
        for (int k = 0; k < importance.length; k++) {
            if (importance[k] != 0) {
                h = h * 31 + k * 17 + Long.hashCode(importance[k]);
            }
        }
        return h;
    }

    /** The 5×5 pair counts, one row per functional level. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AttributeTally[pairs=").append(pairs());
        for (int f = 0; f < LEVELS; f++) {
            sb.append(f == 0 ? " " : " | ");
            for (int d = 0; d < LEVELS; d++) {
                sb.append(d == 0 ? "" : " ").append(pairs[f * LEVELS + d]);
            }
        }
        if (questionableByPolicy > 0) {
            sb.append(", questionableByPolicy=").append(questionableByPolicy);
        }
        if (importanceCount() > 0) {
            sb.append(", importanceMean=").append(importanceMean());
        }
        return sb.append(']').toString();
    }
}
