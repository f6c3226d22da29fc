package io.github.kano4j;

import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Text;
import io.github.kano4j.internal.TextTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader did with every input row: {@code rows read = rows used + rows rejected (by reason)}, the
 * answer pairs used, skipped (by reason) or counted as Questionable per attribute, unused columns and
 * warnings. No row disappears without being counted here. (Blank lines are not rows.)
 *
 * @param source         the file or source name
 * @param rowsRead       data rows read (the header excluded)
 * @param rowsUsed       rows that contributed at least one answer pair
 * @param rowsRejected   rows not used, by reason
 * @param attributes     per attribute: pairs used, counted as Q, skipped by reason
 * @param unusedColumns  columns not used, each with the reason
 * @param warnings       other things the analyst should know
 */
public record IngestReport(String source, long rowsRead, long rowsUsed, Map<String, Long> rowsRejected,
        Map<String, AttributeIngest> attributes, List<String> unusedColumns, List<String> warnings) {

    /**
     * Pair accounting for one attribute.
     *
     * @param pairsUsed         pairs counted with both answers valid
     * @param pairsCountedAsQ   pairs with a missing or invalid answer counted as Q by the policy
     * @param pairsSkipped      pairs not counted, by reason
     * @param importanceRatings importance ratings counted
     */
    public record AttributeIngest(long pairsUsed, long pairsCountedAsQ, Map<String, Long> pairsSkipped,
            long importanceRatings) {

        /** Copies the map. */
        public AttributeIngest {
            pairsSkipped = Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull(pairsSkipped, "pairsSkipped")));
        }

        /** All pairs skipped, whatever the reason. */
        public long pairsSkippedTotal() {
            return pairsSkipped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Copies the collections. */
    public IngestReport {
        Check.notNull(source, "source");
        rowsRejected = Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull(rowsRejected, "rowsRejected")));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull(attributes, "attributes")));
        unusedColumns = List.copyOf(Check.notNull(unusedColumns, "unusedColumns"));
        warnings = List.copyOf(Check.notNull(warnings, "warnings"));
    }

    /**
     * The report of several reads together (e.g. files read in parallel): rows, reasons, pair counts, unused
     * columns and warnings added up, in the given order.
     */
    public static IngestReport merge(String source, List<IngestReport> reports) {
        Check.notNull(source, "source");
        Check.notNull(reports, "reports");
        long read = 0;
        long used = 0;
        Map<String, Long> rejected = new LinkedHashMap<>();
        Map<String, AttributeIngest> attributes = new LinkedHashMap<>();
        List<String> unused = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (IngestReport r : reports) {
            read += r.rowsRead();
            used += r.rowsUsed();
            r.rowsRejected().forEach((k, v) -> rejected.merge(k, v, Long::sum));
            r.attributes().forEach((k, v) -> attributes.merge(k, v, (a, b) -> {
                Map<String, Long> skipped = new LinkedHashMap<>(a.pairsSkipped());
                b.pairsSkipped().forEach((x, y) -> skipped.merge(x, y, Long::sum));
                return new AttributeIngest(a.pairsUsed() + b.pairsUsed(), a.pairsCountedAsQ() + b.pairsCountedAsQ(),
                        skipped, a.importanceRatings() + b.importanceRatings());
            }));
            r.unusedColumns().forEach(c -> unused.add(r.source() + ": " + c));
            r.warnings().forEach(w -> warnings.add(r.source() + ": " + w));
        }
        return new IngestReport(source, read, used, rejected, attributes, unused, warnings);
    }

    /** All rows rejected, whatever the reason. */
    public long rowsRejectedTotal() {
        return rowsRejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether {@code rowsRead == rowsUsed + rowsRejectedTotal()}. */
    public boolean reconciles() {
        return rowsRead == rowsUsed + rowsRejectedTotal();
    }

    /**
     * One line: the source and how its rows reconcile, e.g.
     * {@code survey.csv: rows read 400 = used 400 + rejected 0}.
     */
    public String summary() {
        return Text.printable(source) + ": rows read " + rowsRead + " = used " + rowsUsed + " + rejected " + rowsRejectedTotal()
                + (reconciles() ? "" : " (DOES NOT RECONCILE)");
    }

    /** The report as aligned text. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Ingest report: ").append(Text.printable(source)).append('\n');
        sb.append("  rows read ").append(rowsRead).append(" = used ").append(rowsUsed).append(" + rejected ")
                .append(rowsRejectedTotal()).append(reconciles() ? "" : "  (DOES NOT RECONCILE)").append('\n');
        rowsRejected.forEach((reason, n) -> sb.append("    rejected: ").append(n).append(" × ").append(Text.printable(reason))
                .append('\n'));
        if (!attributes.isEmpty()) {
            TextTable t = new TextTable("attribute", "pairs used", "counted as Q", "skipped", "reasons").alignLeft(0)
                    .alignLeft(4);
            attributes.forEach((name, a) -> {
                List<String> reasons = new ArrayList<>();
                a.pairsSkipped().forEach((r, n) -> reasons.add(n + " × " + r));
                t.row(name, a.pairsUsed(), a.pairsCountedAsQ(), a.pairsSkippedTotal(),
                        reasons.isEmpty() ? "-" : String.join("; ", reasons));
            });
            for (String line : t.toString().split("\n")) {
                sb.append("  ").append(line).append('\n');
            }
        }
        unusedColumns.forEach(c -> sb.append("  unused column: ").append(Text.shortened(c, 300)).append('\n'));
        warnings.forEach(w -> sb.append("  warning: ").append(Text.shortened(w, 2000)).append('\n'));
        return sb.toString();
    }
}
