package org.metaspin.lsp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.metaspin.compiler.Docs;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Node;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.PropBlock;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.resolve.RuntimeLibrary;

/**
 * Hover: the type of the name or expression under the cursor (with its dimension's name:
 * `Length`, `CurrentDensity`) and the documentation `metaspin doc` shows for builtins,
 * kinds, properties, units, keywords and std names, or the `///` comment of a user's
 * declaration.
 */
final class Hovers {
    private static final Pattern WORD = Pattern.compile("[\\p{L}_%Ω][\\p{L}\\p{Nd}_]*");
    private final RuntimeLibrary lib = RuntimeLibrary.get();
    private final Docs docs = new Docs(lib);

    Hover hover(Documents.Doc d, Position pos) {
        Analysis a = d.analysis != null && d.analysis.main() != null ? d.analysis : d.parsed;
        String text = d.text;
        int offset = new Positions(text).offset(pos);
        String shown = null;
        if (a != null) {
            int at = a.positions().offset(pos);
            shown = describe(a, at);
        }
        if (shown == null) {
            String w = wordAt(text, offset);
            String doc = w == null ? null : docs.lookup(w);
            if (doc != null) shown = "```\n" + doc.strip() + "\n```";
        }
        return shown == null ? null : new Hover(new MarkupContent(MarkupKind.MARKDOWN, shown));
    }

    private String describe(Analysis a, int offset) {
        Attribution attr = a.main();
        List<Node> nodes = Ast.at(a.module(), offset);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (n instanceof Expr.Name name) {
                return show(name.id(), attr.types.get(name), attr.symbols.get(name));
            } else if (n instanceof Expr.Member m && Ast.contains(m.nameSpan(), offset)) {
                Type owner = attr.types.get(m.target());
                String doc = owner instanceof Type.Domain dom ? docs.lookup(dom.name() + "." + m.name()) : null;
                if (doc == null && owner instanceof Type.ModuleRef mod) doc = docs.lookup(mod.name() + "." + m.name());
                return code(m.name() + ": " + show(attr.types.get(m))) + text(doc);
            } else if (n instanceof PropBlock.Item item && Ast.contains(item.nameSpan(), offset)) {
                String owner = ownerOf(nodes, i, attr);
                String doc = owner == null ? null : docs.lookup(owner + "." + item.name());
                return doc == null ? null : code(doc.strip());
            } else if (n instanceof Stmt.Fn f && Ast.contains(f.nameSpan(), offset)) {
                return show(f.name(), null, attr.symbols.get(f) != null ? attr.symbols.get(f) : attr.exports.get(f.name()));
            } else if (n instanceof Stmt.Let l && Ast.contains(l.nameSpan(), offset)) {
                Symbol s = attr.symbols.get(l);
                return show(l.name(), Names.typeOf(s), s);
            } else if (n instanceof Stmt.Kind k && Ast.contains(k.nameSpan(), offset)) {
                return show(k.name(), null, attr.exports.get(k.name()));
            } else if (n instanceof Stmt.Protocol p && Ast.contains(p.nameSpan(), offset)) {
                return show(p.name(), null, attr.exports.get(p.name()));
            } else if (n instanceof Stmt.Kind k && Ast.contains(k.kindSpan(), offset)) {
                String doc = docs.lookup(k.kind());
                return doc == null ? null : code(doc.strip());
            } else if (n instanceof Expr.Num num && attr.types.get(num) != null) {
                return code(num.span().text() + ": " + show(attr.types.get(num)));
            }
        }
        return null;
    }

    /** The kind or type whose property block holds the item at {@code i}. */
    private static String ownerOf(List<Node> nodes, int i, Attribution attr) {
        for (int j = i - 1; j >= 0; j--) {
            if (nodes.get(j) instanceof Stmt.Kind k) return k.kind();
            if (nodes.get(j) instanceof Expr.With w && attr.types.get(w) instanceof Type.Domain d) return d.name();
        }
        return null;
    }

    private String show(String name, Type type, Symbol s) {
        String head;
        String doc = null;
        if (s instanceof Symbol.Function f) {
            head = "fn " + f.name() + params(f.decl().params()) + (f.decl().result() != null ? " -> " + f.decl().result().span().text() : "");
            doc = f.decl().doc();
        } else if (s instanceof Symbol.Protocol p) {
            head = "protocol " + p.name() + params(p.decl().params());
            doc = p.decl().doc();
        } else if (s instanceof Symbol.KindDecl k) {
            head = k.decl().kind() + " " + k.name() + (k.decl().params() != null ? params(k.decl().params()) : "") + ": " + k.type().show();
            doc = k.decl().doc();
        } else if (s instanceof Symbol.Global g) {
            head = (g.mutable() ? "var " : "let ") + name + ": " + show(g.type());
            doc = g.let() == null ? null : g.let().doc();
        } else if (s instanceof Symbol.Local l) {
            head = (l.mutable ? "var " : "") + name + ": " + show(l.type);
        } else if (s instanceof Symbol.Builtins || s instanceof Symbol.Intrinsic || s instanceof Symbol.Constant) {
            String d = docs.lookup(name);
            return d == null ? code(name + ": " + show(type)) : code(d.strip());
        } else if (s instanceof Symbol.ModuleName m) {
            head = "module " + m.name();
        } else {
            head = name + ": " + show(type);
        }
        return code(head) + text(doc);
    }

    private static String params(List<ParamDecl> ps) {
        StringBuilder sb = new StringBuilder("(");
        for (ParamDecl p : ps) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(p.span().text());
        }
        return sb.append(')').toString();
    }

    private static String show(Type t) {
        return t == null || t == Type.ERROR ? "?" : t.show();
    }

    private static String code(String s) {
        return "```metaspin\n" + s + "\n```";
    }

    private static String text(String doc) {
        return doc == null || doc.isBlank() ? "" : "\n\n" + doc.strip();
    }

    /** The signatures of a builtin, one per overload, for completion details. */
    static String signatureOf(RuntimeLibrary lib, String name) {
        List<BuiltinFn> bs = lib.builtins(name);
        return bs.isEmpty() ? "builtin" : Docs.signature(bs.get(0));
    }

    private static String wordAt(String text, int offset) {
        Matcher m = WORD.matcher(text);
        int from = Math.max(0, offset - 64);
        while (m.find(from)) {
            if (m.start() > offset) return null;
            if (m.end() >= offset) return m.group();
            from = m.end();
        }
        return null;
    }
}
