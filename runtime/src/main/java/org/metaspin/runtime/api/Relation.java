package org.metaspin.runtime.api;

/**
 * A relation between two parameters of a builtin ({@link Builtin#requires()}): "wmin < wmax",
 * with one of the operators {@code <}, {@code <=}, {@code >}, {@code >=}, {@code !=}.
 */
public record Relation(String left, String op, String right) {
    public static Relation parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 3 || !java.util.Set.of("<", "<=", ">", ">=", "!=").contains(parts[1])) {
            throw new IllegalArgumentException("bad relation (NAME OP NAME): " + text);
        }
        return new Relation(parts[0], parts[1], parts[2]);
    }

    /** Whether the values {@code a} of {@link #left} and {@code b} of {@link #right} satisfy it; never for NaN. */
    public boolean test(double a, double b) {
        return switch (op) {
            case "<" -> a < b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            case ">=" -> a >= b;
            default -> a != b && !Double.isNaN(a) && !Double.isNaN(b);
        };
    }

    @Override
    public String toString() { return left + " " + op + " " + right; }
}
