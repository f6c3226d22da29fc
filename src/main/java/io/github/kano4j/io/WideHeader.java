package io.github.kano4j.io;

import io.github.kano4j.KanoInputException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the columns of a wide survey header: {@code <attr>_functional} / {@code <attr>_dysfunctional},
 * {@code <attr>_f} / {@code <attr>_d}, {@code <attr> (functional)}, {@code F1} / {@code D1},
 * {@code functional_<attr>}, with an optional {@code <attr>_importance}. Names are matched ignoring
 * case; pairs may come in any order. Every column not used is listed with the reason.
 */
final class WideHeader {
    enum Role { FUNCTIONAL, DYSFUNCTIONAL, IMPORTANCE }

    /** One attribute's column positions (importance −1 when absent). */
    record Columns(String attribute, int functional, int dysfunctional, int importance) {
    }

    /** Chinese role words (both scripts): 正向/反向, 功能/非功能, 具备/不具备, 重要性/重要度. */
    private static final String CHINESE = "正向|反向|非功能|功能|不具备|具备|不具備|具備|重要性|重要度";
    private static final String ROLE = "(functional|dysfunctional|importance|func|dysfunc|fun|dys|imp|f|d|" + CHINESE + ")";
    private static final String SEPARATOR = "[\\s_.:\\-：－—]+";
    private static final Pattern PARENTHESISED = Pattern.compile(
            "^(.*\\S)\\s*[(\\[（【]\\s*" + ROLE + "\\s*[)\\]）】]$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIX = Pattern.compile("^(.*?\\S)" + SEPARATOR + ROLE + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^" + ROLE + "[\\s_.:\\-]*(\\d+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile("^(functional|dysfunctional|importance|" + CHINESE + ")"
            + SEPARATOR + "(.+)$", Pattern.CASE_INSENSITIVE);

    final List<Columns> attributes = new ArrayList<>();
    final List<String> unused = new ArrayList<>();

    private WideHeader() {
    }

    /** Columns paired explicitly: attribute → {functional, dysfunctional[, importance]} column names. */
    static WideHeader explicit(List<String> header, Map<String, String[]> pairs, String src) {
        WideHeader h = new WideHeader();
        Set<Integer> used = new HashSet<>();
        for (Map.Entry<String, String[]> e : pairs.entrySet()) {
            int[] idx = new int[3];
            idx[2] = -1;
            for (int r = 0; r < e.getValue().length; r++) {
                String column = e.getValue()[r];
                idx[r] = indexOf(header, column);
                if (idx[r] < 0 && column.strip().matches("\\d{1,6}")) {
                    int number = Integer.parseInt(column.strip());
                    idx[r] = number >= 1 && number <= header.size() ? number - 1 : -1;
                }
                if (idx[r] < 0) {
                    throw new KanoInputException(src, 1, column, null, "column of attribute \""
                            + e.getKey() + "\" not found in the header; expected a header text or a column number "
                            + "1-" + header.size() + ", one of " + header);
                }
                used.add(idx[r]);
            }
            h.attributes.add(new Columns(e.getKey(), idx[0], idx[1], idx[2]));
        }
        for (int k = 0; k < header.size(); k++) {
            if (!used.contains(k)) {
                h.unused.add("\"" + header.get(k).strip() + "\" (column " + (k + 1) + "): not in the column pairs");
            }
        }
        return h;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    WideHeader(List<String> header) {
        Map<String, String> displayName = new LinkedHashMap<>();
        Map<String, int[]> positions = new LinkedHashMap<>();
        Set<String> seenNames = new HashSet<>();
        for (int k = 0; k < header.size(); k++) {
            String raw = header.get(k) == null ? "" : header.get(k).strip();
            String label = "\"" + raw + "\" (column " + (k + 1) + ")";
            if (raw.isEmpty()) {
                unused.add("column " + (k + 1) + ": empty column name");
                continue;
            }
            if (!seenNames.add(raw.toLowerCase(Locale.ROOT))) {
                unused.add(label + ": duplicate column name");
                continue;
            }
            String[] match = match(raw);
            if (match == null) {
                unused.add(label + (PlatformExport.CHINESE_PLATFORM_METADATA.contains(raw.strip()
                        .toLowerCase(Locale.ROOT)) ? ": survey-platform metadata (问卷星 / 腾讯问卷)"
                        : ": not a Kano answer column"));
                continue;
            }
            String key = match[0].toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
            Role role = role(match[1]);
            int[] pos = positions.computeIfAbsent(key, x -> new int[] {-1, -1, -1});
            displayName.putIfAbsent(key, match[0]);
            if (pos[role.ordinal()] >= 0) {
                unused.add(label + ": second " + role.name().toLowerCase(Locale.ROOT) + " column for attribute \""
                        + displayName.get(key) + "\"");
                continue;
            }
            pos[role.ordinal()] = k;
        }
        for (Map.Entry<String, int[]> e : positions.entrySet()) {
            int[] p = e.getValue();
            String name = displayName.get(e.getKey());
            if (p[0] >= 0 && p[1] >= 0) {
                attributes.add(new Columns(name, p[0], p[1], p[2]));
            } else {
                for (int r = 0; r < 3; r++) {
                    if (p[r] >= 0) {
                        String why = r == 0 ? "no matching dysfunctional column" : r == 1
                                ? "no matching functional column" : "importance without a functional/dysfunctional pair";
                        unused.add("\"" + header.get(p[r]).strip() + "\" (column " + (p[r] + 1) + "): " + why
                                + " for attribute \"" + name + "\"");
                    }
                }
            }
        }
    }

    /** {attribute, role word} or null. */
    private static String[] match(String raw) {
        Matcher m = PARENTHESISED.matcher(raw);
        if (m.matches()) {
            return new String[] {m.group(1).strip(), m.group(2)};
        }
        // a role word at the end wins, so "Importance of fast delivery_functional" and "Functional design_d" keep
        // their attribute names; a leading role word counts only when nothing trails
        m = SUFFIX.matcher(raw);
        if (m.matches()) {
            return new String[] {m.group(1).strip(), m.group(2)};
        }
        m = NUMBERED.matcher(raw);
        if (m.matches()) {
            return new String[] {m.group(2), m.group(1)};
        }
        m = PREFIX.matcher(raw);
        if (m.matches()) {
            return new String[] {m.group(2).strip(), m.group(1)};
        }
        return null;
    }

    private static Role role(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("dys") || w.equals("d") || w.equals("反向") || w.equals("非功能") || w.startsWith("不具")) {
            return Role.DYSFUNCTIONAL;
        }
        if (w.startsWith("imp") || w.startsWith("重要")) {
            return Role.IMPORTANCE;
        }
        return Role.FUNCTIONAL;
    }
}
