package org.metaspin.runtime.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code long} parameter of a {@link Builtin} that the language does not see: the
 * compiler passes the packed dimension of the argument named {@link #value()} (the element
 * dimension of a list), so that a function taking quantities of any dimension ({@code "*"})
 * can show them in their display unit (a plot's axes, a record's unit).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface DimOf {
    String value();
}
