package org.rasd.gazetteer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memo of a pure function in bounded memory, for several threads: two generations of at most {@code perGeneration}
 * entries each. Entries go into the young generation; when it is full it becomes the old one (the former old one is
 * dropped) and a new young one starts. A key found only in the old generation is copied into the young one, so the keys
 * in use survive the turnover (an approximate LRU at the cost of one map lookup, instead of a memo cleared when full,
 * which starts cold every time). Values must be immutable or never written to: they are shared by every caller.
 */
final class BoundedMemo<K, V> {
    private final int perGeneration;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = new ConcurrentHashMap<>();

    BoundedMemo(int perGeneration) {
        if (perGeneration < 1) {
            throw new IllegalArgumentException("perGeneration " + perGeneration);
        }
        this.perGeneration = perGeneration;
    }

    /** The value of {@code key}, computed by {@code f} (which must be a pure function of the key) when not held. */
    V get(K key, Function<? super K, ? extends V> f) {
        Map<K, V> y = young;
        V v = y.get(key);
        if (v != null) {
            return v;
        }
        v = old.get(key);
        if (v == null) {
            v = f.apply(key);
        }
        y.put(key, v);
        if (y.size() >= perGeneration) {
            turnOver(y);
        }
        return v;
    }

    private synchronized void turnOver(Map<K, V> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }

    /** Entries held (both generations; a key may be in both). */
    int size() {
        return young.size() + old.size();
    }
}
