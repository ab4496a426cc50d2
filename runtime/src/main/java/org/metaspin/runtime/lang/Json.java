package org.metaspin.runtime.lang;

import java.util.List;
import java.util.Map;

/**
 * The little JSON writing metaspin needs (diagnostics, SARIF, run.json), without a
 * dependency. Values are {@link Map} (keys in iteration order), {@link List}, arrays of
 * {@code double} or {@code long}, {@link String}, {@link Number}, {@link Boolean} or null;
 * a number that is not finite is written as null (JSON has no NaN), any other object as
 * the string of its {@code toString}. Output is pure ASCII: everything outside printable ASCII is a
 * {@code \\uXXXX} escape (UTF-16, so astral code points become surrogate pairs), which keeps
 * the output intact whatever encoding the console or a pipe applies.
 */
public final class Json {
    private Json() {}

    public static String write(Object v, boolean pretty) {
        StringBuilder sb = new StringBuilder();
        new Json.Writer(sb, pretty).value(v, 0);
        return sb.toString();
    }

    /** A JSON string literal, quotes included. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    private record Writer(StringBuilder sb, boolean pretty) {
        void value(Object v, int level) {
            if (v == null) {
                sb.append("null");
            } else if (v instanceof String s) {
                quote(sb, s);
            } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
                sb.append(v);
            } else if (v instanceof Number n) {
                double d = n.doubleValue();
                if (!Double.isFinite(d)) sb.append("null");
                else sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
            } else if (v instanceof Map<?, ?> m) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    newline(level + 1);
                    quote(sb, String.valueOf(e.getKey()));
                    sb.append(pretty ? ": " : ":");
                    value(e.getValue(), level + 1);
                }
                if (!m.isEmpty()) newline(level);
                sb.append('}');
            } else if (v instanceof List<?> l) {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) sb.append(',');
                    newline(level + 1);
                    value(l.get(i), level + 1);
                }
                if (!l.isEmpty()) newline(level);
                sb.append(']');
            } else if (v instanceof double[] a) {
                value(java.util.Arrays.stream(a).boxed().toList(), level);
            } else if (v instanceof long[] a) {
                value(java.util.Arrays.stream(a).boxed().toList(), level);
            } else {
                quote(sb, String.valueOf(v));
            }
        }

        void newline(int level) {
            if (pretty) sb.append('\n').append("  ".repeat(level));
        }
    }
}
