package io.github.kano4j.io;

import io.github.kano4j.Category;

/**
 * Respondent quality filters (docs/METHODS.md §1.3; stp25kano {@code rm_Q}), off by default: drop a respondent
 * with more than {@code maxQuestionable} Questionable answers, more than {@code maxIndifferent} Indifferent
 * answers, or (straight-lining) the identical answer pair to every one of at least three attributes. Every
 * drop is counted by reason in the ingest report.
 *
 * @param maxQuestionable   the largest number of Q answers kept, or −1 for no limit
 * @param maxIndifferent    the largest number of I answers kept, or −1 for no limit
 * @param dropStraightLiners whether to drop respondents giving the same answer pair to every attribute
 */
public record RespondentFilter(int maxQuestionable, int maxIndifferent, boolean dropStraightLiners) {

    /** No filtering (the default). */
    public static final RespondentFilter NONE = new RespondentFilter(-1, -1, false);

    /** Whether any filter is on. */
    public boolean isActive() {
        return maxQuestionable >= 0 || maxIndifferent >= 0 || dropStraightLiners;
    }

    /** Drop respondents with more than {@code k} Questionable answers. */
    public RespondentFilter withMaxQuestionable(int k) {
        return new RespondentFilter(k, maxIndifferent, dropStraightLiners);
    }

    /** Drop respondents with more than {@code k} Indifferent answers. */
    public RespondentFilter withMaxIndifferent(int k) {
        return new RespondentFilter(maxQuestionable, k, dropStraightLiners);
    }

    /** Drop straight-liners. */
    public RespondentFilter withStraightLinersDropped(boolean drop) {
        return new RespondentFilter(maxQuestionable, maxIndifferent, drop);
    }

    /**
     * The reason to drop a respondent, or null to keep them (package-private machinery of the readers).
     *
     * @param categories the category of each valid pair under the table (Q, I, …)
     * @param f          functional levels of the valid pairs
     * @param d          dysfunctional levels of the valid pairs
     * @param pairs      number of valid pairs
     */
    IngestAccounting.Reason reject(Category[] categories, int[] f, int[] d, int pairs) {
        int q = 0;
        int i = 0;
        boolean same = pairs >= 3;
        for (int k = 0; k < pairs; k++) {
            if (categories[k] == Category.Q) {
                q++;
            } else if (categories[k] == Category.I) {
                i++;
            }
            if (k > 0 && (f[k] != f[0] || d[k] != d[0])) {
                same = false;
            }
        }
        if (maxQuestionable >= 0 && q > maxQuestionable) {
            return IngestAccounting.Reason.TOO_MANY_Q;
        }
        if (maxIndifferent >= 0 && i > maxIndifferent) {
            return IngestAccounting.Reason.TOO_MANY_I;
        }
        return dropStraightLiners && same ? IngestAccounting.Reason.STRAIGHT_LINE : null;
    }
}
