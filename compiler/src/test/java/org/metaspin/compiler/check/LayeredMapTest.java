package org.metaspin.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A layer reads through to its base, keeps its own writes, and never changes the base. */
class LayeredMapTest {
    private final String a = new String("k");
    private final String b = new String("k"); // equal to a, another key by identity
    private final String c = new String("c");
    private final Map<String, Integer> base = new IdentityHashMap<>(Map.of(a, 1, c, 3));
    private final LayeredMap<String, Integer> layer = new LayeredMap<>(base);

    @Test
    void readsFallThroughAndWritesStayInTheLayer() {
        assertEquals(1, layer.get(a));
        assertNull(layer.get(b), "keys compare by identity, as in the base");
        assertEquals(3, layer.put(c, 30));
        layer.put(b, 2);
        assertEquals(30, layer.get(c));
        assertEquals(2, layer.get(b));
        assertTrue(layer.containsKey(a));
        assertEquals(3, layer.size(), "a, b, and c once although both layers hold it");
        assertEquals(2, base.size());
        assertEquals(3, base.get(c), "the base is left as it was");
        assertFalse(base.containsKey(b));
    }

    @Test
    void itsEntriesAreTheLayerOverTheBase() {
        layer.put(c, 30);
        Map<String, Integer> seen = new HashMap<>();
        int entries = 0;
        for (Map.Entry<String, Integer> e : layer.entrySet()) {
            seen.put(e.getKey() == a ? "a" : e.getKey() == c ? "c" : "?", e.getValue());
            entries++;
        }
        assertEquals(2, entries);
        assertEquals(Map.of("a", 1, "c", 30), seen);
    }
}
