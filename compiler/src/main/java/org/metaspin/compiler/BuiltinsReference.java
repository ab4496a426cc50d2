package org.metaspin.compiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.metaspin.compiler.code.BuiltinConst;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.DomainType;

/**
 * docs/builtins.md: every builtin, polymorphic builtin, constant and type of the prelude with
 * its signature and documentation, written from the runtime's annotations so that the page
 * cannot drift from what the compiler accepts (a test compares the committed page with this).
 */
public final class BuiltinsReference {
    private BuiltinsReference() {}

    /** Sections by the runtime package that declares a builtin, in the order of LANGUAGE.md. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("org.metaspin.runtime.lang", "Numbers, lists and text (§4)");
        SECTIONS.put("org.metaspin.runtime.physics", "Physics (§9)");
        SECTIONS.put("org.metaspin.runtime.learn", "Learning (§10)");
        SECTIONS.put("org.metaspin.runtime.protocol", "Runs, records and figures (§11)");
    }

    public static String markdown(RuntimeLibrary lib) {
        Map<String, List<BuiltinFn>> bySection = new LinkedHashMap<>();
        for (String title : SECTIONS.values()) bySection.put(title, new ArrayList<>());
        for (List<BuiltinFn> overloads : new TreeMap<>(lib.allBuiltins()).values()) {
            // overloads by their signature: the order reflection lists methods in differs between builds
            List<BuiltinFn> sorted = new ArrayList<>(overloads);
            sorted.sort(Comparator.comparing(Docs::signature));
            for (BuiltinFn b : sorted) bySection.computeIfAbsent(section(b), k -> new ArrayList<>()).add(b);
        }
        StringBuilder sb = new StringBuilder("""
                # Builtins

                Every function, constant and type that a program sees without an `import`, with its
                signature and documentation. This page is written from the runtime's annotations
                (`BuiltinsReference`); `metaspin doc NAME` prints the same for one name. Dimensions
                are shown by their §2.2 names; a parameter with `= …` may be left out. A constraint
                after a parameter's type (`h: Real in [0, 1]`, `lr: Real > 0 and finite`) is checked
                on every call: a constant argument that breaks it is E0304 when the program is
                compiled, any other value R0005 where it is called, also through a function value.
                A `where` clause after the result (`where wmin < wmax`) relates two parameters: E0304
                when both arguments are constants that break it, R0005 when the call finds it broken.

                """);
        for (Map.Entry<String, List<BuiltinFn>> e : bySection.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            sb.append("## ").append(e.getKey()).append("\n\n");
            if (e.getKey().startsWith("Numbers")) intrinsics(sb);
            for (BuiltinFn b : e.getValue()) {
                sb.append("- `").append(Docs.signature(b)).append("`: ").append(oneLine(b.doc())).append('\n');
            }
            sb.append('\n');
        }
        sb.append("## Constants\n\n");
        for (BuiltinConst c : new TreeMap<>(lib.constants()).values()) {
            sb.append("- `").append(c.name()).append(": ").append(c.type().show()).append("`: ").append(oneLine(c.doc())).append('\n');
        }
        sb.append("\n## Types and kinds\n\n");
        for (Map.Entry<String, Class<?>> t : new TreeMap<>(lib.types()).entrySet()) {
            DomainType ann = t.getValue().getAnnotation(DomainType.class);
            sb.append("### ").append(t.getKey()).append(ann.kind().isEmpty() ? "" : " (kind `" + ann.kind() + "`)").append("\n\n");
            sb.append(oneLine(ann.doc())).append("\n\n");
            List<RuntimeLibrary.PropInfo> props = new ArrayList<>(lib.props(t.getValue()).values());
            for (RuntimeLibrary.PropInfo p : props) {
                String line = Docs.propLine(p);
                sb.append("- `").append(p.name()).append('`').append(line.substring(p.name().length())).append('\n');
            }
            if (!props.isEmpty()) sb.append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static void intrinsics(StringBuilder sb) {
        List<Intrinsic> all = new ArrayList<>(List.of(Intrinsic.values()));
        all.sort(Comparator.comparing(i -> i.id));
        for (Intrinsic i : all) {
            int colon = i.doc.indexOf(": ");
            sb.append("- `").append(i.doc, 0, colon).append("`: ").append(i.doc.substring(colon + 2)).append('\n');
        }
    }

    private static String section(BuiltinFn b) {
        String pkg = b.method().getDeclaringClass().getPackageName();
        for (Map.Entry<String, String> e : SECTIONS.entrySet()) {
            if (pkg.equals(e.getKey()) || pkg.startsWith(e.getKey() + ".")) return e.getValue();
        }
        return "Other";
    }

    private static String oneLine(String doc) {
        return doc.replace('\n', ' ').strip();
    }
}
