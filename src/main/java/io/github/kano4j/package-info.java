/**
 * kano4j — Kano satisfaction-survey analysis. Start at {@link io.github.kano4j.Kano}, the front door: read a
 * survey, classify its attributes, analyse an ordinary satisfaction survey, and allocate resources. This package
 * also holds the words every other package shares: {@link io.github.kano4j.Answer},
 * {@link io.github.kano4j.Category}, {@link io.github.kano4j.Language}, the {@link io.github.kano4j.IngestReport}
 * that accounts for every input row, and {@link io.github.kano4j.KanoInputException}, the one error for bad input.
 * Outputs (CSV, Markdown, HTML, SVG) are in {@code io.github.kano4j.report.Report}. Every formula, rule and
 * default is in docs/METHODS.md.
 */
package io.github.kano4j;
