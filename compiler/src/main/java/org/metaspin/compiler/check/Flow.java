package org.metaspin.compiler.check;

import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;

/**
 * The flow pass (after javac's {@code Flow}), run on a module once Attr has typed it: jumps
 * with nowhere to go (E0401), functions that may end without returning a value (E0402), and
 * locals that are never read (W0001). It reads the tree and the attribution and changes
 * neither; whether a local was read is what name resolution found.
 */
public final class Flow {
    private final Attribution a;
    private final Diagnostics diags;

    private Flow(Attribution a, Diagnostics diags) {
        this.a = a;
        this.diags = diags;
    }

    /** Runs the pass over a checked module. */
    public static void check(Attribution a, Diagnostics diags) {
        Flow f = new Flow(a, diags);
        for (Stmt s : a.module.items()) {
            if (s instanceof Stmt.Fn fn) f.function(fn);
            else if (s instanceof Stmt.Protocol p) f.protocol(p);
            else if (!(s instanceof Stmt.Kind) && !(s instanceof Stmt.Import)) f.stmt(s, false, 0);
        }
    }

    private void function(Stmt.Fn f) {
        if (!(a.symbols.get(f) instanceof Symbol.Function sym) || f.body() == null) return;
        stmt(f.body(), true, 0);
        Type result = sym.type().result();
        if (result != Type.VOID && result != Type.ERROR && completes(f.body())) {
            diags.report(Diagnostic.of(Code.E0402, f.nameSpan(), "function `" + f.name() + "` may end without returning a value")
                    .withHelp("end every path with `return …`"));
        }
    }

    private void protocol(Stmt.Protocol p) {
        if (a.symbols.get(p) instanceof Symbol.Protocol) stmt(p.body(), true, 0);
    }

    /** {@code returns}: inside a function or protocol; {@code loops}: loops around it in that body. */
    private void stmt(Stmt s, boolean returns, int loops) {
        if (s instanceof Stmt.Block b) {
            for (Stmt x : b.stmts()) stmt(x, returns, loops);
        } else if (s instanceof Stmt.Let l) {
            if (a.symbols.get(l) instanceof Symbol.Local v && !v.used() && !v.name.startsWith("_")) {
                diags.report(Diagnostic.of(Code.W0001, v.decl, "`" + v.name + "` is never used")
                        .withHelp("remove it, or name it `_" + v.name + "`"));
            }
        } else if (s instanceof Stmt.If i) {
            stmt(i.then(), returns, loops);
            if (i.otherwise() != null) stmt(i.otherwise(), returns, loops);
        } else if (s instanceof Stmt.For f) {
            stmt(f.body(), returns, loops + 1);
        } else if (s instanceof Stmt.While w) {
            stmt(w.body(), returns, loops + 1);
        } else if (s instanceof Stmt.Break b) {
            if (loops == 0) diags.report(Diagnostic.of(Code.E0401, b.span(), "`break` outside a loop"));
        } else if (s instanceof Stmt.Continue c) {
            if (loops == 0) diags.report(Diagnostic.of(Code.E0401, c.span(), "`continue` outside a loop"));
        } else if (s instanceof Stmt.Return r) {
            if (!returns) diags.report(Diagnostic.of(Code.E0401, r.span(), "`return` outside a function or protocol"));
        } else if (s instanceof Stmt.Fn f) {
            function(f);
        }
    }

    /** Whether control can reach the end of a statement (E0402). */
    static boolean completes(Stmt s) {
        if (s instanceof Stmt.Return) return false;
        if (s instanceof Stmt.Block b) {
            for (Stmt x : b.stmts()) if (!completes(x)) return false;
            return true;
        }
        if (s instanceof Stmt.If i) return i.otherwise() == null || completes(i.then()) || completes(i.otherwise());
        // §15: `while true` without `break` never ends
        if (s instanceof Stmt.While w) return !(w.cond() instanceof Expr.Bool b && b.value()) || breaks(w.body());
        return true;
    }

    /** Whether a `break` leaves this loop body (one inside a nested loop leaves only that loop). */
    private static boolean breaks(Stmt s) {
        if (s instanceof Stmt.Break) return true;
        if (s instanceof Stmt.Block b) return b.stmts().stream().anyMatch(Flow::breaks);
        if (s instanceof Stmt.If i) return breaks(i.then()) || (i.otherwise() != null && breaks(i.otherwise()));
        return false;
    }
}
