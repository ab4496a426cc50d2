package org.metaspin.runtime.units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.runtime.api.EditDistance;

/**
 * The unit symbols of LANGUAGE.md §2.1 (unit expressions are {@link UnitParser}'s).
 *
 * <p>A symbol is looked up by <b>exact match first</b>, then as one prefix character
 * followed by a symbol that accepts prefixes. Since every prefix is one character the
 * second step has at most one reading, so the only ambiguities are between an exact symbol
 * and a prefixed reading, and the exact symbol always wins:
 * <ul>
 * <li>{@code m} is metre, {@code mm} millimetre, {@code ms} millisecond, {@code mol} mole,
 *     {@code min} minute (not milli-"in").</li>
 * <li>{@code T} is tesla and {@code G} gauss, never the bare prefixes tera/giga; {@code Ts},
 *     {@code Gs}, {@code GT} are terasecond, gigasecond and gigatesla, {@code mG} milligauss,
 *     {@code kG} kilogauss.</li>
 * <li>{@code Pa} is pascal, {@code PA} peta-ampere (case matters), {@code cd} candela,
 *     {@code h} hour, {@code kg} kilogram (the SI base; {@code g} takes prefixes, {@code kg}
 *     does not: {@code mkg} is unknown).</li>
 * <li>{@code h} and {@code da} are not prefixes: {@code hm} and {@code dam} are unknown.</li>
 * <li>{@code u}, {@code µ} (U+00B5) and {@code μ} (U+03BC) all mean micro.</li>
 * </ul>
 * <p>Prefixes apply to every symbol except {@code kg}, {@code %}, {@code deg}, {@code min} and
 * {@code h}: a "millipercent" or "kilohour" is more likely a typo than intent, and refusing
 * them gives an E0004 with a suggestion instead of a silent surprise. {@code meV},
 * {@code kOe}, {@code mrad}, {@code memu} (the magnetometry unit) are accepted.
 */
public final class UnitTable {
    private UnitTable() {}

    private static final Map<String, Unit> BASE = new LinkedHashMap<>();
    private static final Set<String> NO_PREFIX = Set.of("kg", "%", "deg", "min", "h", "day", "yr");
    private static final Map<String, Integer> PREFIX = new LinkedHashMap<>();
    private static final Set<String> ALL;

    private static Dimension d(int l, int m, int t, int i) { return Dimension.of(l, m, t, i, 0, 0, 0); }

    private static void base(String s, String factor, Dimension dim) { BASE.put(s, new Unit(s, new BigDecimal(factor), dim)); }

    private static void base(String s, BigDecimal factor, Dimension dim) { BASE.put(s, new Unit(s, factor, dim)); }

    static {
        Dimension none = Dimension.NONE;
        base("m", "1", Dimension.LENGTH);
        base("g", "1e-3", Dimension.MASS);
        base("kg", "1", Dimension.MASS);
        base("s", "1", Dimension.TIME);
        base("A", "1", Dimension.CURRENT);
        base("K", "1", Dimension.TEMPERATURE);
        base("mol", "1", Dimension.AMOUNT);
        base("cd", "1", Dimension.LUMINOSITY);
        base("Hz", "1", d(0, 0, -1, 0));
        base("N", "1", d(1, 1, -2, 0));
        base("Pa", "1", d(-1, 1, -2, 0));
        base("J", "1", d(2, 1, -2, 0));
        base("W", "1", d(2, 1, -3, 0));
        base("C", "1", d(0, 0, 1, 1));
        base("V", "1", d(2, 1, -3, -1));
        base("F", "1", d(-2, -1, 4, 2));
        base("Ohm", "1", d(2, 1, -3, -2));
        base("Ω", "1", d(2, 1, -3, -2));
        base("S", "1", d(-2, -1, 3, 2));
        base("Wb", "1", d(2, 1, -2, -1));
        base("T", "1", d(0, 1, -2, -1));
        base("H", "1", d(2, 1, -2, -2));
        // CODATA 2018: the elementary charge is exact since the 2019 SI redefinition.
        base("eV", "1.602176634e-19", d(2, 1, -2, 0));
        base("rad", "1", none);
        base("deg", new BigDecimal(Math.PI).divide(new BigDecimal(180), Unit.MC), none);
        base("%", "0.01", none);
        base("min", "60", Dimension.TIME);
        base("h", "3600", Dimension.TIME);
        base("day", "86400", Dimension.TIME);
        // the Julian year, 365.25 days, as astronomy (IAU) and LANGUAGE.md §2.1 use it
        base("yr", "3.15576e7", Dimension.TIME);
        base("Oe", new BigDecimal(1000).divide(new BigDecimal(Math.PI).multiply(new BigDecimal(4)), Unit.MC), d(-1, 0, 0, 1));
        base("G", "1e-4", d(0, 1, -2, -1));
        base("emu", "1e-3", d(2, 0, 0, 1));
        base("erg", "1e-7", d(2, 1, -2, 0));

        String[] p = {"q", "r", "y", "z", "a", "f", "p", "n", "u", "µ", "μ", "m", "c", "d", "k", "M", "G", "T", "P", "E", "Z", "Y", "R", "Q"};
        int[] e = {-30, -27, -24, -21, -18, -15, -12, -9, -6, -6, -6, -3, -2, -1, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30};
        for (int i = 0; i < p.length; i++) PREFIX.put(p[i], e[i]);

        Set<String> all = new LinkedHashSet<>(BASE.keySet());
        // Completion lists the common prefixes first, so "5 n<TAB>" offers nm before nQ.
        String[] order = {"n", "u", "m", "k", "M", "G", "p", "f", "c", "a", "T", "P", "E", "d", "µ", "μ", "z", "y", "Z", "Y", "r", "q", "R", "Q"};
        for (String pre : order) {
            for (String s : BASE.keySet()) if (!NO_PREFIX.contains(s)) all.add(pre + s);
        }
        ALL = Collections.unmodifiableSet(all);
    }

