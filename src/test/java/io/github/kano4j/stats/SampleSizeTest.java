package io.github.kano4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kano4j.cli.Main;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** docs/METHODS.md worked example 14: respondents for a margin and for Fong's test, exactly. */
class SampleSizeTest {
    @Test
    void aMarginOnAShare() {
        // 1.959964² · 0.25 / 0.05² = 384.1459 -> 385; / 0.10² = 96.0365 -> 97; · 1.5 = 576.2188 -> 577
        assertThat(SampleSize.forMargin(0.05, 0.95, 0.5, 1)).isEqualTo(385);
        assertThat(SampleSize.forMargin(0.10, 0.95, 0.5, 1)).isEqualTo(97);
        assertThat(SampleSize.forMargin(0.05, 0.95, 0.5, 1.5)).isEqualTo(577);
        // a share of 0.2 needs less: 3.841459 · 0.16 / 0.0025 = 245.85 -> 246
        assertThat(SampleSize.forMargin(0.05, 0.95, 0.2, 1)).isEqualTo(246);
    }

    @Test
    void fongsTestBetweenTwoShares() {
        // p1 0.40, p2 0.30: V0 = 0.455, V1 = 0.69; ((1.65·0.674537 + 0.841621·0.830662) / 0.1)² = 328.3666 -> 329
        assertThat(SampleSize.forFong(0.40, 0.30, 1.65, 0.8, 1)).isEqualTo(329);
        // power 0.5: the expected counts just significant, (1.65·0.674537/0.1)² = 123.8737 -> 124
        assertThat(SampleSize.forFong(0.40, 0.30, 1.65, 0.5, 1)).isEqualTo(124);
        assertThat(SampleSize.forFong(0.40, 0.30, 1.65, 0.8, 1.5)).isEqualTo(493);
        assertThat(SampleSize.forFong(0.50, 0.25, 1.65, 0.8, 1)).isEqualTo(54);
    }

    @Test
    void impossibleRequestsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> SampleSize.forMargin(0, 0.95, 0.5, 1)).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> SampleSize.forFong(0.3, 0.4, 1.65, 0.8, 1)).hasMessageContaining("p1 > p2");
        assertThatThrownBy(() -> SampleSize.forFong(0.4, 0.3, 1.65, 1.0, 1)).hasMessageContaining("power");
    }

    @Test
    void theCommandLinePrintsPerSegmentAndInAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"plan", "--margin", "0.05", "--fong", "0.40,0.30", "--segments", "3",
            "--design-effect", "1.5"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("confidence: 577").contains("power 0.8: 493")
                .contains("577 per segment, 1731 in all; invite about 642 per segment");
    }
}
