package org.openoms.command.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The aggregates used most recently, kept in memory so a busy stock item or order is not rebuilt from its
 * snapshot and events for every command: loading was the largest cost of the order journey (README
 * "Benchmark"). Bounded, least recently used first out.
 *
 * <p>Safe with several command-side instances: an entry here may be older than the stream when another
 * instance has appended since, but a decision taken on it then appends at a sequence number already
 * taken, the store's unique key refuses it, the unit of work rolls back, Axon drops the entry, and the
 * command is tried again on the fresh stream.
 */
public final class RecentAggregates implements Cache {

    private final Map<Object, Object> entries;

    public RecentAggregates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    synchronized int size() {
        return entries.size();
    }

    /** Aggregate repositories register no listeners; anything that would rely on them must not use this cache. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("RecentAggregates does not notify listeners");
    }
}
