package org.metaspin.runtime.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the public instance method {@code T at(long k)} of a {@link DomainType} as what {@code value[k]}
 * means in the language ({@code A[k]}: device k of an array, §8.5). The result type is the
 * element type; the method reports an index out of range itself (R0002).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Index {
    String doc();
}
