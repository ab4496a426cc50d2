package org.metaspin.compiler.check;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An identity map laid over another that it never changes: reads fall through to the base,
 * writes stay in this layer. The attribution of a lowered tree is the checker's findings
 * plus the few about rewritten nodes; copying the checker's maps for that cost a tenth of
 * `check` on a large file.
 */
final class LayeredMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> base;
    private final Map<K, V> top = new IdentityHashMap<>();

    LayeredMap(Map<K, V> base) {
        this.base = base;
    }

    @Override
    public V get(Object key) {
        V v = top.get(key);
        return v != null || top.containsKey(key) ? v : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return top.containsKey(key) || base.containsKey(key);
    }

    @Override
    public V put(K key, V value) {
        V old = get(key);
        top.put(key, value);
        return old;
    }

    @Override
    public int size() {
        int shadowed = 0;
        for (K k : top.keySet()) if (base.containsKey(k)) shadowed++;
        return base.size() + top.size() - shadowed;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() { return LayeredMap.this.size(); }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                Iterator<Entry<K, V>> upper = top.entrySet().iterator();
                Iterator<Entry<K, V>> lower = base.entrySet().iterator();
                return new Iterator<>() {
                    private Entry<K, V> next = advance();

                    private Entry<K, V> advance() {
                        if (upper.hasNext()) return upper.next();
                        while (lower.hasNext()) {
                            Entry<K, V> e = lower.next();
                            if (!top.containsKey(e.getKey())) return new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue());
                        }
                        return null;
                    }

                    @Override
                    public boolean hasNext() { return next != null; }

                    @Override
                    public Entry<K, V> next() {
                        if (next == null) throw new NoSuchElementException();
                        Entry<K, V> e = next;
                        next = advance();
                        return e;
                    }
                };
            }
        };
    }
}
