package org.metaspin.compiler.check;

import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;

/**
 * The constant folder of the checker (§15: literals, and expressions over literals, physical
 * constants and `let` bindings with constant values, in this module or an imported one),
 * to SI doubles, and an `Int` constant exactly. E0304 for a property or a builtin argument
 * asks it while checking; {@link ConstDecls} asks it for every number of a constant
 * declaration after. Anything else is left to the run-time check (R0005).
 */
final class ConstEval {
    private final Attribution attr;
    private final Map<String, Attribution> modules;

    ConstEval(Attribution attr, Map<String, Attribution> modules) {
        this.attr = attr;
        this.modules = modules;
    }

    /** Records a `let` whose value may be a constant, for later folding (in the module's attribution). */
    void bind(Symbol s, Expr value, Type t) {
        if (Type.isNumeric(t)) attr.constantLets.put(s, value);
    }

    /** The constant value in SI units, or null when {@code e} is not a constant. */
    Double value(Expr e) {
        return value(e, 0);
    }

    /** The exact value of an `Int` constant, or null when {@code e} is not one. */
    Long intValue(Expr e) {
        return intValue(e, 0);
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
        if (e instanceof Expr.Name n) return symbol(attr.symbols.get(n), depth);
        if (e instanceof Expr.Member m && attr.members.get(m) instanceof MemberTarget.Export ex) return symbol(ex.symbol(), depth);
        if (e instanceof Expr.Convert c) {
            Double v = value(c.value(), depth + 1);
            Double scale = attr.scales.get(c);
            return v == null || scale == null ? null : v / scale;
        }
        if (e instanceof Expr.Binary b && attr.operators.get(b) == null) {
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

    /** A name's constant value: a physical constant, or a `let` of this module or of the module that defines it. */
    private Double symbol(Symbol s, int depth) {
        if (s instanceof Symbol.Constant c) {
            try {
                return c.info().field().getDouble(null);
            } catch (IllegalAccessException ex) {
                return null;
            }
        }
        ConstEval home = home(s);
        Expr bound = home == null ? null : home.attr.constantLets.get(s);
        return bound == null ? null : home.value(bound, depth + 1);
    }

    private Long intValue(Expr e, int depth) {
        if (depth > 64 || attr.types.get(e) != Type.INT) return null;
        if (e instanceof Expr.Num n) return n.unit() == null ? n.intValue() : null;
        if (e instanceof Expr.Neg n) {
            Long v = intValue(n.operand(), depth + 1);
            return v == null ? null : -v;
        }
        Symbol s = e instanceof Expr.Name n ? attr.symbols.get(n)
                : e instanceof Expr.Member m && attr.members.get(m) instanceof MemberTarget.Export ex ? ex.symbol() : null;
        if (s != null) {
            ConstEval home = home(s);
            Expr bound = home == null ? null : home.attr.constantLets.get(s);
            return bound == null ? null : home.intValue(bound, depth + 1);
        }
        if (e instanceof Expr.Binary b) {
            Long l = intValue(b.left(), depth + 1);
            Long r = intValue(b.right(), depth + 1);
            if (l == null || r == null) return null;
            return switch (b.op()) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                default -> null;
            };
        }
        return null;
    }

    /** The folder of the module that defines {@code s}: this one, or an imported module's. */
    private ConstEval home(Symbol s) {
        if (s instanceof Symbol.Global g && !g.module().equals(attr.module.name())) {
            Attribution a = modules.get(g.module());
            return a == null ? null : new ConstEval(a, modules);
        }
        return this;
    }
}
