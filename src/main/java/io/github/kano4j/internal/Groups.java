package io.github.kano4j.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Attribute groups in outputs: items listed group by group, in the order the groups first appear. */
public final class Groups {
    private Groups() {
    }

    /**
     * The items group by group: groups in the order of their first item, items in their own order within a group,
     * items without a group last. Without groups, the items as they are.
     */
    public static <T> List<T> ordered(List<T> items, Function<T, String> name, Map<String, String> groups) {
        if (groups.isEmpty()) {
            return items;
        }
        Map<String, List<T>> byGroup = new LinkedHashMap<>();
        List<T> none = new ArrayList<>();
        for (T item : items) {
            String g = groups.get(name.apply(item));
            if (g == null) {
                none.add(item);
            } else {
                byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(item);
            }
        }
        List<T> out = new ArrayList<>(items.size());
        byGroup.values().forEach(out::addAll);
        out.addAll(none);
        return out;
    }

    /**
     * The groups of the items that have one, keyed by item name in the items' order: blank groups count as none,
     * names not among the items are left out, groups are stripped. Read-only.
     */
    public static <T> Map<String, String> kept(List<T> items, Function<T, String> name, Map<String, String> groups) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (T item : items) {
            String g = groups.get(name.apply(item));
            if (g != null && !g.isBlank()) {
                kept.put(name.apply(item), g.strip());
            }
        }
        return java.util.Collections.unmodifiableMap(kept);
    }
}
