package io.github.kano4j.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A read-only map whose values are computed when they are read and not kept: its keys, in their order, and a
 * function from a key to its value. Thousands of values that are large to hold (a segment's tally or analysis) are
 * thus made one at a time.
 *
 * @param <K> key
 * @param <V> value
 */
public abstract class ComputedMap<K, V> extends AbstractMap<K, V> {

    /** The keys, in order, read-only. */
    protected abstract Set<K> keys();

    /** The value of a key of {@link #keys()}. */
    protected abstract V compute(K key);

    /** The map of these keys (kept as given, so give a read-only set) and values. */
    public static <K, V> ComputedMap<K, V> of(Set<K> keys, Function<K, V> value) {
        Check.notNull(keys, "keys");
        Check.notNull(value, "value");
        return new ComputedMap<>() {
            @Override
            protected Set<K> keys() {
                return keys;
            }

            @Override
            protected V compute(K key) {
                return value.apply(key);
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                Iterator<K> it = keys().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<K, V> next() {
                        K key = it.next();
                        return new AbstractMap.SimpleImmutableEntry<>(key, compute(key));
                    }
                };
            }

            @Override
            public int size() {
                return keys().size();
            }
        };
    }

    @Override
    public Set<K> keySet() {
        return Collections.unmodifiableSet(keys());
    }

    @Override
    public int size() {
        return keys().size();
    }

    @Override
    public boolean containsKey(Object key) {
        return keys().contains(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        return keys().contains(key) ? compute((K) key) : null;
    }
}
