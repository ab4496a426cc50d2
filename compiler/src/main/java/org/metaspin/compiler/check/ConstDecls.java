package org.metaspin.compiler.check;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.PropBlock;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * Finds at compile time what a constant declaration lacks (§8.1: "E0303 when the compiler
 * can see it"). A declaration whose properties are all constants (literals, other constant
 * declarations, and builtins the runtime marks {@code foldable}, such as shapes, models and
 * layers) is built with the runtime's own {@code create}, and every property read on it is
 * evaluated: one that fails because a model needs an unset property ({@code Ic0} of a device
 * whose channel has no {@code thetaSH}) is E0303 at the read. Anything not constant is left
 * to the run-time check (R0005). Nothing is evaluated that could be slow or have effects.
 */
public final class ConstDecls {
    /** Marks a value that is not a compile-time constant. */
    private static final Object UNKNOWN = new Object();

    private final RuntimeLibrary lib;
    private final Diagnostics diags;
    private final Map<String, Attribution> modules;
    private final Map<Stmt.Kind, Object> built = new IdentityHashMap<>();
    /** Blocks whose constant values the runtime's own `create` rejected, with why. */
    private final Map<PropBlock, RuntimeFailure> rejected = new IdentityHashMap<>();

    ConstDecls(RuntimeLibrary lib, Diagnostics diags, Map<String, Attribution> modules) {
        this.lib = lib;
        this.diags = diags;
        this.modules = modules;
    }

    /**
     * Runs the three reports on a module that checked without errors; {@code modules} are the
     * modules already checked (its imports among them), whose constant declarations it may use.
     */
    public static void check(RuntimeLibrary lib, Diagnostics diags, Map<String, Attribution> modules, Attribution a) {
        ConstDecls c = new ConstDecls(lib, diags, modules);
        c.reportViolations(a);
        c.reportInvalid(a);
        c.reportMissing(a);
    }

    /**
     * E0304 for each call of a foldable builtin on constants that the runtime rejects
     * (`CoFeB(-1 nm)`: a constant that violates a constraint, §8, §15).
     */
    void reportViolations(Attribution a) {
        for (Map.Entry<Expr.Call, CallTarget> e : a.calls.entrySet()) {
            if (!(e.getValue() instanceof CallTarget.ToBuiltin b)) continue;
            Builtin ann = b.builtin().method().getAnnotation(Builtin.class);
            if (ann == null || !ann.foldable()) continue;
            Object[] args = constantArgs(b.builtin(), b.args(), a);
            if (args == null) continue;
            try {
                b.builtin().method().invoke(null, args);
            } catch (InvocationTargetException ex) {
                if (ex.getCause() instanceof RuntimeFailure f && !f.missingProperty()) {
                    diags.report(Diagnostic.of(Code.E0304, e.getKey().span(), f.getMessage())
                            .withLabel("a constant out of range"));
                }
            } catch (ReflectiveOperationException | IllegalArgumentException ex) {
                // not evaluable here: the run decides
            }
        }
    }

    /**
     * E0304 for each constant declaration (and each `with` inside one) that the runtime would
     * reject when built because its properties contradict each other (`V0 > Vth` of a gate):
     * the single-property constraints are the checker's (Kinds), these are the runtime's own.
     */
    void reportInvalid(Attribution a) {
        for (Stmt.Kind k : a.kinds) {
            if (a.symbols.get(k) instanceof Symbol.KindDecl s && s.fnType() == null) value(s, a);
        }
        for (Map.Entry<PropBlock, RuntimeFailure> e : rejected.entrySet()) {
            RuntimeFailure f = e.getValue();
            Span at = e.getKey().span();
            for (PropBlock.Item item : e.getKey().items()) {
                if (item.name().equals(f.property()) && item instanceof PropBlock.Set set) at = set.value().span();
            }
            diags.report(Diagnostic.of(Code.E0304, at, f.getMessage())
                    .withLabel("constant values that violate it"));
        }
    }

