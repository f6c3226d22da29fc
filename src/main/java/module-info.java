/**
 * kano4j: Kano satisfaction-survey analysis. Requires commons-csv and commons-math3 (an automatic module named
 * {@code commons.math3} from its jar name); reads and writes Excel workbooks when the optional fastexcel modules are
 * present; exports every package but the internal one and the command line (an application built on the
 * library, run from kano4j-cli.jar; it needs the optional picocli module).
 */
module io.github.kano4j {
    requires org.apache.commons.csv;
    requires commons.math3;
    // optional: Excel workbooks, present only when the application adds them
    requires static org.dhatim.fastexcel.reader;
    requires static org.dhatim.fastexcel;
    // optional: the command line's grammar, shaded into the CLI jar
    requires static info.picocli;

    exports io.github.kano4j;
    exports io.github.kano4j.stats;
    exports io.github.kano4j.questionnaire;
    exports io.github.kano4j.satisfaction;
    exports io.github.kano4j.allocation;
    exports io.github.kano4j.io;
    exports io.github.kano4j.report;
    // the command line is an application, not API: picocli reads its annotated options
    opens io.github.kano4j.cli to info.picocli;
}
