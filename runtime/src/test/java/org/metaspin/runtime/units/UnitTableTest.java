package org.metaspin.runtime.units;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitTableTest {
    static final Dimension L = Dimension.LENGTH, M = Dimension.MASS, T = Dimension.TIME, I = Dimension.CURRENT;
    static final Dimension ENERGY = M.times(L.pow(2)).divide(T.pow(2));
    static final Dimension TESLA = M.divide(T.pow(2)).divide(I);

    static void unit(String sym, double scale, Dimension dim) {
        Unit u = UnitTable.lookup(sym);
        assertNotNull(u, sym);
        assertEquals(scale, u.scale(), Math.abs(scale) * 1e-15, sym);
        assertEquals(dim, u.dimension(), sym);
        assertEquals(sym, u.symbol());
    }

    @Test
    void everyPlainSymbol() {
        unit("m", 1, L);
        unit("g", 1e-3, M);
        unit("kg", 1, M);
        unit("s", 1, T);
        unit("A", 1, I);
        unit("K", 1, Dimension.TEMPERATURE);
        unit("mol", 1, Dimension.AMOUNT);
        unit("cd", 1, Dimension.LUMINOSITY);
        unit("Hz", 1, T.pow(-1));
        unit("N", 1, M.times(L).divide(T.pow(2)));
        unit("Pa", 1, M.divide(L).divide(T.pow(2)));
        unit("J", 1, ENERGY);
        unit("W", 1, ENERGY.divide(T));
        unit("C", 1, I.times(T));
        unit("V", 1, ENERGY.divide(T).divide(I));
        unit("F", 1, I.times(T).divide(ENERGY.divide(T).divide(I)));
        unit("Ohm", 1, ENERGY.divide(T).divide(I.pow(2)));
        unit("Ω", 1, ENERGY.divide(T).divide(I.pow(2)));
        unit("S", 1, ENERGY.divide(T).divide(I.pow(2)).pow(-1));
        unit("Wb", 1, TESLA.times(L.pow(2)));
        unit("T", 1, TESLA);
        unit("H", 1, ENERGY.divide(I.pow(2)));
        unit("eV", 1.602176634e-19, ENERGY);
        unit("rad", 1, Dimension.NONE);
        unit("deg", Math.PI / 180, Dimension.NONE);
        unit("%", 0.01, Dimension.NONE);
        unit("min", 60, T);
        unit("h", 3600, T);
        unit("Oe", 1000 / (4 * Math.PI), I.divide(L));
        unit("G", 1e-4, TESLA);
        unit("emu", 1e-3, I.times(L.pow(2)));
        unit("erg", 1e-7, ENERGY);
        unit("day", 86400, T);
        unit("yr", 365.25 * 86400, T);
        assertEquals(34, UnitTable.baseSymbols().size());
    }

    @Test
    void exactDecimalFactors() {
        assertEquals(1.602176634e-19, UnitTable.lookup("eV").scale());
        assertEquals(1e-9, UnitTable.lookup("nm").scale());
        assertEquals(1e-6, UnitTable.lookup("mg").scale());
        assertEquals(1.602176634e-22, UnitTable.lookup("meV").scale());
        assertEquals(1e-4, UnitTable.lookup("G").scale());
    }

    @Test
    void prefixes() {
        unit("nm", 1e-9, L);
        unit("mm", 1e-3, L);
        unit("cm", 1e-2, L);
        unit("dm", 1e-1, L);
        unit("km", 1e3, L);
        unit("um", 1e-6, L);
        unit("µm", 1e-6, L);
        unit("μm", 1e-6, L);
        unit("ms", 1e-3, T);
        unit("ns", 1e-9, T);
        unit("ps", 1e-12, T);
        unit("fs", 1e-15, T);
        unit("as", 1e-18, T);
        unit("mT", 1e-3, TESLA);
        unit("GHz", 1e9, T.pow(-1));
        unit("kOe", 1e6 / (4 * Math.PI), I.divide(L));
        unit("mJ", 1e-3, ENERGY);
        unit("MA", 1e6, I);
        unit("uA", 1e-6, I);
        unit("kOhm", 1e3, ENERGY.divide(T).divide(I.pow(2)));
        unit("MΩ", 1e6, ENERGY.divide(T).divide(I.pow(2)));
        unit("mrad", 1e-3, Dimension.NONE);
        unit("memu", 1e-6, I.times(L.pow(2)));
        unit("mG", 1e-7, TESLA);
        unit("mmol", 1e-3, Dimension.AMOUNT);
        unit("qm", 1e-30, L);
        unit("rm", 1e-27, L);
        unit("ym", 1e-24, L);
        unit("zm", 1e-21, L);
        unit("Em", 1e18, L);
        unit("Zm", 1e21, L);
        unit("Ym", 1e24, L);
        unit("Rm", 1e27, L);
        unit("Qm", 1e30, L);
        unit("TW", 1e12, ENERGY.divide(T));
        unit("PJ", 1e15, ENERGY);
        unit("Mg", 1e3, M);
        unit("ug", 1e-9, M);
        assertEquals(24, UnitTable.prefixes().size());
    }

    @Test
    void exactMatchWinsAndAmbiguitiesAreDecided() {
        unit("m", 1, L);          // metre, not milli-nothing
        unit("min", 60, T);       // minute
        unit("Pa", 1, M.divide(L).divide(T.pow(2)));
        unit("PA", 1e15, I);      // peta-ampere: case matters
        unit("T", 1, TESLA);      // tesla, not tera
        unit("Ts", 1e12, T);
        unit("G", 1e-4, TESLA);   // gauss, not giga
        unit("Gs", 1e9, T);       // gigasecond
        unit("GT", 1e9, TESLA);
        unit("kG", 0.1, TESLA);
        unit("h", 3600, T);       // hour
        unit("cd", 1, Dimension.LUMINOSITY);
        unit("kg", 1, M);
        unit("Ecd", 1e18, Dimension.LUMINOSITY);
    }

    @Test
    void rejected() {
        for (String s : new String[] {"hm", "dam", "da", "mkg", "kkg", "m%", "kh", "ms2", "mmin", "mdeg", "kyr", "mday", "", "x", "nn", "M m", "Ohms", "ohm", "mm^2", "u", "µ"}) {
            assertNull(UnitTable.lookup(s), s);
            assertFalse(UnitTable.isUnitSymbol(s), s);
        }
        assertTrue(UnitTable.isUnitSymbol("nm"));
    }

    @Test
    void symbolsListsEverythingLookupAccepts() {
        var all = UnitTable.symbols();
        assertEquals(34 + 24 * 27 - 1, all.size(), "k + g is the plain kg; min, h, day, yr, kg, %, deg take no prefix");
        for (String s : all) assertNotNull(UnitTable.lookup(s), s);
        assertTrue(all.contains("nm") && all.contains("kOe") && all.contains("%"));
        assertFalse(all.contains("m%") || all.contains("mkg") || all.contains("kh"));
        assertEquals("m", all.iterator().next());
        assertThrows(UnsupportedOperationException.class, () -> all.add("x"));
    }

    @Test
    void suggestions() {
        assertEquals("nm", UnitTable.suggest("nx"));
        assertEquals("nN", UnitTable.suggest("nn"), "a case-insensitive match beats a closer-looking typo");
        assertEquals("Hz", UnitTable.suggest("nz"), "plain symbols before prefixed ones");
        assertEquals("meV", UnitTable.suggest("mev"));
        assertEquals("MeV", UnitTable.suggest("MEV"));
        assertEquals("Ohm", UnitTable.suggest("ohm"));
        assertEquals("Ohm", UnitTable.suggest("Ohms"));
        assertEquals("mol", UnitTable.suggest("mole"));
        assertEquals("kOe", UnitTable.suggest("kOE"));
        assertEquals("Ohm", UnitTable.suggest("Ohn"));
        assertEquals("erg", UnitTable.suggest("ergs"));
        assertNotNull(UnitTable.suggest("hm"));
        assertTrue(UnitTable.isUnitSymbol(UnitTable.suggest("hm")));
        assertNull(UnitTable.suggest("banana"));
        assertNull(UnitTable.suggest("xyzw"));
        assertNull(UnitTable.suggest(""));
        assertNotEquals("nm", UnitTable.suggest("nm"), "never suggests the word itself");
    }

    static void parses(String expr, double scale, Dimension dim) {
        Unit u = UnitParser.parse(expr);
        assertEquals(scale, u.scale(), Math.abs(scale) * 1e-15, expr);
        assertEquals(dim, u.dimension(), expr);
    }

    @Test
    void parseExpressions() {
        parses("J/m^3", 1, ENERGY.divide(L.pow(3)));
        parses("A*m^2", 1, I.times(L.pow(2)));
        parses("mJ/m^2", 1e-3, ENERGY.divide(L.pow(2)));
        parses("MA/cm^2", 1e10, I.divide(L.pow(2)));
        parses("1/s", 1, T.pow(-1));
        parses("K/T", 1, Dimension.TEMPERATURE.divide(TESLA));
        parses("Ohm*m", 1, ENERGY.divide(T).divide(I.pow(2)).times(L));
        parses("kg*m^2/(s^3*A)", 1, ENERGY.divide(T).divide(I));
        parses("rad/(s*T)", 1, T.times(TESLA).pow(-1));
        parses("K/(A^2*s)", 1, Dimension.TEMPERATURE.divide(I.pow(2)).divide(T));
        parses("um^2", 1e-12, L.pow(2));
        parses("m^-1", 1, L.pow(-1));
        parses("m^(-3)", 1, L.pow(-3));
        parses("s^0", 1, Dimension.NONE);
        parses("A·m^2", 1, I.times(L.pow(2)));
        parses(" J / m ^ 3 ", 1, ENERGY.divide(L.pow(3)));
        parses("J/m*K", 1, ENERGY.divide(L).times(Dimension.TEMPERATURE));
        parses("(m/s)^2", 1, L.divide(T).pow(2));
        parses("%", 0.01, Dimension.NONE);
        parses("1", 1, Dimension.NONE);
        parses("kOe", 1e6 / (4 * Math.PI), I.divide(L));
        parses("1/ns", 1e9, T.pow(-1));
        assertEquals("mJ/m^2", UnitParser.parse(" mJ/m^2 ").symbol());
    }

    @Test
    void foldingIsExact() {
        assertEquals(1e11, UnitParser.parse("MA/cm^2").toSI(10));
        assertEquals(5e-9, UnitParser.parse("nm").toSI(5));
        assertEquals(1.3e-3, UnitParser.parse("mJ/m^2").toSI(1.3));
        assertEquals(4e-12, UnitParser.parse("um^2").toSI(4));
        assertEquals(0.6 * 1.602176634e-19, UnitParser.parse("eV").toSI(0.6), 1e-34);
        assertEquals(5e-9, UnitParser.parse("m").fromSI(5e-9));
        assertEquals(5, UnitParser.parse("nm").fromSI(5e-9));
        assertEquals(10, UnitParser.parse("MA/cm^2").fromSI(1e11));
        assertEquals(Double.POSITIVE_INFINITY, UnitParser.parse("nm").toSI(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(UnitParser.parse("nm").fromSI(Double.NaN)));
        assertEquals(-2e-3, UnitParser.parse("mA").toSI(-2));
    }

    @Test
    void parseErrorsAreClear() {
        Map<String, String> bad = Map.of(
            "", "empty unit expression",
            "J/", "expected a unit symbol at position 3",
            "J/xyz", "unknown unit `xyz`",
            "mev", "did you mean `meV`?",
            "m^", "expected an integer exponent",
            "m^x", "expected an integer exponent",
            "(m", "expected `)`",
            "m)", "unexpected `)`",
            "m^99999999999", "exponent too large",
            "2 m", "expected a unit symbol, found `2`");
        bad.forEach((in, msg) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitParser.parse(in), in);
            assertTrue(e.getMessage().contains(msg), in + " -> " + e.getMessage());
        });
        assertThrows(IllegalArgumentException.class, () -> UnitParser.parse("hm"));
        assertThrows(IllegalArgumentException.class, () -> UnitParser.parse("m m"));
        assertThrows(IllegalArgumentException.class, () -> UnitParser.parse("m^(2"));
    }

    @Test
    void parseDimension() {
        assertEquals(Dimension.NONE, UnitParser.parseDimension(""));
        assertEquals(L, UnitParser.parseDimension("nm"));
    }

    @Test
    void unitAlgebraAndEquality() {
        Unit nm = UnitTable.lookup("nm");
        Unit area = nm.times(nm);
        assertEquals(1e-18, area.scale());
        assertEquals("nm*nm", area.symbol());
        assertEquals(UnitTable.lookup("nm").pow(2).dimension(), area.dimension());
        assertEquals(Unit.of("x", 1.0, L), Unit.of("x", 1, L));
        assertEquals(Unit.of("x", 1.0, L).hashCode(), new Unit("x", new java.math.BigDecimal("1.00"), L).hashCode());
        assertNotEquals(Unit.of("x", 2, L), Unit.of("x", 1, L));
        assertThrows(IllegalArgumentException.class, () -> Unit.of("x", 0, L));
        assertThrows(IllegalArgumentException.class, () -> Unit.of("x", -1, L));
    }
}
