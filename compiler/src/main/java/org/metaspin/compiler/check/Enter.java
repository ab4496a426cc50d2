package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;

/**
 * Symbol entry (after javac's {@code Enter}): imports and top-level declarations go into the
 * module's scope before any body is checked, so that functions may call each other in any
 * order; {@link #define} is the one place where a name enters a scope (E0102).
 */
final class Enter {
    private final Env env;
    private final Attribution out;
    private final Diagnostics diags;
    private final Map<String, Attribution> modules;
    private final TypeRefs typeRefs;
    private final Kinds kinds;

    Enter(Env env, Diagnostics diags, Map<String, Attribution> modules, TypeRefs typeRefs, Kinds kinds) {
        this.env = env;
        this.out = env.out;
        this.diags = diags;
        this.modules = modules;
        this.typeRefs = typeRefs;
        this.kinds = kinds;
    }

    void declareImport(Stmt.Import imp) {
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
                            .withHelp(Suggest.didYouMean(Suggest.closest(n.name(), m.exports.keySet()))));
                } else {
                    define(n.name(), sym, n.span());
                }
            }
        } else {
            env.importPrefixes.add(imp.moduleName());
            String first = imp.path().get(0);
            if (env.moduleScope.local(first) == null) env.moduleScope.put(first, new Symbol.ModuleName(first));
        }
    }

    void declareTopLevel(Stmt s) {
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
    boolean define(String name, Symbol sym, Span at) {
        Symbol old = env.scope.local(name);
        if (old != null && !(old instanceof Symbol.ModuleName) && !inherited(old)) {
            diags.report(Diagnostic.of(Code.E0102, at, "`" + name + "` is defined twice in this scope")
                    .withLabel("second definition"));
            return false;
        }
        env.scope.put(name, sym);
        return true;
    }

    /** A name that an earlier REPL input defined: a new definition replaces it. */
    private boolean inherited(Symbol s) {
        String module = s instanceof Symbol.Global g ? g.module()
                : s instanceof Symbol.Function f ? f.module()
                : s instanceof Symbol.Protocol p ? p.module()
                : s instanceof Symbol.KindDecl k ? k.module() : null;
        return module != null && !module.equals(out.module.name()) && env.scope == env.moduleScope;
    }

    Type.FnT signature(Stmt.Fn f) {
        Type result;
        if (f.result() != null) result = typeRefs.type(f.result());
        else if (f.body() != null) result = Type.VOID;
        else result = null; // inferred from the body on demand
        return new Type.FnT(paramTypes(f.params()), result == null ? Type.ERROR : result);
    }

    List<Type> paramTypes(List<ParamDecl> ps) {
        List<Type> out = new ArrayList<>();
        for (ParamDecl p : ps) out.add(typeRefs.type(p.type()));
        return out;
    }
}
