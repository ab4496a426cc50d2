package org.metaspin.compiler.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.PropBlock;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.Constraint;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.api.Props;

/**
 * Checks declaration blocks against the schemas the runtime annotates (§8): the kind
 * registry (E0106), unknown, mistyped, missing, out-of-range and derived properties
 * (E0301–E0305). Inside a block the property codes win over E0201/E0202 (§15).
 */
final class Kinds {
    /** The builtin that a value of a domain type applies when called: {@code CoFeB(1.1 nm)} builds a layer (§4). */
    static final String CALL_OPERATOR = "layer";
    /** The builtins that `/` applies to domain values: {@code Pt(5 nm) / CoFeB(1 nm)} (§4). */
    static final String DIV_OPERATOR = "over";

    private final RuntimeLibrary lib;
    private final Diagnostics diags;
    private final Attr attr;

    Kinds(RuntimeLibrary lib, Diagnostics diags, Attr attr) {
        this.lib = lib;
        this.diags = diags;
        this.attr = attr;
    }

    Type.Domain domainOf(Stmt.Kind k) {
        Class<?> c = lib.kind(k.kind());
        if (c == null) {
            diags.report(Diagnostic.of(Code.E0106, k.kindSpan(), "unknown declaration kind `" + k.kind() + "`")
                    .withHelp(Suggest.didYouMean(Suggest.closest(k.kind(), lib.kindNames()))));
            return null;
        }
        return new Type.Domain(c.getAnnotation(DomainType.class).name(), c);
    }

