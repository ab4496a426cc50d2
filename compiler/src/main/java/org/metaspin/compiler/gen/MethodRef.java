package org.metaspin.compiler.gen;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A method the generated code calls, taken from its {@link Method} (or constructor): the
 * owner, name and descriptor come from the method itself, so a call can only name a method
 * that exists, with the parameters it has.
 */
record MethodRef(int opcode, String owner, String name, String descriptor, boolean isInterface) implements Opcodes {

    static MethodRef of(Method m) {
        boolean itf = m.getDeclaringClass().isInterface();
        int op = Modifier.isStatic(m.getModifiers()) ? INVOKESTATIC : itf ? INVOKEINTERFACE : INVOKEVIRTUAL;
        return new MethodRef(op, Type.getInternalName(m.getDeclaringClass()), m.getName(), Type.getMethodDescriptor(m), itf);
    }

    /** The public method {@code name} of {@code owner} with exactly these parameter types. */
    static MethodRef of(Class<?> owner, String name, Class<?>... params) {
        try {
            return of(owner.getMethod(name, params));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the generated code calls " + owner.getName() + "." + name + ", which does not exist", e);
        }
    }

    static MethodRef constructor(Class<?> owner, Class<?>... params) {
        try {
            Constructor<?> c = owner.getConstructor(params);
            return new MethodRef(INVOKESPECIAL, Type.getInternalName(owner), "<init>", Type.getConstructorDescriptor(c), false);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the generated code constructs " + owner.getName() + " with no such constructor", e);
        }
    }

    void emit(MethodVisitor mv) {
        mv.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    /** A handle to this static method, for {@code invokedynamic}. */
    Handle handle() {
        return new Handle(H_INVOKESTATIC, owner, name, descriptor, isInterface);
    }
}
