package org.metaspin.compiler.resolve;

import java.lang.reflect.Method;
import java.util.List;
import org.metaspin.compiler.check.Type;

/** One runtime function of the prelude: its Java method and its signature as the language sees it. */
/** {@code varargs}: the last parameter is a list that takes the remaining positional arguments ({@code sequence(a, b, c)}). */
public record Builtin(String name, Method method, List<BuiltinParam> params, Type result, String doc, boolean varargs) {
    /** {@code defaultSource} is MetaSpin source text, or null when the argument is required. */
    public record BuiltinParam(String name, Type type, String defaultSource) {}

    public Type.FnT fnType() {
        return new Type.FnT(params.stream().map(BuiltinParam::type).toList(), result);
    }
}