    static boolean isBuildable(Class<?> c) {
        try {
            Method m = c.getMethod("create", Props.class);
            return Modifier.isStatic(m.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    void checkDecl(Stmt.Kind k, Type.Domain type) {
        if (k.parent() != null) {
            Type p = attr.expr(k.parent(), type);
            if (p != Type.ERROR && !p.equals(type)) {
                diags.report(Diagnostic.of(Code.E0201, k.parent().span(), "a " + k.kind() + " extends a " + type.show() + ", not "
                        + Types.article(p)));
            }
        }
        checkProps(k.props(), type.javaClass());
        // a declaration that extends another takes the required properties from it
        if (k.parent() == null) requireAll(k.props(), type.javaClass(), k.nameSpan(), k.kind() + " `" + k.name() + "`");
    }

    /** E0303 at {@code at} for each required property of {@code type} that {@code block} does not set. */
    private void requireAll(PropBlock block, Class<?> type, Span at, String what) {
        Set<String> given = new HashSet<>();
        for (PropBlock.Item i : block.items()) given.add(i.name());
        for (RuntimeLibrary.PropInfo p : lib.props(type).values()) {
            if (p.prop().required() && !given.contains(p.name())) {
                diags.report(Diagnostic.of(Code.E0303, at, what + " needs `" + p.name() + "`")
                        .withLabel("`" + p.name() + "` is not set")
                        .withHelp("add `" + p.name() + " = …`: " + p.prop().doc()));
            }
        }
    }

    /** Checks a `{ … }` block of properties against the schema of {@code type}. */
    void checkProps(PropBlock block, Class<?> type) {
        DomainType ann = type.getAnnotation(DomainType.class);
        boolean open = ann != null && ann.open();
        Map<String, RuntimeLibrary.PropInfo> schema = lib.props(type);
        Set<String> seen = new HashSet<>();
        for (PropBlock.Item item : block.items()) {
            if (!seen.add(item.name())) {
                diags.report(Diagnostic.of(Code.E0102, item.nameSpan(), "`" + item.name() + "` is set twice"));
                continue;
            }
            RuntimeLibrary.PropInfo p = schema.get(item.name());
            if (p == null && open && ann.names().length > 0 && !List.of(ann.names()).contains(item.name())) {
                diags.report(Diagnostic.of(Code.E0301, item.nameSpan(), "`" + item.name() + "` is not a property " + ann.name()
                        + " can name").withLabel("not one of " + String.join(", ", ann.names()))
                        .withHelp(Suggest.didYouMean(Suggest.closest(item.name(), List.of(ann.names())))));
                if (item instanceof PropBlock.Set s) attr.expr(s.value(), null);
                continue;
            }
            if (p == null && open && item instanceof PropBlock.Set s) {
                Type t = attr.expr(s.value(), Type.REAL);
                if (t != Type.ERROR && !attr.types().assignable(t, Type.REAL, s.value())) {
                    diags.report(Diagnostic.of(Code.E0302, s.value().span(), "`" + item.name() + "` takes a relative deviation (a Real such as `5 %`), not " + Types.article(t)));
                }
                continue;
            }
            if (p == null) {
                diags.report(Diagnostic.of(Code.E0301, item.nameSpan(), "unknown property `" + item.name() + "` of "
                        + (ann != null ? ann.name() : type.getSimpleName()))
                        .withHelp(Suggest.didYouMean(Suggest.closest(item.name(), schema.keySet()))));
                if (item instanceof PropBlock.Set s) attr.expr(s.value(), null);
                continue;
            }
            if (p.prop().derived()) {
                diags.report(Diagnostic.of(Code.E0305, item.nameSpan(), "`" + item.name() + "` is derived and cannot be set")
                        .withLabel("computed from the other properties")
                        .withHelp(p.prop().doc()));
                if (item instanceof PropBlock.Set s) attr.expr(s.value(), null);
                continue;
            }
            if (item instanceof PropBlock.Set s) {
                Type t = attr.expr(s.value(), p.type());
                if (t == Type.ERROR) continue;
                if (!attr.types().assignable(t, p.type(), s.value())) {
                    String hint = UnitHints.mismatch(t, p.type(), s.value());
                    diags.report(Diagnostic.of(Code.E0302, s.value().span(), "`" + item.name() + "` must be "
                            + Types.article(p.type()) + ", found " + Types.article(t))
                            .withLabel("`" + Types.shortText(s.value()) + "` is " + Types.article(t)).withHelp(hint == null ? "" : hint));
                    continue;
                }
                checkConstraint(s, p);
            } else if (item instanceof PropBlock.Nested n) {
                if (!(p.type() instanceof Type.Domain d) || !isBuildable(d.javaClass())) {
                    diags.report(Diagnostic.of(Code.E0302, n.nameSpan(), "`" + item.name() + "` is " + Types.article(p.type()) + ", not a block")
                            .withHelp("write `" + item.name() + " = …`"));
                    continue;
                }
                checkProps(n.block(), d.javaClass());
                requireAll(n.block(), d.javaClass(), n.nameSpan(), "`" + n.name() + "`");
            }
        }
    }

    private void checkConstraint(PropBlock.Set s, RuntimeLibrary.PropInfo p) {
        Constraint c = Constraint.parse(p.prop().check());
        if (c == Constraint.NONE) return;
        Double v = attr.constants().value(s.value());
        if (v != null && !c.test(v)) {
            diags.report(Diagnostic.of(Code.E0304, s.value().span(), "`" + s.name() + "` must be " + c.described() + ", but is " + Types.constantText(s.value(), v, p.type()))
                    .withLabel("violates `" + s.name() + " " + c.described() + "`")
                    .withHelp(p.prop().doc()));
        }
    }

    /** The builtin that `l / r` applies to domain values (`Layer / Layer`), or null. */
    BuiltinFn operatorBuiltin(Type l, Type r) {
        for (BuiltinFn b : lib.builtins(DIV_OPERATOR)) {
            if (b.params().size() == 2 && b.params().get(0).type().equals(l) && b.params().get(1).type().equals(r)) return b;
        }
        return null;
    }

    List<BuiltinFn> callOperator(Type.Domain d) {
        return lib.builtins(CALL_OPERATOR).stream()
                .filter(b -> !b.params().isEmpty() && b.params().get(0).type().equals(d)).toList();
    }
}
