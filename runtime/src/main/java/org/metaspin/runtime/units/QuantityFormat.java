package org.metaspin.runtime.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@code print} and {@code ${…}} write numbers and quantities (LANGUAGE.md §2.4, §15).
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 * <li>Rounding to 6 significant digits is half-up on the shortest decimal form of the double
 *     ({@link Double#toString}), which is what a reader of the full value expects
 *     ({@code 1.0000005} prints {@code 1.00001}). Plain or exponent notation is chosen on the
 *     rounded value, so {@code 999999.7} prints {@code 1e6}.</li>
 * <li>Exponent notation is {@code <mantissa>e<exponent>}: mantissa with one digit before the
 *     point and trailing zeros removed, lower-case {@code e}, no {@code +}, no leading zeros
 *     ({@code 1.1e6}, {@code 2.5e-9}, {@code 1e11}).</li>
 * <li>{@code -0.0} prints {@code 0}; NaN prints {@code NaN}, infinities {@code inf} and
 *     {@code -inf}; with a dimension these are followed by the bare unit ({@code NaN m},
 *     {@code inf J/m^3}).</li>
 * <li>The dimension of force, kg·m/s², prints as {@code J/m} with a prefix ({@code 15 pJ/m}):
 *     §15 makes it the exception to "named units first", since in this field it is almost
 *     always an exchange stiffness. {@code N} still reads as a unit.</li>
 * <li>A time of 1000 s or more (after rounding to 6 digits) prints in seconds without a
 *     prefix ({@code 3600 s}, {@code 5.89342e13 s}): nobody reads retention in {@code Ts}.</li>
 * <li>Mass carries its prefix on {@code g} ({@code 5 kg}, {@code 20 mg}); its bare unit, for
 *     zero and exponent notation, is therefore {@code g} ({@code 0 g}).</li>
 * <li>Dimensionless values in exponent or plain form never get a prefix; {@code rad} and
 *     {@code %} are not printed (a dimensionless value is a {@code Real}).</li>
 * </ul>
 * <p>Note that by the normative 1e6 rule, {@code 2e5 J/m^3} prints {@code 200000 J/m^3}
 * (the {@code 2e5} in §2.4 names an example value, not its printed form).
 */
public final class QuantityFormat {
    private QuantityFormat() {}

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_UP);
    private static final BigDecimal PLAIN_LOW = new BigDecimal("1e-3");
    private static final BigDecimal PLAIN_HIGH = new BigDecimal("1e6");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    /** Named SI units that take an engineering prefix, by dimension. */
    private static final Map<Dimension, String> NAMED = new LinkedHashMap<>();
    /** Display units printed without a prefix, by dimension (§15 order). */
    private static final Map<Dimension, String> DISPLAY = new LinkedHashMap<>();

    private static final String[] PREFIX = {"a", "f", "p", "n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final int MIN_EXP = -18;
    private static final int MAX_EXP = 18;

    static {
        for (String s : new String[] {"m", "g", "s", "A", "K", "J", "W", "V", "Ohm", "T", "Hz", "C", "F", "N", "S", "Wb", "H"}) {
            NAMED.put(UnitTable.lookup(s).dimension(), s);
        }
        NAMED.put(UnitTable.lookup("N").dimension(), "J/m");
        for (String s : new String[] {"J/m^3", "A/m", "A/m^2", "J/m^2", "J/m", "Ohm*m", "V/m", "m/s", "m^2", "m^3"}) {
            Dimension d = UnitParser.parse(s).dimension();
            DISPLAY.put(d, s);
        }
    }

    /** A dimensionless {@code Real}: at most 6 significant digits, plain or exponent notation. */
    public static String formatReal(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return "0";
        return render(round(x));
    }

    public static String formatInt(long x) { return Long.toString(x); }

    /** A value in coherent SI units of dimension {@code dim}, with its unit. */
    public static String format(double value, Dimension dim) {
        if (dim.isNone()) return formatReal(value);
        String named = NAMED.get(dim);
        if (named == null) return formatReal(value) + " " + displayUnit(dim);
        boolean mass = dim.equals(Dimension.MASS);
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) return formatReal(value) + " " + named;
        BigDecimal r = round(value);
        if (dim.equals(Dimension.TIME) && r.abs().compareTo(THOUSAND) >= 0) return render(r) + " s";
        if (mass) r = r.scaleByPowerOfTen(3);
        int e10 = r.precision() - r.scale() - 1;
        int eng = Math.floorDiv(e10, 3) * 3;
        if (eng < MIN_EXP || eng > MAX_EXP) return render(r) + " " + named;
        String prefix = PREFIX[(eng - MIN_EXP) / 3];
        return plain(r.scaleByPowerOfTen(-eng)) + " " + prefix + named;
    }

    /** {@link #format(double, Dimension)} for the packed dimensions the generated code carries. */
    public static String format(double value, long packedDim) {
        return format(value, Dimension.unpack(packedDim));
    }

    /**
     * The unit a dimension prints in, without prefix: a named SI unit of §2.4 ({@code g} for
     * mass), a display unit of §15, or the base-unit form; {@code ""} for dimensionless.
     */
    public static String displayUnit(Dimension dim) {
        if (dim.isNone()) return "";
        String s = NAMED.get(dim);
        if (s == null) s = DISPLAY.get(dim);
        return s != null ? s : dim.toString();
    }

    /** Whether values of this dimension print with an engineering prefix. */
    public static boolean takesPrefix(Dimension dim) { return NAMED.containsKey(dim); }

    private static BigDecimal round(double x) {
        return BigDecimal.valueOf(x).round(SIX).stripTrailingZeros();
    }

    private static String render(BigDecimal r) {
        BigDecimal a = r.abs();
        if (a.compareTo(PLAIN_LOW) >= 0 && a.compareTo(PLAIN_HIGH) < 0) return plain(r);
        int e10 = r.precision() - r.scale() - 1;
        return plain(r.scaleByPowerOfTen(-e10)) + "e" + e10;
    }

    private static String plain(BigDecimal r) {
        return r.stripTrailingZeros().toPlainString();
    }
}
