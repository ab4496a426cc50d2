package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.ast.TypeRef;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Scope;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.resolve.DefaultSource;
import org.metaspin.compiler.resolve.JavaTypes;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.Unit;

/**
 * The check phase (after javac's {@code Attr}): resolves names, types every expression,
 * checks dimensions (§2.3), calls (§4), statements (§5) and declarations (§8), and
 * records its findings in an {@link Attribution}. An expression with an error gets
 * {@link Type#ERROR}, which every later rule accepts silently: one error per mistake.
 */
public final class Attr {
    private final RuntimeLibrary lib;
    private final Diagnostics diags;
    private final Map<String, Attribution> modules;
    private final Env env;
    private final Attribution out;
    private final TypeRefs typeRefs;
    private final Kinds kinds;
    private final Enter enter;
    private final Resolve resolve;
    private final Operators operators;
    private final Calls calls;
    private final ConstEval consts;
    private final Types types;
    private final StmtAttr stmts;
    private final Map<Stmt.Fn, FnState> fnStates = new IdentityHashMap<>();

    private enum FnState { CHECKING, DONE }

    public Attr(RuntimeLibrary lib, Diagnostics diags, Map<String, Attribution> modules, Module module) {
        this(lib, diags, modules, new Env(new Attribution(module)));
    }

    private Attr(RuntimeLibrary lib, Diagnostics diags, Map<String, Attribution> modules, Env env) {
        this.lib = lib;
        this.diags = diags;
        this.modules = modules;
        this.env = env;
        this.out = env.out;
        this.typeRefs = new TypeRefs(env, lib, diags);
        this.kinds = new Kinds(lib, diags, this);
        this.enter = new Enter(env, diags, modules, typeRefs, kinds);
        this.resolve = new Resolve(this, env, lib, diags, modules);
        this.types = new Types(diags, out);
        this.operators = new Operators(this, out, diags, types, kinds);
        this.calls = new Calls(this, diags);
        this.consts = new ConstEval(out, modules);
        this.stmts = new StmtAttr(this, env, diags, enter, resolve, typeRefs, operators, calls, types, consts);
    }

    // ------------------------------------------------------------------ module

    public Attribution check() {
        return check(List.of());
    }

    /**
     * Checks the module with the exports of {@code earlier} modules visible as if imported
     * by name, later ones replacing earlier ones: how each REPL input sees the inputs before it.
     */
    public Attribution check(List<Attribution> earlier) {
        for (Attribution a : earlier) env.moduleScope.putAll(a.exports);
        List<Stmt> items = out.module.items();
        for (Stmt s : items) if (s instanceof Stmt.Import imp) enter.declareImport(imp);
        for (Stmt s : items) enter.declareTopLevel(s);
        for (Stmt s : items) {
            if (s instanceof Stmt.Import) continue;
            if (s instanceof Stmt.Fn || s instanceof Stmt.Protocol || s instanceof Stmt.Kind) continue;
            stmts.stmt(s);
        }
        // Function bodies see every top-level binding (§15: reading one before it ran is R0005).
        for (Stmt s : items) {
            // each definition with its own symbol: a duplicate (E0102) has its own parameters
            if (s instanceof Stmt.Fn f) checkFnBody(f, (Symbol.Function) out.symbols.get(f));
            else if (s instanceof Stmt.Protocol p) checkProtocol(p);
            else if (s instanceof Stmt.Kind k) checkKind(k);
        }
        for (Map.Entry<String, Symbol> e : env.moduleScope.names().entrySet()) {
            if (!e.getKey().startsWith("_")) out.exports.put(e.getKey(), e.getValue());
        }
        return out;
    }



    // ------------------------------------------------------------------ functions

