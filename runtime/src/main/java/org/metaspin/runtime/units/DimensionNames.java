package org.metaspin.runtime.units;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named dimension types of LANGUAGE.md §2.2. Names are aliases: two names of one
 * dimension are one type.
 *
 * <p>{@link #nameOf} picks the name a message shows. Where two names share a dimension the
 * first in §2.2 order wins, so A/m is shown as {@code MagneticField} (not
 * {@code Magnetization}). A dimension without a name is shown as the bracketed-unit type
 * syntax of §2.2 with its display unit ({@link QuantityFormat#displayUnit}): {@code [Wb]},
 * {@code [kg*m^2/(s^3*A^2*K)]}. Every shown name is therefore valid type syntax that
 * {@link #parseType} reads back to the same dimension.
 */
public final class DimensionNames {
    private DimensionNames() {}

    private static final Map<String, Dimension> BY_NAME = new LinkedHashMap<>();
    private static final Map<Dimension, String> NAME = new LinkedHashMap<>();

    private static void put(String name, String unit) {
        Dimension d = unit.isEmpty() ? Dimension.NONE : UnitParser.parse(unit).dimension();
        BY_NAME.put(name, d);
        NAME.putIfAbsent(d, name);
    }

    static {
        put("Real", "");
        put("Length", "m");
        put("Area", "m^2");
        put("Volume", "m^3");
        put("Time", "s");
        put("Frequency", "Hz");
        put("Mass", "kg");
        put("Current", "A");
        put("Temperature", "K");
        put("Energy", "J");
        put("Power", "W");
        put("Charge", "C");
        put("Voltage", "V");
        put("Resistance", "Ohm");
        put("Resistivity", "Ohm*m");
        put("Capacitance", "F");
        put("Conductance", "S");
        put("MagneticField", "A/m");
        put("Magnetization", "A/m");
        put("FluxDensity", "T");
        put("CurrentDensity", "A/m^2");
        put("EnergyDensity", "J/m^3");
        put("SurfaceEnergy", "J/m^2");
        put("ExchangeStiffness", "J/m");
        put("ElectricField", "V/m");
        put("Velocity", "m/s");
    }

    /** The dimension a type name denotes, or null when it is not one of §2.2. */
    public static Dimension byName(String name) { return BY_NAME.get(name); }

    /** The name shown for a dimension in messages and in the REPL ({@code 10 nm : Length}). */
    public static String nameOf(Dimension d) {
        String n = NAME.get(d);
        return n != null ? n : "[" + QuantityFormat.displayUnit(d) + "]";
    }

    /** Whether the dimension has a §2.2 name. */
    public static boolean isNamed(Dimension d) { return NAME.containsKey(d); }

    /** All names of §2.2, in its order. */
    public static List<String> names() { return List.copyOf(BY_NAME.keySet()); }

    /** Every name with its dimension, in §2.2 order. */
    public static Map<String, Dimension> all() { return Collections.unmodifiableMap(BY_NAME); }

    /**
     * A dimension type as written: a §2.2 name or a bracketed unit ({@code [A/m^2]},
     * {@code [nm]}: the scale is irrelevant).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Dimension parseType(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("[") && t.endsWith("]")) return UnitParser.parse(t.substring(1, t.length() - 1)).dimension();
        Dimension d = byName(t);
        if (d == null) throw new IllegalArgumentException("unknown dimension type `" + t + "`");
        return d;
    }
}
