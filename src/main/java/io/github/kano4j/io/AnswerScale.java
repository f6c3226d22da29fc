package io.github.kano4j.io;

import io.github.kano4j.Answer;
import io.github.kano4j.KanoInputException;
import io.github.kano4j.questionnaire.EvaluationTable;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * How answer text in a survey file maps to answer levels: numeric codes and label dictionaries.
 *
 * <p>{@link #FIVE_POINT} accepts the codes 1–5 (1 = like … 5 = dislike) and the common wordings in
 * English (including Blauth's "very helpful … major problem" wording, Berger et al. 1993), Simplified and
 * Traditional Chinese, German, Japanese, Spanish, French and Portuguese. {@link #THREE_POINT} accepts
 * the codes 1–3 of the modified three-point scale. Matching ignores case, surrounding whitespace,
 * repeated inner whitespace, full-width/half-width differences (Unicode NFKC) and trailing full stops.
 *
 * <p>Missing answers ({@code ""}, {@code NA}, {@code N/A}, {@code NaN}, {@code null}, {@code -},
 * {@code .}, {@code ?}, {@code missing}, {@code none}) are recognised as missing, never as an answer.
 */
public final class AnswerScale implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Returned by {@link #level(String)} for a missing answer (readers only; never part of the API). */
    static final int MISSING = -2;
    /** Returned by {@link #level(String)} for text that is not an answer of this scale. */
    static final int INVALID = -1;

    private static final Set<String> MISSING_TOKENS = Set.of("", "na", "n/a", "n.a.", "n.a", "nan", "null", "-", ".",
            "?", "missing", "none", "#n/a");

    /** Codes 1–5 and the label dictionaries of the five-point Kano scale. */
    public static final AnswerScale FIVE_POINT = fivePoint();

    /** Codes 1–3 of the modified three-point scale (stp25kano {@code type = 3}). */
    public static final AnswerScale THREE_POINT = new AnswerScale("three-point", 3,
            Map.of("1", 0, "2", 1, "3", 2));

    private final String name;
    private final int levels;
    private final Map<String, Integer> labels;
    /** Whether every single-digit code k in 1..levels means level k − 1 (true unless a custom label remaps one). */
    private final boolean plainCodes;

    private AnswerScale(String name, int levels, Map<String, Integer> labels) {
        this.name = name;
        this.levels = levels;
        this.labels = Map.copyOf(labels);
        boolean plain = true;
        for (int k = 0; k < levels; k++) {
            plain &= Integer.valueOf(k).equals(this.labels.get(String.valueOf(k + 1)));
        }
        this.plainCodes = plain;
    }

    private static AnswerScale fivePoint() {
        Map<String, Integer> m = new HashMap<>();
        put(m, Answer.LIKE, "1", "like", "like it", "i like it", "i like it that way", "i would like it",
                "i would like it that way", "delighted", "this would be very helpful to me", "very helpful",
                "喜欢", "我喜欢", "很喜欢", "我很喜欢", "非常喜欢", "喜歡", "我喜歡", "很喜歡", "我很喜歡", "非常喜歡",
                "满意", "很满意", "非常满意", "感到满意", "我很满意", "我感到满意", "滿意", "很滿意", "非常滿意", "感到滿意",
                "我很滿意", "我感到滿意",
                "gefällt mir", "das würde mich sehr freuen", "würde mich freuen", "気に入る", "気に入ります", "うれしい",
                "me gusta", "me gustaría", "j'aime", "j'aime bien", "cela me plairait", "gosto", "gostaria", "eu gosto");
        put(m, Answer.MUST_BE, "2", "must-be", "must be", "must", "must be that way", "it must be that way",
                "it must be", "expect", "expected", "i expect it", "i expect it that way", "expect it",
                "this is a basic requirement for me", "basic requirement", "it is a basic requirement",
                "理应如此", "理所当然", "必须如此", "必须的", "应该如此", "应该的", "本应如此", "理應如此", "理所當然",
                "必須如此", "必須的", "應該如此", "應該的", "本應如此", "必须这样", "必須這樣", "理应这样", "理應這樣",
                "setze ich voraus", "das setze ich voraus", "selbstverständlich", "das ist selbstverständlich",
                "当然", "当然である", "当然だ", "lo espero", "debe ser así", "es lo mínimo", "je m'y attends",
                "c'est normal", "ça doit être comme ça", "é o mínimo", "espero isso", "deve ser assim");
        put(m, Answer.NEUTRAL, "3", "neutral", "i am neutral", "i'm neutral", "i feel neutral", "indifferent",
                "i don't care", "don't care", "this would not affect me", "would not affect me", "no feeling",
                "无所谓", "无所谓的", "中立", "没感觉", "都可以", "無所謂", "無所謂的", "沒感覺", "无所谓喜欢不喜欢",
                "無所謂喜歡不喜歡", "无所谓满意不满意", "無所謂滿意不滿意",
                "ist mir egal", "das ist mir egal", "egal", "neutral eingestellt", "何とも感じない", "どちらでもない",
                "me es indiferente", "indiferente", "me da igual", "ça m'est égal", "neutre", "je suis neutre",
                "neutro", "tanto faz", "sou indiferente");
        put(m, Answer.LIVE_WITH, "4", "live with", "live-with", "live with it", "i can live with it",
                "i can live with it that way", "tolerate", "tolerate it", "i can tolerate it",
                "i can tolerate it that way", "this would be a minor inconvenience", "minor inconvenience",
                "能忍受", "可以忍受", "勉强接受", "能接受", "可以接受", "勉強接受", "能忍受的", "能够忍受", "能夠忍受",
                "nehme ich in kauf", "das nehme ich in kauf", "könnte ich in kauf nehmen", "das könnte ich in kauf nehmen",
                "könnte ich eventuell in kauf nehmen", "das könnte ich eventuell in kauf nehmen",
                "仕方ない", "しかたない", "しかたがない", "lo tolero", "puedo vivir con ello", "puedo tolerarlo",
                "je peux tolérer", "je m'en accommode", "je peux vivre avec", "posso tolerar", "convivo com isso",
                "posso conviver com isso");
        put(m, Answer.DISLIKE, "5", "dislike", "dislike it", "i dislike it", "i dislike it that way",
                "i don't like it", "i would dislike it", "i would dislike it that way",
                "this would be a major problem for me", "major problem",
                "不喜欢", "我不喜欢", "很不喜欢", "我很不喜欢", "非常不喜欢", "不喜歡", "我不喜歡", "很不喜歡", "我很不喜歡",
                "非常不喜歡", "不满意", "很不满意", "非常不满意", "感到不满", "感到不满意", "我很不满意", "不滿意", "很不滿意",
                "非常不滿意", "感到不滿", "感到不滿意", "我很不滿意", "gefällt mir nicht", "das würde mich sehr stören", "würde mich stören", "stört mich",
                "気に入らない", "気に入りません", "no me gusta", "je n'aime pas", "cela me déplairait", "não gosto",
                "eu não gosto");
        return new AnswerScale("five-point", 5, m);
    }

    /**
     * Adds built-in wordings, which are written in their normalised form (a test holds them to it): the table is
     * built without the Unicode normaliser, which is loaded only when an answer is not found as written.
     */
    private static void put(Map<String, Integer> m, Answer answer, String... labels) {
        for (String label : labels) {
            Integer before = m.put(label, answer.level());
            if (before != null && before != answer.level()) {
                throw new IllegalStateException("The wording \"" + label + "\" is listed for two answers");
            }
        }
    }

    /** The five- or three-point scale matching an evaluation table's number of levels. */
    public static AnswerScale forTable(EvaluationTable table) {
        return table.levels() == 3 ? THREE_POINT : FIVE_POINT;
    }

    /**
     * This scale plus custom labels, e.g. {@code FIVE_POINT.withLabel("love it", Answer.LIKE)}.
     *
     * @throws IllegalArgumentException for a blank label, a missing-value token, or a level this scale lacks
     */
    public AnswerScale withLabel(String label, Answer answer) {
        Objects.requireNonNull(answer, "The parameter 'answer' must not be null.");
        String key = normalize(Objects.requireNonNull(label, "The parameter 'label' must not be null."));
        if (MISSING_TOKENS.contains(key)) {
            throw new IllegalArgumentException("\"" + label + "\" is a missing-value token and cannot be an answer label");
        }
        if (answer.level() >= levels) {
            throw new IllegalArgumentException("The " + name + " scale has no answer " + answer);
        }
        Map<String, Integer> m = new HashMap<>(labels);
        m.put(key, answer.level());
        return new AnswerScale(name + "+custom", levels, m);
    }

    /**
     * This scale plus the labels of a small mapping file: one {@code label,answer} pair per line, the answer
     * written as a code 1–5 or an {@link Answer} name ({@code like, must_be, neutral, live_with, dislike});
     * blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a bad entry
     */
    public AnswerScale withLabelsFrom(Path file) throws IOException {
        AnswerScale out = this;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            String label = comma < 0 ? "" : line.substring(0, comma).strip();
            String answer = comma < 0 ? "" : line.substring(comma + 1).strip();
            Answer a = null;
            if (answer.matches("[1-5]")) {
                a = Answer.ofCode(Integer.parseInt(answer));
            } else {
                for (Answer x : Answer.values()) {
                    if (x.name().equalsIgnoreCase(answer.replace('-', '_'))) {
                        a = x;
                    }
                }
            }
            if (label.isEmpty() || a == null) {
                throw new KanoInputException(file.toString(), i + 1, null, line, "expected "
                        + "label,answer with the answer a code 1-5 or one of like, must_be, neutral, live_with, dislike");
            }
            out = out.withLabel(label, a);
        }
        return out;
    }

    /** The scale's name. */
    public String name() {
        return name;
    }

    /** Number of answer levels (5 or 3). */
    public int levels() {
        return levels;
    }

    /**
     * The answer code (1 … {@link #levels()}) a text means under this scale — a code, a label of any listed
     * wording, or a custom label; empty for a missing answer or text that is not an answer.
     */
    public OptionalInt code(String text) {
        int level = level(text);
        return level < 0 ? OptionalInt.empty() : OptionalInt.of(level + 1);
    }

    /** Whether the text is one of the missing-answer tokens (blank, NA, N/A, NaN, null, -, ., ?, …). */
    public boolean isMissing(String text) {
        return level(text) == MISSING;
    }

    /**
     * The zero-based level of an answer, {@link #MISSING} for a missing answer, or {@link #INVALID}: the
     * readers' hot path, kept out of the API because of its sentinel values.
     */
    int level(String text) {
        if (text == null) {
            return MISSING;
        }
        if (text.length() == 1) {
            // the common case, a bare code: no hashing
            int code = text.charAt(0) - '1';
            if (code >= 0 && code < levels && plainCodes) {
                return code;
            }
        }
        Integer direct = labels.get(text);
        if (direct != null) {
            return direct;
        }
        String key = normalize(text);
        Integer level = labels.get(key);
        if (level != null) {
            return level;
        }
        if (MISSING_TOKENS.contains(key)) {
            return MISSING;
        }
        // numeric codes written as 1.0 / 2.00
        if (key.matches("[1-5]\\.0+")) {
            Integer code = labels.get(key.substring(0, 1));
            return code == null ? INVALID : code;
        }
        return INVALID;
    }

    /**
     * Like {@link #level(String)}, but a numeric code counts from the other end (1 ↔ 5, 2 ↔ 4 on five
     * levels), for questionnaires that code the dysfunctional question in reverse; labels keep their meaning.
     */
    int reversedCodeLevel(String text) {
        int level = level(text);
        if (level < 0 || text == null) {
            return level;
        }
        String key = normalize(text);
        if (key.matches("[1-9](\\.0+)?")) {
            return levels - 1 - level;
        }
        return level;
    }

    /** The accepted labels, sorted, for error messages. */
    public Set<String> acceptedLabels() {
        return Collections.unmodifiableSet(new TreeMap<>(labels).keySet());
    }

    /** A short description of what is accepted, for error messages. */
    public String expected() {
        return levels == 3 ? "an answer code 1-3" : "an answer code 1-5 (1 = like ... 5 = dislike) or a label such as "
                + "like, must-be, neutral, live-with, dislike";
    }

    /** NFKC (full-width → half-width), lowercase, trimmed, inner whitespace collapsed, trailing stops removed. */
    static String normalize(String text) {
        // NFKC leaves ASCII as it is: the normaliser (and its Unicode tables) is loaded only for other text
        String s = (ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT)
                .strip();
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ");
        if (s.length() > 1 && (s.startsWith("\"") && s.endsWith("\""))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        while (s.length() > 1 && (s.endsWith(".") || s.endsWith("!") || s.endsWith("。"))
                && !MISSING_TOKENS.contains(s)) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "AnswerScale[" + name + ", " + levels + " levels, " + labels.size() + " labels]";
    }
}
