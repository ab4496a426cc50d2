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
}
