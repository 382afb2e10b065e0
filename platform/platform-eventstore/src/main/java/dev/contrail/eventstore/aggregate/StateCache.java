package dev.contrail.eventstore.aggregate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hot aggregate states, least recently used evicted. A stale entry is harmless: the append's
 * version check fails, the entry is dropped and the state is loaded again.
 */
public final class StateCache {

    /** A state and the stream version it was folded up to. */
    public record Hot(Object state, long version) {}

    private final Map<String, Hot> entries;

    public StateCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Hot> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Hot get(String streamId) {
        return entries.get(streamId);
    }

    public synchronized void put(String streamId, Object state, long version) {
        entries.put(streamId, new Hot(state, version));
    }

    public synchronized void evict(String streamId) {
        entries.remove(streamId);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
