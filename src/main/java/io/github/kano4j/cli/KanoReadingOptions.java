package io.github.kano4j.cli;

import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.Layout;
import io.github.kano4j.io.RespondentFilter;
import io.github.kano4j.questionnaire.EvaluationTable;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** How a Kano questionnaire is read: layout, answer wordings, column pairs, evaluation table, respondent filters. */
final class KanoReadingOptions {
    @Option(names = "--layout", paramLabel = "LAYOUT", description = "auto (default), wide, long, pair-counts or "
            + "category-counts")
    String layout;

    @Option(names = "--table", paramLabel = "TABLE", description = "evaluation table: standard (default), pouliot "
            + "or three-point")
    String table;

    @Option(names = "--reverse-dysfunctional", description = "dysfunctional codes run 1 = dislike ... 5 = like")
    boolean reversed;

    @Option(names = "--labels", paramLabel = "FILE", description = "extra answer wordings: label,answer per line")
    Path labels;

    @Option(names = "--pairs", paramLabel = "FILE", description = "attribute,functional,dysfunctional columns "
            + "(header texts or column numbers), e.g. for exports")
    Path pairs;

    @Option(names = "--max-q", paramLabel = "K", description = "drop respondents with more than K Questionable "
            + "answers")
    String maxQ;

    @Option(names = "--max-i", paramLabel = "K", description = "drop respondents with more than K Indifferent answers")
    String maxI;

    @Option(names = "--drop-straight-liners", description = "drop respondents giving one answer pair to everything")
    boolean dropStraightLiners;

    /** The evaluation table asked for, or {@code fallback}. */
    EvaluationTable table(EvaluationTable fallback) {
        return table == null ? fallback : EvaluationTable.named(table);
    }

    /** The reader as asked, with the evaluation table {@code table}. */
    KanoCsvReader apply(KanoCsvReader reader, EvaluationTable evaluationTable) {
        KanoCsvReader r = reader.withTable(evaluationTable).withReversedDysfunctionalCodes(reversed)
                .withRespondentFilter(filter());
        if (layout != null) {
            r = r.withLayout(Layout.parse(layout));
        }
        if (labels != null) {
            r = r.withLabelsFrom(labels);
        }
        return pairs == null ? r : r.withColumnPairsFrom(pairs);
    }

    private RespondentFilter filter() {
        RespondentFilter f = RespondentFilter.NONE;
        if (maxQ != null) {
            f = f.withMaxQuestionable(Args.integer(maxQ, "--max-q"));
        }
        if (maxI != null) {
            f = f.withMaxIndifferent(Args.integer(maxI, "--max-i"));
        }
        return f.withStraightLinersDropped(dropStraightLiners);
    }
}
