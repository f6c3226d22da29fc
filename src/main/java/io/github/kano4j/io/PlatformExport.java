package io.github.kano4j.io;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Survey-platform exports with more than one header row, recognised from the first header row and the rows that
 * follow it: a <b>Qualtrics</b> export (column ids such as {@code ResponseId}, then a row of question texts, then a
 * row of {@code {"ImportId":…}} cells; older exports have only the first two) and a <b>SurveyMonkey</b> export
 * ({@code Respondent ID}, {@code Collector ID}, …, then a row of sub-headers such as {@code Response}). The extra
 * header rows are skipped — the columns keep the names of the first row, which {@code --pairs} can use — and the
 * ingest report says which rows were skipped and why. Also the metadata columns of 问卷星 (Wenjuanxing) and 腾讯问卷
 * exports, which are reported as unused with that reason.
 */
final class PlatformExport {
    private static final Set<String> QUALTRICS = Set.of("responseid", "startdate", "enddate", "recordeddate",
            "distributionchannel", "userlanguage");
    private static final Set<String> SURVEYMONKEY = Set.of("respondent id", "collector id");
    /** Metadata columns of 问卷星 and 腾讯问卷 exports (both scripts). */
    static final Set<String> CHINESE_PLATFORM_METADATA = Set.of("序号", "序號", "提交答卷时间", "提交答卷時間",
            "所用时间", "所用時間", "来源", "來源", "来源详情", "來源詳情", "来自ip", "來自ip", "答题时长", "答題時長",
            "开始时间", "開始時間", "结束时间", "結束時間", "编号", "編號", "用户id", "用戶id", "ip地址", "提交时间",
            "提交時間", "答卷编号", "答卷編號");

    private PlatformExport() {
    }

    /** The records after the header, and the ingest-report note on header rows skipped (null when none). */
    record Rest(Iterator<CSVRecord> records, String note) {
    }

    /** Whether the header row looks like one of the multi-row exports (the fast path then declines). */
    static boolean mayHaveMoreHeaderRows(List<String> header) {
        return count(header, QUALTRICS) >= 2 || count(header, SURVEYMONKEY) == 2;
    }

    /**
     * Skips the extra header rows of a recognised export. Reads at most two rows ahead; a row that turns out to be
     * data is handed back first by the returned iterator.
     */
    static Rest skipExtraHeaderRows(List<String> header, Iterator<CSVRecord> records, CSVParser parser,
            String src) {
        if (!mayHaveMoreHeaderRows(header) || !CsvFiles.hasNext(records, parser, src)) {
            return new Rest(records, null);
        }
        CSVRecord second = records.next();
        if (count(header, SURVEYMONKEY) == 2) {
            int id = indexOf(header, "respondent id");
            boolean subHeader = id < second.size() && second.get(id).isBlank()
                    && second.stream().anyMatch(c -> c.strip().toLowerCase(Locale.ROOT).contains("response"));
            if (subHeader) {
                return new Rest(records, "SurveyMonkey export: row " + second.getRecordNumber()
                        + " (answer sub-headers) is a header row and was skipped");
            }
            return new Rest(pushBack(second, records), null);
        }
        if (importIds(second)) {
            return new Rest(records, "Qualtrics export: row " + second.getRecordNumber() + " (import ids) is a header "
                    + "row and was skipped");
        }
        if (!questionTexts(header, second)) {
            return new Rest(pushBack(second, records), null); // the extra rows were already removed
        }
        if (!CsvFiles.hasNext(records, parser, src)) {
            return new Rest(records, "Qualtrics export: row " + second.getRecordNumber() + " (question texts) is a "
                    + "header row and was skipped");
        }
        CSVRecord third = records.next();
        if (importIds(third)) {
            return new Rest(records, "Qualtrics export: rows " + second.getRecordNumber() + "-"
                    + third.getRecordNumber() + " (question texts, import ids) are header rows and were skipped");
        }
        // an older export: ids, then question texts only
        return new Rest(pushBack(third, records), "Qualtrics export: row " + second.getRecordNumber()
                + " (question texts) is a header row and was skipped");
    }

    /** Whether a row is Qualtrics' question-text row: under "StartDate" it says "Start Date", and so on. */
    private static boolean questionTexts(List<String> header, CSVRecord row) {
        for (int c = 0; c < header.size() && c < row.size(); c++) {
            String h = header.get(c).strip().toLowerCase(Locale.ROOT);
            if (QUALTRICS.contains(h) && row.get(c).replace(" ", "").strip().toLowerCase(Locale.ROOT).equals(h)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<String> header, String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).strip().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean importIds(CSVRecord row) {
        return row.stream().anyMatch(c -> c.strip().startsWith("{\"ImportId\""));
    }

    private static int count(List<String> header, Set<String> names) {
        int n = 0;
        for (String h : header) {
            if (names.contains(h.strip().toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /** An iterator giving {@code first} and then the rest. */
    private static Iterator<CSVRecord> pushBack(CSVRecord first, Iterator<CSVRecord> rest) {
        return new Iterator<>() {
            private boolean given;

            @Override
            public boolean hasNext() {
                return !given || rest.hasNext();
            }

            @Override
            public CSVRecord next() {
                if (!given) {
                    given = true;
                    return first;
                }
                if (!rest.hasNext()) {
                    throw new NoSuchElementException();
                }
                return rest.next();
            }
        };
    }
}
