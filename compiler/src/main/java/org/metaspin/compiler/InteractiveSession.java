package org.metaspin.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.gen.FnInterfaces;
import org.metaspin.compiler.resolve.ModuleLoader;
import org.metaspin.compiler.resolve.RuntimeLibrary;

/**
 * An interactive session (the REPL, §13): each input is compiled to a class of its own,
 * like a file, that sees the definitions of the inputs before it; a redefinition replaces
 * a name for later inputs. Imported modules are checked, generated and initialized once
 * per session, and every class lives in one growing class loader.
 */
public final class InteractiveSession {
    private final List<Path> searchPath;
    private final Path dir;
    private final RuntimeLibrary lib = RuntimeLibrary.get();
    private final Map<String, Attribution> modules = new LinkedHashMap<>();
    private final List<Attribution> inputs = new ArrayList<>();
    private final FnInterfaces fnInterfaces = new FnInterfaces();
    private final Loader loader;
    private int counter;

    public InteractiveSession(List<Path> searchPath, Path dir) {
        this(searchPath, dir, java.util.function.UnaryOperator.identity());
    }

    /**
     * With {@code transform} applied to every generated class before it is defined (the
     * REPL inserts interrupt checks at loop back-edges so that Ctrl-C can stop a loop).
     */
    public InteractiveSession(List<Path> searchPath, Path dir, java.util.function.UnaryOperator<byte[]> transform) {
        this.searchPath = searchPath;
        this.dir = dir;
        this.loader = new Loader(transform);
    }

    /** One compiled input: its diagnostics, and when they hold no error, its class to run. */
    public record Input(Diagnostics diagnostics, Attribution attribution, String className) {
        public boolean ok() { return !diagnostics.hasErrors(); }
    }

    /** Checks and generates one input; nothing of a failed input stays in the session. */
    public Input compile(SourceFile source) {
        Diagnostics diags = new Diagnostics();
        String name = "repl" + (++counter);
        ModuleLoader ml = new ModuleLoader(searchPath, diags);
        List<Module> loaded = ml.load(name, source, dir, modules.keySet());
        if (loaded.isEmpty() || diags.hasErrors()) return new Input(diags, null, null);
        Pipeline pipeline = new Pipeline(lib, diags);
        Map<String, Attribution> all = new LinkedHashMap<>(modules);
        Attribution input = null;
        for (Module m : loaded) {
            boolean isInput = m.name().equals(name);
            Attribution a = pipeline.check(m, all, isInput ? inputs : List.of());
            all.put(m.name(), a);
            if (isInput) input = a;
        }
        if (diags.hasErrors()) return new Input(diags, input, null);
        Map<String, Attribution> others = new LinkedHashMap<>(all);
        for (Attribution a : inputs) others.put(a.module.name(), a);
        List<Attribution> fresh = loaded.stream().map(m -> all.get(m.name())).toList();
        Map<String, byte[]> classes = pipeline.generate(fresh, others, fnInterfaces, loader);
        if (classes == null) return new Input(diags, input, null);
        classes.forEach(loader::add);
        for (Module m : loaded) if (!m.name().equals(name)) modules.put(m.name(), all.get(m.name()));
        inputs.add(input);
        return new Input(diags, input, Pipeline.binaryName(name));
    }

    /** Runs an input's statements (after the modules it imports). */
    public void run(Input input) throws Throwable {
        Class<?> c = loader.loadClass(input.className());
        java.lang.invoke.MethodHandles.publicLookup()
                .findStatic(c, "$init", java.lang.invoke.MethodType.methodType(void.class)).invoke();
    }

    /** Reads a top-level binding of an input (the REPL echoes `let $it = expr` this way). */
    public Object value(Input input, String name) throws ReflectiveOperationException {
        return loader.loadClass(input.className()).getField(name).get(null);
    }

    /** An imported module of the session by name (`std.materials`), or null. */
    public Attribution module(String name) { return modules.get(name); }

    /** Every input so far, oldest first. */
    public List<Attribution> inputs() { return List.copyOf(inputs); }

    /** Source paths by class, for run-time error frames. */
    public Map<String, String> sources() {
        Map<String, String> s = new HashMap<>();
        for (Attribution a : modules.values()) s.put(Pipeline.binaryName(a.module.name()), a.module.source().path());
        for (Attribution a : inputs) s.put(Pipeline.binaryName(a.module.name()), a.module.source().path());
        return s;
    }

    public ClassLoader classLoader() { return loader; }

    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> pending = new HashMap<>();
        private final java.util.function.UnaryOperator<byte[]> transform;

        Loader(java.util.function.UnaryOperator<byte[]> transform) {
            super(InteractiveSession.class.getClassLoader());
            this.transform = transform;
        }

        void add(String name, byte[] bytes) {
            if (findLoadedClass(name) == null) pending.putIfAbsent(name, bytes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = pending.remove(name);
            if (b == null) throw new ClassNotFoundException(name);
            b = transform.apply(b);
            return defineClass(name, b, 0, b.length);
        }
    }
}
