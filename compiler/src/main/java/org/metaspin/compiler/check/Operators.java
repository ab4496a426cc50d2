package org.metaspin.compiler.check;

import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Expr.BinOp;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;
import org.metaspin.runtime.units.Dimension;

/**
 * Binary operators (§2.3, §4): which operand types combine and into what dimension,
 * comparisons, `^` with its Int constant exponent, and `/` between domain values.
 */
final class Operators {
    private final Attr attr;
    private final Attribution out;
    private final Diagnostics diags;
    private final Types types;
    private final Kinds kinds;

    Operators(Attr attr, Attribution out, Diagnostics diags, Types types, Kinds kinds) {
        this.attr = attr;
        this.out = out;
        this.diags = diags;
        this.types = types;
        this.kinds = kinds;
    }

    Type binary(Expr.Binary b, Type expected) {
        BinOp op = b.op();
        if (op == BinOp.AND || op == BinOp.OR) {
            attr.condition(b.left());
            attr.condition(b.right());
            return Type.BOOL;
        }
        Type l = attr.expr(b.left(), op.comparison() || op == BinOp.ADD || op == BinOp.SUB ? null : null);
        Type r = attr.expr(b.right(), (op == BinOp.ADD || op == BinOp.SUB || op.comparison()) && l instanceof Type.Quantity ? l : null);
        if (Types.isZero(b.left()) && r instanceof Type.Quantity && (op == BinOp.ADD || op == BinOp.SUB || op.comparison())) {
            l = r;
            out.types.put(b.left(), r);
        }
        if (l == Type.ERROR || r == Type.ERROR) return op.comparison() ? Type.BOOL : Type.ERROR;
        if (op.comparison()) return comparison(b, l, r);
        return arithmetic(b, l, r);
    }

    private Type comparison(Expr.Binary b, Type l, Type r) {
        boolean equality = b.op() == BinOp.EQ || b.op() == BinOp.NE;
        if (Type.isNumeric(l) && Type.isNumeric(r)) {
            if (Types.dimOf(l).equals(Types.dimOf(r))) return Type.BOOL;
            diags.report(dimMismatch(b, l, r, "compare"));
            return Type.BOOL;
        }
        if (equality && l.equals(r) && (l == Type.BOOL || l == Type.STRING || l instanceof Type.Domain)) return Type.BOOL;
        if (!equality && l == Type.STRING && r == Type.STRING) return Type.BOOL;
        diags.report(Diagnostic.of(Code.E0201, b.span(), "cannot compare " + l.show() + " with " + r.show()));
        return Type.BOOL;
    }

    private Diagnostic dimMismatch(Expr.Binary b, Type l, Type r, String verb) {
        return Diagnostic.of(Code.E0202, b.span(), "cannot " + verb + " `" + l.show() + "` and `" + r.show() + "`")
                .withLabel("`" + Types.shortText(b.left()) + "` is " + Types.article(l) + ", `" + Types.shortText(b.right()) + "` is " + Types.article(r));
    }

    Type arithmetic(Expr.Binary view, Type l, Type r) {
        if (l == Type.ERROR || r == Type.ERROR) return Type.ERROR;
        BinOp op = view.op();
        Span at = view.span();
        Expr le = view.left();
        Expr re = view.right();
        switch (op) {
            case ADD, SUB -> {
                if (op == BinOp.ADD && l == Type.STRING && r == Type.STRING) return Type.STRING;
                if (op == BinOp.ADD && l instanceof Type.ListT && r instanceof Type.ListT) {
                    Type u = types.unify(l, r, le, re);
                    if (u != null) return u;
                    diags.report(Diagnostic.of(Code.E0201, at, "cannot join " + l.show() + " and " + r.show()));
                    return Type.ERROR;
                }
                if (Type.isNumeric(l) && Type.isNumeric(r)) {
                    if (l == Type.INT && r == Type.INT) return Type.INT;
                    if (Types.isZero(le)) return r == Type.INT ? Type.REAL : r;
                    if (Types.isZero(re)) return l == Type.INT ? Type.REAL : l;
                    if (Types.dimOf(l).equals(Types.dimOf(r))) return new Type.Quantity(Types.dimOf(l));
                    diags.report(dimMismatch(view, l, r, op == BinOp.ADD ? "add" : "subtract"));
                    return Type.ERROR;
                }
                diags.report(Diagnostic.of(Code.E0201, at, "cannot " + (op == BinOp.ADD ? "add " : "subtract ") + r.show()
                        + (op == BinOp.ADD ? " to " : " from ") + l.show()));
                return Type.ERROR;
            }
            case MUL, DIV -> {
                if (Type.isNumeric(l) && Type.isNumeric(r)) {
                    if (l == Type.INT && r == Type.INT) return op == BinOp.MUL ? Type.INT : Type.REAL;
                    Dimension d = DimensionRange.times(Types.dimOf(l), Types.dimOf(r), op == BinOp.DIV, at, diags);
                    return d == null ? Type.ERROR : new Type.Quantity(d);
                }
                BuiltinFn overload = op == BinOp.DIV ? kinds.operatorBuiltin(l, r) : null;
                if (overload != null) {
                    out.operators.put(view, overload);
                    return overload.result();
                }
                diags.report(Diagnostic.of(Code.E0201, at, "cannot " + (op == BinOp.MUL ? "multiply " : "divide ") + l.show()
                        + (op == BinOp.MUL ? " by " : " by ") + r.show()));
                return Type.ERROR;
            }
            case POW -> {
                return power(view, l, r);
            }
            default -> throw new IllegalStateException(op.toString());
        }
    }

    private Type power(Expr.Binary b, Type l, Type r) {
        if (!Type.isNumeric(l) || !Type.isNumeric(r)) {
            diags.report(Diagnostic.of(Code.E0201, b.span(), "cannot raise " + l.show() + " to " + r.show()));
            return Type.ERROR;
        }
        if (!Types.dimOf(r).isNone()) {
            diags.report(Diagnostic.of(Code.E0203, b.right().span(), "an exponent must be dimensionless, found " + Types.article(r)));
            return Type.ERROR;
        }
        Dimension d = Types.dimOf(l);
        if (d.isNone()) return Type.REAL;
        Long n = intConstant(b.right());
        if (n == null) {
            diags.report(Diagnostic.of(Code.E0204, b.right().span(), "the exponent of " + Types.article(l) + " must be an Int constant")
                    .withLabel("not an integer literal")
                    .withHelp("write `x^2`, `x^-1` or `x^(-3)`; only a dimensionless base takes any Real exponent"));
            return Type.ERROR;
        }
        out.scales.put(b, (double) n);
        Dimension p = DimensionRange.pow(d, n, b.span(), diags);
        return p == null ? Type.ERROR : new Type.Quantity(p);
    }

    /** An Int constant exponent (§15): an integer literal, optionally negated or parenthesized. */
    static Long intConstant(Expr e) {
        if (e instanceof Expr.Num n && n.integral() && n.unit() == null) return n.intValue();
        if (e instanceof Expr.Neg n) {
            Long v = intConstant(n.operand());
            return v == null ? null : -v;
        }
        return null;
    }
}
