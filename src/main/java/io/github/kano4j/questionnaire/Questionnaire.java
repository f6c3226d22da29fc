package io.github.kano4j.questionnaire;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;
import io.github.kano4j.internal.Hant;

import java.util.ArrayList;
import java.util.List;

/**
 * A Kano questionnaire to field: per attribute the functional question (the attribute is provided) and the
 * dysfunctional one (it is not), each with the five answers in the standard wording of the language — English
 * after Berger et al. (1993), Chinese as Chinese questionnaires word them (我喜欢 / 理应如此 / 无所谓 / 能够忍受 /
 * 我不喜欢, in either script) — and optionally an importance question rated 1–9. Every answer text is one the
 * readers recognise, so the exported answers read back as they are.
 */
public final class Questionnaire {
    /** One question. */
    public record Question(int number, String attribute, Role role, String text, List<String> answers) {
        /** Copies the answers. */
        public Question {
            Check.notNull(attribute, "attribute");
            Check.notNull(role, "role");
            Check.notNull(text, "text");
            answers = List.copyOf(answers);
        }
    }

    /** What a question asks about its attribute. */
    public enum Role {
        /** The attribute is provided (the functional question). */
        FUNCTIONAL,
        /** The attribute is not provided (the dysfunctional question). */
        DYSFUNCTIONAL,
        /** How important the attribute is, 1–9. */
        IMPORTANCE
    }

    private static final List<String> ANSWERS_EN = List.of("I like it that way", "It must be that way",
            "I am neutral", "I can live with it", "I dislike it that way");
    private static final List<String> ANSWERS_ZH = List.of("我喜欢", "理应如此", "无所谓", "能够忍受", "我不喜欢");
    private static final List<String> IMPORTANCE = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final Language language;
    private final List<Question> questions;

    private Questionnaire(Language language, List<Question> questions) {
        this.language = language;
        this.questions = List.copyOf(questions);
    }

    /**
     * The questions for the attributes, in order: functional, dysfunctional (and importance) per attribute.
     *
     * @throws IllegalArgumentException when there is no attribute or a name is blank
     */
    public static Questionnaire of(List<String> attributes, Language language, boolean importance) {
        Check.noNulls(Check.notNull(attributes, "attributes").toArray(new String[0]), "attributes");
        Check.notNull(language, "language");
        Check.argument(!attributes.isEmpty(), "A questionnaire needs at least one attribute.");
        List<Question> out = new ArrayList<>();
        for (String a : attributes) {
            Check.argument(!a.isBlank(), "An attribute name must not be blank.");
            out.add(new Question(out.size() + 1, a, Role.FUNCTIONAL, text(language, a, Role.FUNCTIONAL),
                    answers(language)));
            out.add(new Question(out.size() + 1, a, Role.DYSFUNCTIONAL, text(language, a, Role.DYSFUNCTIONAL),
                    answers(language)));
            if (importance) {
                out.add(new Question(out.size() + 1, a, Role.IMPORTANCE, text(language, a, Role.IMPORTANCE),
                        IMPORTANCE));
            }
        }
        return new Questionnaire(language, out);
    }

    /** The questions in order. */
    public List<Question> questions() {
        return questions;
    }

    /** The language of the wording. */
    public Language language() {
        return language;
    }

    private static List<String> answers(Language language) {
        if (!language.isChinese()) {
            return ANSWERS_EN;
        }
        return language == Language.ZH_HANT ? ANSWERS_ZH.stream().map(Hant::of).toList() : ANSWERS_ZH;
    }

    private static String text(Language language, String attribute, Role role) {
        if (!language.isChinese()) {
            return switch (role) {
                case FUNCTIONAL -> "If " + attribute + " is provided, how do you feel?";
                case DYSFUNCTIONAL -> "If " + attribute + " is not provided, how do you feel?";
                case IMPORTANCE -> "How important is " + attribute + " to you? (1 = not at all, 9 = extremely)";
            };
        }
        boolean hant = language == Language.ZH_HANT;
        String quoted = hant ? "「" + attribute + "」" : "“" + attribute + "”";
        String[] parts = switch (role) {
            case FUNCTIONAL -> new String[] {"如果提供", "，您的感受是？"};
            case DYSFUNCTIONAL -> new String[] {"如果不提供", "，您的感受是？"};
            case IMPORTANCE -> new String[] {"", "对您有多重要？（1 = 一点也不重要，9 = 极其重要）"};
        };
        return (hant ? Hant.of(parts[0]) : parts[0]) + quoted + (hant ? Hant.of(parts[1]) : parts[1]);
    }

    /**
     * The questionnaire in the text form 问卷星 (Wenjuanxing) imports (批量导入, 文本导入): each question numbered,
     * marked {@code [单选题]}, its answers one per line, a blank line between questions.
     */
    public String wenjuanxingText() {
        StringBuilder sb = new StringBuilder();
        String single = language == Language.ZH_HANT ? "[單選題]" : "[单选题]";
        for (Question q : questions) {
            sb.append(q.number()).append(". ").append(q.text()).append(single).append('\n');
            q.answers().forEach(a -> sb.append(a).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The questions as numbered text. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Question q : questions) {
            sb.append(q.number()).append(". ").append(q.text()).append('\n');
            q.answers().forEach(a -> sb.append("   ( ) ").append(a).append('\n'));
        }
        return sb.toString();
    }
}
