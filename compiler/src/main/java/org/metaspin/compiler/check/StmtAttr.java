package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.Scope;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;

/**
 * Statements (§5): bindings and assignments (E0104, E0305), loops, `return` against the
 * frame's result type, `run` and `sweep`, nested functions. Expressions are {@link Attr}'s;
 * jumps and unused locals are {@link Flow}'s, after the whole module is typed.
 */
final class StmtAttr {
    private final Attr attr;
    private final Env env;
    private final Attribution out;
    private final Diagnostics diags;
    private final Enter enter;
    private final Resolve resolve;
    private final TypeRefs typeRefs;
    private final Operators operators;
    private final Calls calls;
    private final Types types;
    private final ConstEval consts;

    StmtAttr(Attr attr, Env env, Diagnostics diags, Enter enter, Resolve resolve, TypeRefs typeRefs, Operators operators,
             Calls calls, Types types, ConstEval consts) {
        this.attr = attr;
        this.env = env;
        this.out = env.out;
        this.diags = diags;
        this.enter = enter;
        this.resolve = resolve;
        this.typeRefs = typeRefs;
        this.operators = operators;
        this.calls = calls;
        this.types = types;
        this.consts = consts;
    }

    void block(Stmt.Block b) {
        Scope saved = env.scope;
        env.scope = new Scope(env.scope);
        for (Stmt s : b.stmts()) stmt(s);
        env.scope = saved;
    }

