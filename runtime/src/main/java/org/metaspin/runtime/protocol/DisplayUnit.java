package org.metaspin.runtime.protocol;

import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * The unit a set of values is shown in (records, run.json, plot axes: §11): a named SI unit
 * gets the engineering prefix that puts the largest magnitude in [1, 1000), as `print`
 * would (§2.4); other dimensions use their display unit (§15) without prefix. One unit
 * for a whole set, so a column or an axis is read in one unit.
 */
record DisplayUnit(String unit, double factor) {
    private static final String[] PREFIX = {"a", "f", "p", "n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    static final DisplayUnit NONE = new DisplayUnit("", 1);

    /** The value as shown in this unit. */
    double show(double si) { return si / factor; }

    /** "name (unit)", or the name alone for a dimensionless quantity. */
    String label(String name) {
        if (unit.isEmpty()) return name;
        return name.isEmpty() ? unit : name + " (" + unit + ")";
    }

    /**
     * The unit of a figure's axis: as {@link #of}, and when that leaves the numbers outside
     * [1e-3, 1e4] (a dimensionless value, or a display unit without prefix such as A/m^2),
     * a power of ten joins the unit ({@code ×10⁻¹²}, {@code ×10¹¹ A/m^2}), so tick labels
     * stay short and never round to 0.
     */
    static DisplayUnit forAxis(Dimension dim, double... values) {
        DisplayUnit u = of(dim, values);
        double max = 0;
        for (double v : values) if (Double.isFinite(v)) max = Math.max(max, Math.abs(u.show(v)));
        if (max == 0 || (max >= 1e-3 && max < 1e4)) return u;
        int e = (int) Math.floor(Math.log10(max) + 1e-9);
        String power = "×10" + superscript(e);
        return new DisplayUnit(u.unit().isEmpty() ? power : power + " " + u.unit(), u.factor() * Math.pow(10, e));
    }

    static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) sb.append(digits.charAt(c - '0'));
        return sb.toString();
    }

    static DisplayUnit of(long packedDim, double... values) {
        return of(Dimension.unpack(packedDim), values);
    }

    static DisplayUnit of(Dimension dim, double... values) {
        if (dim.isNone()) return NONE;
        String base = QuantityFormat.displayUnit(dim);
        if (!QuantityFormat.takesPrefix(dim)) return new DisplayUnit(base, 1);
        double max = 0;
        for (double v : values) if (Double.isFinite(v)) max = Math.max(max, Math.abs(v));
        boolean mass = dim.equals(Dimension.MASS);
        // mass prints in grams: 1 g is 1e-3 of the SI kilogram
        double shifted = mass ? max * 1e3 : max;
        int eng = shifted == 0 ? 0 : Math.floorDiv((int) Math.floor(Math.log10(shifted) + 1e-9), 3) * 3;
        eng = Math.max(-18, Math.min(18, eng));
        // a time of 1000 s or more stays in seconds (§2.4)
        if (dim.equals(Dimension.TIME) && eng > 0) eng = 0;
        double factor = Math.pow(10, eng) * (mass ? 1e-3 : 1);
        return new DisplayUnit(PREFIX[(eng + 18) / 3] + base, factor);
    }
}
