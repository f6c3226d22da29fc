package io.github.kano4j.io;

import io.github.kano4j.questionnaire.AttributeTally;

/** What a cell of any survey file holds, read the same way by every reader: a number, an importance rating. */
final class Cells {
    private Cells() {
    }

    /** The number in a cell (comma decimal accepted), NaN when missing or not a number. */
    static double number(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(s.indexOf(',') >= 0 && s.indexOf('.') < 0 ? s.replace(',', '.') : s);
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** An importance rating 0–100, MISSING or INVALID. */
    static int importance(String text) {
        String s = text.strip();
        if (AnswerScale.FIVE_POINT.level(s) == AnswerScale.MISSING) {
            return AnswerScale.MISSING;
        }
        if (s.matches("\\d{1,3}(\\.0+)?")) {
            int v = Integer.parseInt(s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
            return v <= AttributeTally.MAX_IMPORTANCE ? v : AnswerScale.INVALID;
        }
        return AnswerScale.INVALID;
    }
}
