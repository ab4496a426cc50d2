package org.metaspin.compiler.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.code.BuiltinConst;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.code.Scope;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.api.KindValue;

/**
 * Name lookup (after javac's {@code Resolve}): a name through the scopes, the module and the
 * prelude, with captures for lambdas and nested functions (E0107) and a suggestion when it is
 * undefined; a member of a module or of a domain value.
 */
final class Resolve {
    private final Attr attr;
    private final Env env;
    private final Attribution out;
    private final RuntimeLibrary lib;
    private final Diagnostics diags;
    private final Map<String, Attribution> modules;

    Resolve(Attr attr, Env env, RuntimeLibrary lib, Diagnostics diags, Map<String, Attribution> modules) {
        this.attr = attr;
        this.env = env;
        this.out = env.out;
        this.lib = lib;
        this.diags = diags;
        this.modules = modules;
    }

    Symbol resolveName(Expr.Name n, boolean reading) {
        Symbol s = env.scope.lookup(n.id());
        if (s == null && env.frame != null) {
            // a function body sees every top-level binding, even one defined further down
            s = env.moduleScope.lookup(n.id());
        }
        if (s == null) s = prelude(n.id());
        if (s == null) {
            String power = UnitHints.power(n.id());
            diags.report(Diagnostic.of(Code.E0101, n.span(), "undefined name `" + n.id() + "`")
                    .withHelp(power != null ? power : Suggest.didYouMean(Suggest.closest(n.id(), visibleNames()))));
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
        for (Env.Frame f = env.frame; f != null && f.owner != l.owner; f = f.outer) {
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
        if (Intrinsic.named(name) != null) return new Symbol.Intrinsic(Intrinsic.named(name));
        List<BuiltinFn> bs = lib.builtins(name);
        if (!bs.isEmpty()) return new Symbol.Builtins(name, bs);
        return null;
    }

    private Set<String> visibleNames() {
        Set<String> all = new LinkedHashSet<>();
        for (Scope s = env.scope; s != null; s = s.parent()) all.addAll(s.names().keySet());
        all.addAll(env.moduleScope.names().keySet());
        all.addAll(lib.constants().keySet());
        all.addAll(lib.allBuiltins().keySet());
        for (Intrinsic i : Intrinsic.values()) all.add(i.id);
        return all;
    }

    Type typeOfSymbol(Symbol s, Expr.Name at) {
        if (s == null) return Type.ERROR;
        if (s instanceof Symbol.Local l) return l.type;
        if (s instanceof Symbol.Global g) return g.type();
        if (s instanceof Symbol.Function f) return new Type.FnT(f.type().params(), attr.resultOf(f, at.span()));
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

    /** The member {@code m} of a target of type {@code t} (a module or a domain value). */
    Type member(Expr.Member m, Type t) {
        if (t instanceof Type.ModuleRef ref) {
            String full = ref.name() + "." + m.name();
            Attribution mod = modules.get(ref.name());
            if (mod != null && (env.importPrefixes.contains(ref.name()) || isAliased(ref.name()))) {
                Symbol s = m.name().startsWith("_") ? null : mod.exports.get(m.name());
                if (s == null) {
                    diags.report(Diagnostic.of(Code.E0207, m.nameSpan(), "module `" + ref.name() + "` has no `" + m.name() + "`")
                            .withHelp(Suggest.didYouMean(Suggest.closest(m.name(), mod.exports.keySet()))));
                    return Type.ERROR;
                }
                out.members.put(m, new MemberTarget.Export(s));
                return typeOfSymbol(s, new Expr.Name(m.nameSpan(), m.name()));
            }
            boolean prefix = env.importPrefixes.stream().anyMatch(p -> p.equals(full) || p.startsWith(full + "."));
            if (prefix) {
                out.members.put(m, new MemberTarget.SubModule(full));
                return new Type.ModuleRef(full);
            }
            diags.report(Diagnostic.of(Code.E0207, m.nameSpan(), "no module `" + full + "` is imported"));
            return Type.ERROR;
        }
        if (t instanceof Type.Domain d) {
            RuntimeLibrary.PropInfo p = lib.props(d.javaClass()).get(m.name());
            DomainType ann = d.javaClass().getAnnotation(DomainType.class);
            if (p == null && ann != null && ann.open() && KindValue.class.isAssignableFrom(d.javaClass())) {
                out.members.put(m, new MemberTarget.OpenEntry(m.name()));
                return Type.REAL;
            }
            if (p == null) {
                boolean kind = Kinds.isBuildable(d.javaClass());
                diags.report(Diagnostic.of(kind ? Code.E0301 : Code.E0207, m.nameSpan(),
                        (kind ? "unknown property `" : "no member `") + m.name() + "` on " + d.show())
                        .withHelp(Suggest.didYouMean(Suggest.closest(m.name(), lib.props(d.javaClass()).keySet()))));
                return Type.ERROR;
            }
            out.members.put(m, new MemberTarget.Property(p));
            return p.type();
        }
        diags.report(Diagnostic.of(Code.E0207, m.nameSpan(), t.show() + " has no member `" + m.name() + "`"));
        return Type.ERROR;
    }

    private boolean isAliased(String module) {
        return env.moduleScope.names().values().stream().anyMatch(s -> s instanceof Symbol.ModuleName mn && mn.name().equals(module));
    }
}
