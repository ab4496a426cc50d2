package org.metaspin.runtime.units;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class QuantityFormatTest {
    static String q(double v, String unit) {
        Unit u = UnitParser.parse(unit);
        return QuantityFormat.format(u.toSI(v), u.dimension());
    }

    static String r(double v) { return QuantityFormat.formatReal(v); }

    @Test
    void specExamples() {
        assertEquals("5 nm", q(5, "nm"));
        assertEquals("0.5", r(0.5));
        assertEquals("1.1e6 A/m", q(1.1e6, "A/m"));
        assertEquals("1e11 A/m^2", q(10, "MA/cm^2"));
        assertEquals("1e11 A/m^2", q(1e11, "A/m^2"));
        assertEquals("5 kg", q(5, "kg"));
        assertEquals("0 m", q(0, "m"));
        assertEquals("1 um", q(999.9996, "nm"));
        assertEquals("4.14195e-21 J", QuantityFormat.format(4.141947e-21, UnitParser.parse("J").dimension()));
        assertEquals("kg*m^2/(s^3*A^2*K)", QuantityFormat.displayUnit(Dimension.of(2, 1, -3, -2, -1, 0, 0)));
        assertEquals("1/s^2", QuantityFormat.displayUnit(Dimension.TIME.pow(-2)));
    }

    @Test
    void decidedPlainRuleOverridesTheExampleValue() {
        // §2.4's `2e5 J/m^3` is an example value; the 1e6 rule is normative.
        assertEquals("200000 J/m^3", q(2e5, "J/m^3"));
        assertEquals("1e6 J/m^3", q(1e6, "J/m^3"));
    }

    @Test
    void reals() {
        assertEquals("0", r(0));
        assertEquals("0", r(-0.0));
        assertEquals("1", r(1));
        assertEquals("-1", r(-1));
        assertEquals("3.14159", r(Math.PI));
        assertEquals("0.001", r(1e-3));
        assertEquals("1e-4", r(1e-4));
        assertEquals("9.99e-4", r(9.99e-4));
        assertEquals("999999", r(999999));
        assertEquals("1e6", r(999999.7), "rounded first, then the notation");
        assertEquals("1e6", r(1e6));
        assertEquals("1.1e6", r(1.1e6));
        assertEquals("2.5e-9", r(2.5e-9));
        assertEquals("-2.5e-9", r(-2.5e-9));
        assertEquals("1.23457e20", r(1.234567e20));
        assertEquals("1e-300", r(1e-300));
        assertEquals("4.9e-324", r(Double.MIN_VALUE));
        assertEquals("1.79769e308", r(Double.MAX_VALUE));
        assertEquals("1.00001", r(1.0000051));
        assertEquals("1.00001", r(1.0000050), "half-up on the decimal form");
        assertEquals("123457", r(123456.5));
        assertEquals("0.1", r(0.1));
        assertEquals("0.3", r(0.1 + 0.2));
        assertEquals("0.0015", r(1.5e-3));
        assertEquals("NaN", r(Double.NaN));
        assertEquals("inf", r(Double.POSITIVE_INFINITY));
        assertEquals("-inf", r(Double.NEGATIVE_INFINITY));
    }

    @Test
    void ints() {
        assertEquals("42", QuantityFormat.formatInt(42));
        assertEquals("-9223372036854775808", QuantityFormat.formatInt(Long.MIN_VALUE));
        assertEquals("1000000", QuantityFormat.formatInt(1_000_000));
    }

    @Test
    void everyNamedUnitTakesPrefixes() {
        String[] named = {"m", "s", "A", "K", "J", "W", "V", "Ohm", "T", "Hz", "C", "F", "S", "Wb", "H"};
        for (String u : named) {
            assertEquals("1.5 m" + u, q(1.5e-3, u), u);
            if (!u.equals("s")) assertEquals("20 k" + u, q(2e4, u), u);
            assertEquals("1 " + u, q(1, u), u);
            assertEquals("0 " + u, q(0, u), u);
            assertTrue(QuantityFormat.takesPrefix(UnitParser.parse(u).dimension()), u);
        }
        assertEquals("2 kOhm", q(2, "kΩ"));
        assertEquals("5 kOhm", q(5, "kOhm"));
    }

    @Test
    void allPrefixesFromAttoToExa() {
        String[] p = {"a", "f", "p", "n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
        for (int i = 0; i < p.length; i++) {
            double v = 12.5 * Math.pow(10, -18 + 3 * i);
            assertEquals("12.5 " + p[i] + "m", QuantityFormat.format(v, Dimension.LENGTH), p[i]);
        }
        assertEquals("1 am", QuantityFormat.format(1e-18, Dimension.LENGTH));
        assertEquals("999 Em", QuantityFormat.format(999e18, Dimension.LENGTH));
        assertEquals("1e21 m", QuantityFormat.format(999.9999e18, Dimension.LENGTH), "rounding pushes past E");
        assertEquals("1 as", QuantityFormat.format(0.9999999e-18, Dimension.TIME), "rounding pulls into a");
        assertEquals("5e-19 s", QuantityFormat.format(5e-19, Dimension.TIME));
        assertEquals("1.5e22 m", QuantityFormat.format(1.5e22, Dimension.LENGTH));
    }

    @Test
    void roundingAndPrefixBoundaries() {
        assertEquals("1 um", q(999.9996, "nm"));
        assertEquals("999.999 nm", q(999.9994, "nm"));
        assertEquals("1 m", q(1, "m"));
        assertEquals("999 mm", q(999, "mm"));
        assertEquals("1.1 nm", q(1.1, "nm"));
        assertEquals("100 nm", q(100, "nm"));
        assertEquals("123.457 nm", q(123.4567, "nm"));
        assertEquals("-3 ns", q(-3, "ns"));
        assertEquals("-1 um", q(-999.9996, "nm"));
        assertEquals("20 mT", q(20, "mT"));
        assertEquals("2 mT", q(20, "G"));
        assertEquals("10 ms", q(10, "ms"));
        assertEquals("60 s", q(1, "min"));
        assertEquals("3600 s", q(1, "h"), "§2.4: a Time of 1000 s or more prints in s");
        assertEquals("999 s", q(999, "s"));
        assertEquals("1000 s", q(999.9996, "s"), "rounded to 1000: seconds, not 1 ks");
        assertEquals("5.89342e13 s", q(5.89342e13, "s"));
        assertEquals("-7200 s", q(-2, "h"));
        assertEquals("2 GHz", q(2, "GHz"));
        assertEquals("1 mHz", q(1, "mHz"));
    }

    @Test
    void eVExample() {
        // 0.6 eV = 9.61306e-20 J: zepto is outside a..E, so exponent notation with bare J.
        assertEquals("9.61306e-20 J", q(0.6, "eV"));
    }

    @Test
    void mass() {
        assertEquals("5 kg", q(5, "kg"));
        assertEquals("20 mg", q(20, "mg"));
        assertEquals("1 g", q(1, "g"));
        assertEquals("1 kg", q(1000, "g"));
        assertEquals("0 g", q(0, "kg"));
        assertEquals("2 Mg", q(2000, "kg"));
        assertEquals("NaN g", QuantityFormat.format(Double.NaN, Dimension.MASS));
    }

    @Test
    void displayUnitsWithoutPrefix() {
        assertEquals("0.0013 J/m^2", q(1.3, "mJ/m^2"));
        assertEquals("4e-4 J/m^2", q(0.4, "mJ/m^2"));
        assertEquals("15 pJ/m", q(15, "pJ/m"), "§15: force prints as an exchange stiffness");
        assertEquals("2 J/m", q(2, "N"));
        assertEquals("2e-7 Ohm*m", q(20, "uOhm*cm"));
        assertEquals("1e6 V/m", q(1, "MV/m"));
        assertEquals("300 m/s", q(300, "m/s"));
        assertEquals("5.02655e-15 m^2", QuantityFormat.format(Math.PI * 40e-9 * 40e-9, Dimension.LENGTH.pow(2)));
        assertEquals("5.5292e-24 m^3", QuantityFormat.format(Math.PI * 40e-9 * 40e-9 * 1.1e-9, Dimension.LENGTH.pow(3)));
        assertEquals("79.5775 A/m", q(1, "Oe"));
        assertEquals("1e7 J/m^3", q(10, "MPa"), "pressure prints as energy density");
        assertEquals("0 A/m^2", q(0, "A/m^2"));
        assertEquals("-inf J/m^3", QuantityFormat.format(Double.NEGATIVE_INFINITY, UnitParser.parse("J/m^3").dimension()));
        assertEquals("inf m", QuantityFormat.format(Double.POSITIVE_INFINITY, Dimension.LENGTH));
        assertFalse(QuantityFormat.takesPrefix(UnitParser.parse("A/m").dimension()));
    }

    @Test
    void forceAndExchangeStiffnessPrintAsJoulePerMetre() {
        assertEquals("1 nJ/m", q(1, "nN"));
        assertEquals("J/m", QuantityFormat.displayUnit(UnitParser.parse("N").dimension()));
        assertTrue(QuantityFormat.takesPrefix(UnitParser.parse("J/m").dimension()));
    }

    @Test
    void baseUnitFormForOtherDimensions() {
        assertEquals("2.5 kg*m^2/(s^3*A^2*K)", QuantityFormat.format(2.5, Dimension.of(2, 1, -3, -2, -1, 0, 0)));
        assertEquals("1e12 1/s^2", QuantityFormat.format(1e12, Dimension.TIME.pow(-2)));
        assertEquals("3 s^2*A*K/kg", QuantityFormat.format(3, UnitParser.parse("K/T").dimension()));
        assertEquals("1.76086e11 s*A/kg", QuantityFormat.format(1.76085963023e11, UnitParser.parse("rad/(s*T)").dimension()));
        assertEquals("7 mol", QuantityFormat.format(7, Dimension.AMOUNT));
        assertEquals("1 cd", QuantityFormat.format(1, Dimension.LUMINOSITY));
    }

    @Test
    void dimensionlessAndPacked() {
        assertEquals("0.5", QuantityFormat.format(0.5, Dimension.NONE));
        assertEquals("0.01", q(1, "%"));
        assertEquals("", QuantityFormat.displayUnit(Dimension.NONE));
        assertEquals("5 nm", QuantityFormat.format(5e-9, Dimension.LENGTH.pack()));
        assertEquals("1.1e6 A/m", QuantityFormat.format(1.1e6, UnitParser.parse("A/m").dimension().pack()));
    }
}
