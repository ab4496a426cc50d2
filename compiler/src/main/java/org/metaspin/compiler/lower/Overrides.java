package org.metaspin.compiler.lower;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.Stmt;

/**
 * `metaspin run --set NAME=VALUE` (§13) as a rewrite of the main module before it is
 * checked: the value replaces a top-level `let NAME = …` and the default of every protocol
 * parameter NAME. An argument written in a `run` or `sweep` statement wins over it (§13), so
 * `run P(m = 0)` keeps its 0 and a sweep keeps its explicit seeds. The checker then types
 * the new value like any source, so `--set T=350K` against a Length is an E0202 like any other.
 */
public final class Overrides {
    private Overrides() {}

    /** The rewritten module; names that matched nothing are added to {@code unused}. */
    public static Module apply(Module m, Map<String, Expr> values, Set<String> unused) {
        Set<String> used = new LinkedHashSet<>();
        List<Stmt> items = new ArrayList<>();
        for (Stmt s : m.items()) items.add(rewrite(s, values, used));
        for (String n : values.keySet()) if (!used.contains(n)) unused.add(n);
        return new Module(m.name(), m.source(), items);
    }

    private static Stmt rewrite(Stmt s, Map<String, Expr> values, Set<String> used) {
        if (s instanceof Stmt.Let l && values.containsKey(l.name())) {
            used.add(l.name());
            return new Stmt.Let(l.span(), l.name(), l.nameSpan(), l.type(), values.get(l.name()), l.mutable(), l.doc());
        }
        if (s instanceof Stmt.Protocol p) {
            List<ParamDecl> ps = new ArrayList<>();
            for (ParamDecl q : p.params()) {
                if (values.containsKey(q.name())) {
                    used.add(q.name());
                    ps.add(new ParamDecl(q.span(), q.name(), q.type(), values.get(q.name())));
                } else {
                    ps.add(q);
                }
            }
            return new Stmt.Protocol(p.span(), p.name(), p.nameSpan(), ps, p.body(), p.doc());
        }
        return s;
    }
}
