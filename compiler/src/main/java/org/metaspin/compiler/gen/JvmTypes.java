package org.metaspin.compiler.gen;

import java.util.List;
import org.metaspin.compiler.code.Type;
import org.metaspin.runtime.api.RealFn1;
import org.metaspin.runtime.api.RealFn2;

/**
 * Erases language types to JVM types: quantities to {@code double}, Int to {@code long},
 * lists to arrays, function types to primitive-specialized interfaces (§3, DESIGN.md).
 */
final class JvmTypes {
    private JvmTypes() {}

    static org.objectweb.asm.Type asm(Type t) {
        return org.objectweb.asm.Type.getType(descriptor(t));
    }

    static String descriptor(Type t) {
        if (t instanceof Type.Quantity || t == Type.ANY_QUANTITY) return "D";
        if (t == Type.INT) return "J";
        if (t == Type.BOOL) return "Z";
        if (t == Type.STRING) return "Ljava/lang/String;";
        if (t == Type.VOID) return "V";
        if (t instanceof Type.ListT l) return "[" + (l.elem() == Type.NOTHING ? "Ljava/lang/Object;" : descriptor(l.elem()));
        if (t instanceof Type.Domain d) return org.objectweb.asm.Type.getDescriptor(d.javaClass());
        if (t instanceof Type.FnT f) return "L" + fnInterface(f) + ";";
        return "Ljava/lang/Object;";
    }

    static String methodDescriptor(List<Type> params, Type result) {
        StringBuilder sb = new StringBuilder("(");
        for (Type p : params) sb.append(descriptor(p));
        return sb.append(')').append(descriptor(result)).toString();
    }

    /** One letter per erased shape: D, J, Z, V or L for any reference. */
    static char shape(Type t) {
        String d = descriptor(t);
        char c = d.charAt(0);
        return c == '[' || c == 'L' ? 'L' : c;
    }

    /**
     * The interface a function type erases to. {@code (Real…) -> Real} shapes use the
     * runtime's own {@code RealFn1}/{@code RealFn2} so that user functions pass straight into
     * the runtime's inner loops; every other shape gets a generated interface named by its
     * erased signature, shared by all functions of that shape.
     */
    static String fnInterface(Type.FnT f) {
        String shape = shapeName(f);
        if (shape.equals("D_D")) return org.objectweb.asm.Type.getInternalName(RealFn1.class);
        if (shape.equals("DD_D")) return org.objectweb.asm.Type.getInternalName(RealFn2.class);
        return FnInterfaces.PACKAGE + "Fn_" + shape;
    }

    static String shapeName(Type.FnT f) {
        StringBuilder sb = new StringBuilder();
        for (Type p : f.params()) sb.append(shape(p));
        return sb.append('_').append(shape(f.result())).toString();
    }

    /** The erased descriptor of the interface method {@code apply}. */
    static String erasedApply(Type.FnT f) {
        StringBuilder sb = new StringBuilder("(");
        for (Type p : f.params()) sb.append(erased(shape(p)));
        return sb.append(')').append(erased(shape(f.result()))).toString();
    }

    static String erased(char shape) {
        return shape == 'L' ? "Ljava/lang/Object;" : String.valueOf(shape);
    }

    static int slots(Type t) {
        char s = shape(t);
        return s == 'D' || s == 'J' ? 2 : s == 'V' ? 0 : 1;
    }
}
