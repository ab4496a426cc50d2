package org.metaspin.runtime.lang;

import org.metaspin.runtime.api.RuntimeFailure;

/** Failures that generated code raises, built here so the bytecode stays short. */
public final class Checks {
    private Checks() {}

    public static RuntimeFailure assertion(String message) {
        return new RuntimeFailure(RuntimeFailure.Code.R0001, message == null ? "assertion failed" : message);
    }

    public static RuntimeFailure unset(String name) {
        return RuntimeFailure.invalid("`" + name + "` is read before its definition has run");
    }

    /** `div` rounds toward negative infinity (§15). */
    public static long div(long a, long b) {
        if (b == 0) throw RuntimeFailure.invalid("division by zero in div(" + a + ", 0)");
        return Math.floorDiv(a, b);
    }

    public static long mod(long a, long b) {
        if (b == 0) throw RuntimeFailure.invalid("division by zero in mod(" + a + ", 0)");
        return Math.floorMod(a, b);
    }

    /** `floor`, `ceil` and `round` return an Int; a value outside its range is an error, not a wrap. */
    public static long toInt(double x) {
        if (Double.isNaN(x) || x >= 9.223372036854775807E18 || x < -9.223372036854775808E18) {
            throw RuntimeFailure.invalid("cannot convert " + x + " to an Int");
        }
        return (long) x;
    }

    public static long round(double x) {
        return toInt(Math.signum(x) * Math.floor(Math.abs(x) + 0.5));
    }
}
