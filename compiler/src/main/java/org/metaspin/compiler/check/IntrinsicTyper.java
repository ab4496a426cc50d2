package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.runtime.units.Dimension;

/** Types the calls of an {@link Intrinsic}, whose result type follows their arguments (§2.3, §4). */
final class IntrinsicTyper {
    private final Attr attr;
    private final Diagnostics diags;

    IntrinsicTyper(Attr attr, Diagnostics diags) {
        this.attr = attr;
        this.diags = diags;
    }

    Type type(Expr.Call c, Intrinsic which, Type expected) {
        String name = which.id;
        List<Expr> args = new ArrayList<>();
        for (Expr.Arg a : c.args()) {
            if (a.name() != null) {
                diags.report(Diagnostic.of(Code.E0205, a.span(), "`" + name + "` takes positional arguments only"));
                attr.expr(a.value(), null);
                return Type.ERROR;
            }
            args.add(a.value());
        }
        int arity = which.arity(args.size());
        if (args.size() != arity) {
            Code code = args.size() > arity ? Code.E0205 : Code.E0206;
            diags.report(Diagnostic.of(code, args.size() > arity ? args.get(arity).span() : c.span(),
                    "`" + name + "` takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", found " + args.size()));
            for (Expr a : args) attr.expr(a, null);
            return Type.ERROR;
        }
        attr.attribution().calls.put(c, new CallTarget.ToIntrinsic(which, List.copyOf(args)));
        return switch (which) {
            case ABS -> numeric(args.get(0), null);
            case SIGN -> numeric(args.get(0), null) == Type.ERROR ? Type.ERROR : Type.REAL;
            case SQRT -> sqrt(args.get(0));
            case FLOOR, CEIL, ROUND -> {
                Type t = numeric(args.get(0), null);
                if (t instanceof Type.Quantity q && !q.dim().isNone()) {
                    diags.report(Diagnostic.of(Code.E0203, args.get(0).span(), "`" + name + "` needs a dimensionless argument, found " + Types.article(t))
                            .withHelp("convert first: `" + name + "(x to nm)`"));
                    yield Type.ERROR;
                }
                yield t == Type.ERROR ? t : Type.INT;
            }
            case DIV, MOD -> {
                for (Expr a : args) {
                    Type t = attr.expr(a, Type.INT);
                    if (t != Type.INT && t != Type.ERROR) {
                        diags.report(Diagnostic.of(Code.E0201, a.span(), "`" + name + "` works on Ints, found " + Types.article(t)));
                        yield Type.ERROR;
                    }
                }
                yield Type.INT;
            }
            case MIN, MAX -> args.size() == 1 ? listElem(args.get(0), name, true) : minMax(args.get(0), args.get(1), name);
            case LEN -> {
                Type t = attr.expr(args.get(0), null);
                if (t instanceof Type.ListT || t == Type.STRING || t == Type.ERROR) yield Type.INT;
                diags.report(Diagnostic.of(Code.E0201, args.get(0).span(), "`len` needs a List, found " + Types.article(t)));
                yield Type.ERROR;
            }
            case SUM -> listElem(args.get(0), name, true);
            case MEAN -> {
                Type t = listElem(args.get(0), name, true);
                yield t == Type.INT ? Type.REAL : t;
            }
            case RANGE -> {
                for (Expr a : args) {
                    Type t = attr.expr(a, Type.INT);
                    if (t != Type.INT && t != Type.ERROR) {
                        diags.report(Diagnostic.of(Code.E0201, a.span(), "`range` needs Int bounds, found " + Types.article(t))
                                .withHelp("use `linspace(a, b, n)` for quantities"));
                    }
                }
                yield new Type.ListT(Type.INT);
            }
            case LINSPACE, GEOMSPACE -> {
                Type a = numeric(args.get(0), null);
                Type b = numeric(args.get(1), a instanceof Type.Quantity ? a : null);
                Type n = attr.expr(args.get(2), Type.INT);
                if (n != Type.INT && n != Type.ERROR) {
                    diags.report(Diagnostic.of(Code.E0201, args.get(2).span(), "the count must be an Int, found " + Types.article(n)));
                }
                if (a == Type.ERROR || b == Type.ERROR) yield Type.ERROR;
                Dimension da = a instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
                Dimension db = b instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
                if (Types.isZero(args.get(0))) da = db;
                if (!Types.isZero(args.get(1)) && !da.equals(db)) {
                    diags.report(Types.mismatch(args.get(1).span(), b, new Type.Quantity(da), "the end"));
                    yield Type.ERROR;
                }
                yield new Type.ListT(new Type.Quantity(da));
            }
            case MAP, FILTER -> mapFilter(name, args.get(0), args.get(1));
        };
    }

    private Type numeric(Expr e, Type expected) {
        Type t = attr.expr(e, expected);
        if (t == Type.ERROR || Type.isNumeric(t)) return t;
        diags.report(Diagnostic.of(Code.E0201, e.span(), "expected a number, found " + Types.article(t)));
        return Type.ERROR;
    }

    private Type sqrt(Expr e) {
        Type t = numeric(e, null);
        if (t == Type.ERROR) return t;
        Dimension d = t instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
        Dimension r = d.root(2);
        if (r == null) {
            diags.report(Diagnostic.of(Code.E0202, e.span(), "cannot take the square root of " + Types.article(t))
                    .withLabel("its dimension has an odd exponent"));
            return Type.ERROR;
        }
        return new Type.Quantity(r);
    }

    private Type minMax(Expr a, Expr b, String name) {
        Type ta = numeric(a, null);
        Type tb = numeric(b, ta instanceof Type.Quantity ? ta : null);
        if (ta == Type.ERROR || tb == Type.ERROR) return Type.ERROR;
        if (ta == Type.INT && tb == Type.INT) return Type.INT;
        Dimension da = ta instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
        Dimension db = tb instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
        if (Types.isZero(a)) return new Type.Quantity(db);
        if (Types.isZero(b) || da.equals(db)) return new Type.Quantity(da);
        diags.report(Diagnostic.of(Code.E0202, b.span(), "both arguments of `" + name + "` need one dimension")
                .withLabel("this is " + Types.article(tb) + ", the first is " + Types.article(ta)));
        return Type.ERROR;
    }

    private Type listElem(Expr e, String name, boolean numericOnly) {
        Type t = attr.expr(e, null);
        if (t == Type.ERROR) return t;
        if (t instanceof Type.ListT l && (!numericOnly || Type.isNumeric(l.elem()))) return l.elem();
        diags.report(Diagnostic.of(Code.E0201, e.span(), "`" + name + "` needs a list of numbers, found " + Types.article(t)));
        return Type.ERROR;
    }

    private Type mapFilter(String name, Expr xs, Expr f) {
        Type t = attr.expr(xs, null);
        if (t == Type.ERROR) {
            attr.expr(f, null);
            return t;
        }
        if (!(t instanceof Type.ListT l)) {
            diags.report(Diagnostic.of(Code.E0201, xs.span(), "`" + name + "` needs a List, found " + Types.article(t)));
            attr.expr(f, null);
            return Type.ERROR;
        }
        Type want = new Type.FnT(List.of(l.elem()), name.equals("filter") ? Type.BOOL : null);
        Type ft = attr.expr(f, name.equals("filter") ? want : new Type.FnT(List.of(l.elem()), Type.ERROR));
        if (ft == Type.ERROR) return Type.ERROR;
        if (!(ft instanceof Type.FnT fn) || fn.params().size() != 1 || !attr.types().assignable(l.elem(), fn.params().get(0), null)) {
            diags.report(Diagnostic.of(Code.E0201, f.span(), "`" + name + "` needs a function of one " + l.elem().show() + ", found " + Types.article(ft)));
            return Type.ERROR;
        }
        if (name.equals("filter")) {
            // a lambda was checked against `-> Bool` already, where its body is
            if (fn.result() != Type.BOOL && fn.result() != Type.ERROR && !(f instanceof Expr.Lambda)) {
                diags.report(Diagnostic.of(Code.E0201, f.span(), "the predicate of `filter` must return a Bool, not " + Types.article(fn.result())));
                return Type.ERROR;
            }
            return t;
        }
        return new Type.ListT(fn.result());
    }
}
