package org.metaspin.runtime.lang;

import org.metaspin.runtime.units.QuantityFormat;

/**
 * Turns values into the text that {@code print} and {@code ${…}} show (§2.4, §15). The
 * compiler knows each value's type and dimension and calls the matching method; a
 * dimension travels as the packed long of {@link org.metaspin.runtime.units.Dimension}.
 */
public final class Show {
    private Show() {}

    public static String real(double x, long dim) {
        return QuantityFormat.format(x, dim);
    }

    public static String integer(long x) {
        return Long.toString(x);
    }

    public static String bool(boolean b) {
        return b ? "true" : "false";
    }

    public static String list(double[] xs, long dim) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(QuantityFormat.format(xs[i], dim));
        }
        return sb.append(']').toString();
    }

    public static String list(long[] xs) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(xs[i]);
        }
        return sb.append(']').toString();
    }

    public static String list(boolean[] xs) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(xs[i]);
        }
        return sb.append(']').toString();
    }

    /** A list of anything else; {@code dim} is the dimension of the innermost quantities, if any. */
    public static String list(Object[] xs, long dim) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(element(xs[i], dim));
        }
        return sb.append(']').toString();
    }

    private static String element(Object x, long dim) {
        if (x instanceof String s) return quote(s);
        if (x instanceof double[] d) return list(d, dim);
        if (x instanceof long[] l) return list(l);
        if (x instanceof boolean[] b) return list(b);
        if (x instanceof Object[] o) return list(o, dim);
        return object(x);
    }

    /** Strings inside a list print with quotes and escapes, as they would be written (§15). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** A value of a domain type, or a function value (§15), wherever it stands. */
    public static String object(Object o) {
        String fn = FunctionValues.text(o);
        return fn != null ? fn : String.valueOf(o);
    }
}
