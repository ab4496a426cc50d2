package org.metaspin.runtime.api;

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
}
