package org.metaspin.lsp;

import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Node;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.check.MemberTarget;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.diag.Span;

/**
 * Go to definition: a name to its `let`, `var`, parameter, function, protocol or
 * declaration, in this document, in an imported module, or in a std module (served as a
 * read-only file); a module path or an imported name to its module. Builtins are Java and
 * have no MetaSpin definition: nothing is returned for them.
 */
final class Definitions {
    private final Locations locations;

    Definitions(Locations locations) {
        this.locations = locations;
    }

    List<Location> find(Documents.Doc d, Position pos) {
        Analysis a = d.analysis != null && d.analysis.main() != null ? d.analysis : d.parsed;
        if (a == null) return List.of();
        int offset = a.positions().offset(pos);
        Span target = target(a, offset);
        if (target == null) return List.of();
        Location l = locations.of(a, d.uri, target);
        return l == null ? List.of() : List.of(l);
    }

    private static Span target(Analysis a, int offset) {
        Attribution attr = a.main();
        List<Node> nodes = Ast.at(a.module(), offset);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (n instanceof Expr.Name name) return declaration(a, attr.symbols.get(name));
            if (n instanceof Expr.Member m && Ast.contains(m.nameSpan(), offset)) {
                MemberTarget t = attr.members.get(m);
                if (t instanceof MemberTarget.Export e) return declaration(a, e.symbol());
                if (t instanceof MemberTarget.SubModule s) return moduleStart(a, s.name());
                return null;
            }
            if (n instanceof Stmt.Import imp) {
                if (Ast.contains(imp.pathSpan(), offset)) return moduleStart(a, imp.moduleName());
                Attribution m = a.modules().get(imp.moduleName());
                for (Stmt.ImportName in : imp.names() == null ? List.<Stmt.ImportName>of() : imp.names()) {
                    if (Ast.contains(in.span(), offset) && m != null) return declaration(a, m.exports.get(in.name()));
                }
                return null;
            }
            if (n instanceof Stmt.Run r && Ast.contains(r.nameSpan(), offset)) {
                return declaration(a, new Names(a).at(offset).get(r.protocol()));
            }
        }
        return null;
    }

    private static Span declaration(Analysis a, Symbol s) {
        if (s instanceof Symbol.Local l) return l.decl;
        if (s instanceof Symbol.Global g) return g.let() != null ? g.let().nameSpan() : g.decl();
        if (s instanceof Symbol.Function f) return f.decl().nameSpan();
        if (s instanceof Symbol.Protocol p) return p.decl().nameSpan();
        if (s instanceof Symbol.KindDecl k) return k.decl().nameSpan();
        if (s instanceof Symbol.ModuleName m) return moduleStart(a, m.name());
        return null;
    }

    private static Span moduleStart(Analysis a, String module) {
        Attribution m = a.modules().get(module);
        return m == null ? null : new Span(m.module.source(), 0, 0);
    }
}
