package org.metaspin.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.metaspin.compiler.code.Type;

/** JVM locals: a long or double takes two slots, an int index one (JVMS §2.6.1). */
class SlotsTest {
    @Test
    void slotsFollowTheSizesOfTheJvmTypes() {
        Slots s = new Slots();
        s.reserve(2);
        assertEquals(2, s.temp(Type.INT));
        assertEquals(4, s.tempIndex());
        assertEquals(5, s.temp(Type.REAL));
        assertEquals(7, s.temp(Type.BOOL));
        assertEquals(8, s.temp(Type.STRING));
        assertEquals(9, s.mark());
    }

    @Test
    void aReleasedBlockIsReused() {
        Slots s = new Slots();
        int mark = s.mark();
        s.temp(Type.INT);
        s.tempIndex();
        s.release(mark);
        assertEquals(0, s.tempIndex());
    }
}