    void checkFnBody(Stmt.Fn f, Symbol.Function sym) {
        if (sym == null || fnStates.get(f) == FnState.DONE) return;
        if (fnStates.get(f) == FnState.CHECKING) return;
        fnStates.put(f, FnState.CHECKING);
        Scope savedScope = env.scope;
        Env.Frame savedFrame = env.frame;
        env.scope = new Scope(sym.nested() ? env.scope : env.moduleScope);
        boolean infer = f.result() == null && f.exprBody() != null;
        env.frame = new Env.Frame(f, sym.nested() ? env.frame : null, sym.type().result());
        declareParams(f.params(), sym.type().params());
        if (f.exprBody() != null) {
            Type t = expr(f.exprBody(), infer ? null : sym.type().result());
            if (!infer) types.coerce(f.exprBody(), t, sym.type().result());
            else out.fnResults.put(f, t == Type.NOTHING ? Type.ERROR : t);
        } else {
            stmts.block(f.body());
        }
        sym.captures().addAll(env.frame.captures);
        out.captures.put(f, sym.captures());
        env.scope = savedScope;
        env.frame = savedFrame;
        fnStates.put(f, FnState.DONE);
    }


    /** The result type of a function, inferring it from an `= expr` body when not declared. */
    Type resultOf(Symbol.Function fn, Span callSite) {
        Stmt.Fn f = fn.decl();
        if (f.result() != null || f.exprBody() == null) return fn.type().result();
        Type t = out.fnResults.get(f);
        if (t != null) return t;
        if (fnStates.get(f) == FnState.CHECKING) {
            diags.report(Diagnostic.of(Code.E0201, callSite, "the result type of recursive function `" + f.name() + "` cannot be inferred")
                    .withHelp("declare it: `fn " + f.name() + "(…) -> Real = …`"));
            return Type.ERROR;
        }
        if (!fn.module().equals(out.module.name())) {
            Attribution other = modules.get(fn.module());
            Type r = other == null ? null : other.fnResults.get(f);
            return r == null ? Type.ERROR : r;
        }
        checkFnBody(f, fn);
        t = out.fnResults.get(f);
        return t == null ? Type.ERROR : t;
    }

    private void declareParams(List<ParamDecl> ps, List<Type> paramTypes) {
        for (int i = 0; i < ps.size(); i++) {
            ParamDecl p = ps.get(i);
            if (p.defaultValue() != null) {
                Type t = expr(p.defaultValue(), paramTypes.get(i));
                types.coerce(p.defaultValue(), t, paramTypes.get(i));
            }
            Symbol.Local l = new Symbol.Local(p.name(), paramTypes.get(i), false, p.span(), env.frame.owner);
            l.markUsed();
            enter.define(p.name(), l, p.span());
            out.symbols.put(p, l);
        }
    }

    private void checkProtocol(Stmt.Protocol p) {
        if (!(out.symbols.get(p) instanceof Symbol.Protocol sym)) return;
        Scope savedScope = env.scope;
        env.scope = new Scope(env.moduleScope);
        env.frame = new Env.Frame(p, null, Type.VOID);
        declareParams(p.params(), sym.type().params());
        stmts.block(p.body());
        env.frame = null;
        env.scope = savedScope;
    }

    private void checkKind(Stmt.Kind k) {
        Symbol s = env.moduleScope.local(k.name());
        if (!(s instanceof Symbol.KindDecl kd) || kd.decl() != k) return;
        Scope savedScope = env.scope;
        env.scope = new Scope(env.moduleScope);
        if (k.params() != null) {
            env.frame = new Env.Frame(k, null, kd.type());
            declareParams(k.params(), kd.fnType().params());
        }
        kinds.checkDecl(k, kd.type());
        env.frame = null;
        env.scope = savedScope;
    }


    // ------------------------------------------------------------------ expressions

