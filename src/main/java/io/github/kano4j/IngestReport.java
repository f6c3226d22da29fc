package io.github.kano4j;

import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Text;
import io.github.kano4j.internal.TextTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The report as aligned text: {@link #text(Language)} in English. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    /**
     * The report as aligned text in a language: labels, headings and the library's usual reasons are translated;
     * file names, column names, values and warnings stay as they are.
     */
    public String text(Language language) {
        Check.notNull(language, "language");
        Language l = language;
        StringBuilder sb = new StringBuilder();
        sb.append(l.message("ingestReport.ingest_report")).append(Text.printable(source)).append('\n');
        sb.append(l.message("ingestReport.rows_read")).append(rowsRead).append(l.message("ingestReport.used"))
                .append(rowsUsed).append(l.message("ingestReport.rejected")).append(rowsRejectedTotal())
                .append(reconciles() ? "" : l.message("ingestReport.does_not_reconcile")).append('\n');
        rowsRejected.forEach((reason, n) -> sb.append(l.message("ingestReport.rejected_2")).append(n).append(" × ")
                .append(Text.printable(phrase(l, reason))).append('\n'));
        if (!attributes.isEmpty()) {
            TextTable t = new TextTable(l.message("ingestReport.attribute"), l.message("ingestReport.pairs_used"),
                    l.message("ingestReport.counted_as_q"), l.message("ingestReport.skipped"), l.message("ingestReport.reasons"))
                    .alignLeft(0).alignLeft(4);
            attributes.forEach((name, a) -> {
                List<String> reasons = new ArrayList<>();
                a.pairsSkipped().forEach((r, n) -> reasons.add(n + " × " + phrase(l, r)));
                t.row(name, a.pairsUsed(), a.pairsCountedAsQ(), a.pairsSkippedTotal(),
                        reasons.isEmpty() ? "-" : String.join(l.message("ingestReport.text"), reasons));
            });
            for (String line : t.toString().split("\n")) {
                sb.append("  ").append(line).append('\n');
            }
        }
        unusedColumns.forEach(c -> sb.append(l.message("ingestReport.unused_column"))
                .append(Text.shortened(unused(l, c), 300)).append('\n'));
        warnings.forEach(w -> sb.append(l.message("ingestReport.warning")).append(Text.shortened(w, 2000)).append('\n'));
        return sb.toString();
    }

    /** The library's usual reasons for skipping a row or a pair, in Simplified Chinese. */
    private static final Map<String, String> CHINESE_REASONS = Map.ofEntries(
            Map.entry("no answers", "没有任何回答"),
            Map.entry("no complete answer pair", "没有完整的回答对"),
            Map.entry("fewer fields than the header", "字段少于表头"),
            Map.entry("more fields than the header", "字段多于表头"),
            Map.entry("attribute name missing", "缺少属性名"),
            Map.entry("zero count", "计数为 0"),
            Map.entry("functional answer missing", "缺少正向回答"),
            Map.entry("dysfunctional answer missing", "缺少反向回答"),
            Map.entry("both answers missing", "正反向回答都缺失"),
            Map.entry("unrecognised answer", "无法识别的回答"),
            Map.entry("more Questionable answers than allowed", "可疑回答超过允许数量"),
            Map.entry("more Indifferent answers than allowed", "无差异回答超过允许数量"),
            Map.entry("identical answers to every question", "所有题目回答相同"),
            Map.entry("no ratings", "没有评分"),
            Map.entry("overall rating missing", "缺少总体评分"),
            Map.entry("overall rating not a number", "总体评分不是数字"),
            Map.entry("attribute rating missing", "缺少属性评分"),
            Map.entry("attribute rating not a whole number 0-100", "属性评分不是 0-100 的整数"),
            Map.entry("not a Kano answer column", "不是 Kano 回答列"),
            Map.entry("survey-platform metadata (问卷星 / 腾讯问卷)", "问卷平台的元数据（问卷星 / 腾讯问卷）"),
            Map.entry("not a perception or expectation column", "不是感知或期望列"),
            Map.entry("not in the column pairs", "不在列配对中"),
            Map.entry("empty column name", "列名为空"),
            Map.entry("duplicate column name", "列名重复"),
            Map.entry("respondent weight", "受访者权重"),
            Map.entry("raking variable", "加权调整（raking）变量"),
            Map.entry("segment column", "细分列"),
            Map.entry("ignored as asked", "按要求忽略"),
            Map.entry("respondent identifier", "受访者编号"),
            Map.entry("not one of the chosen attributes", "不是所选的属性"));

    private static String phrase(Language l, String english) {
        String zh = l.isChinese() ? CHINESE_REASONS.get(english) : null;
        return zh == null ? english : l.chinese(zh);
    }

    private static final Pattern UNUSED = Pattern.compile("(.*)\\(column (\\d+)\\): (.*)", Pattern.DOTALL);

    /** An unused-column line: "(column 3): reason" becomes "（第 3 列）：原因" in Chinese when the reason is known. */
    private static String unused(Language l, String line) {
        if (!l.isChinese()) {
            return line;
        }
        Matcher m = UNUSED.matcher(line);
        if (m.matches()) {
            return m.group(1).stripTrailing() + l.chinese("（第 ") + m.group(2) + l.chinese(" 列）：") + phrase(l, m.group(3));
        }
        int colon = line.lastIndexOf(": ");
        return colon < 0 ? line : line.substring(0, colon) + "：" + phrase(l, line.substring(colon + 2));
    }
}
