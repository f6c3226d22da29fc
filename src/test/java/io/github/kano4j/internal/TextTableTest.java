package io.github.kano4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void textTableAlignsWideCharacters() {
        String t = new TextTable("name", "n").alignLeft(0).row("服务", 1).row("ab", 22).toString();
        assertThat(t.lines().toList()).containsExactly("name   n", "--------", "服务   1", "ab    22");
        assertThat(TextTable.number(Double.NaN)).isEqualTo("n/a");
        assertThat(TextTable.number(-0.00001)).isEqualTo("0.0000");
    }

    @Test
    void wideHeadersAreMeasuredInDisplayWidthLikeCells() {
        // 0.1.0 measured headers in characters and cells in display width: a Chinese header wider than its
        // cells produced a negative padding ("count is negative").
        String t = new TextTable("属性名称", "n").alignLeft(0).row("ab", 1).toString();
        assertThat(t.lines().toList()).containsExactly("属性名称  n", "-----------", "ab        1");
    }

    @Test
    void displayWidthCountsWideAsTwoAndCombiningMarksAsZero() {
        assertThat(TextTable.displayWidth("電話")).isEqualTo(4);
        assertThat(TextTable.displayWidth("e\u0301")).isEqualTo(1);
        assertThat(TextTable.displayWidth("ＡＢ")).isEqualTo(4);
        assertThat(TextTable.displayWidth("abc")).isEqualTo(3);
    }
}