    void stmt(Stmt s) {
        if (s instanceof Stmt.Let l) {
            let(l);
        } else if (s instanceof Stmt.Assign a) {
            assign(a);
        } else if (s instanceof Stmt.If i) {
            attr.condition(i.cond());
            block(i.then());
            if (i.otherwise() != null) stmt(i.otherwise());
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else if (s instanceof Stmt.While w) {
            attr.condition(w.cond());
            block(w.body());
        } else if (s instanceof Stmt.Return r) {
            ret(r);
        } else if (s instanceof Stmt.Assert a) {
            attr.condition(a.cond());
            if (a.message() != null) {
                Type t = attr.expr(a.message(), Type.STRING);
                if (t != Type.ERROR && t != Type.STRING) {
                    diags.report(Diagnostic.of(Code.E0201, a.message().span(), "the message of `assert` must be a String, not " + t.show()));
                }
            }
        } else if (s instanceof Stmt.Print p) {
            for (Expr e : p.args()) {
                Type t = attr.expr(e, null);
                if (t == Type.VOID) diags.report(Diagnostic.of(Code.E0201, e.span(), "this call returns no value to print"));
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            attr.expr(e.expr(), null);
        } else if (s instanceof Stmt.Run r) {
            run(r);
        } else if (s instanceof Stmt.Block b) {
            block(b);
        } else if (s instanceof Stmt.Fn f) {
            nestedFn(f);
        } else if (s instanceof Stmt.Protocol p) {
            diags.report(Diagnostic.of(Code.E0001, p.span(), "a protocol is declared at the top level of a file"));
        } else if (s instanceof Stmt.Kind k) {
            if (env.frame != null || env.scope != env.moduleScope) {
                diags.report(Diagnostic.of(Code.E0001, k.span(), "a `" + k.kind() + "` is declared at the top level of a file"));
            }
        } else if (s instanceof Stmt.Import i) {
            diags.report(Diagnostic.of(Code.E0001, i.span(), "`import` stands at the top level of a file"));
        }
    }


    private void let(Stmt.Let l) {
        Type declared = l.type() == null ? null : typeRefs.type(l.type());
        Type t = attr.expr(l.value(), declared);
        if (declared != null) {
            types.coerce(l.value(), t, declared);
            t = declared;
        } else if (t == Type.VOID) {
            diags.report(Diagnostic.of(Code.E0201, l.value().span(), "this call returns no value to bind"));
            t = Type.ERROR;
        } else if (t instanceof Type.ListT lt && lt.elem() == Type.NOTHING) {
            diags.report(Diagnostic.of(Code.E0201, l.value().span(), "the type of an empty list cannot be inferred")
                    .withHelp("annotate it: `let " + l.name() + ": List[Real] = []`"));
            t = Type.ERROR;
        }
        if (env.frame == null && env.scope == env.moduleScope) {
            Symbol.Global g = new Symbol.Global(out.module.name(), l.name(), t, l.mutable(), l.nameSpan(), l);
            enter.define(l.name(), g, l.nameSpan());
            out.symbols.put(l, g);
            out.globals.add(g);
            if (!l.mutable()) consts.bind(g, l.value(), t); // a `var` is no constant (§15), whatever its first value
        } else {
            Symbol.Local v = new Symbol.Local(l.name(), t, l.mutable(), l.nameSpan(), env.frame == null ? out.module : env.frame.owner);
            // a second definition (E0102) is not also reported as unused (W0001)
            if (!enter.define(l.name(), v, l.nameSpan())) v.markUsed();
            out.symbols.put(l, v);
            if (!l.mutable()) consts.bind(v, l.value(), t);
        }
    }

    private void assign(Stmt.Assign a) {
        Type target;
        if (a.target() instanceof Expr.Name n) {
            Symbol s = resolve.resolveName(n, false);
            target = resolve.typeOfSymbol(s, n);
            out.types.put(n, target);
            boolean mutable = (s instanceof Symbol.Local l && l.mutable) || (s instanceof Symbol.Global g && g.mutable());
            if (s != null && !mutable && target != Type.ERROR) {
                String what = s instanceof Symbol.Local || s instanceof Symbol.Global ? "`" + n.id() + "` is not a `var`"
                        : "`" + n.id() + "` is not a variable";
                diags.report(Diagnostic.of(Code.E0104, n.span(), "cannot assign to `" + n.id() + "`")
                        .withLabel(what)
                        .withHelp(s instanceof Symbol.Local || s instanceof Symbol.Global ? "declare it with `var` to make it mutable" : ""));
                target = Type.ERROR;
            }
        } else if (a.target() instanceof Expr.Member m) {
            target = attr.expr(m, null);
            MemberTarget mt = out.members.get(m);
            if (mt instanceof MemberTarget.Property p && p.prop().prop().derived()) {
                diags.report(Diagnostic.of(Code.E0305, m.nameSpan(), "`" + m.name() + "` is a derived property and cannot be assigned")
                        .withLabel("computed from the other properties"));
            } else if (target != Type.ERROR) {
                diags.report(Diagnostic.of(Code.E0104, m.span(), "cannot assign to a property")
                        .withHelp("values of kinds are immutable: make a copy with `value with { " + m.name() + " = … }`"));
            }
            target = Type.ERROR;
        } else {
            return;
        }
        Type v;
        if (a.op() == null) {
            v = attr.expr(a.value(), target);
            types.coerce(a.value(), v, target);
        } else {
            v = attr.expr(a.value(), null);
            Expr.Binary bin = new Expr.Binary(a.span(), a.op(), a.target(), a.value());
            out.compound.put(a, bin);
            Type r = operators.arithmetic(bin, target, v);
            out.types.put(bin, r);
            if (r != Type.ERROR && target != Type.ERROR && !types.assignable(r, target, null)) {
                diags.report(Types.mismatch(a.span(), r, target, "the result of `" + a.op().symbol + "=`"));
            }
        }
    }

    private void forLoop(Stmt.For f) {
        Type it = attr.expr(f.iterable(), null);
        Type elem;
        if (it instanceof Type.ListT l) elem = l.elem();
        else {
            if (it != Type.ERROR) diags.report(Diagnostic.of(Code.E0201, f.iterable().span(), "cannot iterate over " + it.show())
                    .withHelp("iterate over a List or a range `a..b`"));
            elem = Type.ERROR;
        }
        Scope saved = env.scope;
        env.scope = new Scope(env.scope);
        Symbol.Local v = new Symbol.Local(f.var(), elem, false, f.varSpan(), env.frame == null ? out.module : env.frame.owner);
        v.markUsed();
        enter.define(f.var(), v, f.varSpan());
        out.symbols.put(f, v);
        block(f.body());
        env.scope = saved;
    }

    private void ret(Stmt.Return r) {
        if (env.frame == null) { // E0401 is Flow's
            if (r.value() != null) attr.expr(r.value(), null);
            return;
        }
        Type want = env.frame.result;
        if (r.value() == null) {
            if (want != Type.VOID && want != Type.ERROR && want != null) {
                diags.report(Diagnostic.of(Code.E0201, r.span(), "this function must return a " + want.show()));
            }
            return;
        }
        Type t = attr.expr(r.value(), want == Type.VOID ? null : want);
        if (want == Type.VOID) {
            diags.report(Diagnostic.of(Code.E0201, r.value().span(), "this function declares no result type, but returns a value")
                    .withHelp("declare it: `-> " + t.show() + "`"));
        } else if (want != null) {
            types.coerce(r.value(), t, want);
        }
    }

    private void run(Stmt.Run r) {
        Symbol s = env.scope.lookup(r.protocol());
        if (!(s instanceof Symbol.Protocol p)) {
            diags.report(Diagnostic.of(Code.E0101, r.nameSpan(), s == null ? "no protocol named `" + r.protocol() + "`"
                    : "`" + r.protocol() + "` is not a protocol"));
            for (Expr.Arg a : r.args()) attr.expr(a.value(), null);
            return;
        }
        out.symbols.put(r, p);
        if (!r.sweep()) {
            List<Expr> ordered = calls.bindArgs(r.args(), Calls.paramNames(p.decl().params()), p.type().params(),
                    Calls.defaults(p.decl().params()), r.span(), p.name());
            out.calls.put(syntheticCall(r), new CallTarget.ToProtocol(p, ordered));
            return;
        }
        // sweep: every argument is a list of values of the parameter's type (or one value)
        List<String> names = Calls.paramNames(p.decl().params());
        for (Expr.Arg a : r.args()) {
            int i = a.name() == null ? -1 : names.indexOf(a.name());
            if (i < 0) {
                diags.report(Diagnostic.of(Code.E0205, a.span(), a.name() == null ? "`sweep` takes named arguments"
                        : "protocol `" + p.name() + "` has no parameter `" + a.name() + "`"));
                attr.expr(a.value(), null);
                continue;
            }
            Type want = p.type().params().get(i);
            Type t = attr.expr(a.value(), new Type.ListT(want));
            if (t instanceof Type.ListT lt) {
                if (!types.assignable(lt.elem(), want, null) && lt.elem() != Type.ERROR) diags.report(Types.mismatch(a.value().span(), lt.elem(), want, "the values"));
            } else {
                types.coerce(a.value(), t, want);
            }
        }
    }

    /** `run P(args)` is checked like the call `P(args)`; the generator finds it in {@link Attribution#runs}. */
    private Expr.Call syntheticCall(Stmt.Run r) {
        return out.runs.computeIfAbsent(r, k -> new Expr.Call(k.span(), new Expr.Name(k.nameSpan(), k.protocol()), k.args()));
    }

    private void nestedFn(Stmt.Fn f) {
        Symbol.Function sym = new Symbol.Function(out.module.name(), f.name(), f, enter.signature(f), true, new ArrayList<>());
        enter.define(f.name(), sym, f.nameSpan());
        out.symbols.put(f, sym);
        attr.checkFnBody(f, sym);
    }
}
