package org.metaspin.runtime.units;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A unit: a factor to coherent SI units and a dimension. Units with an offset (°C) are not
 * part of the language, so there is none here.
 *
 * <p>The factor is an exact decimal rather than a double: SI prefixes then stay exact powers
 * of ten through products and powers, and a literal is converted with one rounding, so
 * {@code 10 MA/cm^2} folds to exactly {@code 1e11}, {@code (5 nm) to m} to exactly
 * {@code 5e-9} and {@code 1 eV} to the double nearest 1.602176634e-19 J. Factors that are not
 * decimal ({@code deg}, {@code Oe}) hold the exact value of their double approximation.
 *
 * @param symbol    the unit as written ({@code "mJ/m^2"}), for messages
 * @param factor    the factor to SI, positive
 * @param dimension the unit's dimension
 */
public record Unit(String symbol, BigDecimal factor, Dimension dimension) {

    /** Products of irrational factors are cut to this; far below a double's resolution. */
    static final MathContext MC = new MathContext(40);

    public Unit {
        if (factor.signum() <= 0) throw new IllegalArgumentException("unit factor must be positive: " + factor);
    }

    /** A unit whose factor to SI is {@code scale} (taken as its shortest decimal form). */
    public static Unit of(String symbol, double scale, Dimension dimension) {
        return new Unit(symbol, BigDecimal.valueOf(scale), dimension);
    }

    /** The factor to SI, correctly rounded to a double. */
    public double scale() {
        return factor.doubleValue();
    }

    /** {@code value} in this unit, in coherent SI units, rounded once ({@code 5 nm} is {@code 5e-9}). */
    public double toSI(double value) {
        if (!Double.isFinite(value)) return value * scale();
        return new BigDecimal(value).multiply(factor).doubleValue();
    }

    /** An SI value expressed as a number of this unit: the {@code x to U} of §2.3. */
    public double fromSI(double si) {
        if (!Double.isFinite(si)) return si / scale();
        return new BigDecimal(si).divide(factor, MC).doubleValue();
    }

    public Unit times(Unit o) {
        return new Unit(symbol + "*" + wrap(o.symbol), factor.multiply(o.factor, MC), dimension.times(o.dimension));
    }

    public Unit divide(Unit o) {
        return new Unit(symbol + "/" + wrap(o.symbol), factor.divide(o.factor, MC), dimension.divide(o.dimension));
    }

    public Unit pow(int n) {
        return new Unit(wrap(symbol) + "^" + n, factor.pow(n, MC), dimension.pow(n));
    }

    /** The same unit under another name (the text the user wrote). */
    public Unit named(String s) { return new Unit(s, factor, dimension); }

    /** Units are equal when their factors are equal as numbers ({@code 1.0} and {@code 1}) and their dimensions and symbols agree. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && symbol.equals(u.symbol) && factor.compareTo(u.factor) == 0 && dimension.equals(u.dimension);
    }

    @Override
    public int hashCode() {
        return (symbol.hashCode() * 31 + factor.stripTrailingZeros().hashCode()) * 31 + dimension.hashCode();
    }

    private static String wrap(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '/' || c == '·' || c == '^') return "(" + s + ")";
        }
        return s;
    }
}
