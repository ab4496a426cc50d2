package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.Node;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;

/**
 * The checker's findings about one module, in side tables keyed by node identity: the AST
 * itself stays untouched (no phase mutates another's data). The generator reads only this.
 */
public final class Attribution {
    public final Module module;
    public final Map<Expr, Type> types;
    public final Map<Node, Symbol> symbols;
    public final Map<Expr.Call, CallTarget> calls;
    public final Map<Expr.Member, MemberTarget> members;
    /** Lambdas and nested functions: the outer locals each captures, in a fixed order. */
    public final Map<Object, List<Symbol.Local>> captures;
    /** Values that a unit literal or `to` conversion folds to (SI scale), by node. */
    public final Map<Node, Double> scales;
    /** The exported top-level names, in source order. */
    public final Map<String, Symbol> exports = new LinkedHashMap<>();
    /** Top-level globals that a function may read before their `let` ran (R0005 check needed). */
    public final List<Symbol.Global> globals = new ArrayList<>();
    /** `run P(args)` as the call it makes. */
    public final Map<Stmt.Run, Expr.Call> runs;
    public final Map<Expr.LambdaParam, Symbol.Local> lambdaParams;
    /** `x += y` and friends, as the binary operation they assign. */
    public final Map<Stmt.Assign, Expr.Binary> compound;
    /** `/` between domain values, resolved to a runtime builtin (§4: layers). */
    public final Map<Expr.Binary, BuiltinFn> operators;
    /** Result types of functions whose `= expr` body decides them. */
    public final Map<Stmt.Fn, Type> fnResults;
    /** Imported modules in import order. */
    public final List<String> imports = new ArrayList<>();
    /** `let` bindings of numeric type with their values, for the constant folder ({@link ConstEval}). */
    public final Map<Symbol, Expr> constantLets = new IdentityHashMap<>();
    /** Kind declarations whose values are lazily built. */
    public final List<Stmt.Kind> kinds = new ArrayList<>();

    public Attribution(Module module) {
        this(module, null);
    }

    private Attribution(Module module, Attribution base) {
        this.module = module;
        types = layer(base == null ? null : base.types);
        symbols = layer(base == null ? null : base.symbols);
        calls = layer(base == null ? null : base.calls);
        members = layer(base == null ? null : base.members);
        captures = layer(base == null ? null : base.captures);
        scales = layer(base == null ? null : base.scales);
        runs = layer(base == null ? null : base.runs);
        lambdaParams = layer(base == null ? null : base.lambdaParams);
        compound = layer(base == null ? null : base.compound);
        operators = layer(base == null ? null : base.operators);
        fnResults = layer(base == null ? null : base.fnResults);
    }

    /** A fresh side table, or one laid over {@code base}'s that leaves it as it is. */
    private static <K, V> Map<K, V> layer(Map<K, V> base) {
        return base == null ? new IdentityHashMap<>() : new LayeredMap<>(base);
    }

    /**
     * Every finding of this attribution, as the attribution of {@code module}: the tree that
     * lowering rewrote from this one, whose unchanged nodes are the same objects. The side
     * tables are layered over this one's, not copied: what is added to them stays in the new
     * attribution.
     */
    public Attribution copyFor(Module module) {
        Attribution a = new Attribution(module, this);
        a.exports.putAll(exports);
        a.globals.addAll(globals);
        a.imports.addAll(imports);
        a.kinds.addAll(kinds);
        return a;
    }

    /** Adds the findings about nodes of {@code other} (not its lists of the module's names). */
    public void addAll(Attribution other) {
        types.putAll(other.types);
        symbols.putAll(other.symbols);
        calls.putAll(other.calls);
        members.putAll(other.members);
        captures.putAll(other.captures);
        scales.putAll(other.scales);
        runs.putAll(other.runs);
        lambdaParams.putAll(other.lambdaParams);
        compound.putAll(other.compound);
        operators.putAll(other.operators);
        fnResults.putAll(other.fnResults);
    }

    /**
     * Records here what {@code from} found about {@code old} as found about {@code now}, the
     * node that replaces it in a rewritten tree.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void takeOver(Attribution from, Object old, Object now) {
        Map[][] tables = {{from.types, types}, {from.symbols, symbols}, {from.calls, calls}, {from.members, members},
                {from.captures, captures}, {from.scales, scales}, {from.runs, runs}, {from.compound, compound},
                {from.operators, operators}, {from.fnResults, fnResults}};
        for (Map[] t : tables) {
            Object v = t[0].get(old);
            if (v != null) t[1].put(now, v);
        }
    }

    /** The result type of a function, declared or inferred. */
    public Type resultOf(Symbol.Function f) {
        Type t = f.decl().result() == null && f.decl().exprBody() != null ? fnResults.get(f.decl()) : f.type().result();
        return t == null ? Type.ERROR : t;
    }

    public Type type(Expr e) {
        Type t = types.get(e);
        if (t == null) throw new IllegalStateException("untyped expression at " + e.span());
        return t;
    }
}
