package org.metaspin.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsCodePointsAndTranspositions() {
        assertEquals(0, EditDistance.of("µm", "µm", false));
        assertEquals(1, EditDistance.of("µm", "um", false), "µ is one code point");
        assertEquals(1, EditDistance.of("ab", "ba", false), "a transposition counts one");
        assertEquals(3, EditDistance.of("", "abc", false));
        assertEquals(3, EditDistance.of("ca", "abc", false), "optimal string alignment: a transposed pair is not edited again (Damerau-Levenshtein gives 2)");
        assertEquals(1, EditDistance.of("\uD835\uDC00b", "\uD835\uDC01b", false), "a supplementary character is one code point");
    }

    @Test
    void caseMattersOnlyWhenAsked() {
        assertEquals(1, EditDistance.of("mA", "MA", false), "units are case-sensitive: milli- and mega-ampere");
        assertEquals(0, EditDistance.of("Print", "print", true), "names are suggested whatever their case");
        assertEquals(1, EditDistance.of("Tpyo", "tyPo", true), "a transposition is found across case");
    }
}