    private void value(Symbol.KindDecl s, Attribution a) {
        try {
            decl(s, a, 0);
        } catch (RuntimeException ex) {
            // not evaluable here: the run decides
        }
    }

    /** E0303 for each property read of this module that fails on a constant value for want of a property. */
    void reportMissing(Attribution a) {
        for (Map.Entry<Expr.Member, MemberTarget> e : a.members.entrySet()) {
            if (!(e.getValue() instanceof MemberTarget.Property p)) continue;
            Object target = value(e.getKey().target(), a);
            if (target == UNKNOWN) continue;
            try {
                p.prop().getter().invoke(target);
            } catch (InvocationTargetException ex) {
                if (ex.getCause() instanceof RuntimeFailure f && f.missingProperty()) {
                    diags.report(Diagnostic.of(Code.E0303, e.getKey().nameSpan(), f.getMessage())
                            .withLabel("`" + e.getKey().name() + "` needs it")
                            .withHelp("set the property in the declaration, or derive a value with `with { … }`"));
                }
            } catch (ReflectiveOperationException | RuntimeException ex) {
                // not evaluable here: the run decides
            }
        }
    }

    private Object value(Expr e, Attribution a) {
        try {
            return eval(e, a, 0);
        } catch (RuntimeException ex) {
            return UNKNOWN;
        }
    }

    private Object eval(Expr e, Attribution a, int depth) {
        if (depth > 64) return UNKNOWN;
        Type t = a.types.get(e);
        if (t == null || Type.isNumeric(t)) {
            // numbers are the constant folder's, the one that E0304 asks while checking
            ConstEval numbers = new ConstEval(a, modules);
            // (not a conditional expression: it would promote a Long to a double)
            Object v;
            if (t == Type.INT) v = numbers.intValue(e);
            else v = numbers.value(e);
            if (v != null) return v; // else a property of a constant declaration, or a foldable builtin's result
        }
        if (e instanceof Expr.Bool b) return b.value();
        if (e instanceof Expr.Str s) {
            return s.parts().size() == 1 && s.parts().get(0) instanceof Expr.Text x ? x.text() : UNKNOWN;
        }
        if (e instanceof Expr.Name n) return symbol(a.symbols.get(n), a, depth);
        if (e instanceof Expr.Member m) {
            MemberTarget mt = a.members.get(m);
            if (mt instanceof MemberTarget.Export ex) return symbol(ex.symbol(), a, depth);
            if (mt instanceof MemberTarget.Property p) {
                Object target = eval(m.target(), a, depth + 1);
                if (target == UNKNOWN) return UNKNOWN;
                try {
                    return p.prop().getter().invoke(target);
                } catch (ReflectiveOperationException ex) {
                    return UNKNOWN;
                }
            }
            return UNKNOWN;
        }
        if (e instanceof Expr.Call c && a.calls.get(c) instanceof CallTarget.ToBuiltin b) return call(b.builtin(), b.args(), a, depth);
        if (e instanceof Expr.Binary b && a.operators.get(b) != null) return call(a.operators.get(b), List.of(b.left(), b.right()), a, depth);
        if (e instanceof Expr.With w && t instanceof Type.Domain d) {
            Object base = eval(w.target(), a, depth + 1);
            if (!(base instanceof KindValue kv)) return UNKNOWN;
            Object props = props(kv.props(), w.props(), d.javaClass(), a, depth);
            return props == UNKNOWN ? UNKNOWN : create(d.javaClass(), (Props) props, w.props());
        }
        if (e instanceof Expr.ListLit l && t instanceof Type.ListT lt && lt.elem() instanceof Type.Domain d) {
            Object arr = Array.newInstance(d.javaClass(), l.elements().size());
            for (int i = 0; i < l.elements().size(); i++) {
                Object v = eval(l.elements().get(i), a, depth + 1);
                if (v == UNKNOWN) return UNKNOWN;
                Array.set(arr, i, v);
            }
            return arr;
        }
        return UNKNOWN;
    }

