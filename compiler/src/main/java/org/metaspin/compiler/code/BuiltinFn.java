package org.metaspin.compiler.code;

import java.lang.reflect.Method;
import java.util.List;
import org.metaspin.runtime.api.Relation;

/**
 * One runtime function of the prelude (a method marked {@link org.metaspin.runtime.api.Builtin}):
 * its Java method and its signature as the language sees it. {@code varargs}: the last parameter
 * is a list that takes the remaining positional arguments ({@code sequence(a, b, c)}).
 * {@code requires}: the relations between parameters of {@code @Builtin(requires)}.
 */
public record BuiltinFn(String name, Method method, List<BuiltinParam> params, Type result, String doc, boolean varargs,
                        List<Relation> requires) {
    /** {@code defaultSource} is MetaSpin source text, or null when the argument is required. */
    /** {@code check}: the constraint of {@code @Param(check)}, empty for none. */
    public record BuiltinParam(String name, Type type, String defaultSource, String check) {}

    public Type.FnT fnType() {
        return new Type.FnT(params.stream().map(BuiltinParam::type).toList(), result);
    }
}
