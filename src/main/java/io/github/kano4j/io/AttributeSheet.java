package io.github.kano4j.io;

import io.github.kano4j.IngestReport;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.internal.Check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An attribute sheet as read: the facts per attribute and what happened to every row of the sheet.
 *
 * @param facts  facts per attribute name, in sheet order
 * @param report rows read, used and rejected (blank rows, rows without a name), unused columns
 */
public record AttributeSheet(Map<String, AttributeFacts> facts, IngestReport report) {

    /** Copies the map. */
    public AttributeSheet {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull(facts, "facts")));
        Check.notNull(report, "report");
    }
}
