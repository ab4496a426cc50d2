package org.metaspin.compiler.check;

import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * The relations between types (after javac's {@code Types}): which value may stand where
 * (§2.3, §3, §15: Int promotes to Real, the literal 0 takes any dimension), the common type of
 * two branches, and the mismatch diagnostic every phase words the same way.
 */
final class Types {
    private final Diagnostics diags;
    private final Attribution out;

    Types(Diagnostics diags, Attribution out) {
        this.diags = diags;
        this.out = out;
    }

    /** The common type of two branches or list elements: Int promotes to Real, 0 adapts (§2.3, §15); null if none. */
    Type unify(Type a, Type b, Expr ea, Expr eb) {
        if (a == Type.ERROR || b == Type.ERROR) return Type.ERROR;
        if (a.equals(b)) return a;
        if (a == Type.INT && b instanceof Type.Quantity q && (q.dim().isNone() || isZero(ea))) return b;
        if (b == Type.INT && a instanceof Type.Quantity q && (q.dim().isNone() || isZero(eb))) return a;
        if (a instanceof Type.Quantity && b instanceof Type.Quantity) {
            if (isZero(ea)) return b;
            if (isZero(eb)) return a;
        }
        if (a instanceof Type.ListT la && b instanceof Type.ListT lb) {
            if (la.elem() == Type.NOTHING) return b;
            if (lb.elem() == Type.NOTHING) return a;
        }
        return null;
    }

    /** Whether a value of type {@code from} may stand where {@code to} is expected (with {@code e}, the literal-0 rule). */
    boolean assignable(Type from, Type to, Expr e) {
        if (from == Type.ERROR || to == Type.ERROR || from.equals(to)) return true;
        if (to == Type.ANY_QUANTITY) return from instanceof Type.Quantity || from == Type.INT;
        if (from == Type.INT && to instanceof Type.Quantity q) return q.dim().isNone() || (e != null && isZero(e));
        if (from instanceof Type.Quantity && to instanceof Type.Quantity && e != null && isZero(e)) return true;
        if (from instanceof Type.ListT lf && to instanceof Type.ListT lt) {
            if (lf.elem() == Type.NOTHING) return true;
            if (e instanceof Expr.ListLit lit) {
                for (Expr x : lit.elements()) if (!assignable(out.types.getOrDefault(x, lf.elem()), lt.elem(), x)) return false;
                return true;
            }
            return assignable(lf.elem(), lt.elem(), null) && sameJavaShape(lf.elem(), lt.elem());
        }
        return false;
    }

    /** A List[Int] is a {@code long[]} and a List[Real] a {@code double[]}: one cannot stand for the other. */
    private static boolean sameJavaShape(Type a, Type b) {
        return !(a == Type.INT && (b instanceof Type.Quantity || b == Type.ANY_QUANTITY));
    }

    /** Reports a mismatch of {@code e} (of type {@code t}) against {@code want}; returns whether it fits. */
    boolean coerce(Expr e, Type t, Type want) {
        if (want == null || assignable(t, want, e)) return true;
        if (t == Type.VOID) {
            diags.report(Diagnostic.of(Code.E0201, e.span(), "this call returns no value"));
            return false;
        }
        Diagnostic d = mismatch(e.span(), t, want, "`" + shortText(e) + "`");
        String hint = UnitHints.mismatch(t, want, e);
        diags.report(hint == null ? d : d.withHelp(hint));
        return false;
    }

    static Diagnostic mismatch(Span at, Type found, Type want, String what) {
        // §15: E0202 is for two quantity types; Int is not one, but an Int stands for a Real where one is expected
        boolean quantities = Type.isNumeric(found) && (want instanceof Type.Quantity || want == Type.ANY_QUANTITY);
        Code code = quantities ? Code.E0202 : Code.E0201;
        return Diagnostic.of(code, at, "expected " + article(want) + ", found " + article(found))
                .withLabel(what + " is " + article(found));
    }

    /** The literal `0` or `0.0` (any spelling of zero: `0e5`, `0_0`), without a unit (§2.3). */
    static boolean isZero(Expr e) {
        return e instanceof Expr.Num n && n.unit() == null && n.value() == 0;
    }

    /**
     * How deeply lists may nest. A `List[List[…]]` is a JVM array of as many dimensions, and
     * the bytecode library computes stack frames only for arrays of fewer than 64 (its frames
     * keep the dimension count in six bits): a limit far above any real program's, checked
     * here so that it is a diagnostic, not an internal error.
     */
    static final int MAX_LIST_DEPTH = 32;

    /** The number of `List[` around the element type; 0 around an erroneous one (already reported). */
    static int listDepth(Type t) {
        int d = 0;
        Type x = t;
        for (; x instanceof Type.ListT l; x = l.elem()) d++;
        return x == Type.ERROR ? 0 : d;
    }

    static Diagnostic tooDeep(Span at) {
        return Diagnostic.of(Code.E0001, at, "lists nested more than " + MAX_LIST_DEPTH + " deep are not supported")
                .withHelp("a list of lists of … this deep is a JVM array of as many dimensions; flatten it");
    }

    static Dimension dimOf(Type t) {
        return t instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
    }

    static String article(Type t) {
        String s = t.show();
        return (s.matches("^[AEIOU].*") ? "an " : "a ") + s;
    }

    /**
     * A constant argument for a constraint's message: a literal as written (`-2 ns`, `-10 %`),
     * anything else as its value prints, in SI units (`1 mA / 0` is `inf A`, a `let` its number).
     */
    static String constantText(Expr e, double v, Type t) {
        Expr literal = e instanceof Expr.Neg n ? n.operand() : e;
        if (literal instanceof Expr.Num) return shortText(e);
        return t instanceof Type.Quantity q ? QuantityFormat.format(v, q.dim()) : QuantityFormat.formatReal(v);
    }

    /** The source text of {@code e} on one line, cut to fit a diagnostic's label. */
    static String shortText(Expr e) {
        String s = e.span().text().replaceAll("\\s+", " ");
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }
}
