package org.metaspin.compiler.gen;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Objects;
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.lang.Checks;
import org.metaspin.runtime.lang.FunctionValues;
import org.metaspin.runtime.lang.Console;
import org.metaspin.runtime.lang.Lists;
import org.metaspin.runtime.lang.Show;
import org.metaspin.runtime.protocol.Run;
import org.metaspin.runtime.protocol.Sweep;
import org.metaspin.runtime.protocol.SweepBody;

/**
 * Every method of the runtime and of the JDK that generated code calls by a fixed name,
 * looked up once by reflection when the generator first runs: renaming or retyping one of
 * them fails every compilation (and so the build's tests) at once, instead of producing
 * classes that the verifier rejects when they run. Methods that differ by the erased shape
 * of a list ({@code D}, {@code J}, {@code Z} or {@code L}) are chosen by {@link #array}.
 */
final class RuntimeRefs {
    private RuntimeRefs() {}

    static final MethodRef CONSOLE_PRINTLN = MethodRef.of(Console.class, "println", String.class);

    static final MethodRef CHECKS_ASSERTION = MethodRef.of(Checks.class, "assertion", String.class);
    static final MethodRef CHECKS_UNSET = MethodRef.of(Checks.class, "unset", String.class);
    static final MethodRef CHECKS_TO_INT = MethodRef.of(Checks.class, "toInt", double.class);
    static final MethodRef CHECKS_PARAM = MethodRef.of(Checks.class, "param", double.class, String.class, String.class, long.class);
    static final MethodRef CHECKS_INT_PARAM = MethodRef.of(Checks.class, "param", long.class, String.class, String.class);
    static final MethodRef CHECKS_ROUND = MethodRef.of(Checks.class, "round", double.class);
    static final MethodRef CHECKS_DIV = MethodRef.of(Checks.class, "div", long.class, long.class);
    static final MethodRef CHECKS_MOD = MethodRef.of(Checks.class, "mod", long.class, long.class);

    static final MethodRef SHOW_REAL = MethodRef.of(Show.class, "real", double.class, long.class);
    static final MethodRef SHOW_INTEGER = MethodRef.of(Show.class, "integer", long.class);
    static final MethodRef SHOW_BOOL = MethodRef.of(Show.class, "bool", boolean.class);
    static final MethodRef SHOW_REALS = MethodRef.of(Show.class, "list", double[].class, long.class);
    static final MethodRef SHOW_INTS = MethodRef.of(Show.class, "list", long[].class);
    static final MethodRef SHOW_BOOLS = MethodRef.of(Show.class, "list", boolean[].class);
    static final MethodRef SHOW_OBJECTS = MethodRef.of(Show.class, "list", Object[].class, long.class);
    static final MethodRef SHOW_OBJECT = MethodRef.of(Show.class, "object", Object.class);

    static final MethodRef LISTS_RANGE = MethodRef.of(Lists.class, "range", long.class, long.class);
    static final MethodRef LISTS_RESHAPE = MethodRef.of(Lists.class, "reshape", Object.class, Class.class);

    static final ByShape LISTS_GET = ByShape.lists(shape -> MethodRef.of(Lists.class, "get", array(shape), long.class));
    static final ByShape LISTS_SLICE = ByShape.lists(shape -> MethodRef.of(Lists.class, "slice", array(shape), long.class, long.class));
    static final ByShape LISTS_CONCAT = ByShape.lists(shape -> MethodRef.of(Lists.class, "concat", array(shape), array(shape)));
    static final ByShape LISTS_SUM = ByShape.numbers(shape -> MethodRef.of(Lists.class, "sum", array(shape)));
    static final ByShape LISTS_MEAN = ByShape.numbers(shape -> MethodRef.of(Lists.class, "mean", array(shape)));
    static final ByShape LISTS_MIN = ByShape.numbers(shape -> MethodRef.of(Lists.class, "min", array(shape)));
    static final ByShape LISTS_MAX = ByShape.numbers(shape -> MethodRef.of(Lists.class, "max", array(shape)));
    static final MethodRef LISTS_LINSPACE = MethodRef.of(Lists.class, "linspace", double.class, double.class, long.class);
    static final MethodRef LISTS_GEOMSPACE = MethodRef.of(Lists.class, "geomspace", double.class, double.class, long.class);
    static final ByShape ARRAYS_COPY_OF = ByShape.lists(shape -> MethodRef.of(Arrays.class, "copyOf", array(shape), int.class));

    static final MethodRef PROPS_OF = MethodRef.of(Props.class, "of", String.class);
    static final MethodRef PROPS_NAMED = MethodRef.of(Props.class, "named", String.class);
    static final MethodRef PROPS_REAL = MethodRef.of(Props.class, "real", String.class);
    static final MethodRef KIND_PROPS = MethodRef.of(KindValue.class, "props");

