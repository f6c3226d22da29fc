/**
 * The Kano questionnaire: answer pairs into a mergeable {@link io.github.kano4j.questionnaire.KanoTally}, an
 * {@link io.github.kano4j.questionnaire.EvaluationTable} into category counts, a
 * {@link io.github.kano4j.questionnaire.ClassificationRule} into a category with its strength, significance,
 * Better/Worse coefficients and intervals ({@link io.github.kano4j.questionnaire.KanoResult}), and segment or wave
 * comparisons. Configured by the immutable {@link io.github.kano4j.questionnaire.KanoOptions}
 * (docs/METHODS.md §1–§5, §7).
 */
package io.github.kano4j.questionnaire;
