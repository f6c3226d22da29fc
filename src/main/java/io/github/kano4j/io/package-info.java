/**
 * Every input: Kano survey CSV files in four layouts (wide, long, pair counts, category counts) through
 * {@link io.github.kano4j.io.KanoCsvReader}, Java collections through {@link io.github.kano4j.io.KanoRecords},
 * satisfaction surveys, attribute sheets and answer-label files. One immutable settings value per reader, one
 * ingest accounting: every row is used or reported with its reason (docs/METHODS.md §10).
 */
package io.github.kano4j.io;
