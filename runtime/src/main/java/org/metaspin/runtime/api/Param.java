package org.metaspin.runtime.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Name, dimension and default of a parameter of a {@link Builtin}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {
    String name();

    /** Dimension of a {@code double}/{@code double[]} parameter as a unit expression ("T", "A/m"); empty: dimensionless. */
    String dim() default "";

    /**
     * Default value as MetaSpin source ("0 T", "1 ns", "100", "true", "\"batch\"", "adam()");
     * empty: the argument is required. The compiler evaluates it at each call that omits it.
     */
    String def() default "";

    String doc() default "";

    /**
     * A constraint on a number, written as {@link Prop#check()} ("> 0", ">= 0", "[0, 1]"): a
     * constant argument that violates it is E0304 at compile time, and the documentation shows
     * it, and the generated code checks every other argument before the call (R0005 naming
     * the parameter). Only on {@code double} and {@code long} parameters. Every call from the
     * language is checked so; a method that Java code calls with other values keeps a check
     * of its own.
     */
    String check() default "";
}
