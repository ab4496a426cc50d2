package org.metaspin.runtime.api;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The property schema of a {@link DomainType}, read from its {@link Prop} annotations. At run time
 * it completes a declaration's {@link Props}: required ones present, constraints held,
 * numeric defaults filled in. The compiler reads the same annotations for E0301–E0305.
 */
public final class Schema {
    /** One property of a type. */
    public record Property(String name, Method getter, Prop prop, Constraint constraint) {
        public boolean derived() { return prop.derived(); }

        public boolean required() { return prop.required(); }

        public Class<?> javaType() { return getter.getReturnType(); }
    }

    private static final Map<Class<?>, Schema> CACHE = new ConcurrentHashMap<>();

    private final Class<?> type;
    private final Map<String, Property> properties;

    private Schema(Class<?> type, Map<String, Property> properties) {
        this.type = type;
        this.properties = properties;
    }

    public static Schema of(Class<?> type) {
        return CACHE.computeIfAbsent(type, Schema::read);
    }

    private static Schema read(Class<?> type) {
        Map<String, Property> props = new LinkedHashMap<>();
        List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
        methods.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (Method m : methods) {
            Prop p = m.getAnnotation(Prop.class);
            if (p == null || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0) continue;
            String name = p.name().isEmpty() ? m.getName() : p.name();
            props.put(name, new Property(name, m, p, Constraint.parse(p.check())));
        }
        return new Schema(type, Collections.unmodifiableMap(props));
    }

    public Class<?> type() { return type; }

    public Map<String, Property> properties() { return properties; }

    public Property property(String name) { return properties.get(name); }

    /**
     * Checks the given properties and fills numeric defaults. Unknown names and derived
     * properties are rejected here too, for values built without the compiler's checks.
     */
    public Props complete(Props given) {
        boolean open = type.isAnnotationPresent(DomainType.class) && type.getAnnotation(DomainType.class).open();
        Props out = given;
        for (String name : given.names()) {
            Property p = properties.get(name);
            if (p == null) {
                if (open) continue;
                throw RuntimeFailure.invalid(given.owner() + ": unknown property `" + name + "`");
            }
            if (p.derived()) throw RuntimeFailure.invalid(given.owner() + ": `" + name + "` is derived and cannot be set");
            Object v = given.get(name);
            if (v instanceof Number n && !p.constraint().test(n.doubleValue())) {
                throw RuntimeFailure.invalid(given.owner() + ": `" + name + "` = " + n + " violates the constraint " + p.constraint());
            }
        }
        for (Property p : properties.values()) {
            if (given.has(p.name()) || p.derived()) continue;
            if (p.required()) throw RuntimeFailure.invalid(given.owner() + ": required property `" + p.name() + "` is missing");
            double def = p.prop().def();
            if (!Double.isNaN(def)) {
                out = p.javaType() == long.class ? out.with(p.name(), (long) def) : out.with(p.name(), def);
            }
        }
        return out;
    }
}
