package org.metaspin.compiler;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/** Compiled classes loaded into their own class loader, ready to run. */
public final class Program extends ClassLoader {
    private final Map<String, byte[]> classes;
    private final String mainClass;

    public Program(Compiler.Result result) {
        this(result.classes(), result.mainClass());
    }

    /** Classes compiled elsewhere (another machine of a cluster): class name to bytes, and the main module's class. */
    public Program(Map<String, byte[]> classes, String mainClass) {
        super(Program.class.getClassLoader());
        this.classes = classes;
        this.mainClass = mainClass;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) throw new ClassNotFoundException(name);
        return defineClass(name, b, 0, b.length);
    }

    /** Runs the main module's top-level statements (and, first, its imports'). Exceptions pass through unwrapped. */
    public void run() throws Throwable {
        Class<?> c = loadClass(mainClass);
        MethodHandle init = MethodHandles.publicLookup().findStatic(c, "$init", MethodType.methodType(void.class));
        init.invoke();
    }
}
