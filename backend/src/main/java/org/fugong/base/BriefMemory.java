package org.fugong.base;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Values read from the database, held on this node for a short while so a rush of requests reads each
 * once per {@code ttl}. A change made on this node forgets its key at once; a read that a change
 * overtook (it began before the change and ends after it) is not held, so it can never outlive the
 * change. Other nodes' changes are seen within {@code ttl}. Past {@code max} keys it starts over.
 *
 * @param <V> what is held; a held {@code null} means "read, and nothing to show"
 */
public final class BriefMemory<V> {

    /** A value as held; {@code value} may be null. */
    public record Held<V>(V value) {
    }

    private record Entry<V>(V value, long readAtNanos) {
    }

    private final long ttlNanos;
    private final int max;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong forgets = new AtomicLong();

    public BriefMemory(Duration ttl, int max) {
        this.ttlNanos = ttl.toNanos();
        this.max = max;
    }

    /** What is held for the key and still fresh, or null (then read it, with {@link #stamp()} taken before). */
    public Held<V> get(String key) {
        Entry<V> entry = entries.get(key);
        return entry != null && System.nanoTime() - entry.readAtNanos < ttlNanos ? new Held<>(entry.value) : null;
    }

    /** To take before a read whose result is to be held. */
    public long stamp() {
        return forgets.get();
    }

    /** Holds a value read since {@code stamp}, unless a change was forgotten meanwhile. */
    public void hold(String key, V value, long stamp) {
        if (entries.size() >= max) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, System.nanoTime()));
        if (forgets.get() != stamp) {
            // something changed while this was read: what was read may be older than the change
            entries.remove(key);
        }
    }

    /** Forgets a key whose value changed on this node. */
    public void forget(String key) {
        forgets.incrementAndGet();
        entries.remove(key);
    }
}
