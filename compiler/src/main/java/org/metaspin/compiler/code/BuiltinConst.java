package org.metaspin.compiler.code;

import java.lang.reflect.Field;

/** A prelude constant such as {@code mu0} (a field marked {@link org.metaspin.runtime.api.Constant}). */
public record BuiltinConst(String name, Field field, Type type, String doc) {}
