package org.metaspin.runtime.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A public static final {@code double} field that is a prelude constant ({@code mu0}, {@code kB}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Constant {
    String name() default "";

    /** Dimension as a unit expression, empty for dimensionless. */
    String dim() default "";

    String doc();
}
