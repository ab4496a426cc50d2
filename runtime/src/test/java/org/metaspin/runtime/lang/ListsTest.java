package org.metaspin.runtime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.RuntimeFailure;

class ListsTest {
    @Test
    void tooManyValuesSaySoRatherThanAtLeastOne() {
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> Lists.linspace(0, 1, 10_000_000_000L));
        assertEquals(RuntimeFailure.Code.R0005, f.code());
        assertTrue(f.getMessage().contains("10000000000 values are more than a list can hold"), f.getMessage());
        f = assertThrows(RuntimeFailure.class, () -> Lists.geomspace(1, 2, 3_000_000_000L));
        assertTrue(f.getMessage().startsWith("geomspace: 3000000000 values"), f.getMessage());
        f = assertThrows(RuntimeFailure.class, () -> Lists.linspace(0, 1, 0));
        assertTrue(f.getMessage().contains("at least 1, got 0"), f.getMessage());
    }

    @Test
    void aRangeWhoseLengthOverflowsIsTooLong() {
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> Lists.range(Long.MIN_VALUE + 1, Long.MAX_VALUE));
        assertTrue(f.getMessage().contains("too long"), f.getMessage());
    }
}
