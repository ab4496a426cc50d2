package org.metaspin.compiler.check;

import java.math.BigDecimal;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.code.Type;
import org.metaspin.runtime.units.DimensionNames;
import org.metaspin.runtime.units.UnitTable;

/**
 * Help for the unit mistakes physicists make most: a power written without `^` (`m2`), a
 * field in oersted or A/m where a flux density is needed (and back), and a temperature in
 * degrees Celsius (`27 C` is 27 coulombs).
 */
final class UnitHints {
    private UnitHints() {}

    /** For a name such as `m2` or `cm3`: how to write the unit's power, or null. */
    static String power(String name) {
        int i = name.length();
        while (i > 0 && Character.isDigit(name.charAt(i - 1))) i--;
        if (i == 0 || i == name.length() || name.charAt(i) == '0') return null;
        String unit = name.substring(0, i);
        if (UnitTable.lookup(unit) == null) return null;
        return "a unit's power is written with `^`: `" + unit + "^" + name.substring(i) + "`";
    }

    /** For a quantity {@code found} where {@code want} is needed, given as {@code e}: the likely fix, or null. */
    static String mismatch(Type found, Type want, Expr e) {
        if (!(found instanceof Type.Quantity f) || !(want instanceof Type.Quantity w)) return null;
        String text = Types.shortText(e);
        if (isNamed(f, "MagneticField") && isNamed(w, "FluxDensity")) {
            return "multiply a field H by the vacuum permeability for a flux density B = mu0 H: `" + paren(text) + " * mu0`";
        }
        if (isNamed(f, "FluxDensity") && isNamed(w, "MagneticField")) {
            return "divide a flux density B by the vacuum permeability for a field H = B / mu0: `" + paren(text) + " / mu0`";
        }
        if (isNamed(w, "Temperature") && isNamed(f, "Charge")) {
            String celsius = e instanceof Expr.Num n && n.unit() != null && n.unit().factors().size() == 1
                    && n.unit().factors().get(0).symbol().equals("C") && n.unit().factors().get(0).power() == 1 ? n.text() : null;
            if (celsius != null) {
                String kelvin = new BigDecimal(celsius.replace("_", "")).add(new BigDecimal("273.15")).stripTrailingZeros().toPlainString();
                return "temperatures are in kelvin, and `C` is the coulomb: " + celsius + " °C is `" + kelvin + " K`";
            }
            return "temperatures are in kelvin (`K`); `C` is the coulomb";
        }
        return null;
    }

    private static boolean isNamed(Type.Quantity q, String name) {
        return q.dim().equals(DimensionNames.byName(name));
    }

    private static String paren(String text) {
        return text.matches("[\\w.]+|[\\d._]+(e-?\\d+)? ?[\\w^/*·µμΩ%]+") ? text : "(" + text + ")";
    }
}
