package org.metaspin.lsp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Node;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.DottedPath;
import org.metaspin.compiler.resolve.RuntimeLibrary;

/**
 * The names a program sees at a place, and their types, from an analysis: the module's own
 * top-level names, the names it imports, and the locals of the functions, blocks, loops and
 * lambdas around the place. Also what a dotted path (`Synapse.stack`) names there, through the
 * {@link DottedPath} the REPL uses too.
 */
final class Names {
    private final Analysis analysis;
    private final RuntimeLibrary lib = RuntimeLibrary.get();

    Names(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Name to symbol (null for a name whose symbol is unknown, such as a module alias), innermost last. */
    Map<String, Symbol> at(int offset) {
        Map<String, Symbol> out = new LinkedHashMap<>();
        Attribution a = analysis.main();
        if (a == null) return out;
        for (Stmt.Import imp : analysis.module().imports()) {
            Attribution m = analysis.modules().get(imp.moduleName());
            if (imp.alias() != null) out.put(imp.alias(), new Symbol.ModuleName(imp.moduleName()));
            else if (imp.names() == null || imp.names().isEmpty()) out.put(imp.path().get(0), new Symbol.ModuleName(imp.path().get(0)));
            if (imp.names() == null) continue;
            for (Stmt.ImportName n : imp.names()) out.put(n.name(), m == null ? null : m.exports.get(n.name()));
        }
        out.putAll(a.exports);
        for (Node n : Ast.at(analysis.module(), offset)) {
            if (n instanceof Stmt.Fn f) params(a, f.params(), out);
            else if (n instanceof Stmt.Protocol p) params(a, p.params(), out);
            else if (n instanceof Stmt.Kind k && k.params() != null) params(a, k.params(), out);
            else if (n instanceof Stmt.For f) out.put(f.var(), a.symbols.get(f));
            else if (n instanceof Expr.Lambda l) {
                for (Expr.LambdaParam p : l.params()) out.put(p.name(), a.lambdaParams.get(p));
            } else if (n instanceof Stmt.Block b) {
                for (Stmt s : b.stmts()) {
                    if (s.span().start() >= offset) break;
                    if (s instanceof Stmt.Let l) out.put(l.name(), a.symbols.get(l));
                    else if (s instanceof Stmt.Fn f) out.put(f.name(), a.symbols.get(f));
                }
            }
        }
        return out;
    }

    private static void params(Attribution a, List<ParamDecl> params, Map<String, Symbol> out) {
        for (ParamDecl p : params) out.put(p.name(), a.symbols.get(p));
    }

    /** The type a symbol has as a value, or null. */
    static Type typeOf(Symbol s) {
        return s == null ? null : s.valueType();
    }

    /** What a dotted path names: a module's exports, or a value's type; null when it is not that simple. */
    Object resolve(String path, int offset) {
        return DottedPath.resolve(path, at(offset)::get, analysis.modules()::get, lib);
    }
}
