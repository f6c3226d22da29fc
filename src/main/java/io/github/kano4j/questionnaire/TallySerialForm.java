package io.github.kano4j.questionnaire;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of {@link AttributeTally} and {@link KanoTally} (a serialization proxy): primitives only,
 * every count checked on the way in through the tallies' own validating methods. A stream cannot make the reader
 * allocate more than it actually contains (no array or map size is trusted), cannot share one attribute tally
 * between two names, and cannot smuggle negative or impossible counts, importance ratings outside 0–100, blank
 * names or an answer scale other than 3–5 levels.
 */
final class TallySerialForm implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Version 2 adds the respondent weights of a weighted tally; version 1 streams are still read. */
    private static final int VERSION = 2;
    /** The most attributes a deserialised survey tally may declare. */
    static final int MAX_ATTRIBUTES = 1_000_000;

    private transient Object value;

    TallySerialForm(Object value) {
        this.value = value;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.writeInt(VERSION);
        if (value instanceof KanoTally t) {
            out.writeBoolean(true);
            out.writeInt(t.answerLevels());
            out.writeInt(t.size());
            for (var e : t.attributes().entrySet()) {
                out.writeUTF(e.getKey());
                write(out, e.getValue());
            }
        } else {
            out.writeBoolean(false);
            write(out, (AttributeTally) value);
        }
    }

    private static void write(ObjectOutputStream out, AttributeTally t) throws IOException {
        for (int f = 0; f < AttributeTally.LEVELS; f++) {
            for (int d = 0; d < AttributeTally.LEVELS; d++) {
                out.writeLong(t.pairCount(f, d));
                out.writeLong(t.importanceSum(f, d));
                out.writeLong(t.importanceCount(f, d));
            }
        }
        out.writeLong(t.questionableByPolicy());
        for (int r = 0; r <= AttributeTally.MAX_IMPORTANCE; r++) {
            out.writeLong(t.importanceCount(r));
        }
        out.writeBoolean(t.weighted());
        if (t.weighted()) {
            for (int f = 0; f < AttributeTally.LEVELS; f++) {
                for (int d = 0; d < AttributeTally.LEVELS; d++) {
                    out.writeDouble(t.weightSum(f, d));
                    out.writeDouble(t.weightSquares(f, d));
                }
            }
            out.writeDouble(t.questionableWeightSum());
            out.writeDouble(t.questionableWeightSquares());
        }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException {
        int version = in.readInt();
        if (version != 1 && version != VERSION) {
            throw new InvalidObjectException("Unknown tally serial version " + version);
        }
        try {
            if (in.readBoolean()) {
                KanoTally t = KanoTally.create(in.readInt());
                int n = in.readInt();
                if (n < 0 || n > MAX_ATTRIBUTES) {
                    throw new InvalidObjectException("A tally declares " + n + " attributes; expected 0.."
                            + MAX_ATTRIBUTES);
                }
                for (int k = 0; k < n; k++) {
                    String name = in.readUTF();
                    if (t.attribute(name).isPresent()) {
                        throw new InvalidObjectException("The attribute \"" + name + "\" appears twice in the tally");
                    }
                    read(in, t.declare(name), version);
                }
                value = t;
            } else {
                AttributeTally t = AttributeTally.create();
                read(in, t, version);
                value = t;
            }
        } catch (IllegalArgumentException e) {
            InvalidObjectException invalid = new InvalidObjectException("Invalid tally: " + e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }

    /** Reads one attribute tally's counts into {@code t} through its validating methods. */
    private static void read(ObjectInputStream in, AttributeTally t, int version) throws IOException {
        for (int f = 0; f < AttributeTally.LEVELS; f++) {
            for (int d = 0; d < AttributeTally.LEVELS; d++) {
                long pairs = in.readLong();
                long sum = in.readLong();
                long rated = in.readLong();
                if (pairs < 0 || sum < 0 || rated < 0 || rated > pairs || sum > rated * AttributeTally.MAX_IMPORTANCE) {
                    throw new InvalidObjectException("Impossible counts for the answer pair (" + f + ", " + d + "): "
                            + pairs + " pairs, " + rated + " rated, importance sum " + sum);
                }
                t.restorePairs(f, d, pairs, sum, rated);
            }
        }
        long q = in.readLong();
        if (q < 0) {
            throw new InvalidObjectException("A negative Questionable count: " + q);
        }
        t.acceptQuestionable(q);
        for (int r = 0; r <= AttributeTally.MAX_IMPORTANCE; r++) {
            long c = in.readLong();
            if (c < 0) {
                throw new InvalidObjectException("A negative count of importance rating " + r + ": " + c);
            }
            t.restoreImportance(r, c);
        }
        if (version >= 2 && in.readBoolean()) {
            for (int slot = 0; slot <= AttributeTally.LEVELS * AttributeTally.LEVELS; slot++) {
                double sum = in.readDouble();
                double squares = in.readDouble();
                long count = slot < AttributeTally.LEVELS * AttributeTally.LEVELS
                        ? t.pairCount(slot / AttributeTally.LEVELS, slot % AttributeTally.LEVELS) : t.questionableByPolicy();
                // a positive count needs positive finite sums; no count, no weight
                boolean ok = Double.isFinite(sum) && Double.isFinite(squares) && sum >= 0 && squares >= 0
                        && (count == 0 ? sum == 0 && squares == 0 : sum > 0 && squares > 0);
                if (!ok) {
                    throw new InvalidObjectException("Impossible weights for slot " + slot + ": sum " + sum
                            + ", squares " + squares + " for " + count + " pairs");
                }
                t.restoreWeights(slot, sum, squares);
            }
        }
    }

    @Serial
    private Object readResolve() {
        return value;
    }
}