    /** Types {@code e}; {@code expected} (nullable) guides lambdas, `[]` and the literal 0. */
    Type expr(Expr e, Type expected) {
        Type t = compute(e, expected);
        if (t instanceof Type.ModuleRef ref && e != moduleTarget) {
            // a module is only a prefix for its members (`helper.scale`), not a value
            diags.report(Diagnostic.of(Code.E0201, e.span(), "module `" + ref.name() + "` is not a value")
                    .withHelp("use one of its members: `" + ref.name() + ".name`"));
            t = Type.ERROR;
        }
        if (Types.listDepth(t) > Types.MAX_LIST_DEPTH) {
            diags.report(Types.tooDeep(e.span()));
            t = Type.ERROR;
        }
        out.types.put(e, t);
        return t;
    }

    /** The target of the member access being typed, the one place where a module name may stand. */
    private Expr moduleTarget;

    private Type compute(Expr e, Type expected) {
        if (e instanceof Expr.Num n) return number(n, expected);
        if (e instanceof Expr.Str s) {
                for (Expr.StrPart p : s.parts()) {
                    if (p instanceof Expr.Interp i) {
                        Type t = expr(i.expr(), null);
                        if (t == Type.VOID) diags.report(Diagnostic.of(Code.E0201, i.expr().span(), "this call returns no value to show"));
                    }
                }
                return Type.STRING;
        }
        if (e instanceof Expr.Bool) return Type.BOOL;
        if (e instanceof Expr.Name n) return resolve.typeOfSymbol(resolve.resolveName(n, true), n);
        if (e instanceof Expr.ListLit l) return list(l, expected);
        if (e instanceof Expr.Neg n) {
                Type t = expr(n.operand(), expected);
                if (t == Type.ERROR || Type.isNumeric(t)) return t;
                diags.report(Diagnostic.of(Code.E0201, n.span(), "cannot negate " + t.show()));
                return Type.ERROR;
        }
        if (e instanceof Expr.Not n) {
                Type t = expr(n.operand(), Type.BOOL);
                if (t == Type.ERROR || t == Type.BOOL) return Type.BOOL;
                diags.report(Diagnostic.of(Code.E0201, n.operand().span(), "`not` needs a Bool, found " + t.show()));
                return Type.ERROR;
        }
        if (e instanceof Expr.Binary b) return operators.binary(b, expected);
        if (e instanceof Expr.Cond c) {
                condition(c.cond());
                Type a = expr(c.then(), expected);
                Type b = expr(c.otherwise(), expected == null ? a : expected);
                Type u = types.unify(a, b, c.then(), c.otherwise());
                if (u == null) {
                    diags.report(Types.mismatch(c.otherwise().span(), b, a, "the `else` branch").withNote(c.then().span(), "the `then` branch is " + a.show()));
                    return Type.ERROR;
                }
                return u;
        }
        if (e instanceof Expr.Lambda l) return lambda(l, expected);
        if (e instanceof Expr.Call c) return calls.call(c, expected);
        if (e instanceof Expr.Index i) return index(i);
        if (e instanceof Expr.Member m) return member(m);
        if (e instanceof Expr.With w) {
                Type t = expr(w.target(), null);
                if (t == Type.ERROR) return t;
                if (!(t instanceof Type.Domain d) || !Kinds.isBuildable(d.javaClass())) {
                    diags.report(Diagnostic.of(Code.E0207, w.target().span(), "`with` needs a value of a declaration kind, found " + t.show()));
                    return Type.ERROR;
                }
                kinds.checkProps(w.props(), d.javaClass());
                return t;
        }
        if (e instanceof Expr.Convert c) {
                Type t = expr(c.value(), null);
                Unit u = typeRefs.unit(c.unit());
                typeRefs.warnShadowedUnits(c.unit(), Types.shortText(c.value()) + " to ", null);
                if (u == null || t == Type.ERROR) return Type.REAL;
                out.scales.put(c, u.scale());
                if (!Type.isNumeric(t)) {
                    diags.report(Diagnostic.of(Code.E0201, c.value().span(), "only a quantity converts to a unit, not " + t.show()));
                    return Type.REAL;
                }
                Dimension d = t == Type.INT ? Dimension.NONE : ((Type.Quantity) t).dim();
                if (!d.equals(u.dimension()) && !Types.isZero(c.value())) {
                    diags.report(Diagnostic.of(Code.E0202, c.span(), "cannot convert " + t.show() + " to `" + c.unit().text() + "`")
                            .withLabel("`" + c.value().span().text() + "` is a " + t.show() + ", `" + c.unit().text() + "` is a "
                                    + new Type.Quantity(u.dimension()).show()));
                }
                return Type.REAL;
        }
        Expr.Range r = (Expr.Range) e;
        {
                for (Expr side : List.of(r.from(), r.to())) {
                    Type t = expr(side, Type.INT);
                    if (t != Type.INT && t != Type.ERROR) {
                        diags.report(Diagnostic.of(Code.E0201, side.span(), "a range needs Int bounds, found " + t.show())
                                .withHelp(Type.isQuantity(t) ? "use `linspace(a, b, n)` for quantities" : ""));
                    }
                }
                return new Type.ListT(Type.INT);
        }
    }

