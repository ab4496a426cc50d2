package org.metaspin.compiler;

import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.BuiltinConst;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.Constraint;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.units.DimensionNames;
import org.metaspin.runtime.units.QuantityFormat;
import org.metaspin.runtime.units.UnitTable;

/**
 * Documentation of a name (`metaspin doc NAME`, the REPL's `:doc`), read from the runtime's
 * annotations and from `///` comments: builtins, constants, kinds and their properties,
 * `Kind.property`, and names of standard-library modules such as `std.materials.CoFeB`.
 */
public final class Docs {
    private final RuntimeLibrary lib;

    public Docs(RuntimeLibrary lib) {
        this.lib = lib;
    }

    /** The documentation of {@code name}, or null when nothing has that name. */
    public String lookup(String name) {
        StringBuilder sb = new StringBuilder();
        String language = LanguageDocs.lookup(name);
        if (language != null) sb.append(language);
        for (BuiltinFn b : lib.builtins(name)) sb.append(signature(b)).append("\n    ").append(b.doc()).append('\n');
        if (Intrinsic.named(name) != null) sb.append(Intrinsic.named(name).doc).append('\n');
        BuiltinConst c = lib.constant(name);
        if (c != null) {
            double v;
            try {
                v = c.field().getDouble(null);
            } catch (IllegalAccessException e) {
                v = Double.NaN;
            }
            sb.append(name).append(" = ").append(QuantityFormat.format(v, ((Type.Quantity) c.type()).dim()))
                    .append(" : ").append(c.type().show()).append("\n    ").append(c.doc()).append('\n');
        }
        Class<?> type = lib.kind(name) != null ? lib.kind(name) : lib.type(name);
        if (type != null) sb.append(typeDoc(type));
        int dot = name.lastIndexOf('.');
        if (sb.length() == 0 && dot < 0) {
            // a bare property name: every domain type that has it
            for (Map.Entry<String, Class<?>> e : lib.types().entrySet()) {
                RuntimeLibrary.PropInfo p = lib.props(e.getValue()).get(name);
                if (p != null) sb.append(e.getKey()).append('.').append(propDoc(p));
            }
        }
        if (sb.length() == 0 && dot > 0) {
            String owner = name.substring(0, dot);
            String member = name.substring(dot + 1);
            Class<?> t = lib.kind(owner) != null ? lib.kind(owner) : lib.type(owner);
            if (t != null && lib.props(t).containsKey(member)) {
                sb.append(propDoc(lib.props(t).get(member)));
            } else if (owner.startsWith("std.") || owner.equals("std")) {
                String d = moduleDoc(owner, member);
                if (d != null) sb.append(d);
            }
        }
        if (dot < 0) {
            // a standard-library name by its short name: `doc PtSynapse`, `doc FeRh`
            for (String module : STD_MODULES) {
                String d = moduleDoc(module, name);
                if (d != null) sb.append(d);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static final List<String> STD_MODULES = List.of("std.materials", "std.devices");

    /** Everything `lookup` documents, for `metaspin doc --list`: the names of {@link #names()} and the standard library's members. */
    public List<String> allNames() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder()));
        all.addAll(names());
        for (String module : STD_MODULES) for (String member : moduleMembers(module).keySet()) all.add(module + "." + member);
        return List.copyOf(all);
    }

