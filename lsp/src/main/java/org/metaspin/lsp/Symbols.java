package org.metaspin.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.PropBlock;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.runtime.units.UnitTable;

/** The outline of a document: imports, top-level bindings, functions, protocols and declarations with their properties. */
final class Symbols {
    private Symbols() {}

    static List<DocumentSymbol> of(Documents.Doc d) {
        String text = d.text;
        SourceFile src = new SourceFile(Analyzer.path(d.uri), text);
        Module m = new SourceParser(UnitTable::isUnitSymbol).parse("doc", src, new Diagnostics());
        Positions p = new Positions(text);
        if (m == null && d.parsed != null) {
            // a half-typed line: the outline of the last version that parsed
            m = d.parsed.module();
            p = d.parsed.positions();
        }
        if (m == null) return List.of();
        List<DocumentSymbol> out = new ArrayList<>();
        for (Stmt s : m.items()) {
            DocumentSymbol sym = symbol(s, p);
            if (sym != null) out.add(sym);
        }
        return out;
    }

    private static DocumentSymbol symbol(Stmt s, Positions p) {
        if (s instanceof Stmt.Import i) {
            return make(i.moduleName(), SymbolKind.Module, i.span(), i.pathSpan(), "import", p);
        } else if (s instanceof Stmt.Let l) {
            return make(l.name(), l.mutable() ? SymbolKind.Variable : SymbolKind.Constant, l.span(), l.nameSpan(),
                    l.mutable() ? "var" : "let", p);
        } else if (s instanceof Stmt.Fn f) {
            DocumentSymbol sym = make(f.name(), SymbolKind.Function, f.span(), f.nameSpan(), params(f.params()), p);
            if (f.body() != null) sym.setChildren(children(f.body().stmts(), p));
            return sym;
        } else if (s instanceof Stmt.Protocol pr) {
            DocumentSymbol sym = make(pr.name(), SymbolKind.Event, pr.span(), pr.nameSpan(), "protocol" + params(pr.params()), p);
            sym.setChildren(children(pr.body().stmts(), p));
            return sym;
        } else if (s instanceof Stmt.Kind k) {
            DocumentSymbol sym = make(k.name(), SymbolKind.Struct, k.span(), k.nameSpan(), k.kind(), p);
            sym.setChildren(properties(k.props(), p));
            return sym;
        }
        return null;
    }

    private static List<DocumentSymbol> children(List<Stmt> stmts, Positions p) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Stmt s : stmts) {
            if (s instanceof Stmt.Fn || s instanceof Stmt.Kind) out.add(symbol(s, p));
        }
        return out;
    }

    private static List<DocumentSymbol> properties(PropBlock b, Positions p) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (PropBlock.Item item : b.items()) {
            DocumentSymbol sym = make(item.name(), SymbolKind.Property, item.span(), item.nameSpan(), null, p);
            if (item instanceof PropBlock.Nested n) sym.setChildren(properties(n.block(), p));
            out.add(sym);
        }
        return out;
    }

    private static String params(List<ParamDecl> params) {
        List<String> ps = new ArrayList<>();
        for (ParamDecl x : params == null ? List.<ParamDecl>of() : params) ps.add(x.name());
        return "(" + String.join(", ", ps) + ")";
    }

    private static DocumentSymbol make(String name, SymbolKind kind, Span whole, Span nameSpan, String detail, Positions p) {
        DocumentSymbol s = new DocumentSymbol(name, kind, p.range(whole.start(), whole.end()), p.range(nameSpan.start(), nameSpan.end()));
        if (detail != null) s.setDetail(detail);
        return s;
    }
}
