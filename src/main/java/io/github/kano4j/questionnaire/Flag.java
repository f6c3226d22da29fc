package io.github.kano4j.questionnaire;

import io.github.kano4j.Language;
import io.github.kano4j.internal.Check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Machine-readable conditions attached to a {@link KanoResult} (docs/METHODS.md §9).
 */
public enum Flag {
    /** No answer pair was counted (N = 0); the attribute is unclassified. */
    EMPTY("no answer pair was counted; the attribute is unclassified", "没有可计入的回答对，属性无法分类"),
    /** Q &gt; 0 and Q ≥ every other count: the question's wording is suspect; labelled Q by the guard. */
    HIGH_Q("questionable answers are the most frequent; check the question's wording", "可疑回答最多：请检查问题措辞"),
    /** The two largest counts among M, O, A, I, R are equal; the order M &gt; O &gt; A &gt; I &gt; R decided. */
    TIE("the two largest counts are equal; the order M > O > A > I > R decided", "前两类人数相同，按 M > O > A > I > R 的顺序判定"),
    /** n4 below the minimum for Fong's and the χ² test (default 12): tests not applied. */
    LOW_N("too few answers for Fong's and the chi-square test; the tests were not applied", "有效回答太少，未做 Fong 检验和卡方检验"),
    /** Fong's test finds the top two categories not significantly different. */
    MIXED("Fong's test cannot separate the two largest categories", "Fong 检验无法区分前两类（混合类别）"),
    /** Total strength (A + O + M)/N below the threshold (default 0.50). */
    LOW_TOTAL_STRENGTH("total strength (A + O + M) / N is below the threshold: many respondents do not care", "总强度 (A + O + M) / N 低于阈值：很多受访者并不在意"),
    /** n4 = 0 (only R and Q answers): Better, Worse and their derived numbers are NaN. */
    NO_VALID_ANSWERS("only R and Q answers: Better and Worse are undefined", "只有反向和可疑回答：满意系数和不满意系数无法计算"),
    /** 12 ≤ n4 &lt; 20: the χ² expected counts are below 5. */
    SMALL_EXPECTED("chi-square expected counts are below 5", "卡方检验的期望频数小于 5"),
    /** n4 below the small-sample warning level (default 100, docs/METHODS.md §7.5). */
    SMALL_SAMPLE("small sample: more answers may change the category", "样本较小：更多回答可能改变类别"),
    /** Some pairs with a missing or invalid answer were counted as Q by the policy; Q is inflated. */
    COUNTED_AS_Q_BY_POLICY("missing or invalid answers were counted as Q by the policy; Q is inflated", "缺失或无效回答按设置计为可疑，可疑比例偏高"),
    /** Better and Worse divide by all answers (R and Q included), which shrinks both. */
    DENOMINATOR_ALL("Better and Worse divide by all answers, R and Q included", "满意系数和不满意系数以全部回答（含反向和可疑）为分母"),
    /** Only category counts were available (no answer pairs), so the continuous analysis is NaN. */
    NO_ANSWER_PAIRS("only category counts were given: no continuous analysis", "只有类别计数：无法做连续分析"),
    /** The continuous scale has a different number of levels from the evaluation table. */
    CONTINUOUS_SCALE_MISMATCH("the continuous scale has a different number of levels from the evaluation table", "连续量表与评价表的级数不同"),
    /** Bootstrap category stability below the threshold (default 0.70, docs/METHODS.md §7.5). */
    LOW_STABILITY("bootstrap category stability is below the threshold", "自助法类别稳定性低于阈值"),
    /** Q share of N at or above the threshold (default 0.10): the question may be unclear. */
    HIGH_Q_SHARE("the questionable share is at or above the threshold: the question may be unclear", "可疑回答比例达到阈值：问题可能表述不清"),
    /** R share of N at or above the threshold (default 0.10): possible segments or misread polarity. */
    HIGH_R_SHARE("the reverse share is at or above the threshold: segments may differ or the question was misread", "反向回答比例达到阈值：可能存在不同客户群体，或题意被误读"),
    /**
     * Respondent weights: shares, Better/Worse and strengths are weighted; the tests use effective counts
     * (docs/METHODS.md §7.6).
     */
    WEIGHTED("respondent weights: shares, Better and Worse are weighted; the tests use n_eff",
            "受访者加权：比例、满意系数与不满意系数为加权值；检验使用有效样本量 n_eff"),
    /** Other attributes of the survey have importance ratings, this one has none (no Yang category). */
    NO_IMPORTANCE("this attribute has no importance ratings", "该属性没有重要性评分");

    private final String english;
    private final String chinese;

    Flag(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** What the flag means, in a sentence fragment for people, in a language. */
    public String explanation(Language language) {
        Check.notNull(language, "language");
        return language.text(english, chinese);
    }

    /**
     * One line per flag that occurs in the flag sets (one per result, e.g. {@code KanoResult.flags()}), in
     * declaration order, as {@code "FLAG: explanation"}; empty when no set holds a flag.
     */
    public static List<String> legend(Collection<? extends Set<Flag>> flagSets, Language language) {
        Check.notNull(flagSets, "flagSets");
        Check.notNull(language, "language");
        List<String> out = new ArrayList<>();
        for (Flag f : values()) {
            if (flagSets.stream().anyMatch(flags -> flags.contains(f))) {
                out.add(f.name() + ": " + f.explanation(language));
            }
        }
        return out;
    }

    /** The flags in declaration order, comma-separated, e.g. {@code "MIXED, SMALL_SAMPLE"}. */
    public static String sorted(Set<Flag> flags) {
        StringJoiner j = new StringJoiner(", ");
        for (Flag f : values()) {
            if (flags.contains(f)) {
                j.add(f.name());
            }
        }
        return j.toString();
    }
}
