package org.metaspin.compiler;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.check.Attr;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.check.ConstDecls;
import org.metaspin.compiler.check.Flow;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.gen.FnInterfaces;
import org.metaspin.compiler.gen.JvmNames;
import org.metaspin.compiler.gen.ModuleGen;
import org.metaspin.compiler.lower.Lower;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

/**
 * The phases after parsing, in their order, shared by a whole program ({@link Compiler})
 * and a REPL input ({@link InteractiveSession}): each module is checked after the modules it imports,
 * then every checked module is lowered and becomes a class. The callers decide which modules, what a
 * module sees and where the classes go; the order of the phases is written only here.
 */
final class Pipeline {
    private final RuntimeLibrary lib;
    private final Diagnostics diags;

    Pipeline(RuntimeLibrary lib, Diagnostics diags) {
        this.lib = lib;
        this.diags = diags;
    }

    /**
     * Checks {@code m} against the modules already checked (by name, its imports among them);
     * {@code earlier} are the REPL inputs before it, whose names it sees as if imported.
     */
    Attribution check(Module m, Map<String, Attribution> checked, List<Attribution> earlier) {
        Attribution a = new Attr(lib, diags, checked, m).check(earlier);
        Flow.check(a, diags);
        if (!diags.hasErrors()) ConstDecls.check(lib, diags, checked, a);
        return a;
    }

    /**
     * The classes of {@code modules} and of the function interfaces they need, by binary
     * name; {@code others} are the modules their code refers to. Null when a class passes a
     * limit of the JVM, which is reported as E0001 where its module starts: only the
     * bytecode tells, so `check` generates too.
     */
    Map<String, byte[]> generate(Collection<Attribution> modules, Map<String, Attribution> others, FnInterfaces fns, ClassLoader resolver) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (Attribution a : modules) {
            try {
                classes.put(binaryName(a.module.name()), new ModuleGen(Lower.lower(a), others, fns, resolver).generate());
            } catch (MethodTooLargeException e) {
                diags.report(Diagnostic.of(Code.E0001, new Span(a.module.source(), 0, 0), "module `" + a.module.name()
                        + "` is too large to compile: `" + e.getMethodName() + "` needs " + e.getCodeSize()
                        + " bytes of JVM code, more than the 65535 of one method")
                        .withHelp(e.getMethodName().equals("$init") ? "move top-level statements into functions" : "split the function"));
                return null;
            } catch (ClassTooLargeException e) {
                diags.report(Diagnostic.of(Code.E0001, new Span(a.module.source(), 0, 0), "module `" + a.module.name()
                        + "` is too large to compile: its class needs " + e.getConstantPoolCount()
                        + " constants, more than the 65535 a JVM class may hold")
                        .withHelp("split it into modules and import them"));
                return null;
            }
        }
        for (Map.Entry<String, byte[]> e : fns.classes().entrySet()) classes.put(e.getKey().replace('/', '.'), e.getValue());
        return classes;
    }

    /** The binary name of a module's class: {@code lab.devices} is {@code msp.lab.devices}. */
    static String binaryName(String module) {
        return JvmNames.moduleBinaryName(module);
    }
}
