package org.metaspin.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.diag.SourceFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** A builtin that checks its arguments, taken as a value, goes through one synthetic method per class however often it is taken. */
class CheckedBuiltinValueTest {
    @Test
    void oneWrapperPerBuiltinAndClass() {
        int once = synthetic("let f = sgd\nprint(f(0.1))\n");
        int thrice = synthetic("let f = sgd\nlet g = sgd\nfn h() -> (Real) -> Optimizer = sgd\nprint(f(0.1), g(0.2), h()(0.3))\n");
        assertTrue(once >= 1, "sgd checks lr, so its value is wrapped");
        assertEquals(once, thrice);
    }

    /** The synthetic methods of the main class compiled from {@code text}. */
    private static int synthetic(String text) {
        Compiler.Result r = new Compiler(List.of()).compile(new SourceFile("t.msp", text));
        assertTrue(r.ok(), () -> r.diagnostics().sorted().toString());
        int[] n = {0};
        new ClassReader(r.classes().get(r.mainClass())).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if ((access & Opcodes.ACC_SYNTHETIC) != 0) n[0]++;
                return null;
            }
        }, 0);
        return n[0];
    }
}
