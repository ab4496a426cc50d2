package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.RuntimeFailure;

/** Argument checks shared by the physics builtins: every failure is R0005 naming the value. */
final class ArgumentChecks {
    private ArgumentChecks() {}

    static void hiddenState(String who, double h) {
        if (!(h >= 0 && h <= 1)) throw RuntimeFailure.invalid(who + ": the hidden state h = " + h + " is outside [0, 1]");
    }

    static void duration(String who, String what, double t) {
        if (!(t >= 0) || Double.isInfinite(t)) throw RuntimeFailure.invalid(who + ": the " + what + " " + t + " s must be finite and >= 0");
    }

    static void finite(String who, String what, double x) {
        if (!Double.isFinite(x)) throw RuntimeFailure.invalid(who + ": the " + what + " " + x + " is not a finite number");
    }

    /** "material Pt" -> "Pt": the bare name for messages about a part of a device. */
    static String bareName(String described) {
        int space = described.indexOf(' ');
        return space < 0 ? described : described.substring(space + 1);
    }
}
