package org.metaspin.compiler.check;

import java.util.Map;

/**
 * The prelude functions whose types depend on their arguments (§2.3, §4): the checker types
 * them and the generator emits them inline or through the runtime's typed helpers.
 */
public final class Intrinsics {
    private Intrinsics() {}

    /** Name to one-line documentation, for `:doc` and completion. */
    public static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("abs", "abs(x): absolute value, keeps the dimension"),
            Map.entry("min", "min(a, b) or min(xs): the smaller value, keeps the dimension"),
            Map.entry("max", "max(a, b) or max(xs): the larger value, keeps the dimension"),
            Map.entry("sqrt", "sqrt(x): square root; every exponent of x's dimension must be even"),
            Map.entry("sign", "sign(x): -1, 0 or 1 as a dimensionless Real"),
            Map.entry("floor", "floor(x): the largest Int <= x (x dimensionless)"),
            Map.entry("ceil", "ceil(x): the smallest Int >= x (x dimensionless)"),
            Map.entry("round", "round(x): the nearest Int, halves away from zero (x dimensionless)"),
            Map.entry("div", "div(a, b): integer division rounding toward negative infinity"),
            Map.entry("mod", "mod(a, b): remainder of div, with the sign of b"),
            Map.entry("len", "len(xs): the number of elements of a list"),
            Map.entry("sum", "sum(xs): the sum of a list (Int for List[Int])"),
            Map.entry("mean", "mean(xs): the mean of a list, a Real"),
            Map.entry("range", "range(a, b): the Ints a, a+1, …, b-1"),
            Map.entry("linspace", "linspace(a, b, n): n equally spaced values from a to b inclusive"),
            Map.entry("geomspace", "geomspace(a, b, n): n values in geometric progression from a to b inclusive"),
            Map.entry("map", "map(xs, f): the list of f(x) for every x of xs"),
            Map.entry("filter", "filter(xs, p): the elements x of xs for which p(x) holds"));

    public static boolean is(String name) { return DOCS.containsKey(name); }
}
