package org.metaspin.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelationTest {
    @Test
    void eachOperatorComparesLeftWithRight() {
        assertTrue(Relation.parse("wmin < wmax").test(-1, 1));
        assertFalse(Relation.parse("wmin < wmax").test(1, 1));
        assertTrue(Relation.parse("a <= b").test(1, 1));
        assertFalse(Relation.parse("a > b").test(1, 1));
        assertTrue(Relation.parse("a >= b").test(1, 1));
        assertTrue(Relation.parse("a != b").test(1, 2));
        assertFalse(Relation.parse("a != b").test(2, 2));
        assertEquals("wmin < wmax", Relation.parse("  wmin   <  wmax ").toString());
    }

    @Test
    void nanSatisfiesNoRelation() {
        for (String op : new String[] {"<", "<=", ">", ">=", "!="}) {
            assertFalse(Relation.parse("a " + op + " b").test(Double.NaN, 1), op);
            assertFalse(Relation.parse("a " + op + " b").test(1, Double.NaN), op);
        }
    }

    @Test
    void onlyNameOperatorNameParses() {
        assertThrows(IllegalArgumentException.class, () -> Relation.parse("wmin < 1 + wmax"));
        assertThrows(IllegalArgumentException.class, () -> Relation.parse("wmin == wmax"));
        assertThrows(IllegalArgumentException.class, () -> Relation.parse("wmin"));
    }
}
