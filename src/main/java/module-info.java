/**
 * kano4j: Kano satisfaction-survey analysis. Requires commons-csv and commons-math3 (an automatic module named
 * {@code commons.math3} from its jar name); reads and writes Excel workbooks when the optional fastexcel modules are
 * present; exports every package but the internal one.
 */
module io.github.kano4j {
    requires org.apache.commons.csv;
    requires commons.math3;
    // optional: Excel workbooks, present only when the application adds them
    requires static org.dhatim.fastexcel.reader;
    requires static org.dhatim.fastexcel;

    exports io.github.kano4j;
    exports io.github.kano4j.stats;
    exports io.github.kano4j.questionnaire;
    exports io.github.kano4j.satisfaction;
    exports io.github.kano4j.allocation;
    exports io.github.kano4j.io;
    exports io.github.kano4j.report;
    exports io.github.kano4j.cli;
}
