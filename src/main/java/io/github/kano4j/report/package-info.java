/**
 * Every output, behind one entry, {@link io.github.kano4j.report.Report}: tidy CSV (English snake_case columns),
 * Markdown, self-contained HTML with inline SVG charts, and the charts alone. Input text is escaped; CSV cells a
 * spreadsheet would run are neutralised.
 */
package io.github.kano4j.report;
