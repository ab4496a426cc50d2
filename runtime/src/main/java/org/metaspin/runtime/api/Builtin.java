package org.metaspin.runtime.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as a prelude function of the language. The compiler reads
 * the name, the parameters ({@link Param}) and the result's dimension from here, so a
 * runtime function with this annotation is callable, type-checked and documented without
 * a line in the compiler.
 *
 * <p>Java types map one to one onto language types: {@code double} is {@code Real} (its
 * dimension from {@link #dim()} or {@link Param#dim()}), {@code long} is {@code Int},
 * {@code boolean} is {@code Bool}, {@code String} is {@code String}, {@code double[]} is
 * {@code List[Real]}, {@code X[]} is {@code List[X]}, a class annotated with {@link DomainType}
 * is that domain type, and {@link RealFn1}/{@link RealFn2} are {@code (Real) -> Real} and
 * {@code (Real, Real) -> Real}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Builtin {
    /** The name in the language; defaults to the Java method name. */
    String name() default "";

    /** Dimension of a {@code double} (or {@code double[]}) result, as a unit expression ("A", "J/m^3"); empty: dimensionless. */
    String dim() default "";

    /** One-paragraph documentation shown by {@code :doc} and {@code metaspin doc}. */
    String doc();

    /**
     * Cheap, without side effects and deterministic, so the compiler may call it on
     * constant arguments to build constant declarations and find what they lack at compile
     * time (E0303): shapes, models, layers.
     */
    boolean foldable() default false;

    /**
     * Relations between two number ({@code double} or {@code long}) parameters ({@link
     * Relation}: "wmin < wmax"). The compiler reports E0304 where a call's arguments for both
     * are constants that break one, and shows them in the signature; the method checks them
     * itself at run time (R0005).
     */
    String[] requires() default {};
}
