package org.metaspin.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConstraintTest {
    @Test
    void boundsIntervalsAndExclusions() {
        Constraint positive = Constraint.parse("> 0");
        assertTrue(positive.test(1e-12));
        assertFalse(positive.test(0));
        assertFalse(positive.test(Double.NaN));
        Constraint damping = Constraint.parse("(0, 1]");
        assertTrue(damping.test(1));
        assertFalse(damping.test(0));
        assertFalse(damping.test(1.01));
    }

    @Test
    void conjunctionTakesEveryPart() {
        // the gate's levels: 0 (continuous) or n >= 2
        Constraint levels = Constraint.parse(">= 0 and != 1");
        assertTrue(levels.test(0));
        assertTrue(levels.test(2));
        assertFalse(levels.test(1));
        assertFalse(levels.test(-2));
        Constraint both = Constraint.parse("> 0 and < 10");
        assertTrue(both.test(5));
        assertFalse(both.test(10));
        assertFalse(both.test(0));
    }

    @Test
    void finiteRejectsInfinitiesAndCombines() {
        Constraint finite = Constraint.parse("finite");
        assertTrue(finite.test(-1e308));
        assertFalse(finite.test(Double.POSITIVE_INFINITY));
        assertFalse(finite.test(Double.NEGATIVE_INFINITY));
        Constraint rate = Constraint.parse("> 0 and finite");
        assertTrue(rate.test(1e300));
        assertFalse(rate.test(Double.POSITIVE_INFINITY));
        assertFalse(rate.test(0));
        // the order of the parts does not matter
        assertFalse(Constraint.parse("finite and >= 0").test(Double.POSITIVE_INFINITY));
        assertTrue(Constraint.parse("finite and >= 0").test(0));
        assertEquals("> 0 and finite", rate.described());
    }
}
