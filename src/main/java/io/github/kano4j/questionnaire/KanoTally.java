package io.github.kano4j.questionnaire;

import io.github.kano4j.Answer;
import io.github.kano4j.internal.Check;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tally of a whole survey: one {@link AttributeTally} per attribute, in first-seen order.
 *
 * <p>A mergeable, serializable accumulator — {@link #create()}, {@code accept…}, {@link #combine(KanoTally)}
 * — so parallel ingestion, survey waves and distributed engines (Spark {@code Aggregator}, Beam
 * {@code CombineFn}, Flink {@code AggregateFunction}) reduce to merging tallies. Splitting the
 * respondents, tallying the parts and combining them in any order gives exactly the tally of the whole.
 * Not thread-safe.
 */
public final class KanoTally implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, AttributeTally> attributes = new LinkedHashMap<>();
    private final int answerLevels;

    private KanoTally(int answerLevels) {
        this.answerLevels = answerLevels;
    }

    /** A new, empty survey tally of five-point answers. */
    public static KanoTally create() {
        return new KanoTally(AttributeTally.LEVELS);
    }

    /**
     * A new, empty survey tally of answers on a scale of {@code answerLevels} levels (5 for the standard and
     * Pouliot tables, 3 for the three-point table), so tallies of different scales are never combined.
     *
     * @throws IllegalArgumentException unless 3 ≤ answerLevels ≤ 5
     */
    public static KanoTally create(int answerLevels) {
        if (answerLevels < 3 || answerLevels > AttributeTally.LEVELS) { // the message is built only when needed
            throw new IllegalArgumentException("A tally's answer scale must have 3 to " + AttributeTally.LEVELS
                    + " levels, was " + answerLevels);
        }
        return new KanoTally(answerLevels);
    }

    /** The number of answer levels of the scale the tally counts (5, or 3 for the three-point table). */
    public int answerLevels() {
        return answerLevels;
    }

    /**
     * Declares an attribute and returns its tally to fill, creating it empty if it is new (so an attribute whose
     * every pair was skipped still appears in the results, with N = 0).
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public AttributeTally declare(String attribute) {
        return attributes.computeIfAbsent(checkName(attribute), k -> AttributeTally.create());
    }

    /** The tally of one attribute, if it has been declared or counted; never creates one. */
    public Optional<AttributeTally> attribute(String attribute) {
        Check.notNull(attribute, "attribute");
        return Optional.ofNullable(attributes.get(attribute));
    }

    /**
     * Counts one answer pair given as questionnaire codes 1 … 5 (1 = like, 2 = must-be, 3 = neutral,
     * 4 = live with, 5 = dislike), as in files and the README: {@code acceptCodes("Speed", 1, 4)} is
     * like / live with, Attractive on the standard table.
     *
     * @throws IllegalArgumentException if a code is outside 1 … 5
     */
    public KanoTally acceptCodes(String attribute, int functionalCode, int dysfunctionalCode) {
        checkLevel(functionalCode - 1, dysfunctionalCode - 1, "codes 1.." + answerLevels, functionalCode,
                dysfunctionalCode);
        declare(attribute).acceptCodes(functionalCode, dysfunctionalCode);
        return this;
    }

    /**
     * Counts one answer pair given as zero-based levels 0 … 4 (code − 1), the form readers and distributed
     * engines use internally.
     *
     * @throws IllegalArgumentException if a level is outside 0 … 4
     */
    public KanoTally acceptLevels(String attribute, int functionalLevel, int dysfunctionalLevel) {
        checkLevel(functionalLevel, dysfunctionalLevel, "levels 0.." + (answerLevels - 1), functionalLevel,
                dysfunctionalLevel);
        declare(attribute).acceptLevels(functionalLevel, dysfunctionalLevel);
        return this;
    }

    /**
     * Counts one answer pair (zero-based levels) of a respondent with a survey weight (docs/METHODS.md §7.6).
     *
     * @throws IllegalArgumentException if a level is outside the scale or the weight is not positive and finite
     */
    public KanoTally acceptWeighted(String attribute, int functionalLevel, int dysfunctionalLevel, double weight) {
        checkLevel(functionalLevel, dysfunctionalLevel, "levels 0.." + (answerLevels - 1), functionalLevel,
                dysfunctionalLevel);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A respondent weight must be positive and finite, was " + weight);
        }
        declare(attribute).acceptWeighted(functionalLevel, dysfunctionalLevel, weight);
        return this;
    }

    /** Whether any attribute's pairs carry weights. */
    public boolean weighted() {
        return attributes().values().stream().anyMatch(AttributeTally::weighted);
    }

    /** Counts one five-point answer pair of an attribute. */
    public KanoTally accept(String attribute, Answer functional, Answer dysfunctional) {
        AttributeTally.requirePair(functional, dysfunctional); // before declare: a refused pair adds no attribute
        declare(attribute).accept(functional, dysfunctional);
        return this;
    }

    /** Adds another survey tally, attribute by attribute (attributes new to this tally are appended). */
    public KanoTally combine(KanoTally other) {
        Check.notNull(other, "other");
        if (other.answerLevels != answerLevels) {
            throw new IllegalArgumentException("Cannot combine a tally of " + other.answerLevels
                    + "-level answers with one of " + answerLevels + "-level answers; read both with the same table");
        }
        for (Map.Entry<String, AttributeTally> e : other.attributes.entrySet()) {
            declare(e.getKey()).combine(e.getValue());
        }
        return this;
    }

    /** The attributes and their tallies, in first-seen order (read-only view). */
    public Map<String, AttributeTally> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** The number of attributes. */
    public int size() {
        return attributes.size();
    }

    private void checkLevel(int f, int d, String expected, int givenF, int givenD) {
        if (f >= answerLevels || d >= answerLevels) {
            throw new IllegalArgumentException("This tally counts " + answerLevels + "-level answers (" + expected
                    + "), was (" + givenF + ", " + givenD + ")");
        }
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "The parameter 'attribute' must not be null.");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An attribute name must not be blank.");
        }
        return name;
    }

    @java.io.Serial
    private Object writeReplace() {
        return new TallySerialForm(this);
    }

    @java.io.Serial
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("A KanoTally is read through its serial form only");
    }

    /** Equal when every attribute has an equal tally (attribute order is not compared). */
    @Override
    public boolean equals(Object o) {
        return o instanceof KanoTally t && t.answerLevels == answerLevels && t.attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("KanoTally[").append(attributes.size()).append(" attributes");
        attributes.forEach((k, v) -> sb.append("\n  ").append(k).append(": ").append(v));
        return sb.append(']').toString();
    }
}
