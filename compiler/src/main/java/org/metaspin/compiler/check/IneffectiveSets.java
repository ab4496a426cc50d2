package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Node;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;

/**
 * §13: an argument written in a `run` or `sweep` statement wins over `--set`, and a `--set`
 * that changes nothing is a warning. A `--set` of a protocol parameter changes something
 * when at least one call of a protocol with that parameter (a `run`, a sweep, a call from
 * another protocol) leaves the argument to its default, which `--set` replaced; otherwise
 * the warning points at the arguments that win. A `--set` of a top-level `let` always
 * takes effect.
 */
public final class IneffectiveSets {
    private IneffectiveSets() {}

    /** {@code values}: the expressions `--set` put in place of the defaults, by name; {@code skip}: names not to report. */
    public static void report(Attribution main, Map<String, Expr> values, Set<String> skip, Diagnostics diags) {
        for (Map.Entry<String, Expr> e : values.entrySet()) {
            String name = e.getKey();
            if (skip.contains(name)) continue;
            List<Span> explicit = new ArrayList<>();
            String protocol = null;
            boolean takesEffect = false;
            for (Map.Entry<Expr.Call, CallTarget> c : main.calls.entrySet()) {
                if (!(c.getValue() instanceof CallTarget.ToProtocol p)) continue;
                int i = index(p.protocol().decl(), name);
                if (i < 0) continue;
                protocol = p.protocol().name();
                Expr bound = p.args().get(i);
                if (bound == null || bound == e.getValue()) takesEffect = true; // left to the default, which --set replaced
                else {
                    Span at = argument(c.getKey().args(), i, name);
                    if (at != null) explicit.add(at);
                }
            }
            for (Map.Entry<Node, Symbol> s : main.symbols.entrySet()) {
                if (!(s.getKey() instanceof Stmt.Run r && r.sweep() && s.getValue() instanceof Symbol.Protocol p)) continue;
                if (index(p.decl(), name) < 0) continue;
                protocol = p.name();
                Expr.Arg given = r.args().stream().filter(a -> name.equals(a.name())).findFirst().orElse(null);
                if (given == null) takesEffect = true;
                else explicit.add(given.span());
            }
            if (takesEffect || explicit.isEmpty()) continue;
            explicit.sort(Comparator.comparingInt(Span::start));
            Diagnostic d = Diagnostic.of(Code.W0001, explicit.get(0), "`--set " + name + "` changes nothing: every run of `"
                            + protocol + "` gives `" + name + "` itself, and an argument written in the program wins over --set")
                    .withLabel("this argument wins")
                    .withHelp("leave `" + name + "` out of the run or sweep to let --set choose it");
            for (Span other : explicit.subList(1, explicit.size())) d = d.withNote(other, "and this one");
            diags.report(d);
        }
    }

    private static int index(Stmt.Protocol p, String name) {
        List<ParamDecl> ps = p.params();
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The argument bound to parameter {@code i}: named {@code name}, or the i-th positional one. */
    private static Span argument(List<Expr.Arg> args, int i, String name) {
        for (Expr.Arg a : args) if (name.equals(a.name())) return a.span();
        int pos = 0;
        for (Expr.Arg a : args) {
            if (a.name() != null) continue;
            if (pos++ == i) return a.span();
        }
        return args.isEmpty() ? null : args.get(0).span();
    }
}
