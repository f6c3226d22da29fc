package io.github.kano4j.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.KanoInputException;
import io.github.kano4j.io.KanoCsvReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts are exact or refused; deserialised tallies are validated; scales never mix (the hardening issue). */
class TallyIntegrityTest {
    @TempDir
    Path dir;

    private static byte[] bytes(Object o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.toByteArray();
    }

    private static Object read(byte[] b) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        for (int i = 0; i + needle.length <= hay.length; i++) {
            boolean match = true;
            for (int k = 0; k < needle.length && match; k++) {
                match = hay[i + k] == needle[k];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] replaceLong(byte[] b, long from, long to) {
        byte[] copy = b.clone();
        int at = indexOf(copy, ByteBuffer.allocate(8).putLong(from).array());
        assertThat(at).isNotNegative();
        System.arraycopy(ByteBuffer.allocate(8).putLong(to).array(), 0, copy, at, 8);
        return copy;
    }

    private static KanoTally sample() {
        KanoTally t = KanoTally.create();
        t.declare("aa").acceptLevels(0, 4, 123_456_789L).acceptLevelsWithImportance(1, 4, 7);
        t.declare("ab").acceptLevels(2, 4, 987_654_321L);
        return t;
    }

    @Test
    void aTallyRoundTripsThroughItsSerialForm() throws Exception {
        KanoTally t = sample();
        assertThat(read(bytes(t))).isEqualTo(t);
        AttributeTally one = t.attribute("aa").orElseThrow();
        assertThat(read(bytes(one))).isEqualTo(one);
        KanoTally three = KanoTally.create(3).acceptLevels("x", 0, 2);
        assertThat(((KanoTally) read(bytes(three))).answerLevels()).isEqualTo(3);
    }

    @Test
    void negativeCellsAreRejected() throws Exception {
        byte[] hostile = replaceLong(bytes(sample()), 123_456_789L, -5L);
        assertThatThrownBy(() -> read(hostile)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("Impossible counts");
    }

    @Test
    void aHugeDeclaredSizeCannotForceAnAllocation() throws Exception {
        byte[] b = bytes(KanoTally.create().acceptLevels("aa", 0, 4));
        // the attribute count follows the levels (5) in the block data: 00 00 00 05 00 00 00 01
        int at = indexOf(b, new byte[] {0, 0, 0, 5, 0, 0, 0, 1});
        assertThat(at).isNotNegative();
        b[at + 4] = 0x7F;
        b[at + 5] = (byte) 0xFF;
        b[at + 6] = (byte) 0xFF;
        b[at + 7] = (byte) 0xFF;
        assertThat(b.length).isLessThan(2000);
        byte[] hostile = b;
        assertThatThrownBy(() -> read(hostile)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("declares 2147483647 attributes");
    }

    @Test
    void aNameCannotAppearTwiceOrBeBlank() throws Exception {
        byte[] b = bytes(sample());
        int at = indexOf(b, "ab".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] twice = b.clone();
        twice[at + 1] = 'a';
        assertThatThrownBy(() -> read(twice)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("appears twice");
        byte[] blank = b.clone();
        blank[at] = ' ';
        blank[at + 1] = ' ';
        assertThatThrownBy(() -> read(blank)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("must not be blank");
    }

    @Test
    void impossibleImportanceCountsAreRejected() throws Exception {
        KanoTally t = KanoTally.create();
        t.declare("x").acceptLevelsWithImportance(0, 4, 9);
        // the importance sum 9 of the (like, dislike) cell becomes 9,000 for one rating
        byte[] b = bytes(t);
        int at = indexOf(b, ByteBuffer.allocate(24).putLong(1).putLong(9).putLong(1).array());
        assertThat(at).isNotNegative();
        System.arraycopy(ByteBuffer.allocate(8).putLong(9000).array(), 0, b, at + 8, 8);
        assertThatThrownBy(() -> read(b)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("importance sum 9000");
    }

    @Test
    void tallyCountsAreExactOrRefused() {
        AttributeTally t = AttributeTally.create().acceptLevels(0, 4, Long.MAX_VALUE / 2 + 1);
        assertThatThrownBy(() -> t.acceptLevels(1, 4, Long.MAX_VALUE / 2 + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts are exact or refused");
        assertThat(t.pairCount(0, 4)).isEqualTo(Long.MAX_VALUE / 2 + 1);
        assertThat(t.pairCount(1, 4)).isZero();
        assertThatThrownBy(() -> t.combine(t.copy())).hasMessageContaining("counts are exact or refused");
        assertThatThrownBy(() -> new CategoryCounts(Long.MAX_VALUE, 1, 0, 0, 0, 0))
                .hasMessageContaining("add up to more than");
    }

    @Test
    void aPairCountsFileThatWouldOverflowNamesItsRow() throws IOException {
        Path p = dir.resolve("counts.csv");
        StringBuilder sb = new StringBuilder("attribute,functional,dysfunctional,count\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("speed,1,5,999999999999999\n");
        }
        Files.writeString(p, sb.toString());
        assertThatThrownBy(() -> KanoCsvReader.create().read(p)).isInstanceOf(KanoInputException.class)
                .hasMessageContaining(p + ", row ").hasMessageContaining("column \"count\"")
                .hasMessageContaining("counts are exact or refused");
    }

    @Test
    void talliesOfDifferentScalesAreNeverCombinedOrMisread() {
        KanoTally five = KanoTally.create().acceptLevels("x", 0, 4);
        KanoTally three = KanoTally.create(3).acceptLevels("x", 0, 2);
        assertThatThrownBy(() -> five.combine(three)).hasMessageContaining("Cannot combine a tally of 3-level answers");
        assertThatThrownBy(() -> three.acceptLevels("x", 0, 4)).hasMessageContaining("3-level answers");
        assertThatThrownBy(() -> KanoAnalysis.of(three, KanoOptions.defaults()))
                .hasMessageContaining("analyse with a table of the scale it was read with");
    }
}
