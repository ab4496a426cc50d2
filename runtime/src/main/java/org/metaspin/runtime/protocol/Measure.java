package org.metaspin.runtime.protocol;

import org.metaspin.runtime.units.Unit;
import org.metaspin.runtime.units.UnitParser;
import org.metaspin.runtime.units.UnitTable;

/**
 * A recorded value in SI with its packed dimension, as a run's final records are compared
 * across runs (a sweep's summary picks one display unit per column).
 */
record Measure(double si, long dim) {
    /** A value shown in {@code unit} (run.json's {@code {"value", "unit"}}) back in SI. */
    static Measure parse(double value, String unit) {
        if (unit.isEmpty()) return new Measure(value, 0);
        try {
            Unit u = UnitParser.parse(unit);
            return new Measure(u.toSI(value), u.dimension().pack());
        } catch (RuntimeException e) {
            return new Measure(value, 0);
        }
    }

    /** As run.json writes it: a plain number, or value and unit. */
    Object json() {
        if (dim == 0) return si;
        DisplayUnit u = DisplayUnit.of(dim, si);
        return RunArguments.withUnit(u.show(si), u.unit());
    }
}
