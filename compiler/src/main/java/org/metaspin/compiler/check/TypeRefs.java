package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.TypeRef;
import org.metaspin.compiler.ast.UnitExpr;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.DimensionNames;
import org.metaspin.runtime.units.Unit;
import org.metaspin.runtime.units.UnitTable;

/** Written types and units (§2): `List[Real]`, `Length`, `(Real) -> Real`, `mJ/m^2`. */
final class TypeRefs {
    private final Env env;
    private final RuntimeLibrary lib;
    private final Diagnostics diags;
    /**
     * Units resolved without error, by the factors written: a program writes the same few
     * units over and over, and each resolution multiplies exact (BigDecimal) factors.
     */
    private final Map<String, Unit> resolved = new HashMap<>();

    TypeRefs(Env env, RuntimeLibrary lib, Diagnostics diags) {
        this.env = env;
        this.lib = lib;
        this.diags = diags;
    }

    Type type(TypeRef t) {
        if (t instanceof TypeRef.Named n) {
                if (n.name().equals("List")) {
                    if (n.arg() == null) {
                        diags.report(Diagnostic.of(Code.E0201, n.span(), "`List` needs an element type").withHelp("write `List[Real]`"));
                        return Type.ERROR;
                    }
                    Type list = new Type.ListT(type(n.arg()));
                    if (Types.listDepth(list) <= Types.MAX_LIST_DEPTH) return list;
                    diags.report(Types.tooDeep(n.span()));
                    return Type.ERROR;
                }
                if (n.arg() != null) {
                    diags.report(Diagnostic.of(Code.E0201, n.span(), "`" + n.name() + "` takes no type argument"));
                    return Type.ERROR;
                }
                switch (n.name()) {
                    case "Int": return Type.INT;
                    case "Real": return Type.REAL;
                    case "Bool": return Type.BOOL;
                    case "String": return Type.STRING;
                    default: break;
                }
                Dimension d = DimensionNames.byName(n.name());
                if (d != null) return new Type.Quantity(d);
                Class<?> c = lib.type(n.name());
                if (c != null) return new Type.Domain(n.name(), c);
                List<String> all = new ArrayList<>(List.of("Int", "Real", "Bool", "String", "List"));
                all.addAll(DimensionNames.names());
                all.addAll(lib.types().keySet());
                diags.report(Diagnostic.of(Code.E0101, n.span(), "unknown type `" + n.name() + "`")
                        .withHelp(Suggest.didYouMean(Suggest.closest(n.name(), all))));
                return Type.ERROR;
        }
        if (t instanceof TypeRef.Dim d) {
            Unit u = unit(d.unit());
            return u == null ? Type.ERROR : new Type.Quantity(u.dimension());
        }
        TypeRef.Fn f = (TypeRef.Fn) t;
        List<Type> ps = new ArrayList<>();
        for (TypeRef p : f.params()) ps.add(type(p));
        return new Type.FnT(ps, type(f.result()));
    }

    /** Resolves a unit expression (E0004 with a suggestion); null after an error. */
    Unit unit(UnitExpr u) {
        String key = key(u);
        Unit known = resolved.get(key);
        if (known != null) return known;
        Unit acc = resolve(u);
        if (acc != null) resolved.put(key, acc);
        return acc;
    }

    /** The factors as written, a leading `/` included (`/s` is not `s`). */
    private static String key(UnitExpr u) {
        StringBuilder sb = new StringBuilder();
        for (UnitExpr.Factor f : u.factors()) sb.append(f.divides() ? '/' : '*').append(f.symbol()).append('^').append(f.power());
        return sb.toString();
    }

    private Unit resolve(UnitExpr u) {
        Unit acc = null;
        for (UnitExpr.Factor f : u.factors()) {
            Unit one = UnitTable.lookup(f.symbol());
            if (one == null) {
                String s = UnitTable.suggest(f.symbol());
                String power = UnitHints.power(f.symbol());
                diags.report(Diagnostic.of(Code.E0004, f.span(), "unknown unit `" + f.symbol() + "`")
                        .withHelp(power != null ? power : Suggest.didYouMean(s)));
                return null;
            }
            if (f.power() != 1) one = DimensionRange.pow(one, f.power(), f.span(), diags);
            if (one == null) return null;
            if (acc == null && !f.divides()) {
                acc = one;
                continue;
            }
            acc = DimensionRange.times(acc == null ? Unit.of("", 1, Dimension.NONE) : acc, one, f.divides(), u.span(), diags);
            if (acc == null) return null;
        }
        return acc;
    }

    /**
     * W0002: a unit symbol that is also a variable in scope (§2.1): after `*` or `/`, and for a
     * literal ({@code number} is its text) the first symbol too (`2 h` with a variable `h`).
     */
    void warnShadowedUnits(UnitExpr u, String before, String number) {
        for (int i = number == null ? 1 : 0; i < u.factors().size(); i++) {
            UnitExpr.Factor f = u.factors().get(i);
            Symbol s = env.scope.lookup(f.symbol());
            if (s instanceof Symbol.Local || s instanceof Symbol.Global) {
                String op = f.divides() ? "/" : "*";
                String fix = i == 0 ? number + " * " + u.span().file().text().substring(f.span().start(), f.span().end())
                        : "(" + before + u.span().file().text().substring(u.span().start(), u.factors().get(i - 1).span().end()).strip()
                                + ") " + op + " " + f.symbol();
                diags.report(Diagnostic.of(Code.W0002, f.span(), "`" + f.symbol() + "` is read as a unit here, not as the variable")
                        .withLabel("the unit `" + f.symbol() + "`")
                        .withHelp("write `" + fix + "` to " + (f.divides() ? "divide by" : "multiply by") + " the variable `" + f.symbol() + "`"));
            }
        }
    }
}
