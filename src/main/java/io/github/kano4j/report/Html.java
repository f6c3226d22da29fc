package io.github.kano4j.report;

import io.github.kano4j.Language;
import io.github.kano4j.internal.TextTable;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping and page assembly for self-contained HTML: inline CSS, no scripts, no external resources.
 * Everything that comes from input data goes through {@link #escape(String)}, so attribute names such as
 * {@code <script>} are shown, never run; the output is well-formed XML.
 */
final class Html {
    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC','PingFang SC',"
                    + "'Microsoft YaHei','WenQuanYi Zen Hei',sans-serif;margin:24px;color:#222}",
            "h1{font-size:22px}h2{font-size:18px;margin-top:28px}h3{font-size:15px;margin:14px 0 4px}",
            "table{border-collapse:collapse;font-size:13px;margin:8px 0}",
            "th,td{border:1px solid #ddd;padding:4px 8px;text-align:right;vertical-align:middle}",
            "th{background:#f5f5f5}td.t{text-align:left}tr>td.t:first-child{min-width:7em}",
            ".prov{color:#666;font-size:12px}.note{color:#444;font-size:13px}",
            "tr.s-increase>td{background:#e3f2fd}tr.s-maintain>td{background:#e8f5e9}tr.s-reduce>td{background:#fff3e0}",
            "tr.s-remove>td{background:#f3e5f5}tr.s-no_decision>td{background:#eeeeee}",
            "svg{display:block;margin:8px 0;max-width:100%;height:auto}",
            "table{display:block;max-width:100%;overflow-x:auto}ul.summary li{margin:4px 0}.gain{color:#555}",
            "dt{font-weight:bold;margin-top:6px}dd{margin-left:16px}tr.group>td{background:#eef2f7;text-align:left}");

    /** Page-only rules: narrow screens and print (kept out of fragments, whose styles are scoped rule by rule). */
    private static final String PAGE_CSS = String.join("\n",
            "@media (max-width:600px){body{margin:8px}h1{font-size:19px}table{font-size:12px}}",
            "@media print{body{margin:0}table{display:table;overflow:visible}thead{display:table-header-group}",
            "tr,svg,li{break-inside:avoid;page-break-inside:avoid}section{break-before:page;page-break-before:always}",
            "section#summary{break-before:auto;page-break-before:auto}h2,h3{break-after:avoid}}");

    private Html() {
    }

    /**
     * Text safe in HTML and XML content and attribute values: {@code & < > " '} become entities, control
     * characters other than tab and newline are dropped, and unpaired surrogates become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        sb.append('\uFFFD');
                    } else if (c >= 0x20 || c == '\t' || c == '\n') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * A Markdown table cell that is inert: HTML escaped, newlines flattened, and every character that could start
     * a link, an image, emphasis, code or a bare-URL autolink escaped ({@code | [ ] ( ) ! * _ ` ~ \ :}).
     */
    static String markdownCell(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : escape(s).replace("\n", " ").replace("\r", " ").toCharArray()) {
            switch (c) {
                case '|', '[', ']', '(', ')', '!', '*', '_', '`', '~', '\\', '#' -> sb.append('\\').append(c);
                case ':' -> sb.append("&#58;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A number with 4 decimals for tables; {@code n/a} for NaN. */
    static String num(double v) {
        return TextTable.number(v);
    }

    /** A coordinate with 1 decimal (Locale.ROOT). */
    static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static final Pattern HEADER_ROW = Pattern.compile("<table><tr>((?:<th>.*?</th>)+)</tr>");

    /** Table header rows as {@code <thead>}, so printed tables repeat their header on every page. */
    static String headers(String body) {
        return HEADER_ROW.matcher(body).replaceAll(m -> Matcher.quoteReplacement("<table><thead><tr>" + m.group(1)
                + "</tr></thead>"));
    }

    /** The class of the element that holds a fragment; every fragment style is scoped under it. */
    static final String FRAGMENT_CLASS = "kano4j-report";

    /**
     * A fragment to embed in another page (a notebook cell, a dashboard): one {@code <div>} holding a
     * {@code <style>} whose every selector is scoped under the div's class (no {@code html}, {@code body} or other
     * global selectors, so nothing leaks into the host page) and the body, whose sections bring their own headings;
     * the title labels the div for assistive technology. The div sets its own text and background colours, so it
     * reads the same in light and dark host themes.
     */
    static String fragment(String title, String body) {
        return "<div class=\"" + FRAGMENT_CLASS + "\" role=\"region\" aria-label=\"" + escape(title) + "\"><style>\n"
                + scoped(CSS) + "\n</style>\n" + headers(body) + "</div>\n";
    }

    /** As {@link #fragment(String, String)}, with the content's language ({@code en}, {@code zh-Hans}, …). */
    static String fragment(String title, String body, String lang) {
        return fragment(title, body).replaceFirst("<div class=\"" + FRAGMENT_CLASS + "\"",
                "<div class=\"" + FRAGMENT_CLASS + "\" lang=\"" + lang + "\"");
    }

    /** The style sheet with every rule scoped under the fragment class ({@code body} becomes the div itself). */
    static String scoped(String css) {
        String root = "." + FRAGMENT_CLASS;
        StringBuilder sb = new StringBuilder();
        for (String rule : css.replace("\n", "").split("}")) {
            int brace = rule.indexOf('{');
            if (brace < 0) {
                continue;
            }
            String[] selectors = rule.substring(0, brace).split(",");
            for (int i = 0; i < selectors.length; i++) {
                String sel = selectors[i].strip();
                sb.append(i == 0 ? "" : ",").append(sel.equals("body") ? root : root + " " + sel);
            }
            String decl = rule.substring(brace + 1);
            if (rule.substring(0, brace).strip().equals("body")) {
                decl = decl.replace("margin:24px", "margin:0;padding:16px;background:#fff;text-align:left");
            }
            sb.append('{').append(decl).append("}\n");
        }
        return sb.toString().strip();
    }

    /** A complete page from a title and body HTML (already escaped). */
    static String page(String title, String body) {
        return page(title, body, "en");
    }

    /** A complete page in a language ({@code en}, {@code zh-Hans}). */
    static String page(String title, String body, String lang) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + escape(title)
                + "</title><style>\n" + CSS + "\n" + PAGE_CSS + "\n</style></head><body>\n<h1>" + escape(title)
                + "</h1>\n" + headers(body) + "</body></html>\n";
    }

    /**
     * Before a table row of a grouped output: a section row naming the attribute's group when it starts a new group
     * ("no group" for the ungrouped attributes listed last). Returns the group now current.
     */
    static String groupRow(StringBuilder sb, Map<String, String> groups, String attribute, String previous,
            int columns, Language language) {
        if (groups.isEmpty()) {
            return previous;
        }
        String group = groups.getOrDefault(attribute, "");
        if (!group.equals(previous)) {
            sb.append("<tr class=\"group\"><td class=\"t\" colspan=\"").append(columns).append("\"><b>")
                    .append(group.isEmpty() ? language.message("html.no_group") : escape(group))
                    .append("</b></td></tr>\n");
        }
        return group;
    }

    /** One of the library's Simplified Chinese texts in the language's script (Traditional for ZH_HANT). */
    static String chinese(Language language, String simplified) {
        return language.chinese(simplified);
    }

    /** English or (in either script) Chinese by the language: the library's own words, never user data. */
    static String say(Language language, String english, String simplifiedChinese) {
        return language.text(english, simplifiedChinese);
    }
}
