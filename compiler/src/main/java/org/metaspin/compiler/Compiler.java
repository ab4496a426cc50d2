package org.metaspin.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.check.IneffectiveSets;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.gen.FnInterfaces;
import org.metaspin.compiler.lower.Overrides;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.compiler.resolve.ModuleLoader;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.units.UnitTable;

/**
 * The pipeline of DESIGN.md, end to end: load and parse the modules, check each after the
 * modules it imports, and generate a class per module. Stops after the first phase that
 * reports errors, so a user never sees an error caused by an earlier one.
 */
public final class Compiler {
    private final List<Path> searchPath;
    private final RuntimeLibrary lib;

    public Compiler(List<Path> searchPath) {
        this(searchPath, RuntimeLibrary.get());
    }

    public Compiler(List<Path> searchPath, RuntimeLibrary lib) {
        this.searchPath = searchPath;
        this.lib = lib;
    }

    public Result compile(SourceFile main) {
        return run(main, Map.of(), Set.of());
    }

    /**
     * Compiles with `--set NAME=VALUE` overrides (§13): each value is MetaSpin source, checked
     * where it lands; a name that matches no top-level `let` or protocol parameter is an error.
     */
    public Result compile(SourceFile main, Map<String, String> sets) {
        return compile(main, sets, Set.of());
    }

    /** As {@link #compile(SourceFile, Map)}; names in {@code optional} may match nothing (`--seed`). */
    public Result compile(SourceFile main, Map<String, String> sets, Set<String> optional) {
        return run(main, sets, optional);
    }

    /**
     * Checks without producing classes. It still generates them (and drops them): the JVM's
     * limits on a class (65,535 constants, 64 KB of code per method) are only known once the
     * bytecode exists, and `check` must reject exactly what `run` rejects.
     */
    public Result check(SourceFile main) {
        Result r = run(main, Map.of(), Set.of());
        return new Result(r.diagnostics(), Map.of(), r.mainClass(), r.sources());
    }

