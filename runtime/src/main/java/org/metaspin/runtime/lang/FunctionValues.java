package org.metaspin.runtime.lang;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * What a function value prints as (§15): {@code fn area(Length, Length) -> Area} for a named
 * function, builtin, protocol or kind, {@code fn(Real) -> Real} for a lambda, however the
 * value reached the place that prints it (a parameter, a `var`, a list). Compiled code makes
 * every function value at an {@code invokedynamic} whose bootstrap is {@link #bootstrap}: the
 * JDK's lambda metafactory, plus the text of the values of that site, recorded by the class
 * of the values it makes (one class per site).
 */
public final class FunctionValues {
    private FunctionValues() {}

    /** Per class, a holder for the text; a class value does not keep the REPL's classes from unloading. */
    private static final ClassValue<String[]> TEXT = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return new String[1];
        }
    };
    private static final MethodHandle RECORD;

    static {
        try {
            RECORD = MethodHandles.lookup().findStatic(FunctionValues.class, "record",
                    MethodType.methodType(Object.class, String.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@link LambdaMetafactory#metafactory} with the printed text of the values as a last static argument. */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, MethodType erased, MethodHandle impl,
                                     MethodType instantiated, String text) throws LambdaConversionException {
        CallSite site = LambdaMetafactory.metafactory(caller, name, type, erased, impl, instantiated);
        Class<?> fn = type.returnType();
        MethodHandle record = MethodHandles.insertArguments(RECORD, 0, text).asType(MethodType.methodType(fn, fn));
        return new ConstantCallSite(MethodHandles.filterReturnValue(site.getTarget(), record));
    }

    private static Object record(String text, Object fn) {
        String[] holder = TEXT.get(fn.getClass());
        if (holder[0] == null) holder[0] = text; // every value of a class has the same text, so a race writes it twice
        return fn;
    }

    /** The text of a function value, or null when {@code o} is none. */
    static String text(Object o) {
        return o == null ? null : TEXT.get(o.getClass())[0];
    }
}
