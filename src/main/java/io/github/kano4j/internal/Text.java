package io.github.kano4j.internal;

/**
 * Text from the input made safe to print: control characters (which could move the cursor or erase lines of a
 * terminal) and bidirectional overrides are shown as {@code \\uXXXX} escapes, and very long values are shortened
 * with their length stated.
 */
public final class Text {
    /** Values in messages are cut to this many characters. */
    public static final int MESSAGE_VALUE_LIMIT = 120;

    private Text() {
    }

    /** The text with every control or bidi-override character escaped (newlines and tabs too). */
    public static String printable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
            if (unsafe) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Printable, and cut to {@code limit} characters with the full length stated. */
    public static String shortened(String s, int limit) {
        String p = printable(s);
        if (p == null || p.length() <= limit) {
            return p;
        }
        int cut = limit;
        if (Character.isHighSurrogate(p.charAt(cut - 1))) {
            cut--;
        }
        return p.substring(0, cut) + "… (" + s.length() + " characters)";
    }
}