    private Type number(Expr.Num n, Type expected) {
        if (n.integral() && n.unit() == null) {
            if (n.intValue() == null) {
                diags.report(Diagnostic.of(Code.E0003, n.span(), "the Int literal `" + n.text() + "` does not fit in 64 bits")
                        .withHelp("write it as a Real: `" + n.text() + ".0`"));
                return Type.ERROR;
            }
            if (Types.isZero(n) && expected instanceof Type.Quantity q) return q;
            return Type.INT;
        }
        if (n.unit() == null) {
            if (Types.isZero(n) && expected instanceof Type.Quantity q) return q;
            return Type.REAL;
        }
        Unit u = typeRefs.unit(n.unit());
        if (u == null) return Type.ERROR;
        typeRefs.warnShadowedUnits(n.unit(), n.text() + " ", n.text());
        out.scales.put(n, u.scale());
        return new Type.Quantity(u.dimension());
    }

    private Type list(Expr.ListLit l, Type expected) {
        Type want = expected instanceof Type.ListT lt ? lt.elem() : null;
        if (l.elements().isEmpty()) return want != null ? new Type.ListT(want) : new Type.ListT(Type.NOTHING);
        Type acc = null;
        Expr first = null;
        for (Expr e : l.elements()) {
            Type t = expr(e, want != null ? want : acc);
            if (t == Type.VOID) {
                diags.report(Diagnostic.of(Code.E0201, e.span(), "this call returns no value to put in a list"));
                t = Type.ERROR;
            }
            if (acc == null) {
                acc = t;
                first = e;
                continue;
            }
            Type u = types.unify(acc, t, first, e);
            if (u == null) {
                diags.report(Types.mismatch(e.span(), t, acc, "this element").withNote(first.span(), "the first element is " + acc.show()));
                return Type.ERROR;
            }
            acc = u;
        }
        if (want != null && types.assignable(acc, want, null)) return new Type.ListT(want);
        return new Type.ListT(acc);
    }


    private Type lambda(Expr.Lambda l, Type expected) {
        Type.FnT want = expected instanceof Type.FnT f && f.params().size() == l.params().size() ? f : null;
        List<Type> ps = new ArrayList<>();
        for (int i = 0; i < l.params().size(); i++) {
            Expr.LambdaParam p = l.params().get(i);
            Type t = p.type() != null ? typeRefs.type(p.type()) : want != null ? want.params().get(i) : null;
            if (t == null) {
                diags.report(Diagnostic.of(Code.E0201, p.span(), "the type of `" + p.name() + "` cannot be inferred")
                        .withHelp("annotate it: `(" + p.name() + ": Real) => …`"));
                t = Type.ERROR;
            }
            ps.add(t);
        }
        Scope savedScope = env.scope;
        Env.Frame savedFrame = env.frame;
        env.scope = new Scope(env.scope);
        env.frame = new Env.Frame(l, env.frame, want != null ? want.result() : null);
        for (int i = 0; i < ps.size(); i++) {
            Expr.LambdaParam p = l.params().get(i);
            Symbol.Local v = new Symbol.Local(p.name(), ps.get(i), false, p.span(), l);
            v.markUsed();
            enter.define(p.name(), v, p.span());
            out.lambdaParams.put(p, v);
        }
        Type body = expr(l.body(), want != null ? want.result() : null);
        Type result = body;
        if (want != null && want.result() != Type.ERROR) {
            if (types.coerce(l.body(), body, want.result())) result = want.result();
        }
        out.captures.put(l, List.copyOf(env.frame.captures));
        env.scope = savedScope;
        env.frame = savedFrame;
        return new Type.FnT(ps, result);
    }


