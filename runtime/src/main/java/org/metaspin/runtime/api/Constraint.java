package org.metaspin.runtime.api;

/**
 * A numeric constraint of a {@link Prop} or a builtin's {@link Param}: "> 0", ">= 0", "< 1",
 * "<= 1", "!= 1", an interval "(0, 1]", "[0, 1]", "finite" (not an infinity), or a
 * conjunction of these with " and " (">= 0 and != 1", "> 0 and finite"). The empty text
 * accepts everything but NaN.
 */
public record Constraint(String text, double lo, boolean loOpen, double hi, boolean hiOpen, double excluded) {
    public static final Constraint NONE = new Constraint("", Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, Double.NaN);

    public static Constraint parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) return NONE;
        if (t.contains(" and ")) {
            // a conjunction: the tighter bounds of its parts, and the excluded value
            Constraint c = NONE;
            for (String part : t.split(" and ")) {
                Constraint p = parse(part);
                boolean lo = p.lo > c.lo || (p.lo == c.lo && p.loOpen);
                boolean hi = p.hi < c.hi || (p.hi == c.hi && p.hiOpen);
                c = new Constraint(t, lo ? p.lo : c.lo, lo ? p.loOpen : c.loOpen, hi ? p.hi : c.hi, hi ? p.hiOpen : c.hiOpen,
                        Double.isNaN(p.excluded) ? c.excluded : p.excluded);
            }
            return c;
        }
        double inf = Double.POSITIVE_INFINITY;
        if (t.equals("finite")) return new Constraint(t, -inf, true, inf, true, Double.NaN);
        if (t.startsWith("(") || t.startsWith("[")) {
            String[] parts = t.substring(1, t.length() - 1).split(",");
            return new Constraint(t, Double.parseDouble(parts[0].trim()), t.startsWith("("),
                    Double.parseDouble(parts[1].trim()), t.endsWith(")"), Double.NaN);
        }
        String op = t.replaceAll("[^<>=!]", "");
        double x = Double.parseDouble(t.substring(op.length()).trim());
        return switch (op) {
            case ">" -> new Constraint(t, x, true, inf, false, Double.NaN);
            case ">=" -> new Constraint(t, x, false, inf, false, Double.NaN);
            case "<" -> new Constraint(t, -inf, false, x, true, Double.NaN);
            case "<=" -> new Constraint(t, -inf, false, x, false, Double.NaN);
            case "!=" -> new Constraint(t, -inf, false, inf, false, x);
            default -> throw new IllegalArgumentException("bad constraint: " + text);
        };
    }

    public boolean test(double v) {
        if (Double.isNaN(v)) return false;
        if (v == excluded) return false;
        if (loOpen ? v <= lo : v < lo) return false;
        return hiOpen ? v < hi : v <= hi;
    }

    @Override
    public String toString() { return text; }

    /** As a message says it: "in [0, 1]" for an interval, "> 0" for a bound. */
    public String described() { return text.contains(",") ? "in " + text : text; }
}
