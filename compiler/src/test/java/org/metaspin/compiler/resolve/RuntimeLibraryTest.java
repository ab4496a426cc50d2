package org.metaspin.compiler.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.Prelude;

class RuntimeLibraryTest {
    /** A builtin whose parameter no MetaSpin type expresses. */
    public static final class Unmappable {
        @Builtin(name = "needs_a_map", doc = "takes a java.util.Map")
        public static double needsAMap(@Param(name = "m") Map<String, Double> m) {
            return m.size();
        }
    }

    @Test
    void aBuiltinTheLanguageCannotTypeFailsWhenTheLibraryLoads() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RuntimeLibrary(List.of(Unmappable.class)));
        assertTrue(e.getMessage().contains("needsAMap") && e.getMessage().contains("java.util.Map"), e.getMessage());
    }

    @Test
    void everyPreludeBuiltinIsInTheLanguage() {
        RuntimeLibrary lib = new RuntimeLibrary(Prelude.CLASSES);
        int count = 0;
        for (Class<?> c : Prelude.CLASSES) {
            for (Method m : c.getMethods()) {
                Builtin b = m.getAnnotation(Builtin.class);
                if (b == null || !Modifier.isStatic(m.getModifiers())) continue;
                String name = b.name().isEmpty() ? m.getName() : b.name();
                assertTrue(lib.builtins(name).stream().anyMatch(f -> f.method().equals(m)), m + " is not in the language as `" + name + "`");
                count++;
            }
        }
        assertFalse(count < 50, "only " + count + " builtins found in the prelude classes");
    }
}
