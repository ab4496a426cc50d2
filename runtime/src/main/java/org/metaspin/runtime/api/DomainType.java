package org.metaspin.runtime.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A runtime class that the language sees as a domain type ({@code Device}, {@code Task}, …).
 * Its members are its methods annotated with {@link Prop}.
 *
 * <p>If {@link #kind()} is set, the type can also be written as a declaration block
 * ({@code device Synapse { … }}, §8): the class then has a public static
 * {@code create(Props)} factory, which receives the given properties (and the base value
 * of {@code extends} / {@code with}) and validates them against the {@link Prop} schema.
 * A type used only as a nested block ({@code gate { … }}) has the factory and
 * {@code block = true} instead of a kind name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DomainType {
    /** The type's name in the language, e.g. "Device". */
    String name();

    /** The declaration keyword of §8 ("material", "device"); empty when not declarable. */
    String kind() default "";

    /** Writable as a nested block inside another declaration (e.g. the device's gate). */
    boolean block() default false;

    /** A block whose properties are any names, each a dimensionless Real (e.g. variability). */
    boolean open() default false;

    /**
     * The names an open block accepts (E0301 for any other, with a suggestion); empty: any
     * name. A name may still be rejected at run time when the value it applies to lacks it.
     */
    String[] names() default {};

    String doc();
}
