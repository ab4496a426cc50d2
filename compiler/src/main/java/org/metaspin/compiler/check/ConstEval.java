package org.metaspin.compiler.check;

import java.util.IdentityHashMap;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;

/**
 * Folds the constants of §15 (literals, and expressions over literals and `let` bindings
 * with constant values) to SI doubles, so that E0304 catches `let t = -1 nm` then
 * `CoFeB(t)` at compile time. Anything else is left to the run-time check (R0005).
 */
final class ConstEval {
    private final Attribution attr;
    private final Map<Symbol, Expr> bindings = new IdentityHashMap<>();

    ConstEval(Attribution attr) {
        this.attr = attr;
    }

    void bind(Symbol s, Expr value, Type t) {
        if (t instanceof Type.Quantity || t == Type.INT) bindings.put(s, value);
    }

    /** The constant value in SI units, or null when {@code e} is not a constant. */
    Double value(Expr e) {
        return value(e, 0);
    }

    private Double value(Expr e, int depth) {
        if (depth > 64) return null;
        if (e instanceof Expr.Num n) {
            double v = n.value();
            Double scale = attr.scales.get(n);
            if (n.unit() == null) return v;
            // a unit the checker rejected has no scale: not a constant (and no unboxing of null)
            return scale == null ? null : (Double) (v * scale);
        }
        if (e instanceof Expr.Neg n) {
            Double v = value(n.operand(), depth + 1);
            return v == null ? null : -v;
        }
        if (e instanceof Expr.Name n) {
            Symbol s = attr.symbols.get(n);
            Expr bound = s == null ? null : bindings.get(s);
            return bound == null ? null : value(bound, depth + 1);
        }
        if (e instanceof Expr.Convert c) {
            Double v = value(c.value(), depth + 1);
            Double scale = attr.scales.get(c);
            return v == null || scale == null ? null : v / scale;
        }
        if (e instanceof Expr.Binary b) {
            Double l = value(b.left(), depth + 1);
            Double r = value(b.right(), depth + 1);
            if (l == null || r == null) return null;
            return switch (b.op()) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
                case POW -> Math.pow(l, r);
                default -> null;
            };
        }
        return null;
    }
}