    /** Every name `lookup` knows without a module: for completion and suggestions. */
    public List<String> names() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(lib.allBuiltins().keySet());
        for (Class<?> c : lib.types().values()) all.addAll(lib.props(c).keySet());
        all.addAll(lib.constants().keySet());
        all.addAll(lib.kindNames());
        all.addAll(lib.types().keySet());
        for (Intrinsic i : Intrinsic.values()) all.add(i.id);
        all.addAll(LanguageDocs.keywords());
        all.addAll(UnitTable.baseSymbols());
        all.addAll(DimensionNames.names());
        for (String module : STD_MODULES) all.addAll(moduleMembers(module).keySet());
        return List.copyOf(all);
    }

    public static String signature(BuiltinFn b) {
        StringBuilder sb = new StringBuilder(b.name()).append('(');
        for (int i = 0; i < b.params().size(); i++) {
            BuiltinFn.BuiltinParam p = b.params().get(i);
            if (i > 0) sb.append(", ");
            sb.append(p.name()).append(": ").append(p.type().show());
            // `h: Real in [0, 1]`, `pulse: Time >= 0`
            if (!p.check().isEmpty()) sb.append(' ').append(Constraint.parse(p.check()).described());
            if (b.varargs() && i == b.params().size() - 1) sb.append("…");
            if (p.defaultSource() != null) sb.append(" = ").append(p.defaultSource());
        }
        sb.append(')');
        if (b.result() != Type.VOID) sb.append(" -> ").append(b.result().show());
        // `analog(…) -> Model where wmin < wmax`
        if (!b.requires().isEmpty()) sb.append(" where ").append(String.join(" and ", b.requires().stream().map(Object::toString).toList()));
        return sb.toString();
    }

    private String typeDoc(Class<?> type) {
        DomainType t = type.getAnnotation(DomainType.class);
        StringBuilder sb = new StringBuilder();
        sb.append(t.kind().isEmpty() ? "type " + t.name() : t.kind() + " (values of type " + t.name() + ")").append("\n    ")
                .append(t.doc()).append('\n');
        Map<String, RuntimeLibrary.PropInfo> props = lib.props(type);
        if (!props.isEmpty()) sb.append("properties:\n");
        for (RuntimeLibrary.PropInfo p : props.values()) sb.append("  ").append(propLine(p)).append('\n');
        return sb.toString();
    }

    static String propLine(RuntimeLibrary.PropInfo p) {
        Prop a = p.prop();
        StringBuilder sb = new StringBuilder(p.name()).append(": ").append(p.type().show());
        if (a.derived()) sb.append(" (derived)");
        if (a.required()) sb.append(" (required)");
        if (!a.check().isEmpty()) sb.append(", ").append(a.check());
        String def = !a.defaultDoc().isEmpty() ? a.defaultDoc()
                : Double.isNaN(a.def()) ? "" : p.type() instanceof Type.Quantity q ? QuantityFormat.format(a.def(), q.dim())
                : Long.toString((long) a.def());
        if (!def.isEmpty()) sb.append(", default ").append(def);
        return sb.append(" — ").append(a.doc()).toString();
    }

    /** One property: name, type, flags, default and its documentation. */
    public static String propDoc(RuntimeLibrary.PropInfo p) {
        return propLine(p) + "\n";
    }

    /** A name of a standard-library module: its `///` comment and its declaration's first line. */
    private String moduleDoc(String module, String member) {
        return moduleMembers(module).get(member);
    }

    private final Map<String, Map<String, String>> moduleDocs = new java.util.HashMap<>();

    /** The documented members of a standard-library module, in source order, each with its doc text. */
    private Map<String, String> moduleMembers(String module) {
        return moduleDocs.computeIfAbsent(module, Docs::readModule);
    }

    private static Map<String, String> readModule(String module) {
        Map<String, String> members = new java.util.LinkedHashMap<>();
        String rel = module.replace('.', '/') + ".msp";
        String text;
        try (var in = Docs.class.getClassLoader().getResourceAsStream(rel)) {
            if (in == null) return members;
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return members;
        }
        SourceFile src = new SourceFile(rel, text);
        var parsed = new SourceParser(UnitTable::isUnitSymbol)
                .parse(module, src, new Diagnostics());
        if (parsed == null) return members;
        for (Stmt s : parsed.items()) {
            String name = s instanceof Stmt.Kind k ? k.name() : s instanceof Stmt.Fn f ? f.name() : s instanceof Stmt.Let l ? l.name() : null;
            if (name == null || name.startsWith("_")) continue;
            String doc = s instanceof Stmt.Kind k ? k.doc() : s instanceof Stmt.Fn f ? f.doc() : ((Stmt.Let) s).doc();
            String first = src.lineText(s.span().line()).strip();
            members.put(name, module + "." + name + "\n    " + first + (doc == null ? "" : "\n    " + doc.replace("\n", "\n    ")) + "\n");
        }
        return members;
    }
}
