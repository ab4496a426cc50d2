package org.metaspin.compiler.resolve;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.compiler.code.Type;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.api.RealFn1;
import org.metaspin.runtime.api.RealFn2;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.UnitParser;
import org.metaspin.runtime.units.UnitTable;

/**
 * The one-to-one map between the runtime's Java types and the language's types (see
 * {@link org.metaspin.runtime.api.Builtin}). The dimension of a {@code double} comes from
 * its annotation; for a {@code RealFn1}/{@code RealFn2} parameter the annotation lists the
 * dimensions of the function's parameters, comma-separated ({@code "T"} makes
 * {@code (FluxDensity) -> Real}). The dimension {@code "*"} accepts a quantity of any
 * dimension (a plot's axis values).
 */
public final class JavaTypes {
    private JavaTypes() {}

    /** The language type of a Java type, or null when the runtime exposes something the language cannot name. */
    public static Type toType(Class<?> c, String dim) {
        if (c == double.class) return dim.equals("*") ? Type.ANY_QUANTITY : new Type.Quantity(UnitParser.parseDimension(dim));
        if (c == long.class || c == int.class) return Type.INT;
        if (c == boolean.class) return Type.BOOL;
        if (c == String.class) return Type.STRING;
        if (c == void.class) return Type.VOID;
        if (c == RealFn1.class || c == RealFn2.class) {
            int n = c == RealFn1.class ? 1 : 2;
            String[] dims = dim.isBlank() ? new String[0] : dim.split(",");
            List<Type> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) ps.add(new Type.Quantity(i < dims.length ? UnitParser.parseDimension(dims[i].trim()) : Dimension.NONE));
            return new Type.FnT(ps, Type.REAL);
        }
        if (c.isArray()) {
            Type e = toType(c.getComponentType(), dim);
            return e == null ? null : new Type.ListT(e);
        }
        DomainType t = c.getAnnotation(DomainType.class);
        if (t != null) return new Type.Domain(t.name(), c);
        return null;
    }
}
