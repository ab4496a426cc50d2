package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * Argument checks shared by the physics builtins: every failure is R0005 naming the value, as
 * print shows it (§2.4), and the dimensions their messages print values in.
 */
final class ArgumentChecks {
    private ArgumentChecks() {}

    static final Dimension ENERGY_DENSITY = Dimension.MASS.divide(Dimension.LENGTH).divide(Dimension.TIME.pow(2));
    static final Dimension FLUX_DENSITY = Dimension.MASS.divide(Dimension.TIME.pow(2)).divide(Dimension.CURRENT);
    static final Dimension VOLTAGE = Dimension.MASS.times(Dimension.LENGTH.pow(2)).divide(Dimension.TIME.pow(3)).divide(Dimension.CURRENT);

    /** "T = 700 K is at or above the Curie temperature Tc = 675 K", the values as print shows them. */
    static String atOrAboveCurie(double t, double tc) {
        return "T = " + QuantityFormat.format(t, Dimension.TEMPERATURE) + " is at or above the Curie temperature Tc = "
                + QuantityFormat.format(tc, Dimension.TEMPERATURE);
    }

    static void hiddenState(String who, double h) {
        if (!(h >= 0 && h <= 1)) throw RuntimeFailure.invalid(who + ": the hidden state h = " + QuantityFormat.formatReal(h) + " is outside [0, 1]");
    }

    static void duration(String who, String what, double t) {
        if (!(t >= 0) || Double.isInfinite(t)) throw RuntimeFailure.invalid(who + ": the " + what + " " + QuantityFormat.format(t, Dimension.TIME) + " must be finite and >= 0");
    }

    static void finite(String who, String what, double x) {
        if (!Double.isFinite(x)) throw RuntimeFailure.invalid(who + ": the " + what + " " + QuantityFormat.formatReal(x) + " is not a finite number");
    }

    /** "material Pt" -> "Pt": the bare name for messages about a part of a device. */
    static String bareName(String described) {
        int space = described.indexOf(' ');
        return space < 0 ? described : described.substring(space + 1);
    }
}