    /** {@code Props.with} for a value of each erased shape. */
    static final ByShape PROPS_WITH = ByShape.lists(shape -> MethodRef.of(Props.class, "with", String.class, value(shape)));

    static final MethodRef RUN_START = MethodRef.of(Run.class, "start", String.class, String[].class, Object[].class, long[].class);
    static final MethodRef RUN_END = MethodRef.of(Run.class, "end", Throwable.class);
    static final MethodRef SWEEP_RUN = MethodRef.of(Sweep.class, "run", String.class, String[].class, Object[].class, long[].class,
            SweepBody.class);
    static final MethodRef SWEEP_BODY = MethodRef.of(SweepBody.class, "run", Object[].class, int[].class);

    static final MethodRef BUILDER_NEW = MethodRef.constructor(StringBuilder.class);
    static final MethodRef BUILDER_APPEND = MethodRef.of(StringBuilder.class, "append", String.class);
    static final MethodRef BUILDER_TO_STRING = MethodRef.of(StringBuilder.class, "toString");
    static final MethodRef STRING_CONCAT = MethodRef.of(String.class, "concat", String.class);
    static final MethodRef STRING_LENGTH = MethodRef.of(String.class, "length");
    static final MethodRef STRING_COMPARE = MethodRef.of(String.class, "compareTo", String.class);
    static final MethodRef OBJECTS_EQUALS = MethodRef.of(Objects.class, "equals", Object.class, Object.class);
    static final MethodRef ILLEGAL_STATE_NEW = MethodRef.constructor(IllegalStateException.class);
    static final MethodRef MATH_POW = MethodRef.of(Math.class, "pow", double.class, double.class);
    static final MethodRef LONG_BOX = MethodRef.of(Long.class, "valueOf", long.class);
    static final MethodRef DOUBLE_BOX = MethodRef.of(Double.class, "valueOf", double.class);
    static final MethodRef BOOLEAN_BOX = MethodRef.of(Boolean.class, "valueOf", boolean.class);
    static final MethodRef METAFACTORY = MethodRef.of(LambdaMetafactory.class, "metafactory", MethodHandles.Lookup.class,
            String.class, MethodType.class, MethodType.class, MethodHandle.class, MethodType.class);
    /** The metafactory for the program's function values, which also records what they print as (§15). */
    static final MethodRef FUNCTION_VALUE = MethodRef.of(FunctionValues.class, "bootstrap", MethodHandles.Lookup.class,
            String.class, MethodType.class, MethodType.class, MethodHandle.class, MethodType.class, String.class);

    static final ByShape MATH_ABS = ByShape.numbers(shape -> MethodRef.of(Math.class, "abs", value(shape)));
    static final ByShape MATH_MIN = ByShape.numbers(shape -> MethodRef.of(Math.class, "min", value(shape), value(shape)));
    static final ByShape MATH_MAX = ByShape.numbers(shape -> MethodRef.of(Math.class, "max", value(shape), value(shape)));
    static final MethodRef MATH_SIGNUM = MethodRef.of(Math.class, "signum", double.class);
    static final MethodRef MATH_SQRT = MethodRef.of(Math.class, "sqrt", double.class);
    static final MethodRef MATH_FLOOR = MethodRef.of(Math.class, "floor", double.class);
    static final MethodRef MATH_CEIL = MethodRef.of(Math.class, "ceil", double.class);

    /** One method per erased shape: {@code D}, {@code J}, {@code Z}, {@code L}; null where there is none. */
    record ByShape(MethodRef d, MethodRef j, MethodRef z, MethodRef l) {
        static ByShape lists(java.util.function.Function<Character, MethodRef> f) {
            return new ByShape(f.apply('D'), f.apply('J'), f.apply('Z'), f.apply('L'));
        }

        /** Ints and Reals only. */
        static ByShape numbers(java.util.function.Function<Character, MethodRef> f) {
            return new ByShape(f.apply('D'), f.apply('J'), null, null);
        }

        MethodRef of(char shape) {
            MethodRef m = switch (shape) {
                case 'D' -> d;
                case 'J' -> j;
                case 'Z' -> z;
                default -> l;
            };
            if (m == null) throw new IllegalArgumentException("no method for shape " + shape);
            return m;
        }
    }

    /** The JVM type of a value of erased shape {@code shape}. */
    private static Class<?> value(char shape) {
        return switch (shape) {
            case 'D' -> double.class;
            case 'J' -> long.class;
            case 'Z' -> boolean.class;
            default -> Object.class;
        };
    }

    /** The JVM array that a list of elements of erased shape {@code shape} is. */
    private static Class<?> array(char shape) {
        return switch (shape) {
            case 'D' -> double[].class;
            case 'J' -> long[].class;
            case 'Z' -> boolean[].class;
            case 'L' -> Object[].class;
            default -> throw new IllegalArgumentException("no list of shape " + shape);
        };
    }
}
