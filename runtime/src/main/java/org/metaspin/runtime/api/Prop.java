package org.metaspin.runtime.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property of a {@link DomainType}: a public no-argument instance method whose name is the
 * property name unless {@link #name()} says otherwise. This one annotation is the schema
 * the compiler checks declaration blocks against (E0301–E0305) and the source of
 * {@code :doc}; {@link Schema} applies its defaults and constraints at run time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Prop {
    String name() default "";

    /** Dimension of a {@code double} property as a unit expression; empty: dimensionless. */
    String dim() default "";

    /** Computed from the others, read-only (E0305 when assigned). */
    boolean derived() default false;

    /** Must be given in a declaration (E0303 when missing). */
    boolean required() default false;

    /**
     * Default of a {@code double}/{@code long} property in coherent SI units (300 for
     * 300 K, 1e-9 for 1 ns); NaN: no numeric default. Defaults that depend on other
     * properties (channelWidth = shape.width) are computed by the getter and described in
     * {@link #defaultDoc()}.
     */
    double def() default Double.NaN;

    /** How the default reads to a user ("300 K", "shape.width", "compact()"). */
    String defaultDoc() default "";

    /**
     * Constraint on the value: "" (none), "> 0", ">= 0", "(0, 1]", "[0, 1]", "!= 1"…
     * Checked on constants by the compiler (E0304) and on every value by {@link Schema} (R0005).
     */
    String check() default "";

    String doc();
}
