package org.metaspin.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.metaspin.runtime.lang.Lists;
import org.metaspin.runtime.lang.Show;

class RuntimeRefsTest {
    @Test
    void aReferenceIsTheMethodAsTheJvmNamesIt() {
        assertEquals(new MethodRef(Opcodes.INVOKESTATIC, "org/metaspin/runtime/lang/Show", "real", "(DJ)Ljava/lang/String;", false),
                RuntimeRefs.SHOW_REAL);
        assertEquals("([DJJ)[D", RuntimeRefs.LISTS_SLICE.of('D').descriptor());
        assertEquals("([Ljava/lang/Object;I)[Ljava/lang/Object;", RuntimeRefs.ARRAYS_COPY_OF.of('L').descriptor());
        assertEquals(Opcodes.INVOKEVIRTUAL, RuntimeRefs.KIND_PROPS.opcode());
        assertEquals(Opcodes.INVOKEINTERFACE, RuntimeRefs.SWEEP_BODY.opcode());
    }

    @Test
    void aMethodThatDoesNotExistFailsWhenTheReferenceIsMade() {
        // what renaming `Show.real` would do: every compilation fails at once, not a class at run time
        assertThrows(IllegalStateException.class, () -> MethodRef.of(Show.class, "realNumber", double.class, long.class));
        assertThrows(IllegalStateException.class, () -> MethodRef.of(Lists.class, "get", double[].class, int.class));
    }

    @Test
    void numbersOnlyHaveNoBooleanOrObjectForm() {
        assertThrows(IllegalArgumentException.class, () -> RuntimeRefs.LISTS_SUM.of('Z'));
    }
}
