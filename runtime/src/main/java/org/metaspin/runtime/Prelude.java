package org.metaspin.runtime;

import java.util.List;

/**
 * The classes whose annotated members ({@code @Builtin} static methods, {@code @Constant}
 * fields, {@code @Type} classes) form the prelude of §12: everything visible without an
 * import. The compiler reads this list; nothing else needs registering.
 */
public final class Prelude {
    private Prelude() {}

    public static final List<Class<?>> CLASSES = List.of(
            org.metaspin.runtime.lang.MathBuiltins.class
    );
}
