package org.metaspin.compiler.code;

import java.util.List;
import java.util.stream.Collectors;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.DimensionNames;

/**
 * The types of §3. A quantity's dimension is part of its type and erased at run time:
 * every {@link Quantity} is a JVM {@code double}.
 */
public sealed interface Type {
    Type INT = new Prim("Int");
    Type BOOL = new Prim("Bool");
    Type STRING = new Prim("String");
    /** The result of a call that returns nothing. */
    Type VOID = new Prim("Unit");
    /** Given to an expression that already has an error, so that no follow-on error is reported. */
    Type ERROR = new Prim("<error>");
    /** The element type of `[]` before the context fixes it. */
    Type NOTHING = new Prim("Nothing");
    Quantity REAL = new Quantity(Dimension.NONE);
    /** A runtime parameter that takes a quantity of any dimension (a plot's axis values). */
    Type ANY_QUANTITY = new Prim("Quantity");

    String show();

    record Prim(String name) implements Type {
        @Override public String show() { return name; }
    }

    record Quantity(Dimension dim) implements Type {
        @Override public String show() { return dim.isNone() ? "Real" : DimensionNames.nameOf(dim); }
    }

    record ListT(Type elem) implements Type {
        @Override public String show() { return "List[" + elem.show() + "]"; }
    }

    record FnT(List<Type> params, Type result) implements Type {
        public FnT { params = List.copyOf(params); }

        @Override public String show() {
            return "(" + params.stream().map(Type::show).collect(Collectors.joining(", ")) + ") -> " + result.show();
        }
    }

    /** A runtime class the language sees as a domain type (§3, §8): Device, Task, … */
    record Domain(String name, Class<?> javaClass) implements Type {
        @Override public String show() { return name; }
    }

    /** An imported module used as a namespace: `std.materials.CoFeB`, `dev.Synapse`. */
    record ModuleRef(String name) implements Type {
        @Override public String show() { return "module " + name; }
    }

    static boolean isQuantity(Type t) { return t instanceof Quantity; }

    static boolean isNumeric(Type t) { return t instanceof Quantity || t == INT || t == ANY_QUANTITY; }
}
