package org.metaspin.compiler.check;

import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Stmt;

/** Whether control can reach the end of a block (E0402), after javac's {@code Flow}. */
final class Flow {
    private Flow() {}

    static boolean completes(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> false;
            case Stmt.Block b -> {
                for (Stmt x : b.stmts()) if (!completes(x)) yield false;
                yield true;
            }
            case Stmt.If i -> i.otherwise() == null || completes(i.then()) || completes(i.otherwise());
            // §15: `while true` without `break` never ends
            case Stmt.While w -> !(w.cond() instanceof Expr.Bool b && b.value()) || breaks(w.body());
            default -> true;
        };
    }

    /** Whether a `break` leaves this loop body (one inside a nested loop leaves only that loop). */
    private static boolean breaks(Stmt s) {
        return switch (s) {
            case Stmt.Break b -> true;
            case Stmt.Block b -> b.stmts().stream().anyMatch(Flow::breaks);
            case Stmt.If i -> breaks(i.then()) || (i.otherwise() != null && breaks(i.otherwise()));
            default -> false;
        };
    }
}