    /** The unit a single symbol names ({@code "nm"}, {@code "kOe"}), or null. No powers or operators. */
    public static Unit lookup(String symbol) {
        Unit u = BASE.get(symbol);
        if (u != null) return u;
        if (symbol.isEmpty()) return null;
        int first = symbol.offsetByCodePoints(0, 1);
        Integer e = PREFIX.get(symbol.substring(0, first));
        String rest = symbol.substring(first);
        Unit b = BASE.get(rest);
        if (e == null || b == null || NO_PREFIX.contains(rest)) return null;
        return new Unit(symbol, b.factor().scaleByPowerOfTen(e), b.dimension());
    }

    public static boolean isUnitSymbol(String symbol) { return lookup(symbol) != null; }

    /** Every symbol {@link #lookup} accepts: the plain ones of §2.1 in its order, then prefixed ones. */
    public static Set<String> symbols() { return ALL; }

    /** The plain symbols of §2.1 (with {@code kg}), in the order the spec lists them. */
    public static Set<String> baseSymbols() { return Collections.unmodifiableSet(BASE.keySet()); }

    /**
     * The known symbol closest to {@code word} for an E0004 help line, or null when nothing is
     * close. Closeness is edit distance over code points (a transposition counts one); ties go
     * to a case-insensitive match ({@code MEV} → {@code meV}), then to candidates of the same
     * length (a typo more often replaces than drops a letter: {@code nn} → {@code nm}), then to
     * plain symbols, then to {@link #symbols()} order. Accepted distance: 1 for words of up to
     * 3 code points, else a third of the length.
     */
    public static String suggest(String word) {
        if (word == null || word.isEmpty()) return null;
        int[] w = word.codePoints().toArray();
        int max = w.length <= 3 ? 1 : w.length / 3;
        String best = null;
        int[] bestKey = null;
        for (String c : ALL) {
            if (c.equals(word)) continue;
            int[] cp = c.codePoints().toArray();
            if (Math.abs(cp.length - w.length) > max) continue;
            int dist = EditDistance.of(word, c, false);
            if (dist > max && !c.equalsIgnoreCase(word)) continue;
            int[] key = {c.equalsIgnoreCase(word) ? 0 : 1, dist, cp.length == w.length ? 0 : 1, BASE.containsKey(c) ? 0 : 1};
            if (bestKey == null || compare(key, bestKey) < 0) {
                best = c;
                bestKey = key;
            }
        }
        return best;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
        return 0;
    }

    /** All prefix symbols of §2.1 with their decimal exponents, in the spec's order. */
    public static Map<String, Integer> prefixes() { return Collections.unmodifiableMap(PREFIX); }

    static List<String> prefixable() {
        List<String> r = new ArrayList<>();
        for (String s : BASE.keySet()) if (!NO_PREFIX.contains(s)) r.add(s);
        return r;
    }
}
