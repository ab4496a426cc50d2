package org.metaspin.runtime.units;

import java.math.BigDecimal;

/**
 * The unit expressions of the runtime's {@code dim} annotations and of
 * {@link Dimension#toString()} (`A/m^2`, `J/(m*K)`), parsed against {@link UnitTable}. The
 * language's own unit expressions are parsed by its grammar; this is the annotations' form.
 */
public final class UnitParser {
    private UnitParser() {}

    /**
     * Parses a unit expression: symbols joined by {@code *}, {@code /} or {@code ·}, each
     * optionally raised to an integer power ({@code ^2}, {@code ^-1}, {@code ^(-3)}),
     * parentheses for grouping, and {@code 1} as a factor ({@code 1/s}). Operators are
     * left-associative as in the language: {@code J/m*K} is {@code (J/m)*K}. Whitespace is
     * ignored. This is the form of the runtime's {@code dim} annotations and of
     * {@link Dimension#toString()}.
     *
     * @throws IllegalArgumentException naming the offending part, with a suggestion for an
     *                                  unknown symbol
     */
    public static Unit parse(String expr) {
        Parser p = new Parser(expr);
        p.skip();
        if (p.pos == expr.length()) throw new IllegalArgumentException("empty unit expression");
        Unit u = p.product();
        p.skip();
        if (p.pos < expr.length()) throw p.error("unexpected `" + new String(Character.toChars(expr.codePointAt(p.pos))) + "`");
        return u.named(expr.strip());
    }

    /** The dimension of a unit expression; {@code ""} is dimensionless (the annotations' default). */
    public static Dimension parseDimension(String expr) {
        return expr.isBlank() ? Dimension.NONE : parse(expr).dimension();
    }

    private static final class Parser {
        final String src;
        int pos;

        Parser(String src) { this.src = src; }

        void skip() {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at position " + (pos + 1) + " in unit expression `" + src + "`");
        }

        Unit product() {
            Unit u = power();
            while (true) {
                skip();
                if (pos >= src.length()) return u;
                char c = src.charAt(pos);
                if (c == '*' || c == '·') {
                    pos++;
                    u = u.times(power());
                } else if (c == '/') {
                    pos++;
                    u = u.divide(power());
                } else {
                    return u;
                }
            }
        }

        Unit power() {
            Unit u = atom();
            skip();
            if (pos < src.length() && src.charAt(pos) == '^') {
                pos++;
                u = u.pow(exponent());
            }
            return u;
        }

        int exponent() {
            skip();
            boolean paren = pos < src.length() && src.charAt(pos) == '(';
            if (paren) {
                pos++;
                skip();
            }
            boolean neg = pos < src.length() && src.charAt(pos) == '-';
            if (neg) pos++;
            int start = pos;
            while (pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') pos++;
            if (start == pos) throw error("expected an integer exponent");
            int n;
            try {
                n = Integer.parseInt(src.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("exponent too large");
            }
            if (paren) {
                skip();
                if (pos >= src.length() || src.charAt(pos) != ')') throw error("expected `)`");
                pos++;
            }
            return neg ? -n : n;
        }

        Unit atom() {
            skip();
            if (pos >= src.length()) throw error("expected a unit symbol");
            int c = src.codePointAt(pos);
            if (c == '(') {
                pos++;
                Unit u = product();
                skip();
                if (pos >= src.length() || src.charAt(pos) != ')') throw error("expected `)`");
                pos++;
                return u.named("(" + u.symbol() + ")");
            }
            if (c == '1' && (pos + 1 >= src.length() || !Character.isDigit(src.charAt(pos + 1)))) {
                pos++;
                return new Unit("1", BigDecimal.ONE, Dimension.NONE);
            }
            if (c == '%') {
                pos++;
                return UnitTable.lookup("%");
            }
            int start = pos;
            while (pos < src.length() && Character.isLetter(src.codePointAt(pos))) pos += Character.charCount(src.codePointAt(pos));
            if (start == pos) throw error("expected a unit symbol, found `" + new String(Character.toChars(c)) + "`");
            String sym = src.substring(start, pos);
            Unit u = UnitTable.lookup(sym);
            if (u == null) {
                pos = start;
                String s = UnitTable.suggest(sym);
                throw error("unknown unit `" + sym + "`" + (s == null ? "" : " (did you mean `" + s + "`?)"));
            }
            return u;
        }
    }

}
