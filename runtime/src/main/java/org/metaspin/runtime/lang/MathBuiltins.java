package org.metaspin.runtime.lang;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;

/**
 * The dimensionless mathematical functions of §2.3. Functions whose result dimension
 * follows their argument ({@code abs}, {@code min}, {@code max}, {@code sqrt}) are typed by
 * the compiler itself, which knows the rule, and also land here.
 */
public final class MathBuiltins {
    private MathBuiltins() {}

    @Builtin(doc = "e raised to a dimensionless power.")
    public static double exp(@Param(name = "x") double x) { return Math.exp(x); }

    @Builtin(doc = "Natural logarithm of a dimensionless number.")
    public static double log(@Param(name = "x") double x) { return Math.log(x); }

    @Builtin(doc = "Base-10 logarithm of a dimensionless number.")
    public static double log10(@Param(name = "x") double x) { return Math.log10(x); }

    @Builtin(doc = "Sine of an angle in radians.")
    public static double sin(@Param(name = "x") double x) { return Math.sin(x); }

    @Builtin(doc = "Cosine of an angle in radians.")
    public static double cos(@Param(name = "x") double x) { return Math.cos(x); }

    @Builtin(doc = "Tangent of an angle in radians.")
    public static double tan(@Param(name = "x") double x) { return Math.tan(x); }

    @Builtin(doc = "Hyperbolic tangent.")
    public static double tanh(@Param(name = "x") double x) { return Math.tanh(x); }

    @Builtin(doc = "Hyperbolic sine.")
    public static double sinh(@Param(name = "x") double x) { return Math.sinh(x); }

    @Builtin(doc = "Hyperbolic cosine.")
    public static double cosh(@Param(name = "x") double x) { return Math.cosh(x); }

    @Builtin(doc = "Arc sine, in radians.")
    public static double asin(@Param(name = "x") double x) { return Math.asin(x); }

    @Builtin(doc = "Arc cosine, in radians.")
    public static double acos(@Param(name = "x") double x) { return Math.acos(x); }

    @Builtin(doc = "Arc tangent, in radians.")
    public static double atan(@Param(name = "x") double x) { return Math.atan(x); }
}
