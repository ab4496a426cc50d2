package org.metaspin.repl;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.compiler.Docs;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.check.Suggest;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.resolve.RuntimeLibrary;

/**
 * `:doc NAME`: the documentation of a name in scope (its `///` comment), a builtin, a
 * constant, a kind or domain type (its properties), or a property (`Stack.Keff`,
 * `Synapse.Delta`, or a bare `Keff`), all read from the runtime's annotations.
 */
final class ScopeDocs {
    private final InputEvaluator eval;
    private final RuntimeLibrary lib;
    private final Docs library;

    ScopeDocs(InputEvaluator eval) {
        this.eval = eval;
        this.lib = eval.library();
        this.library = new Docs(lib);
    }

    InputEvaluator.Status print(String name) {
        name = name.strip();
        if (name.isEmpty()) {
            eval.err().println("usage: :doc NAME");
            return InputEvaluator.Status.COMPILE_ERROR;
        }
        String text = doc(name);
        if (text == null) {
            List<String> all = new ArrayList<>(eval.scope().keySet());
            all.addAll(library.names());
            String near = Suggest.closest(name, all);
            eval.err().println("error: no documentation for `" + name + "`" + (near == null ? "" : "; did you mean `" + near + "`?"));
            return InputEvaluator.Status.COMPILE_ERROR;
        }
        eval.out().print(text.endsWith("\n") ? text : text + "\n");
        return InputEvaluator.Status.OK;
    }

    /** The session's own names first (their `///` comments), then what the runtime and stdlib document. */
    String doc(String name) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String head = name.substring(0, dot);
            Class<?> c = sessionClassOf(head);
            if (c != null) {
                RuntimeLibrary.PropInfo p = lib.props(c).get(name.substring(dot + 1));
                if (p != null) return head + "." + Docs.propDoc(p);
            }
            return library.lookup(name);
        }
        Symbol s = eval.scope().get(name);
        if (s != null && !(s instanceof Symbol.Builtins) && !(s instanceof Symbol.Constant) && !(s instanceof Symbol.Intrinsic)) {
            return symbol(name, s);
        }
        return library.lookup(name);
    }

    /** The domain class of a session value named by a path (`Synapse`, `Synapse.stack`). */
    private Class<?> sessionClassOf(String head) {
        if (eval.typeOfPath(head) instanceof Type.Domain d) return d.javaClass();
        if (eval.scope().get(head) instanceof Symbol.KindDecl k) return k.type().javaClass();
        return null;
    }

    private String symbol(String name, Symbol s) {
        StringBuilder sb = new StringBuilder();
        String doc = null;
        if (s instanceof Symbol.Function f) {
            sb.append("fn ").append(name).append(params(f.decl().params())).append(" -> ").append(f.type().result().show());
            doc = f.decl().doc();
        } else if (s instanceof Symbol.Protocol p) {
            sb.append("protocol ").append(name).append(params(p.decl().params()));
            doc = p.decl().doc();
        } else if (s instanceof Symbol.KindDecl k) {
            sb.append(k.decl().kind()).append(' ').append(name);
            if (k.decl().params() != null) sb.append(params(k.decl().params()));
            sb.append(" : ").append(k.type().show());
            doc = k.decl().doc();
        } else if (s instanceof Symbol.Global g) {
            sb.append(g.mutable() ? "var " : "let ").append(name).append(" : ").append(g.type().show());
            doc = g.let() == null ? null : g.let().doc();
        } else if (s instanceof Symbol.ModuleName m) {
            return "module " + m.name() + "\n";
        } else {
            Type t = eval.typeOf(s);
            sb.append(name).append(t == null ? "" : " : " + t.show());
        }
        sb.append('\n');
        if (doc != null && !doc.isBlank()) sb.append("  ").append(doc.strip().replace("\n", "\n  ")).append('\n');
        return sb.toString();
    }

    private static String params(List<ParamDecl> ps) {
        List<String> out = new ArrayList<>();
        for (ParamDecl p : ps) out.add(p.span().text());
        return "(" + String.join(", ", out) + ")";
    }
}