    private Object symbol(Symbol s, Attribution from, int depth) {
        if (s instanceof Symbol.KindDecl k && k.fnType() == null) {
            Attribution home = k.module().equals(from.module.name()) ? from : modules.get(k.module());
            return home == null ? UNKNOWN : decl(k, home, depth);
        }
        if (s instanceof Symbol.Global g && !g.mutable()) {
            Attribution home = g.module().equals(from.module.name()) ? from : modules.get(g.module());
            return home == null ? UNKNOWN : eval(g.let().value(), home, depth + 1);
        }
        return UNKNOWN;
    }

    private Object decl(Symbol.KindDecl k, Attribution a, int depth) {
        Stmt.Kind d = k.decl();
        if (built.containsKey(d)) return built.get(d);
        built.put(d, UNKNOWN); // a declaration that depends on itself is not constant
        Object v = UNKNOWN;
        String owner = d.kind() + " " + d.name();
        Props start;
        if (d.parent() == null) {
            start = Props.of(owner);
        } else {
            Object parent = eval(d.parent(), a, depth + 1);
            start = parent instanceof KindValue kv ? kv.props().named(owner) : null;
        }
        if (start != null) {
            Object props = props(start, d.props(), k.type().javaClass(), a, depth);
            if (props != UNKNOWN) v = create(k.type().javaClass(), (Props) props, d.props());
        }
        built.put(d, v);
        return v;
    }

    private Object props(Props start, PropBlock block, Class<?> type, Attribution a, int depth) {
        Map<String, RuntimeLibrary.PropInfo> schema = lib.props(type);
        Props p = start;
        for (PropBlock.Item item : block.items()) {
            RuntimeLibrary.PropInfo info = schema.get(item.name());
            Object v;
            if (item instanceof PropBlock.Set s) {
                v = eval(s.value(), a, depth + 1);
                Type pt = info == null ? Type.REAL : info.type();
                if (v instanceof Long l && pt instanceof Type.Quantity) v = l.doubleValue();
            } else {
                if (info == null || !(info.type() instanceof Type.Domain sub)) return UNKNOWN;
                PropBlock nested = ((PropBlock.Nested) item).block();
                Object subProps = props(Props.of(item.name()), nested, sub.javaClass(), a, depth);
                v = subProps == UNKNOWN ? UNKNOWN : create(sub.javaClass(), (Props) subProps, nested);
            }
            if (v == UNKNOWN) return UNKNOWN;
            p = p.with(item.name(), v);
        }
        return p;
    }

    /** The runtime's value for these properties, or UNKNOWN; a property it rejects is remembered for {@link #reportInvalid}. */
    private Object create(Class<?> type, Props props, PropBlock from) {
        try {
            return type.getMethod("create", Props.class).invoke(null, props);
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof RuntimeFailure f && f.property() != null) rejected.putIfAbsent(from, f);
            return UNKNOWN;
        } catch (ReflectiveOperationException ex) {
            return UNKNOWN;
        }
    }

    /** The arguments as Java values for the builtin's method, or null when one is not constant. */
    private Object[] constantArgs(BuiltinFn b, List<Expr> args, Attribution a) {
        try {
            return constantArgs(b, args, a, 0);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private Object[] constantArgs(BuiltinFn b, List<Expr> args, Attribution a, int depth) {
        Class<?>[] javaTypes = b.method().getParameterTypes();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Object v = eval(args.get(i), a, depth + 1);
            if (v == UNKNOWN) return null;
            if (javaTypes[i] == double.class && v instanceof Long l) v = l.doubleValue();
            if (javaTypes[i] == int.class && v instanceof Long l) v = l.intValue();
            values[i] = v;
        }
        return values;
    }

    private Object call(BuiltinFn b, List<Expr> args, Attribution a, int depth) {
        Method m = b.method();
        Builtin ann = m.getAnnotation(Builtin.class);
        if (ann == null || !ann.foldable()) return UNKNOWN;
        Object[] values = constantArgs(b, args, a, depth);
        if (values == null) return UNKNOWN;
        try {
            return m.invoke(null, values);
        } catch (ReflectiveOperationException | IllegalArgumentException ex) {
            return UNKNOWN;
        }
    }
}
