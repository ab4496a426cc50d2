package org.metaspin.runtime.lang;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.metaspin.runtime.api.Constraint;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.QuantityFormat;

/** Failures that generated code raises, built here so the bytecode stays short. */
public final class Checks {
    private Checks() {}

    private static final Map<String, Constraint> CONSTRAINTS = new ConcurrentHashMap<>();

    /**
     * A builtin's argument against its parameter's {@code @Param(check)}, before the call: the
     * value itself, or R0005 naming the parameter ({@code what}: "`h` of `gate`") with the
     * value in its display unit ({@code dim}: its packed dimension).
     */
    public static double param(double v, String constraint, String what, long dim) {
        Constraint c = CONSTRAINTS.computeIfAbsent(constraint, Constraint::parse);
        if (c.test(v)) return v;
        throw RuntimeFailure.invalid(what + " must be " + c.described() + ", but is " + QuantityFormat.format(v, dim));
    }

    /** {@link #param(double, String, String, long)} for an {@code Int} parameter. */
    public static long param(long v, String constraint, String what) {
        Constraint c = CONSTRAINTS.computeIfAbsent(constraint, Constraint::parse);
        if (c.test(v)) return v;
        throw RuntimeFailure.invalid(what + " must be " + c.described() + ", but is " + v);
    }

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
