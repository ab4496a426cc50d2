package org.metaspin.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.metaspin.compiler.ast.Param;
import org.metaspin.compiler.check.Symbol;
import org.metaspin.compiler.check.Type;
import org.metaspin.compiler.resolve.Builtin;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.Prop;

/**
 * `:doc NAME`: the documentation of a name in scope (its `///` comment), a builtin, a
 * constant, a kind or domain type (its properties), or a property (`Stack.Keff`,
 * `Synapse.Delta`, or a bare `Keff`), all read from the runtime's annotations.
 */
final class Docs {
    private final Evaluator eval;
    private final RuntimeLibrary lib;

    Docs(Evaluator eval) {
        this.eval = eval;
        this.lib = eval.library();
    }

    Evaluator.Status print(String name) {
        name = name.strip();
        if (name.isEmpty()) {
            eval.err().println("usage: :doc NAME");
            return Evaluator.Status.COMPILE_ERROR;
        }
        String text = doc(name);
        if (text == null) {
            List<String> all = new ArrayList<>(eval.scope().keySet());
            all.addAll(lib.allBuiltins().keySet());
            all.addAll(lib.constants().keySet());
            all.addAll(lib.kindNames());
            all.addAll(lib.types().keySet());
            all.addAll(org.metaspin.compiler.check.Intrinsics.DOCS.keySet());
            for (Class<?> c : lib.types().values()) all.addAll(lib.props(c).keySet());
            String near = closest(name, all);
            eval.err().println("error: no documentation for `" + name + "`" + (near == null ? "" : "; did you mean `" + near + "`?"));
            return Evaluator.Status.COMPILE_ERROR;
        }
        eval.out().print(text.endsWith("\n") ? text : text + "\n");
        return Evaluator.Status.OK;
    }

    String doc(String name) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String head = name.substring(0, dot);
            String prop = name.substring(dot + 1);
            Class<?> c = classOf(head);
            if (c == null) return null;
            RuntimeLibrary.PropInfo p = lib.props(c).get(prop);
            return p == null ? null : prop(typeName(c) + "." + p.name(), p);
        }
        StringBuilder sb = new StringBuilder();
        Symbol s = eval.scope().get(name);
        if (s != null) sb.append(symbol(name, s));
        if (s == null) {
            String intrinsic = org.metaspin.compiler.check.Intrinsics.DOCS.get(name);
            if (intrinsic != null) sb.append(intrinsic).append('\n');
            for (Builtin b : lib.builtins(name)) sb.append(builtin(b));
            RuntimeLibrary.ConstantInfo k = lib.constant(name);
            if (k != null) sb.append(name).append(" : ").append(k.type().show()).append(" (constant)\n").append(indent(k.doc()));
        }
        Class<?> kind = lib.kind(name);
        if (kind != null) sb.append("kind ").append(name).append(" (values of type ").append(typeName(kind)).append(")\n").append(props(kind));
        Class<?> type = lib.type(name);
        if (type != null && kind == null) sb.append("type ").append(name).append('\n').append(props(type));
        if (sb.length() == 0) {
            // a bare property name: every domain type that has it
            for (Map.Entry<String, Class<?>> e : lib.types().entrySet()) {
                RuntimeLibrary.PropInfo p = lib.props(e.getValue()).get(name);
                if (p != null) sb.append(prop(e.getKey() + "." + p.name(), p));
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private Class<?> classOf(String head) {
        Class<?> c = lib.kind(head);
        if (c == null) c = lib.type(head);
        if (c == null && eval.typeOfPath(head) instanceof Type.Domain d) c = d.javaClass();
        if (c == null && eval.scope().get(head) instanceof Symbol.KindDecl k) c = k.type().javaClass();
        return c;
    }

    private String typeName(Class<?> c) {
        for (Map.Entry<String, Class<?>> e : lib.types().entrySet()) if (e.getValue() == c) return e.getKey();
        return c.getSimpleName();
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
        } else if (s instanceof Symbol.Builtins b) {
            for (Builtin bi : b.overloads()) sb.append(builtin(bi));
            return sb.toString();
        } else if (s instanceof Symbol.Constant c) {
            return name + " : " + c.info().type().show() + " (constant)\n" + indent(c.info().doc());
        } else if (s instanceof Symbol.Intrinsic i) {
            return org.metaspin.compiler.check.Intrinsics.DOCS.getOrDefault(i.name(), i.name()) + "\n";
        } else if (s instanceof Symbol.ModuleName m) {
            return "module " + m.name() + "\n";
        } else {
            Type t = eval.typeOf(s);
            sb.append(name).append(t == null ? "" : " : " + t.show());
        }
        sb.append('\n');
        if (doc != null && !doc.isBlank()) sb.append(indent(doc));
        return sb.toString();
    }

    private static String params(List<Param> ps) {
        List<String> out = new ArrayList<>();
        for (Param p : ps) out.add(p.span().text());
        return "(" + String.join(", ", out) + ")";
    }

    private static String builtin(Builtin b) {
        List<String> ps = new ArrayList<>();
        for (Builtin.BuiltinParam p : b.params()) {
            ps.add(p.name() + ": " + p.type().show() + (p.defaultSource() == null ? "" : " = " + p.defaultSource()));
        }
        String result = b.result() == Type.VOID ? "" : " -> " + b.result().show();
        return b.name() + "(" + String.join(", ", ps) + ")" + result + "\n" + indent(b.doc());
    }

    private String props(Class<?> c) {
        StringBuilder sb = new StringBuilder();
        for (RuntimeLibrary.PropInfo p : lib.props(c).values()) {
            Prop a = p.prop();
            sb.append("  ").append(p.name()).append(" : ").append(p.type().show()).append(flags(a)).append('\n');
            if (!a.doc().isBlank()) sb.append("      ").append(a.doc().strip().replace("\n", "\n      ")).append('\n');
        }
        return sb.toString();
    }

    private static String prop(String title, RuntimeLibrary.PropInfo p) {
        return title + " : " + p.type().show() + flags(p.prop()) + "\n" + indent(p.prop().doc());
    }

    private static String flags(Prop a) {
        List<String> f = new ArrayList<>();
        if (a.derived()) f.add("derived");
        if (a.required()) f.add("required");
        if (!a.defaultDoc().isEmpty()) f.add("default " + a.defaultDoc());
        if (!a.check().isEmpty()) f.add(a.check());
        return f.isEmpty() ? "" : " (" + String.join(", ", f) + ")";
    }

    private static String indent(String doc) {
        if (doc == null || doc.isBlank()) return "";
        return "  " + doc.strip().replace("\n", "\n  ") + "\n";
    }

    private static String closest(String word, List<String> names) {
        String best = null;
        int bestD = Math.max(1, word.length() / 3) + 1;
        for (String n : new TreeSet<>(names)) {
            int d = distance(word.toLowerCase(), n.toLowerCase());
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
