package org.metaspin.compiler.resolve;

import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.runtime.units.UnitTable;

/** Parses the MetaSpin source of a builtin parameter's default ({@code @Param(def = "0 T")}). */
public final class DefaultSource {
    private DefaultSource() {}

    public static Expr parse(String source) {
        Diagnostics d = new Diagnostics();
        SourceFile f = new SourceFile("<default>", "let _default = " + source);
        var m = new SourceParser(UnitTable::isUnitSymbol).parse("<default>", f, d);
        if (m == null || m.items().size() != 1 || !(m.items().get(0) instanceof Stmt.Let let)) {
            throw new IllegalStateException("the runtime declares a default that is not an expression: " + source);
        }
        return let.value();
    }
}
