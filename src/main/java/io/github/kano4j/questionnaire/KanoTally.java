package io.github.kano4j.questionnaire;

import io.github.kano4j.Answer;

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

    private KanoTally() {
    }

    /** A new, empty survey tally. */
    public static KanoTally create() {
        return new KanoTally();
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
        declare(attribute).acceptLevels(functionalLevel, dysfunctionalLevel);
        return this;
    }

    /** Counts one five-point answer pair of an attribute. */
    public KanoTally accept(String attribute, Answer functional, Answer dysfunctional) {
        declare(attribute).accept(functional, dysfunctional);
        return this;
    }

    /** Adds another survey tally, attribute by attribute (attributes new to this tally are appended). */
    public KanoTally combine(KanoTally other) {
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

    private static String checkName(String name) {
        Objects.requireNonNull(name, "The parameter 'attribute' must not be null.");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An attribute name must not be blank.");
        }
        return name;
    }

    /** Equal when every attribute has an equal tally (attribute order is not compared). */
    @Override
    public boolean equals(Object o) {
        return o instanceof KanoTally t && t.attributes.equals(attributes);
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
