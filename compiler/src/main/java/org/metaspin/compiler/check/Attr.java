package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Expr.BinOp;
import org.metaspin.compiler.ast.Param;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.ast.TypeRef;
import org.metaspin.compiler.ast.UnitExpr;
import org.metaspin.compiler.code.BuiltinConst;
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
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.DimensionNames;
import org.metaspin.runtime.units.Unit;
import org.metaspin.runtime.units.UnitTable;

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
    private final Attribution out;
    private final Kinds kinds;
    private final Calls calls;
    private final ConstEval consts;
    private final Types types;

    /** The frame being checked: a function, protocol or lambda (null at top level). */
    private Frame frame;
    private Scope scope;
    private final Scope moduleScope = new Scope(null);
    private final Map<Stmt.Fn, FnState> fnStates = new IdentityHashMap<>();
    private final Set<String> importPrefixes = new LinkedHashSet<>();

    private enum FnState { CHECKING, DONE }

    /** The function-like body being checked: owner of its locals, its result type and loop depth. */
    private static final class Frame {
        final Object owner;
        final Frame outer;
        final Type result;
        final List<Symbol.Local> captures = new ArrayList<>();
        final List<Symbol.Local> locals = new ArrayList<>();
        int loops;

        Frame(Object owner, Frame outer, Type result) {
            this.owner = owner;
            this.outer = outer;
            this.result = result;
        }
    }

    public Attr(RuntimeLibrary lib, Diagnostics diags, Map<String, Attribution> modules, org.metaspin.compiler.ast.Module module) {
        this.lib = lib;
        this.diags = diags;
        this.modules = modules;
        this.out = new Attribution(module);
        this.kinds = new Kinds(lib, diags, this);
        this.calls = new Calls(this, diags);
        this.consts = new ConstEval(out);
        this.types = new Types(diags, out);
        this.scope = moduleScope;
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
        for (Attribution a : earlier) moduleScope.putAll(a.exports);
        List<Stmt> items = out.module.items();
        for (Stmt s : items) if (s instanceof Stmt.Import imp) declareImport(imp);
        for (Stmt s : items) declareTopLevel(s);
        for (Stmt s : items) {
            if (s instanceof Stmt.Import) continue;
            if (s instanceof Stmt.Fn || s instanceof Stmt.Protocol || s instanceof Stmt.Kind) continue;
            stmt(s);
        }
        // Function bodies see every top-level binding (§15: reading one before it ran is R0005).
        for (Stmt s : items) {
            // each definition with its own symbol: a duplicate (E0102) has its own parameters
            if (s instanceof Stmt.Fn f) checkFnBody(f, (Symbol.Function) out.symbols.get(f));
            else if (s instanceof Stmt.Protocol p) checkProtocol(p);
            else if (s instanceof Stmt.Kind k) checkKind(k);
        }
        warnUnused(topFrameLocals);
        if (!diags.hasErrors()) {
            ConstDecls constants = new ConstDecls(lib, diags, modules);
            constants.reportViolations(out);
            constants.reportInvalid(out);
            constants.reportMissing(out);
        }
        for (Map.Entry<String, Symbol> e : moduleScope.names().entrySet()) {
            if (!e.getKey().startsWith("_")) out.exports.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private final List<Symbol.Local> topFrameLocals = new ArrayList<>();

    private void declareImport(Stmt.Import imp) {
        Attribution m = modules.get(imp.moduleName());
        if (m == null) return; // the loader has reported E0103
        // one file imported under two names is one module (§15): its own name runs it
        if (!out.imports.contains(m.module.name())) out.imports.add(m.module.name());
        if (imp.alias() != null) {
            define(imp.alias(), new Symbol.ModuleName(imp.moduleName()), imp.span());
        } else if (imp.names() != null) {
            for (Stmt.ImportName n : imp.names()) {
                Symbol sym = n.name().startsWith("_") ? null : m.exports.get(n.name());
                if (sym == null) {
                    diags.report(Diagnostic.of(Code.E0101, n.span(), "module `" + imp.moduleName() + "` has no `" + n.name() + "`")
                            .withHelp(help(Suggest.closest(n.name(), m.exports.keySet()))));
                } else {
                    define(n.name(), sym, n.span());
                }
            }
        } else {
            importPrefixes.add(imp.moduleName());
            String first = imp.path().get(0);
            if (moduleScope.local(first) == null) moduleScope.put(first, new Symbol.ModuleName(first));
        }
    }

    private void declareTopLevel(Stmt s) {
        if (s instanceof Stmt.Fn f) {
            Symbol.Function sym = new Symbol.Function(out.module.name(), f.name(), f, signature(f), false, new ArrayList<>());
            define(f.name(), sym, f.nameSpan());
            out.symbols.put(f, sym);
        } else if (s instanceof Stmt.Protocol p) {
            Symbol.Protocol sym = new Symbol.Protocol(out.module.name(), p.name(), p, new Type.FnT(paramTypes(p.params()), Type.VOID));
            define(p.name(), sym, p.nameSpan());
            out.symbols.put(p, sym);
        } else if (s instanceof Stmt.Kind k) {
            Type.Domain t = kinds.domainOf(k);
            if (t != null) {
                Type.FnT fnType = k.params() == null ? null : new Type.FnT(paramTypes(k.params()), t);
                Symbol.KindDecl sym = new Symbol.KindDecl(out.module.name(), k.name(), k, t, fnType);
                define(k.name(), sym, k.nameSpan());
                out.symbols.put(k, sym);
                out.kinds.add(k);
            }
        }
    }

    /** Defines a name in the current scope; false (after E0102) when the scope already has it. */
    private boolean define(String name, Symbol sym, Span at) {
        Symbol old = scope.local(name);
        if (old != null && !(old instanceof Symbol.ModuleName) && !inherited(old)) {
            diags.report(Diagnostic.of(Code.E0102, at, "`" + name + "` is defined twice in this scope")
                    .withLabel("second definition"));
            return false;
        }
        scope.put(name, sym);
        return true;
    }

    /** A name that an earlier REPL input defined: a new definition replaces it. */
    private boolean inherited(Symbol s) {
        String module = s instanceof Symbol.Global g ? g.module()
                : s instanceof Symbol.Function f ? f.module()
                : s instanceof Symbol.Protocol p ? p.module()
                : s instanceof Symbol.KindDecl k ? k.module() : null;
        return module != null && !module.equals(out.module.name()) && scope == moduleScope;
    }

    private Type.FnT signature(Stmt.Fn f) {
        Type result;
        if (f.result() != null) result = type(f.result());
        else if (f.body() != null) result = Type.VOID;
        else result = null; // inferred from the body on demand
        return new Type.FnT(paramTypes(f.params()), result == null ? Type.ERROR : result);
    }

    private List<Type> paramTypes(List<Param> ps) {
        List<Type> out = new ArrayList<>();
        for (Param p : ps) out.add(type(p.type()));
        return out;
    }

    // ------------------------------------------------------------------ types

    Type type(TypeRef t) {
        if (t instanceof TypeRef.Named n) {
                if (n.name().equals("List")) {
                    if (n.arg() == null) {
                        diags.report(Diagnostic.of(Code.E0201, n.span(), "`List` needs an element type").withHelp("write `List[Real]`"));
                        return Type.ERROR;
                    }
                    return new Type.ListT(type(n.arg()));
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
                        .withHelp(help(Suggest.closest(n.name(), all))));
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
        Unit acc = null;
        for (UnitExpr.Factor f : u.factors()) {
            Unit one = UnitTable.lookup(f.symbol());
            if (one == null) {
                String s = UnitTable.suggest(f.symbol());
                String power = UnitHints.power(f.symbol());
                diags.report(Diagnostic.of(Code.E0004, f.span(), "unknown unit `" + f.symbol() + "`")
                        .withHelp(power != null ? power : help(s)));
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
    private void warnShadowedUnits(UnitExpr u, String before, String number) {
        for (int i = number == null ? 1 : 0; i < u.factors().size(); i++) {
            UnitExpr.Factor f = u.factors().get(i);
            Symbol s = scope.lookup(f.symbol());
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

    static String help(String suggestion) {
        return suggestion == null ? "" : "did you mean `" + suggestion + "`?";
    }

    // ------------------------------------------------------------------ functions

    private void checkFnBody(Stmt.Fn f, Symbol.Function sym) {
        if (sym == null || fnStates.get(f) == FnState.DONE) return;
        if (fnStates.get(f) == FnState.CHECKING) return;
        fnStates.put(f, FnState.CHECKING);
        Scope savedScope = scope;
        Frame savedFrame = frame;
        scope = new Scope(sym.nested() ? scope : moduleScope);
        boolean infer = f.result() == null && f.exprBody() != null;
        frame = new Frame(f, sym.nested() ? frame : null, sym.type().result());
        declareParams(f.params(), sym.type().params());
        if (f.exprBody() != null) {
            Type t = expr(f.exprBody(), infer ? null : sym.type().result());
            if (!infer) types.coerce(f.exprBody(), t, sym.type().result());
            else out.fnResults.put(f, t == Type.NOTHING ? Type.ERROR : t);
        } else {
            block(f.body());
            if (sym.type().result() != Type.VOID && sym.type().result() != Type.ERROR && Flow.completes(f.body())) {
                diags.report(Diagnostic.of(Code.E0402, f.nameSpan(), "function `" + f.name() + "` may end without returning a value")
                        .withHelp("end every path with `return …`"));
            }
        }
        warnUnused(frame.locals);
        sym.captures().addAll(frame.captures);
        out.captures.put(f, sym.captures());
        scope = savedScope;
        frame = savedFrame;
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

    private void declareParams(List<Param> ps, List<Type> paramTypes) {
        for (int i = 0; i < ps.size(); i++) {
            Param p = ps.get(i);
            if (p.defaultValue() != null) {
                Type t = expr(p.defaultValue(), paramTypes.get(i));
                types.coerce(p.defaultValue(), t, paramTypes.get(i));
            }
            Symbol.Local l = new Symbol.Local(p.name(), paramTypes.get(i), false, p.span(), frame.owner);
            l.markUsed();
            define(p.name(), l, p.span());
            out.symbols.put(p, l);
        }
    }

    private void checkProtocol(Stmt.Protocol p) {
        if (!(out.symbols.get(p) instanceof Symbol.Protocol sym)) return;
        Scope savedScope = scope;
        scope = new Scope(moduleScope);
        frame = new Frame(p, null, Type.VOID);
        declareParams(p.params(), sym.type().params());
        block(p.body());
        warnUnused(frame.locals);
        frame = null;
        scope = savedScope;
    }

    private void checkKind(Stmt.Kind k) {
        Symbol s = moduleScope.local(k.name());
        if (!(s instanceof Symbol.KindDecl kd) || kd.decl() != k) return;
        Scope savedScope = scope;
        scope = new Scope(moduleScope);
        if (k.params() != null) {
            frame = new Frame(k, null, kd.type());
            declareParams(k.params(), kd.fnType().params());
        }
        kinds.checkDecl(k, kd.type());
        frame = null;
        scope = savedScope;
    }

    // ------------------------------------------------------------------ statements

    private void block(Stmt.Block b) {
        Scope saved = scope;
        scope = new Scope(scope);
        for (Stmt s : b.stmts()) stmt(s);
        scope = saved;
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Let l) {
            let(l);
        } else if (s instanceof Stmt.Assign a) {
            assign(a);
        } else if (s instanceof Stmt.If i) {
            condition(i.cond());
            block(i.then());
            if (i.otherwise() != null) stmt(i.otherwise());
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else if (s instanceof Stmt.While w) {
            condition(w.cond());
            loop(() -> block(w.body()));
        } else if (s instanceof Stmt.Break b) {
            if (loops() == 0) diags.report(Diagnostic.of(Code.E0401, b.span(), "`break` outside a loop"));
        } else if (s instanceof Stmt.Continue c) {
            if (loops() == 0) diags.report(Diagnostic.of(Code.E0401, c.span(), "`continue` outside a loop"));
        } else if (s instanceof Stmt.Return r) {
            ret(r);
        } else if (s instanceof Stmt.Assert a) {
            condition(a.cond());
            if (a.message() != null) {
                Type t = expr(a.message(), Type.STRING);
                if (t != Type.ERROR && t != Type.STRING) {
                    diags.report(Diagnostic.of(Code.E0201, a.message().span(), "the message of `assert` must be a String, not " + t.show()));
                }
            }
        } else if (s instanceof Stmt.Print p) {
            for (Expr e : p.args()) {
                Type t = expr(e, null);
                if (t == Type.VOID) diags.report(Diagnostic.of(Code.E0201, e.span(), "this call returns no value to print"));
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.expr(), null);
        } else if (s instanceof Stmt.Run r) {
            run(r);
        } else if (s instanceof Stmt.Block b) {
            block(b);
        } else if (s instanceof Stmt.Fn f) {
            nestedFn(f);
        } else if (s instanceof Stmt.Protocol p) {
            diags.report(Diagnostic.of(Code.E0001, p.span(), "a protocol is declared at the top level of a file"));
        } else if (s instanceof Stmt.Kind k) {
            if (frame != null || scope != moduleScope) {
                diags.report(Diagnostic.of(Code.E0001, k.span(), "a `" + k.kind() + "` is declared at the top level of a file"));
            }
        } else if (s instanceof Stmt.Import i) {
            diags.report(Diagnostic.of(Code.E0001, i.span(), "`import` stands at the top level of a file"));
        }
    }

    private int loops() { return frame == null ? topLoops : frame.loops; }

    private int topLoops;

    private void loop(Runnable body) {
        if (frame == null) topLoops++; else frame.loops++;
        body.run();
        if (frame == null) topLoops--; else frame.loops--;
    }

    private void condition(Expr c) {
        Type t = expr(c, Type.BOOL);
        if (t != Type.BOOL && t != Type.ERROR) {
            diags.report(Diagnostic.of(Code.E0201, c.span(), "expected a Bool condition, found " + t.show()));
        }
    }

    private void let(Stmt.Let l) {
        Type declared = l.type() == null ? null : type(l.type());
        Type t = expr(l.value(), declared);
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
        if (frame == null && scope == moduleScope) {
            Symbol.Global g = new Symbol.Global(out.module.name(), l.name(), t, l.mutable(), l.nameSpan(), l);
            define(l.name(), g, l.nameSpan());
            out.symbols.put(l, g);
            out.globals.add(g);
            consts.bind(g, l.value(), t);
        } else {
            Symbol.Local v = new Symbol.Local(l.name(), t, l.mutable(), l.nameSpan(), frame == null ? out.module : frame.owner);
            boolean fresh = define(l.name(), v, l.nameSpan());
            out.symbols.put(l, v);
            if (fresh && frame != null) frame.locals.add(v);
            else if (fresh) topFrameLocals.add(v);
            if (!l.mutable()) consts.bind(v, l.value(), t);
        }
    }

    private void assign(Stmt.Assign a) {
        Type target;
        if (a.target() instanceof Expr.Name n) {
            Symbol s = resolveName(n, false);
            target = typeOfSymbol(s, n);
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
            target = expr(m, null);
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
            v = expr(a.value(), target);
            types.coerce(a.value(), v, target);
        } else {
            v = expr(a.value(), null);
            Expr.Binary bin = new Expr.Binary(a.span(), a.op(), a.target(), a.value());
            out.compound.put(a, bin);
            Type r = arithmetic(bin, target, v);
            out.types.put(bin, r);
            if (r != Type.ERROR && target != Type.ERROR && !types.assignable(r, target, null)) {
                diags.report(Types.mismatch(a.span(), r, target, "the result of `" + a.op().symbol + "=`"));
            }
        }
    }

    private void forLoop(Stmt.For f) {
        Type it = expr(f.iterable(), null);
        Type elem;
        if (it instanceof Type.ListT l) elem = l.elem();
        else {
            if (it != Type.ERROR) diags.report(Diagnostic.of(Code.E0201, f.iterable().span(), "cannot iterate over " + it.show())
                    .withHelp("iterate over a List or a range `a..b`"));
            elem = Type.ERROR;
        }
        Scope saved = scope;
        scope = new Scope(scope);
        Symbol.Local v = new Symbol.Local(f.var(), elem, false, f.varSpan(), frame == null ? out.module : frame.owner);
        v.markUsed();
        define(f.var(), v, f.varSpan());
        out.symbols.put(f, v);
        loop(() -> block(f.body()));
        scope = saved;
    }

    private void ret(Stmt.Return r) {
        if (frame == null || frame.owner instanceof Expr.Lambda || frame.owner instanceof Stmt.Kind) {
            diags.report(Diagnostic.of(Code.E0401, r.span(), "`return` outside a function or protocol"));
            if (r.value() != null) expr(r.value(), null);
            return;
        }
        Type want = frame.result;
        if (r.value() == null) {
            if (want != Type.VOID && want != Type.ERROR && want != null) {
                diags.report(Diagnostic.of(Code.E0201, r.span(), "this function must return a " + want.show()));
            }
            return;
        }
        Type t = expr(r.value(), want == Type.VOID ? null : want);
        if (want == Type.VOID) {
            diags.report(Diagnostic.of(Code.E0201, r.value().span(), "this function declares no result type, but returns a value")
                    .withHelp("declare it: `-> " + t.show() + "`"));
        } else if (want != null) {
            types.coerce(r.value(), t, want);
        }
    }

    private void run(Stmt.Run r) {
        Symbol s = scope.lookup(r.protocol());
        if (!(s instanceof Symbol.Protocol p)) {
            diags.report(Diagnostic.of(Code.E0101, r.nameSpan(), s == null ? "no protocol named `" + r.protocol() + "`"
                    : "`" + r.protocol() + "` is not a protocol"));
            for (Expr.Arg a : r.args()) expr(a.value(), null);
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
                expr(a.value(), null);
                continue;
            }
            Type want = p.type().params().get(i);
            Type t = expr(a.value(), new Type.ListT(want));
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
        Symbol.Function sym = new Symbol.Function(out.module.name(), f.name(), f, signature(f), true, new ArrayList<>());
        define(f.name(), sym, f.nameSpan());
        out.symbols.put(f, sym);
        checkFnBody(f, sym);
    }

    private void warnUnused(List<Symbol.Local> locals) {
        for (Symbol.Local l : locals) {
            if (!l.used() && !l.name.startsWith("_")) {
                diags.report(Diagnostic.of(Code.W0001, l.decl, "`" + l.name + "` is never used")
                        .withHelp("remove it, or name it `_" + l.name + "`"));
            }
        }
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
        if (e instanceof Expr.Name n) return typeOfSymbol(resolveName(n, true), n);
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
        if (e instanceof Expr.Binary b) return binary(b, expected);
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
                Unit u = unit(c.unit());
                warnShadowedUnits(c.unit(), Types.shortText(c.value()) + " to ", null);
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
        String text = n.text().replace("_", "");
        if (n.integral() && n.unit() == null) {
            try {
                Long.parseLong(text);
            } catch (NumberFormatException ex) {
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
        Unit u = unit(n.unit());
        if (u == null) return Type.ERROR;
        warnShadowedUnits(n.unit(), n.text() + " ", n.text());
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

    private Type binary(Expr.Binary b, Type expected) {
        BinOp op = b.op();
        if (op == BinOp.AND || op == BinOp.OR) {
            condition(b.left());
            condition(b.right());
            return Type.BOOL;
        }
        Type l = expr(b.left(), op.comparison() || op == BinOp.ADD || op == BinOp.SUB ? null : null);
        Type r = expr(b.right(), (op == BinOp.ADD || op == BinOp.SUB || op.comparison()) && l instanceof Type.Quantity ? l : null);
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

    private Type arithmetic(Expr.Binary view, Type l, Type r) {
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
                    if (u != null && !(u instanceof Type.ListT ul && ul.elem() == Type.NOTHING)) return u;
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
        if (e instanceof Expr.Num n && n.integral() && n.unit() == null) {
            try {
                return Long.parseLong(n.text().replace("_", ""));
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        if (e instanceof Expr.Neg n) {
            Long v = intConstant(n.operand());
            return v == null ? null : -v;
        }
        return null;
    }

    private Type lambda(Expr.Lambda l, Type expected) {
        Type.FnT want = expected instanceof Type.FnT f && f.params().size() == l.params().size() ? f : null;
        List<Type> ps = new ArrayList<>();
        for (int i = 0; i < l.params().size(); i++) {
            Expr.LambdaParam p = l.params().get(i);
            Type t = p.type() != null ? type(p.type()) : want != null ? want.params().get(i) : null;
            if (t == null) {
                diags.report(Diagnostic.of(Code.E0201, p.span(), "the type of `" + p.name() + "` cannot be inferred")
                        .withHelp("annotate it: `(" + p.name() + ": Real) => …`"));
                t = Type.ERROR;
            }
            ps.add(t);
        }
        Scope savedScope = scope;
        Frame savedFrame = frame;
        scope = new Scope(scope);
        frame = new Frame(l, frame, want != null ? want.result() : null);
        frame.loops = 0;
        for (int i = 0; i < ps.size(); i++) {
            Expr.LambdaParam p = l.params().get(i);
            Symbol.Local v = new Symbol.Local(p.name(), ps.get(i), false, p.span(), l);
            v.markUsed();
            define(p.name(), v, p.span());
            out.lambdaParams.put(p, v);
        }
        Type body = expr(l.body(), want != null ? want.result() : null);
        Type result = body;
        if (want != null && want.result() != Type.ERROR) {
            if (types.coerce(l.body(), body, want.result())) result = want.result();
        }
        out.captures.put(l, List.copyOf(frame.captures));
        scope = savedScope;
        frame = savedFrame;
        return new Type.FnT(ps, result);
    }

    // ------------------------------------------------------------------ names

    Symbol resolveName(Expr.Name n, boolean reading) {
        Symbol s = scope.lookup(n.id());
        if (s == null && frame != null) {
            // a function body sees every top-level binding, even one defined further down
            s = moduleScope.lookup(n.id());
        }
        if (s == null) s = prelude(n.id());
        if (s == null) {
            String power = UnitHints.power(n.id());
            diags.report(Diagnostic.of(Code.E0101, n.span(), "undefined name `" + n.id() + "`")
                    .withHelp(power != null ? power : help(Suggest.closest(n.id(), visibleNames()))));
            return null;
        }
        if (s instanceof Symbol.Local l) {
            if (reading) l.markUsed();
            capture(l, n);
        }
        if (s instanceof Symbol.Function f && f.nested()) {
            // calling a nested function passes it what it captured: the caller needs those too
            for (Symbol.Local c : List.copyOf(f.captures())) capture(c, n);
        }
        out.symbols.put(n, s);
        return s;
    }

    /** A local of an enclosing function used inside a lambda or nested function is captured (by value, so no `var`: E0107). */
    private void capture(Symbol.Local l, Expr.Name at) {
        for (Frame f = frame; f != null && f.owner != l.owner; f = f.outer) {
            if (l.mutable) {
                diags.report(Diagnostic.of(Code.E0107, at.span(), "`" + l.name + "` is a `var` and cannot be captured")
                        .withLabel("captured here")
                        .withNote(l.decl, "declared as `var` here")
                        .withHelp("copy it into a `let` before the lambda: `let " + l.name + "Now = " + l.name + "`"));
                return;
            }
            if (!f.captures.contains(l)) f.captures.add(l);
        }
    }

    private Symbol prelude(String name) {
        BuiltinConst c = lib.constant(name);
        if (c != null) return new Symbol.Constant(name, c);
        if (Intrinsics.is(name)) return new Symbol.Intrinsic(name);
        List<BuiltinFn> bs = lib.builtins(name);
        if (!bs.isEmpty()) return new Symbol.Builtins(name, bs);
        return null;
    }

    private Set<String> visibleNames() {
        Set<String> all = new LinkedHashSet<>();
        for (Scope s = scope; s != null; s = s.parent()) all.addAll(s.names().keySet());
        all.addAll(moduleScope.names().keySet());
        all.addAll(lib.constants().keySet());
        all.addAll(lib.allBuiltins().keySet());
        all.addAll(Intrinsics.DOCS.keySet());
        return all;
    }

    Type typeOfSymbol(Symbol s, Expr.Name at) {
        if (s == null) return Type.ERROR;
        if (s instanceof Symbol.Local l) return l.type;
        if (s instanceof Symbol.Global g) return g.type();
        if (s instanceof Symbol.Function f) return new Type.FnT(f.type().params(), resultOf(f, at.span()));
        if (s instanceof Symbol.Protocol p) return p.type();
        if (s instanceof Symbol.KindDecl k) return k.fnType() != null ? k.fnType() : k.type();
        if (s instanceof Symbol.Builtins b && b.overloads().size() == 1) return b.overloads().get(0).fnType();
        if (s instanceof Symbol.Constant c) return c.info().type();
        if (s instanceof Symbol.ModuleName m) return new Type.ModuleRef(m.name());
        // an intrinsic or an overloaded builtin has no single function type: it can only be called
        diags.report(Diagnostic.of(Code.E0201, at.span(), "`" + at.id() + "` is a built-in that can only be called, not used as a value")
                .withHelp("wrap it in a lambda, e.g. `(x: Real) => " + at.id() + "(x)`"));
        return Type.ERROR;
    }

    private Type member(Expr.Member m) {
        Expr savedTarget = moduleTarget;
        moduleTarget = m.target();
        Type t = expr(m.target(), null);
        moduleTarget = savedTarget;
        if (t == Type.ERROR) return t;
        if (t instanceof Type.ModuleRef ref) {
            String full = ref.name() + "." + m.name();
            Attribution mod = modules.get(ref.name());
            if (mod != null && (importPrefixes.contains(ref.name()) || isAliased(ref.name()))) {
                Symbol s = m.name().startsWith("_") ? null : mod.exports.get(m.name());
                if (s == null) {
                    diags.report(Diagnostic.of(Code.E0207, m.nameSpan(), "module `" + ref.name() + "` has no `" + m.name() + "`")
                            .withHelp(help(Suggest.closest(m.name(), mod.exports.keySet()))));
                    return Type.ERROR;
                }
                out.members.put(m, new MemberTarget.Export(s));
                return typeOfSymbol(s, new Expr.Name(m.nameSpan(), m.name()));
            }
            boolean prefix = importPrefixes.stream().anyMatch(p -> p.equals(full) || p.startsWith(full + "."));
            if (prefix) {
                out.members.put(m, new MemberTarget.SubModule(full));
                return new Type.ModuleRef(full);
            }
            diags.report(Diagnostic.of(Code.E0207, m.nameSpan(), "no module `" + full + "` is imported"));
            return Type.ERROR;
        }
        if (t instanceof Type.Domain d) {
            RuntimeLibrary.PropInfo p = lib.props(d.javaClass()).get(m.name());
            org.metaspin.runtime.api.Type ann = d.javaClass().getAnnotation(org.metaspin.runtime.api.Type.class);
            if (p == null && ann != null && ann.open() && KindValue.class.isAssignableFrom(d.javaClass())) {
                out.members.put(m, new MemberTarget.OpenEntry(m.name()));
                return Type.REAL;
            }
            if (p == null) {
                boolean kind = Kinds.isBuildable(d.javaClass());
                diags.report(Diagnostic.of(kind ? Code.E0301 : Code.E0207, m.nameSpan(),
                        (kind ? "unknown property `" : "no member `") + m.name() + "` on " + d.show())
                        .withHelp(help(Suggest.closest(m.name(), lib.props(d.javaClass()).keySet()))));
                return Type.ERROR;
            }
            out.members.put(m, new MemberTarget.Property(p));
            return p.type();
        }
        diags.report(Diagnostic.of(Code.E0207, m.nameSpan(), t.show() + " has no member `" + m.name() + "`"));
        return Type.ERROR;
    }

    private boolean isAliased(String module) {
        return moduleScope.names().values().stream().anyMatch(s -> s instanceof Symbol.ModuleName mn && mn.name().equals(module));
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

    // ------------------------------------------------------------------ support for Calls

    /** Types an argument without reporting, to choose an overload; the real check follows. */
    Type quietType(Expr e) {
        if (e instanceof Expr.Lambda) return null;
        Diagnostics quiet = new Diagnostics();
        Attr probe = new Attr(lib, quiet, modules, out.module);
        probe.scope = scope;
        probe.frame = frame;
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
            Scope saved = scope;
            Frame savedFrame = frame;
            scope = new Scope(null);
            frame = null;
            Type t = expr(e, k.type());
            types.coerce(e, t, k.type());
            scope = saved;
            frame = savedFrame;
            return e;
        });
    }

    // ------------------------------------------------------------------ accessors for helpers

    Attribution attribution() { return out; }

    RuntimeLibrary library() { return lib; }

    ConstEval constants() { return consts; }

    Kinds kinds() { return kinds; }

    Types types() { return types; }

    Calls calls() { return calls; }
}
