package org.metaspin.compiler.gen;

import org.metaspin.compiler.code.Type;

/**
 * A list of type List[Nothing] can only be empty, and one of type List[List[Nothing]] holds
 * only empty lists; the checker lets either stand where any list type is wanted. Their JVM
 * form is {@code Object[]} (JvmTypes), so where a typed array is wanted (a {@code double[]},
 * a {@code long[][]}) the value is rebuilt with the same lengths ({@code Lists.reshape}).
 */
final class EmptyLists {
    private EmptyLists() {}

    static boolean needsReshape(Type from, Type to) {
        return from instanceof Type.ListT && to instanceof Type.ListT && endsInNothing(from)
                && !JvmTypes.descriptor(from).equals(JvmTypes.descriptor(to));
    }

    private static boolean endsInNothing(Type t) {
        while (t instanceof Type.ListT l) t = l.elem();
        return t == Type.NOTHING;
    }
}
