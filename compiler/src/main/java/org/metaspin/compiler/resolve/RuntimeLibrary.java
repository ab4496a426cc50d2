package org.metaspin.compiler.resolve;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.metaspin.compiler.code.BuiltinConst;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Type;
import org.metaspin.runtime.Prelude;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Constant;
import org.metaspin.runtime.api.DimOf;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.api.Index;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.Relation;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.units.UnitParser;
import org.metaspin.runtime.units.UnitTable;

/**
 * What the runtime offers the language, read from its annotations (DESIGN.md: one source
 * of truth): builtin functions, constants, domain types and the kind registry of §8. The
 * compiler has no list of its own.
 */
public final class RuntimeLibrary {
    /** A property of a domain type, as the checker needs it. */
    public record PropInfo(String name, Method getter, Type type, Prop prop) {}

    private static RuntimeLibrary instance;

    private final Map<String, List<BuiltinFn>> builtins = new TreeMap<>();
    private final Map<String, BuiltinConst> constants = new TreeMap<>();
    private final Map<String, Class<?>> types = new TreeMap<>();
    private final Map<String, Class<?>> kinds = new TreeMap<>();
    /** Filled lazily, and read by checks on several threads at once (the language server's). */
    private final Map<Class<?>, Map<String, PropInfo>> props = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Starts reading the library on a background thread, so that a command line's own start-up
     * (the JVM's and picocli's) overlaps it; {@link #get} waits for it. Reading it takes about
     * 100 ms cold, most of a small program's compile phase. A failure here is left for
     * {@code get} to raise again where it is handled.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                get();
            } catch (Throwable e) {
                // get() on the caller's thread reads it again and reports the failure there
            }
        }, "metaspin-library");
        t.setDaemon(true);
        t.start();
    }

    public static synchronized RuntimeLibrary get() {
        if (instance == null) instance = new RuntimeLibrary(Prelude.CLASSES);
        return instance;
    }

    RuntimeLibrary(List<Class<?>> classes) {
        Deque<Class<?>> todo = new ArrayDeque<>(classes);
        Set<Class<?>> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c)) continue;
            DomainType t = c.getAnnotation(DomainType.class);
            if (t != null) {
                types.put(t.name(), c);
                if (!t.kind().isEmpty()) kinds.put(t.kind(), c);
                Map<String, PropInfo> ps = new LinkedHashMap<>();
                for (Schema.Property p : Schema.of(c).properties().values()) {
                    Type pt = JavaTypes.toType(p.javaType(), p.prop().dim());
                    if (pt == null) throw unmapped(c.getName() + "." + p.name(), p.javaType());
                    ps.put(p.name(), new PropInfo(p.name(), p.getter(), pt, p.prop()));
                    enqueue(p.javaType(), todo);
                }
                props.put(c, ps);
            }
            for (Method m : c.getMethods()) {
                Builtin b = m.getAnnotation(Builtin.class);
                if (b == null || !Modifier.isStatic(m.getModifiers())) continue;
                BuiltinFn bi = read(m, b);
                builtins.computeIfAbsent(bi.name(), k -> new ArrayList<>()).add(bi);
                enqueue(m.getReturnType(), todo);
                for (Class<?> p : m.getParameterTypes()) enqueue(p, todo);
            }
            for (Field f : c.getFields()) {
                Constant k = f.getAnnotation(Constant.class);
                if (k == null || !Modifier.isStatic(f.getModifiers())) continue;
                String name = k.name().isEmpty() ? f.getName() : k.name();
                constants.put(name, new BuiltinConst(name, f, new Type.Quantity(UnitParser.parseDimension(k.dim())), k.doc()));
            }
        }
    }

    /**
     * A builtin or property whose Java type the language cannot express is a defect of the
     * runtime, found when the library loads (every test does) rather than a name that is
     * silently missing from the language.
     */
    private static IllegalStateException unmapped(String what, Class<?> javaType) {
        return new IllegalStateException("the runtime library's " + what + " has the Java type " + javaType.getName()
                + ", which no MetaSpin type maps to (JavaTypes)");
    }

    private static void enqueue(Class<?> c, Deque<Class<?>> todo) {
        while (c.isArray()) c = c.getComponentType();
        if (c.isAnnotationPresent(DomainType.class)) todo.add(c);
    }

    private static BuiltinFn read(Method m, Builtin b) {
        Type result = JavaTypes.toType(m.getReturnType(), b.dim());
        if (result == null) throw unmapped(m.toString() + " (result)", m.getReturnType());
        List<BuiltinFn.BuiltinParam> ps = new ArrayList<>();
        var annotations = m.getParameterAnnotations();
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Param p = null;
            boolean hidden = false;
            for (var a : annotations[i]) {
                if (a instanceof Param pa) p = pa;
                if (a instanceof DimOf) hidden = true;
            }
            // the dimension of another argument, passed by the compiler: not a parameter of the language
            if (hidden) continue;
            String name = p != null ? p.name() : "arg" + i;
            Type t = JavaTypes.toType(types[i], p != null ? p.dim() : "");
            if (t == null) throw unmapped(m + " (parameter " + name + ")", types[i]);
            if (p != null && !p.check().isEmpty() && types[i] != double.class && types[i] != long.class && types[i] != int.class) {
                throw new IllegalStateException(m + ": @Param(check) on `" + name + "`, which is no number (the generated check takes a Real or an Int)");
            }
            ps.add(new BuiltinFn.BuiltinParam(name, t, p == null || p.def().isEmpty() ? null : p.def(), p == null ? "" : p.check()));
        }
        List<Relation> requires = new ArrayList<>();
        for (String text : b.requires()) {
            Relation r = Relation.parse(text);
            for (String side : List.of(r.left(), r.right())) {
                if (ps.stream().noneMatch(p -> p.name().equals(side) && (p.type() instanceof Type.Quantity || p.type() == Type.INT))) {
                    throw new IllegalStateException(m + ": @Builtin(requires = \"" + text + "\") names `" + side + "`, which is no number parameter");
                }
            }
            requires.add(r);
        }
        return new BuiltinFn(b.name().isEmpty() ? m.getName() : b.name(), m, ps, result, b.doc(), m.isVarArgs(), List.copyOf(requires));
    }

    public List<BuiltinFn> builtins(String name) { return builtins.getOrDefault(name, List.of()); }

    public Map<String, List<BuiltinFn>> allBuiltins() { return builtins; }

    public BuiltinConst constant(String name) { return constants.get(name); }

    public Map<String, BuiltinConst> constants() { return constants; }

    /** The runtime class of a domain type name (§3), or null. */
    public Class<?> type(String name) { return types.get(name); }

    public Map<String, Class<?>> types() { return types; }

    /** The runtime class of a declaration kind (§8), or null: the kind registry. */
    public Class<?> kind(String name) { return kinds.get(name); }

    public Set<String> kindNames() { return kinds.keySet(); }

    /** The method that {@code value[k]} calls on a domain type ({@link org.metaspin.runtime.api.Index}), or null. */
    public static Method indexer(Class<?> type) {
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(Index.class) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 1 && m.getParameterTypes()[0] == long.class) return m;
        }
        return null;
    }

    /**
     * The type of {@code x.a.b…} given the type {@code t} of {@code x}, through the properties
     * {@code parts[from]}, {@code parts[from + 1]}, …; null where one is missing.
     */
    public Type propertyPath(Type t, String[] parts, int from) {
        for (int i = from; i < parts.length && t != null; i++) {
            if (!(t instanceof Type.Domain d)) return null;
            PropInfo p = props(d.javaClass()).get(parts[i]);
            t = p == null ? null : p.type();
        }
        return t;
    }

    /** The properties of a domain type, derived ones included. */
    public Map<String, PropInfo> props(Class<?> type) {
        Map<String, PropInfo> p = props.get(type);
        if (p == null) {
            RuntimeLibrary more = new RuntimeLibrary(List.of(type));
            p = more.props.getOrDefault(type, Map.of());
            Map<String, PropInfo> raced = props.putIfAbsent(type, p);
            if (raced != null) p = raced;
        }
        return p;
    }
}
