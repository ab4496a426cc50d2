package org.metaspin.runtime.units;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionNamesTest {
    static Dimension dim(String unit) { return UnitParser.parse(unit).dimension(); }

    @Test
    void allNamesOfTheSpec() {
        List<String> expected = List.of("Real", "Length", "Area", "Volume", "Time", "Frequency", "Mass", "Current",
            "Temperature", "Energy", "Power", "Charge", "Voltage", "Resistance", "Resistivity", "Capacitance",
            "Conductance", "MagneticField", "Magnetization", "FluxDensity", "CurrentDensity", "EnergyDensity",
            "SurfaceEnergy", "ExchangeStiffness", "ElectricField", "Velocity");
        assertEquals(expected, DimensionNames.names());
        assertEquals(expected.size(), DimensionNames.all().size());
    }

    @Test
    void byName() {
        assertEquals(Dimension.NONE, DimensionNames.byName("Real"));
        assertEquals(Dimension.LENGTH, DimensionNames.byName("Length"));
        assertEquals(dim("m^2"), DimensionNames.byName("Area"));
        assertEquals(dim("m^3"), DimensionNames.byName("Volume"));
        assertEquals(dim("1/s"), DimensionNames.byName("Frequency"));
        assertEquals(Dimension.MASS, DimensionNames.byName("Mass"));
        assertEquals(dim("kg*m^2/s^2"), DimensionNames.byName("Energy"));
        assertEquals(dim("J/s"), DimensionNames.byName("Power"));
        assertEquals(dim("A*s"), DimensionNames.byName("Charge"));
        assertEquals(dim("W/A"), DimensionNames.byName("Voltage"));
        assertEquals(dim("V/A"), DimensionNames.byName("Resistance"));
        assertEquals(dim("V*m/A"), DimensionNames.byName("Resistivity"));
        assertEquals(dim("C/V"), DimensionNames.byName("Capacitance"));
        assertEquals(dim("A/V"), DimensionNames.byName("Conductance"));
        assertEquals(dim("A/m"), DimensionNames.byName("MagneticField"));
        assertEquals(dim("A/m"), DimensionNames.byName("Magnetization"));
        assertEquals(dim("V*s/m^2"), DimensionNames.byName("FluxDensity"));
        assertEquals(dim("A/m^2"), DimensionNames.byName("CurrentDensity"));
        assertEquals(dim("Pa"), DimensionNames.byName("EnergyDensity"));
        assertEquals(dim("N/m"), DimensionNames.byName("SurfaceEnergy"));
        assertEquals(dim("N"), DimensionNames.byName("ExchangeStiffness"));
        assertEquals(dim("N/C"), DimensionNames.byName("ElectricField"));
        assertEquals(dim("m/s"), DimensionNames.byName("Velocity"));
        assertEquals(Dimension.CURRENT, DimensionNames.byName("Current"));
        assertEquals(Dimension.TEMPERATURE, DimensionNames.byName("Temperature"));
        assertEquals(Dimension.TIME, DimensionNames.byName("Time"));
        assertNull(DimensionNames.byName("length"));
        assertNull(DimensionNames.byName("Force"));
    }

    @Test
    void nameOfPrefersTheFirstAlias() {
        assertEquals("MagneticField", DimensionNames.nameOf(dim("A/m")));
        assertEquals("Real", DimensionNames.nameOf(Dimension.NONE));
        assertEquals("Length", DimensionNames.nameOf(dim("nm")));
        assertEquals("ExchangeStiffness", DimensionNames.nameOf(dim("N")));
        assertEquals("FluxDensity", DimensionNames.nameOf(dim("G")));
        for (String n : DimensionNames.names()) {
            if (!n.equals("Magnetization")) assertEquals(n, DimensionNames.nameOf(DimensionNames.byName(n)));
        }
    }

    @Test
    void unnamedDimensionsShowAsBracketedUnits() {
        assertEquals("[Wb]", DimensionNames.nameOf(dim("Wb")));
        assertEquals("[H]", DimensionNames.nameOf(dim("H")));
        assertEquals("[s^2*A*K/kg]", DimensionNames.nameOf(dim("K/T")));
        assertEquals("[1/s^2]", DimensionNames.nameOf(dim("1/s^2")));
        assertEquals("[m^4]", DimensionNames.nameOf(dim("m^4")));
        assertFalse(DimensionNames.isNamed(dim("m^4")));
        assertTrue(DimensionNames.isNamed(dim("m^3")));
    }

    @Test
    void shownNamesParseBack() {
        Dimension[] ds = {dim("Wb"), dim("K/T"), dim("m^4"), dim("A/m"), Dimension.NONE, dim("J/m"), dim("kg*m^2/(s^3*A^2*K)")};
        for (Dimension d : ds) assertEquals(d, DimensionNames.parseType(DimensionNames.nameOf(d)), d.toString());
        assertEquals(Dimension.LENGTH, DimensionNames.parseType("[nm]"));
        assertEquals(dim("A/m^2"), DimensionNames.parseType(" [A/m^2] "));
        assertThrows(IllegalArgumentException.class, () -> DimensionNames.parseType("Force"));
        assertThrows(IllegalArgumentException.class, () -> DimensionNames.parseType("[hm]"));
        assertThrows(IllegalArgumentException.class, () -> DimensionNames.parseType("[]"));
    }
}
