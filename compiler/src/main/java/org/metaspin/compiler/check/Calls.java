package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;
import org.metaspin.runtime.api.Constraint;
import org.metaspin.runtime.api.Relation;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * Calls (§4): resolves what is called (a function, a parameterized declaration, a protocol,
 * a runtime builtin and its overloads, a function value, an intrinsic, a value called as a
 * function) and binds positional and named arguments to parameters (E0205, E0206), with
 * defaults and varargs. Part of the check phase; {@link Attr} types the arguments.
 */
final class Calls {
    private final Attr attr;
    private final Attribution out;
    private final Diagnostics diags;

    Calls(Attr attr, Diagnostics diags) {
        this.attr = attr;
        this.out = attr.attribution();
        this.diags = diags;
    }

    Type call(Expr.Call c, Type expected) {
        Symbol target = null;
        if (c.callee() instanceof Expr.Name n) {
            target = attr.resolve().resolveName(n, true);
            if (target == null) {
                for (Expr.Arg a : c.args()) attr.expr(a.value(), null);
                return Type.ERROR;
            }
        } else if (c.callee() instanceof Expr.Member m) {
            Type t = attr.expr(m, null);
            MemberTarget mt = out.members.get(m);
            if (mt instanceof MemberTarget.Export ex) target = ex.symbol();
            else if (t == Type.ERROR) {
                for (Expr.Arg a : c.args()) attr.expr(a.value(), null);
                return Type.ERROR;
            }
        }
        if (target instanceof Symbol.Function f) {
                List<Expr> args = bindArgs(c.args(), paramNames(f.decl().params()), f.type().params(), defaults(f.decl().params()), c.span(), f.name());
                out.calls.put(c, new CallTarget.ToFunction(f, args));
                return attr.resultOf(f, c.span());
        }
        if (target instanceof Symbol.KindDecl k && k.fnType() != null) {
                List<Expr> args = bindArgs(c.args(), paramNames(k.decl().params()), k.fnType().params(), defaults(k.decl().params()), c.span(), k.name());
                out.calls.put(c, new CallTarget.ToKind(k, args));
                return k.type();
        }
        if (target instanceof Symbol.Protocol p) {
                List<Expr> args = bindArgs(c.args(), paramNames(p.decl().params()), p.type().params(), defaults(p.decl().params()), c.span(), p.name());
                out.calls.put(c, new CallTarget.ToProtocol(p, args));
                return Type.VOID;
        }
        if (target instanceof Symbol.Builtins b) return builtinCall(c, b.overloads(), null);
        if (target instanceof Symbol.Intrinsic i) return new IntrinsicTyper(attr, diags).type(c, i.which(), expected);
        Type calleeType = out.types.containsKey(c.callee()) ? out.types.get(c.callee()) : attr.expr(c.callee(), null);
        if (calleeType == Type.ERROR) return Type.ERROR;
        if (calleeType instanceof Type.FnT fn) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < fn.params().size(); i++) names.add(null);
            List<Expr> args = bindArgs(c.args(), names, fn.params(), null, c.span(), Types.shortText(c.callee()));
            out.calls.put(c, new CallTarget.ToValue(c.callee(), fn, args));
            return fn.result();
        }
        if (calleeType instanceof Type.Domain d) {
            List<BuiltinFn> call = attr.kinds().callOperator(d);
            if (!call.isEmpty()) return builtinCall(c, call, c.callee());
        }
        diags.report(Diagnostic.of(Code.E0207, c.callee().span(), "`" + Types.shortText(c.callee()) + "` is not callable")
                .withLabel("this is " + Types.article(calleeType)));
        for (Expr.Arg a : c.args()) attr.expr(a.value(), null);
        return Type.ERROR;
    }

    static List<String> paramNames(List<ParamDecl> ps) {
        return ps.stream().map(ParamDecl::name).toList();
    }

    static List<Expr> defaults(List<ParamDecl> ps) {
        List<Expr> d = new ArrayList<>();
        for (ParamDecl p : ps) d.add(p.defaultValue());
        return d;
    }

    /**
     * Chooses among a builtin's overloads by arity and argument types, then binds. A value
     * called as a function ({@code CoFeB(1.1 nm)}) passes itself as {@code receiver}.
     */
    private Type builtinCall(Expr.Call c, List<BuiltinFn> overloads, Expr receiver) {
        BuiltinFn chosen = overloads.get(0);
        if (overloads.size() > 1) {
            Map<Expr, Type> probe = new HashMap<>();
            for (Expr.Arg a : c.args()) probe.put(a.value(), attr.quietType(a.value()));
            for (BuiltinFn b : overloads) {
                int offset = receiver == null ? 0 : 1;
                boolean fits = c.args().size() + offset <= b.params().size();
                for (int i = 0; fits && i < c.args().size(); i++) {
                    Expr.Arg a = c.args().get(i);
                    int pi = a.name() == null ? i + offset : indexOf(b, a.name());
                    if (pi < 0) { fits = false; break; }
                    Type at = probe.get(a.value());
                    if (at != null && !attr.types().assignable(at, b.params().get(pi).type(), a.value())) fits = false;
                }
                // an overload whose required parameter is not given does not fit: the order of overloads never matters
                long positional = offset + c.args().stream().filter(a -> a.name() == null).count();
                for (int pi = (int) positional; fits && pi < b.params().size(); pi++) {
                    BuiltinFn.BuiltinParam p = b.params().get(pi);
                    if (p.defaultSource() == null && c.args().stream().noneMatch(a -> p.name().equals(a.name()))) fits = false;
                }
                if (fits) { chosen = b; break; }
            }
        }
        List<String> names = chosen.params().stream().map(BuiltinFn.BuiltinParam::name).toList();
        List<Type> types = chosen.fnType().params();
        List<Expr> defs = new ArrayList<>();
        for (BuiltinFn.BuiltinParam p : chosen.params()) defs.add(p.defaultSource() == null ? null : attr.builtinDefault(p));
        List<Expr.Arg> args = new ArrayList<>();
        if (receiver != null) args.add(new Expr.Arg(receiver.span(), null, receiver));
        args.addAll(c.args());
        if (chosen.varargs()) args = collectVarargs(args, chosen.params().size());
        List<Expr> bound = new ArrayList<>(bindArgs(args, names, types, defs, c.span(), chosen.name(), true));
        for (int i = 0; i < bound.size(); i++) if (bound.get(i) == null) bound.set(i, defs.get(i));
        checkConstants(chosen, bound, c.span());
        out.calls.put(c, new CallTarget.ToBuiltin(chosen, java.util.Collections.unmodifiableList(bound)));
        return chosen.result();
    }

    /**
     * E0304 for a constant argument that violates its parameter's {@code @Param(check)}, and at
     * the call for constant arguments that break a relation of {@code @Builtin(requires)}.
     */
    private void checkConstants(BuiltinFn b, List<Expr> bound, Span call) {
        List<String> violated = new ArrayList<>(0);
        for (int i = 0; i < bound.size() && i < b.params().size(); i++) {
            BuiltinFn.BuiltinParam p = b.params().get(i);
            if (p.check().isEmpty() || bound.get(i) == null) continue;
            Constraint c = Constraint.parse(p.check());
            Double v = attr.constants().value(bound.get(i));
            if (v != null && !c.test(v)) {
                violated.add(p.name());
                diags.report(Diagnostic.of(Code.E0304, bound.get(i).span(), "`" + p.name() + "` of `" + b.name() + "` must be " + c.described()
                        + ", but is " + Types.constantText(bound.get(i), v, p.type())).withLabel("violates `" + p.name() + " " + c.described() + "`"));
            }
        }
        if (b.requires().isEmpty()) return;
        List<String> names = b.params().stream().map(BuiltinFn.BuiltinParam::name).toList();
        for (Relation r : b.requires()) {
            int li = names.indexOf(r.left()), ri = names.indexOf(r.right());
            if (li >= bound.size() || ri >= bound.size() || bound.get(li) == null || bound.get(ri) == null) continue;
            if (violated.contains(r.left()) || violated.contains(r.right())) continue;
            Double a = attr.constants().value(bound.get(li));
            Double z = attr.constants().value(bound.get(ri));
            if (a == null || z == null || r.test(a, z)) continue;
            diags.report(Diagnostic.of(Code.E0304, call, "`" + b.name() + "` needs `" + r + "`, but `" + r.left() + "` is "
                    + Types.constantText(bound.get(li), a, b.params().get(li).type()) + " and `" + r.right() + "` is "
                    + Types.constantText(bound.get(ri), z, b.params().get(ri).type())).withLabel("violates `" + r + "`"));
        }
    }

    /** The positional arguments from the last parameter on become one list argument. */
    private static List<Expr.Arg> collectVarargs(List<Expr.Arg> args, int params) {
        int positional = 0;
        while (positional < args.size() && args.get(positional).name() == null) positional++;
        if (positional < params - 1) return args;
        if (positional == params && args.get(params - 1).value() instanceof Expr.ListLit) return args;
        List<Expr.Arg> rest = args.subList(params - 1, positional);
        List<Expr.Arg> out = new ArrayList<>(args.subList(0, params - 1));
        Span at = rest.isEmpty() ? (args.isEmpty() ? null : args.get(args.size() - 1).span())
                : rest.get(0).span().to(rest.get(rest.size() - 1).span());
        if (at == null) return args;
        out.add(new Expr.Arg(at, null, new Expr.ListLit(at, rest.stream().map(Expr.Arg::value).toList())));
        out.addAll(args.subList(positional, args.size()));
        return out;
    }

    private static int indexOf(BuiltinFn b, String name) {
        for (int i = 0; i < b.params().size(); i++) if (b.params().get(i).name().equals(name)) return i;
        return -1;
    }

    /**
     * Binds positional then named arguments to parameters (§4): E0205 for an unknown,
     * duplicate or surplus argument, E0206 for a missing one. Each argument is checked
     * against its parameter's type.
     */
    List<Expr> bindArgs(List<Expr.Arg> args, List<String> names, List<Type> types, List<Expr> defaults, Span call, String callee) {
        return bindArgs(args, names, types, defaults, call, callee, false);
    }

    /**
     * {@code dimensionless}: the callee is a runtime function, whose Real parameters need a
     * dimensionless argument (E0203, §2.3); elsewhere a quantity mismatch is E0202 (§15).
     */
    List<Expr> bindArgs(List<Expr.Arg> args, List<String> names, List<Type> types, List<Expr> defaults, Span call, String callee,
                        boolean dimensionless) {
        int n = types.size();
        Expr[] bound = new Expr[n];
        boolean[] given = new boolean[n];
        boolean named = false;
        int pos = 0;
        for (Expr.Arg a : args) {
            int i;
            if (a.name() == null) {
                if (named) {
                    diags.report(Diagnostic.of(Code.E0205, a.span(), "a positional argument after a named one")
                            .withHelp("put positional arguments first"));
                    attr.expr(a.value(), null);
                    continue;
                }
                i = pos++;
                if (i >= n) {
                    diags.report(Diagnostic.of(Code.E0205, a.span(), "`" + callee + "` takes " + n + " argument" + (n == 1 ? "" : "s") + ", this is one too many"));
                    attr.expr(a.value(), null);
                    continue;
                }
            } else {
                named = true;
                i = names.indexOf(a.name());
                if (i < 0) {
                    List<String> known = names.stream().filter(x -> x != null).toList();
                    diags.report(Diagnostic.of(Code.E0205, a.span(), "`" + callee + "` has no parameter `" + a.name() + "`")
                            .withHelp(Suggest.didYouMean(Suggest.closest(a.name(), known))));
                    attr.expr(a.value(), null);
                    continue;
                }
                if (given[i]) {
                    diags.report(Diagnostic.of(Code.E0205, a.span(), "`" + a.name() + "` is given twice"));
                    attr.expr(a.value(), null);
                    continue;
                }
            }
            given[i] = true;
            bound[i] = a.value();
            Type t = attr.expr(a.value(), types.get(i));
            if (dimensionless && types.get(i).equals(Type.REAL) && t instanceof Type.Quantity q && !q.dim().isNone() && !Types.isZero(a.value())) {
                diags.report(Diagnostic.of(Code.E0203, a.value().span(), "`" + callee + "` needs a dimensionless "
                        + (names.get(i) == null ? "argument" : "`" + names.get(i) + "`") + ", found " + Types.article(t))
                        .withLabel("`" + Types.shortText(a.value()) + "` is " + Types.article(t))
                        .withHelp("divide by a reference value, or convert with `to`: `(" + Types.shortText(a.value()) + ") to "
                                + QuantityFormat.displayUnit(q.dim()) + "`"));
                continue;
            }
            attr.types().coerce(a.value(), t, types.get(i));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (given[i]) continue;
            Expr d = defaults == null ? null : defaults.get(i);
            if (d == null) missing.add(names.get(i) == null ? "argument " + (i + 1) : "`" + names.get(i) + "`");
            else bound[i] = null; // the callee's default: the generator evaluates it at the call
        }
        if (!missing.isEmpty()) {
            diags.report(Diagnostic.of(Code.E0206, call, "missing " + String.join(", ", missing) + " in the call to `" + callee + "`"));
        }
        List<Expr> outArgs = new ArrayList<>();
        for (Expr e : bound) outArgs.add(e);
        return java.util.Collections.unmodifiableList(outArgs);
    }
}
