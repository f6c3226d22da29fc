package io.github.kano4j.report;

import io.github.kano4j.internal.TextTable;

import java.util.Locale;

/**
 * Escaping and page assembly for self-contained HTML: inline CSS, no scripts, no external resources.
 * Everything that comes from input data goes through {@link #escape(String)}, so attribute names such as
 * {@code <script>} are shown, never run; the output is well-formed XML.
 */
final class Html {
    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;margin:24px;color:#222}",
            "h1{font-size:22px}h2{font-size:18px;margin-top:28px}",
            "table{border-collapse:collapse;font-size:13px;margin:8px 0}",
            "th,td{border:1px solid #ddd;padding:4px 8px;text-align:right;vertical-align:middle}",
            "th{background:#f5f5f5}td.t{text-align:left}",
            ".prov{color:#666;font-size:12px}.note{color:#444;font-size:13px}",
            ".s-increase{background:#e3f2fd}.s-maintain{background:#e8f5e9}.s-reduce{background:#fff3e0}",
            ".s-remove{background:#f3e5f5}.s-no_decision{background:#eeeeee}",
            "svg{display:block;margin:8px 0;max-width:100%;height:auto}");

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

    /** A complete page from a title and body HTML (already escaped). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>" + escape(title)
                + "</title><style>\n" + CSS + "\n</style></head><body>\n<h1>" + escape(title) + "</h1>\n" + body
                + "</body></html>\n";
    }
}