    private Result run(SourceFile main, Map<String, String> sets, Set<String> optional) {
        Diagnostics diags = new Diagnostics();
        Map<String, Type> originalTypes = Map.of();
        ModuleLoader loader = new ModuleLoader(searchPath, diags);
        List<Module> modules = new ArrayList<>(loader.load(main));
        if (modules.isEmpty() || diags.hasErrors()) return new Result(diags, Map.of(), null, Map.of());
        Map<String, Expr> values = new LinkedHashMap<>();
        Set<String> letsSet = new LinkedHashSet<>(optional);
        if (!sets.isEmpty()) {
            SourceParser parser = new SourceParser(UnitTable::isUnitSymbol);
            for (Map.Entry<String, String> e : sets.entrySet()) {
                Expr v = parser.parseExpression(new SourceFile("--set " + e.getKey(), e.getValue()), diags);
                if (v != null) values.put(e.getKey(), v);
            }
            Set<String> unused = new LinkedHashSet<>();
            int last = modules.size() - 1;
            Module original = modules.get(last);
            for (Stmt s : original.items()) if (s instanceof Stmt.Let l) letsSet.add(l.name());
            modules.set(last, Overrides.apply(original, values, unused));
            originalTypes = typesOfLets(modules.subList(0, last), original, values.keySet());
            for (String u : unused) {
                if (optional.contains(u)) continue;
                SourceFile f = new SourceFile("--set " + u, sets.get(u));
                diags.report(Diagnostic.of(Code.E0101, new Span(f, 0, f.text().length()),
                        "`--set " + u + "` matches no top-level `let` and no protocol parameter of " + main.path()));
            }
            if (diags.hasErrors()) return new Result(diags, Map.of(), null, Map.of());
        }
        Pipeline pipeline = new Pipeline(lib, diags);
        Map<String, Attribution> checked = checkAll(modules, loader, pipeline);
        if (!originalTypes.isEmpty()) keepTypes(checked.get(modules.get(modules.size() - 1).name()), originalTypes, diags);
        // a `--set` of a `let` always takes effect (as do the optional ones, --seed): only protocol parameters can be outvoted
        if (!values.isEmpty() && !diags.hasErrors()) {
            IneffectiveSets.report(checked.get(modules.get(modules.size() - 1).name()), values, letsSet, diags);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (Module m : modules) sources.put(Pipeline.binaryName(m.name()), m.source().path());
        String mainClass = Pipeline.binaryName(modules.get(modules.size() - 1).name());
        if (diags.hasErrors()) return new Result(diags, Map.of(), mainClass, sources);
        Map<String, byte[]> classes = pipeline.generate(new LinkedHashSet<>(checked.values()), checked, new FnInterfaces(),
                Compiler.class.getClassLoader());
        return new Result(diags, classes == null ? Map.of() : classes, mainClass, sources);
    }

    /**
     * What the checker finds, without bytecode (an editor's view of a program): the modules,
     * the main one last, their attributions by module name, and the diagnostics. When loading
     * or parsing reports an error there are no attributions, as `check` would stop there.
     */
    public Attributed attribute(SourceFile main) {
        Diagnostics diags = new Diagnostics();
        ModuleLoader loader = new ModuleLoader(searchPath, diags);
        List<Module> modules = loader.load(main);
        if (modules.isEmpty() || diags.hasErrors()) return new Attributed(diags, modules, Map.of());
        return new Attributed(diags, modules, checkAll(modules, loader, new Pipeline(lib, diags)));
    }

    public record Attributed(Diagnostics diagnostics, List<Module> modules, Map<String, Attribution> attributions) {}

    /** Checks each module after those it imports; a file imported under two names is one attribution under both. */
    private static Map<String, Attribution> checkAll(List<Module> modules, ModuleLoader loader, Pipeline pipeline) {
        Map<String, Attribution> checked = new LinkedHashMap<>();
        for (Module m : modules) {
            checked.put(m.name(), pipeline.check(m, checked, List.of()));
            loader.aliases().forEach((alias, canonical) -> {
                if (canonical.equals(m.name())) checked.put(alias, checked.get(canonical));
            });
        }
        return checked;
    }

    /** The types the overridden top-level `let`s have in the unchanged program. */
    private Map<String, Type> typesOfLets(List<Module> imports, Module original, Set<String> names) {
        Diagnostics scratch = new Diagnostics();
        Pipeline pipeline = new Pipeline(lib, scratch);
        Map<String, Attribution> checked = new LinkedHashMap<>();
        for (Module m : imports) checked.put(m.name(), pipeline.check(m, checked, List.of()));
        Attribution a = pipeline.check(original, checked, List.of());
        Map<String, Type> out = new LinkedHashMap<>();
        for (Stmt s : original.items()) {
            if (s instanceof Stmt.Let l && names.contains(l.name()) && a.types.get(l.value()) != null) {
                Symbol sym = a.symbols.get(l);
                if (sym instanceof Symbol.Global g) out.put(l.name(), g.type());
            }
        }
        return out;
    }

    /** A `--set` value must have the type the binding had (`--set T=3 nm` for a Temperature is E0202). */
    private static void keepTypes(Attribution a, Map<String, Type> original, Diagnostics diags) {
        for (Stmt s : a.module.items()) {
            if (!(s instanceof Stmt.Let l) || !original.containsKey(l.name())) continue;
            Type was = original.get(l.name());
            Type now = a.types.get(l.value());
            if (now == null || was == Type.ERROR || now == Type.ERROR || now.equals(was)) continue;
            if (now == Type.INT && was instanceof Type.Quantity q && q.dim().isNone()) continue;
            boolean quantities = (now instanceof Type.Quantity || now == Type.INT) && was instanceof Type.Quantity;
            diags.report(Diagnostic.of(quantities ? Code.E0202 : Code.E0201, l.value().span(),
                    "`--set " + l.name() + "` needs " + (was.show().matches("^[AEIOU].*") ? "an " : "a ") + was.show()
                            + ", like the `let` it replaces, found " + now.show()));
        }
    }

    /**
     * What a compilation produced: diagnostics, the classes by binary name, the main
     * module's class, and the source path of each module's class (for run-time frames).
     */
    public record Result(Diagnostics diagnostics, Map<String, byte[]> classes, String mainClass, Map<String, String> sources) {
        public boolean ok() { return !diagnostics.hasErrors(); }
    }
}
