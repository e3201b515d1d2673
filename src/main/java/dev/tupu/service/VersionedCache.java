package dev.tupu.service;

import dev.tupu.store.GraphStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers computed from the store, kept until the store changes: each entry remembers the store's
 * {@link GraphStore#stableVersion()} it was computed at and is used only while that version holds. An answer computed
 * while a write was under way, or across one, is not kept. Least recently used entries go first.
 */
public final class VersionedCache<K, V> {
    private record Entry<V>(long version, V value) {
    }

    private final GraphStore store;
    private final Map<K, Entry<V>> entries;

    public VersionedCache(GraphStore store, int capacity) {
        this.store = store;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    public V get(K key, Supplier<V> compute) {
        long before = store.stableVersion();
        if (before >= 0) {
            Entry<V> cached;
            synchronized (entries) {
                cached = entries.get(key);
            }
            if (cached != null && cached.version() == before) {
                return cached.value();
            }
        }
        V value = compute.get();
        if (before >= 0 && store.stableVersion() == before) {
            synchronized (entries) {
                entries.put(key, new Entry<>(before, value));
            }
        }
        return value;
    }
}
