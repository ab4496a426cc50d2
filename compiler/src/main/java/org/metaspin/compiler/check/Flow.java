package org.metaspin.compiler.check;

import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Stmt;

/** Whether control can reach the end of a block (E0402), after javac's {@code Flow}. */
final class Flow {
    private Flow() {}

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
