package io.github.kano4j.io;

/**
 * One data row as the wide reader sees it, whichever parser produced it: commons-csv's record, or the fast
 * path's byte ranges. The defaults work on the field's text; the fast path overrides them to work on bytes and
 * materialise a string only when a message or a new value needs one.
 */
interface Fields {
    /** The row number, the header counting as row 1 (empty lines are not rows). */
    long row();

    /** The number of fields. */
    int size();

    /** The text of a field. */
    String get(int column);

    /** A code computed from the field's text by {@code codes}. */
    default int code(int column, FieldCodes codes) {
        return codes.of(get(column));
    }

    /** Whether the field is blank. */
    default boolean blank(int column) {
        return get(column).isBlank();
    }

    /** Adds the field, stripped, as a respondent id. */
    default void addId(int column, DuplicateCounter ids) {
        ids.add(get(column).strip());
    }
}
