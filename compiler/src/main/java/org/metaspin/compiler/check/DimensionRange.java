package org.metaspin.compiler.check;

import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.Unit;

/**
 * Dimension arithmetic of the checker with its limit made a diagnostic: a dimension's
 * exponents are stored in one signed byte each (the packed form generated code carries), so
 * a product, quotient or power whose exponent leaves [-127, 127] ({@code 1 m^200},
 * {@code (1 m)^100 * (1 m)^100}) is E0208 at the expression. Each method returns null after
 * reporting, which callers treat like any other erroneous expression.
 */
final class DimensionRange {
    private DimensionRange() {}

    static Dimension times(Dimension a, Dimension b, boolean divide, Span at, Diagnostics diags) {
        long[] e = new long[Dimension.Base.values().length];
        for (Dimension.Base base : Dimension.Base.values()) {
            e[base.ordinal()] = (long) a.exponent(base) + (divide ? -b.exponent(base) : b.exponent(base));
        }
        return inRange(e, at, diags) ? (divide ? a.divide(b) : a.times(b)) : null;
    }

    static Dimension pow(Dimension d, long n, Span at, Diagnostics diags) {
        long[] e = new long[Dimension.Base.values().length];
        for (Dimension.Base base : Dimension.Base.values()) {
            int x = d.exponent(base);
            try {
                e[base.ordinal()] = Math.multiplyExact(x, n);
            } catch (ArithmeticException overflow) {
                e[base.ordinal()] = x > 0 == n > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            }
        }
        return inRange(e, at, diags) ? d.pow((int) n) : null;
    }

    /** {@code u} raised to {@code n}, or null after E0208; checked before the exact factor is computed. */
    static Unit pow(Unit u, int n, Span at, Diagnostics diags) {
        return pow(u.dimension(), n, at, diags) == null ? null : u.pow(n);
    }

    static Unit times(Unit a, Unit b, boolean divide, Span at, Diagnostics diags) {
        if (times(a.dimension(), b.dimension(), divide, at, diags) == null) return null;
        return divide ? a.divide(b) : a.times(b);
    }

    private static boolean inRange(long[] e, Span at, Diagnostics diags) {
        for (Dimension.Base base : Dimension.Base.values()) {
            long x = e[base.ordinal()];
            if (Math.abs(x) <= Dimension.MAX_EXPONENT) continue;
            String shown = x == Long.MAX_VALUE || x == Long.MIN_VALUE ? (x > 0 ? "beyond 2^63" : "beyond -2^63") : String.valueOf(x);
            diags.report(Diagnostic.of(Code.E0208, at, "the exponent of " + base.symbol + " in this dimension would be " + shown
                    + ", outside the -" + Dimension.MAX_EXPONENT + " to " + Dimension.MAX_EXPONENT + " a dimension can hold")
                    .withHelp("no physical quantity needs such a dimension; compute with dimensionless ratios "
                            + "(`x / (1 m)`) and attach the unit at the end"));
            return false;
        }
        return true;
    }
}
