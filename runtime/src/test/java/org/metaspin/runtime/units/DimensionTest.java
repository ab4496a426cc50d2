package org.metaspin.runtime.units;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DimensionTest {
    static final Dimension L = Dimension.LENGTH, M = Dimension.MASS, T = Dimension.TIME, I = Dimension.CURRENT;

    @Test
    void arithmetic() {
        Dimension area = L.times(L);
        assertEquals(Dimension.of(2, 0, 0, 0, 0, 0, 0), area);
        assertEquals(L, area.divide(L));
        assertEquals(Dimension.of(-3, 0, 0, 0, 0, 0, 0), L.pow(-3));
        assertEquals(Dimension.NONE, L.pow(0));
        assertEquals(L, area.root(2));
        assertNull(L.pow(3).root(2));
        assertEquals(Dimension.of(-1, 0, 0, 0, 0, 0, 0), L.pow(-2).root(2));
        assertTrue(L.divide(L).isNone());
        assertFalse(L.isNone());
        assertEquals(1, Dimension.of(Dimension.Base.AMOUNT).exponent(Dimension.Base.AMOUNT));
        assertSame(Dimension.Base.LUMINOSITY, Dimension.Base.values()[6]);
    }

    @Test
    void equalityIsByValue() {
        Dimension a = M.times(L).divide(T.pow(2));
        Dimension b = Dimension.of(1, 1, -2, 0, 0, 0, 0);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.times(L));
        assertNotEquals(a, "N");
    }

    @Test
    void exponentRangeIsGuarded() {
        assertThrows(ArithmeticException.class, () -> L.pow(128));
        assertEquals(127, L.pow(127).exponent(Dimension.Base.LENGTH));
        assertThrows(ArithmeticException.class, () -> L.pow(127).times(L));
        assertThrows(ArithmeticException.class, () -> L.pow(Integer.MAX_VALUE).pow(2));
        assertThrows(ArithmeticException.class, () -> L.root(0));
    }

    @Test
    void packRoundTrips() {
        assertEquals(0L, Dimension.NONE.pack());
        assertEquals(1L, L.pack());
        assertEquals(1L << 8, M.pack());
        assertEquals(0xFFL << 16, T.pow(-1).pack());
        Random r = new Random(42);
        for (int k = 0; k < 2000; k++) {
            int[] e = new int[7];
            for (int i = 0; i < 7; i++) e[i] = r.nextInt(255) - 127;
            Dimension d = Dimension.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6]);
            long p = d.pack();
            assertEquals(0, p >>> 56, "top byte stays free");
            assertEquals(d, Dimension.unpack(p));
        }
        assertThrows(IllegalArgumentException.class, () -> Dimension.unpack(1L << 56));
        assertThrows(ArithmeticException.class, () -> Dimension.unpack(0x80L), "-128 is outside the symmetric range");
    }

    @Test
    void baseUnitForm() {
        assertEquals("1", Dimension.NONE.toString());
        assertEquals("m", L.toString());
        assertEquals("kg*m^2/(s^3*A)", Dimension.of(2, 1, -3, -1, 0, 0, 0).toString());
        assertEquals("1/s^2", T.pow(-2).toString());
        assertEquals("1/s", T.pow(-1).toString());
        assertEquals("m/s", L.divide(T).toString());
        assertEquals("kg*m*s*A*K*mol*cd", Dimension.of(1, 1, 1, 1, 1, 1, 1).toString());
        assertEquals("1/(kg*m*s*A*K*mol*cd)", Dimension.of(-1, -1, -1, -1, -1, -1, -1).toString());
        assertEquals("s^2*A*K/kg", Dimension.of(0, -1, 2, 1, 1, 0, 0).toString());
    }

    @Test
    void baseUnitFormParsesBack() {
        Random r = new Random(7);
        for (int k = 0; k < 300; k++) {
            int[] e = new int[7];
            for (int i = 0; i < 7; i++) e[i] = r.nextInt(9) - 4;
            Dimension d = Dimension.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6]);
            Unit u = UnitParser.parse(d.toString());
            assertEquals(d, u.dimension(), d.toString());
            assertEquals(1.0, u.scale(), d.toString());
        }
    }
}