    private Type index(Expr.Index i) {
        Type t = expr(i.target(), null);
        if (i.index() instanceof Expr.Range) {
            expr(i.index(), null);
            if (t == Type.ERROR || t instanceof Type.ListT) return t;
            diags.report(Diagnostic.of(Code.E0207, i.target().span(), t.show() + " cannot be sliced"));
            return Type.ERROR;
        }
        Type k = expr(i.index(), Type.INT);
        if (k != Type.INT && k != Type.ERROR) {
            diags.report(Diagnostic.of(Code.E0201, i.index().span(), "a list index must be an Int, found " + k.show()));
        }
        if (t == Type.ERROR) return t;
        if (t instanceof Type.ListT l) return l.elem();
        if (t instanceof Type.Domain d && RuntimeLibrary.indexer(d.javaClass()) != null) {
            return JavaTypes.toType(RuntimeLibrary.indexer(d.javaClass()).getReturnType(), "");
        }
        diags.report(Diagnostic.of(Code.E0207, i.target().span(), t.show() + " is not indexable"));
        return Type.ERROR;
    }

    /** Types a condition: a Bool, E0201 otherwise. */
    void condition(Expr c) {
        Type t = expr(c, Type.BOOL);
        if (t != Type.BOOL && t != Type.ERROR) {
            diags.report(Diagnostic.of(Code.E0201, c.span(), "expected a Bool condition, found " + t.show()));
        }
    }

    /** A member access: its target typed (the one place where a module name may stand), then looked up. */
    private Type member(Expr.Member m) {
        Expr savedTarget = moduleTarget;
        moduleTarget = m.target();
        Type t = expr(m.target(), null);
        moduleTarget = savedTarget;
        return t == Type.ERROR ? t : resolve.member(m, t);
    }


    // ------------------------------------------------------------------ support for Calls

    /** Types an argument without reporting, to choose an overload; the real check follows. */
    Type quietType(Expr e) {
        if (e instanceof Expr.Lambda) return null;
        Attr probe = new Attr(lib, new Diagnostics(), modules, env.scratch(new Attribution(out.module)));
        try {
            return probe.expr(e, null);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private final Map<BuiltinFn.BuiltinParam, Expr> builtinDefaults = new IdentityHashMap<>();

    /** A builtin's default is MetaSpin source in its annotation, parsed and checked in the prelude. */
    Expr builtinDefault(BuiltinFn.BuiltinParam p) {
        return builtinDefaults.computeIfAbsent(p, k -> {
            Expr e = DefaultSource.parse(k.defaultSource());
            Scope saved = env.scope;
            Env.Frame savedFrame = env.frame;
            env.scope = new Scope(null);
            env.frame = null;
            Type t = expr(e, k.type());
            types.coerce(e, t, k.type());
            env.scope = saved;
            env.frame = savedFrame;
            return e;
        });
    }

    // ------------------------------------------------------------------ accessors for helpers

    Type type(TypeRef t) { return typeRefs.type(t); }

    Resolve resolve() { return resolve; }

    Attribution attribution() { return out; }

    RuntimeLibrary library() { return lib; }

    ConstEval constants() { return consts; }

    Kinds kinds() { return kinds; }

    Types types() { return types; }

    Calls calls() { return calls; }
}
