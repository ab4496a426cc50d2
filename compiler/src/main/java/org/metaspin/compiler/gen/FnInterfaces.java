package org.metaspin.compiler.gen;

import java.util.Map;
import java.util.TreeMap;
import org.metaspin.compiler.code.Type;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** Generates the function interfaces that {@link JvmTypes#fnInterface} names, once per shape. */
public final class FnInterfaces {
    static final String PACKAGE = "msp/fn/";

    private final Map<String, byte[]> classes = new TreeMap<>();

    /** Makes sure the interface of {@code f} exists; returns its internal name. */
    public String require(Type.FnT f) {
        String name = JvmTypes.fnInterface(f);
        if (name.startsWith(PACKAGE) && !classes.containsKey(name)) {
            ClassWriter cw = new ClassWriter(0);
            cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE, name, null,
                    "java/lang/Object", null);
            cw.visitAnnotation("Ljava/lang/FunctionalInterface;", true).visitEnd();
            cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "apply", JvmTypes.erasedApply(f), null, null).visitEnd();
            cw.visitEnd();
            classes.put(name, cw.toByteArray());
        }
        return name;
    }

    public Map<String, byte[]> classes() { return classes; }
}
