package org.metaspin.repl;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * How Ctrl-C stops a running evaluation. Generated loops never look at
 * {@link Thread#interrupted()}, so the REPL rewrites every class of the session as it is
 * loaded: before each backward jump (the back-edge of a loop, whatever its source form) it
 * inserts a call to {@link #poll()}, which throws {@link Cancelled} once a stop has been
 * requested. This is what JShell does on JDKs without {@code Thread.stop}. It is one static
 * volatile read per loop iteration; recursion without loops is stopped by the stack
 * overflowing, and long runtime calls (training, sweeps) by {@link Thread#interrupt()}
 * where they check it, or, on JDKs that still have it, by {@code Thread.stop} after a
 * grace period (see {@link InputEvaluator}).
 */
public final class Interrupts {
    private static volatile boolean stop;

    private Interrupts() {}

    /** Thrown into the evaluation at its next loop back-edge; an Error so that no catch of Exception swallows it. */
    public static final class Cancelled extends Error {
        public Cancelled() {
            super("evaluation interrupted", null, false, false);
        }
    }

    /** Called by instrumented code at every loop back-edge. */
    public static void poll() {
        if (stop) throw new Cancelled();
    }

    static void request() { stop = true; }

    static void clear() { stop = false; }

    static boolean requested() { return stop; }

    /** The class transform given to the session: inserts {@link #poll()} before backward jumps. */
    public static byte[] instrument(byte[] bytes) {
        ClassReader r = new ClassReader(bytes);
        ClassWriter w = new ClassWriter(r, 0);
        r.accept(new ClassVisitor(Opcodes.ASM9, w) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new BackEdges(super.visitMethod(access, name, desc, sig, ex));
            }
        }, 0);
        return w.toByteArray();
    }

    private static final class BackEdges extends MethodVisitor {
        private final java.util.Set<Label> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        BackEdges(MethodVisitor mv) {
            super(Opcodes.ASM9, mv);
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, "org/metaspin/repl/Interrupts", "poll", "()V", false);
            }
            super.visitJumpInsn(opcode, label);
        }
    }
}
