package org.metaspin.compiler.code;

import java.util.HashMap;
import java.util.Map;

/**
 * The prelude functions whose types depend on their arguments (§2.3, §4): the checker types
 * them and the generator emits them inline or through the runtime's typed helpers. The
 * checker's switch over this enum is a switch expression, so an entry it misses does not
 * compile; IntrinsicTest calls every entry through the generator.
 */
public enum Intrinsic {
    ABS("abs", 1, 1, "abs(x): absolute value, keeps the dimension"),
    MIN("min", 1, 2, "min(a, b) or min(xs): the smaller value, keeps the dimension"),
    MAX("max", 1, 2, "max(a, b) or max(xs): the larger value, keeps the dimension"),
    SQRT("sqrt", 1, 1, "sqrt(x): square root; every exponent of x's dimension must be even"),
    SIGN("sign", 1, 1, "sign(x): -1, 0 or 1 as a dimensionless Real"),
    FLOOR("floor", 1, 1, "floor(x): the largest Int <= x (x dimensionless)"),
    CEIL("ceil", 1, 1, "ceil(x): the smallest Int >= x (x dimensionless)"),
    ROUND("round", 1, 1, "round(x): the nearest Int, halves away from zero (x dimensionless)"),
    DIV("div", 2, 2, "div(a, b): integer division rounding toward negative infinity"),
    MOD("mod", 2, 2, "mod(a, b): remainder of div, with the sign of b"),
    LEN("len", 1, 1, "len(xs): the number of elements of a list"),
    SUM("sum", 1, 1, "sum(xs): the sum of a list (Int for List[Int])"),
    MEAN("mean", 1, 1, "mean(xs): the mean of a list, a Real"),
    RANGE("range", 2, 2, "range(a, b): the Ints a, a+1, …, b-1"),
    LINSPACE("linspace", 3, 3, "linspace(a, b, n): n equally spaced values from a to b inclusive"),
    GEOMSPACE("geomspace", 3, 3, "geomspace(a, b, n): n values in geometric progression from a to b inclusive"),
    MAP("map", 2, 2, "map(xs, f): the list of f(x) for every x of xs"),
    FILTER("filter", 2, 2, "filter(xs, p): the elements x of xs for which p(x) holds");

    private static final Map<String, Intrinsic> BY_NAME = new HashMap<>();

    static {
        for (Intrinsic i : values()) BY_NAME.put(i.id, i);
    }

    /** The name a program calls it by. */
    public final String id;
    /** One line for `:doc`, hover and completion. */
    public final String doc;
    private final int minArgs;
    private final int maxArgs;

    Intrinsic(String id, int minArgs, int maxArgs, String doc) {
        this.id = id;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.doc = doc;
    }

    /** The intrinsic called {@code name}, or null. */
    public static Intrinsic named(String name) {
        return BY_NAME.get(name);
    }

    /** The number of arguments a call with {@code given} arguments should have (`min` takes one list or two values). */
    public int arity(int given) {
        return given == minArgs ? minArgs : maxArgs;
    }
}
