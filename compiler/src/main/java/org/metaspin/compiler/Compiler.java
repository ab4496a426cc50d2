package org.metaspin.compiler;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.check.Attr;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.gen.FnInterfaces;
import org.metaspin.compiler.gen.ModuleGen;
import org.metaspin.compiler.resolve.ModuleLoader;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.objectweb.asm.MethodTooLargeException;

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

    /** Parses and checks only (`metaspin check`). */
    public Result check(SourceFile main) {
        return run(main, false);
    }

    public Result compile(SourceFile main) {
        return run(main, true);
    }

    private Result run(SourceFile main, boolean generate) {
        Diagnostics diags = new Diagnostics();
        List<Module> modules = new ModuleLoader(searchPath, diags).load(main);
        if (modules.isEmpty() || diags.hasErrors()) return new Result(diags, Map.of(), null, Map.of());
        Map<String, Attribution> checked = new LinkedHashMap<>();
        for (Module m : modules) checked.put(m.name(), new Attr(lib, diags, checked, m).check());
        Map<String, String> sources = new LinkedHashMap<>();
        for (Module m : modules) sources.put(ModuleGen.className(m.name()).replace('/', '.'), m.source().path());
        String mainClass = ModuleGen.className(modules.get(modules.size() - 1).name()).replace('/', '.');
        if (diags.hasErrors() || !generate) return new Result(diags, Map.of(), mainClass, sources);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        FnInterfaces fns = new FnInterfaces();
        ClassLoader resolver = Compiler.class.getClassLoader();
        for (Attribution a : checked.values()) {
            try {
                classes.put(ModuleGen.className(a.module.name()).replace('/', '.'), new ModuleGen(a, checked, fns, resolver).generate());
            } catch (MethodTooLargeException e) {
                // a JVM limit, not a crash: say so where the module starts
                diags.report(Diagnostic.of(Code.E0001, new Span(a.module.source(), 0, 0), "module `" + a.module.name()
                        + "` is too large to compile: `" + e.getMethodName() + "` needs " + e.getCodeSize()
                        + " bytes of JVM code, more than the 65535 of one method")
                        .withHelp(e.getMethodName().equals("$init") ? "move top-level statements into functions" : "split the function"));
                return new Result(diags, Map.of(), mainClass, sources);
            }
        }
        for (Map.Entry<String, byte[]> e : fns.classes().entrySet()) classes.put(e.getKey().replace('/', '.'), e.getValue());
        return new Result(diags, classes, mainClass, sources);
    }

    /**
     * What a compilation produced: diagnostics, the classes by binary name, the main
     * module's class, and the source path of each module's class (for run-time frames).
     */
    public record Result(Diagnostics diagnostics, Map<String, byte[]> classes, String mainClass, Map<String, String> sources) {
        public boolean ok() { return !diagnostics.hasErrors(); }
    }
}
