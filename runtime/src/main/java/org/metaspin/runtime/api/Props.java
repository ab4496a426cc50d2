package org.metaspin.runtime.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The properties given to a declaration block (§8), immutable. Generated code builds one
 * with {@link #of} and {@code with} calls and hands it to the kind's {@code create(Props)};
 * {@code extends P} and {@code P with { … }} start from {@code P.props()}. Values are boxed
 * here because a declaration is built once, not in an inner loop.
 */
public final class Props {
    private final String owner;
    private final Map<String, Object> values;

    private Props(String owner, Map<String, Object> values) {
        this.owner = owner;
        this.values = values;
    }

    /** An empty set of properties for the value described by {@code owner} ("device Synapse"). */
    public static Props of(String owner) {
        return new Props(owner, Map.of());
    }

    public Props with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new Props(owner, Collections.unmodifiableMap(copy));
    }

    public Props with(String name, double value) { return with(name, (Object) value); }

    public Props with(String name, long value) { return with(name, (Object) value); }

    public Props with(String name, boolean value) { return with(name, (Object) value); }

    /** These properties, then {@code overrides} on top. */
    public Props overriddenBy(Props overrides) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(overrides.values);
        return new Props(overrides.owner, Collections.unmodifiableMap(copy));
    }

    /** The same properties describing another value (a declaration that extends this one). */
    public Props named(String newOwner) {
        return new Props(newOwner, values);
    }

    public String owner() { return owner; }

    public boolean has(String name) { return values.containsKey(name); }

    public Set<String> names() { return values.keySet(); }

    public Object get(String name) {
        Object v = values.get(name);
        if (v == null) throw RuntimeFailure.missing(owner + " has no `" + name + "`: the property is not set");
        return v;
    }

    /** A Real property in SI units; an Int given where a Real is expected promotes. */
    public double real(String name) {
        Object v = get(name);
        if (v instanceof Number n) return n.doubleValue();
        throw RuntimeFailure.invalid(owner + ": `" + name + "` is not a number");
    }

    public double real(String name, double fallback) {
        return has(name) ? real(name) : fallback;
    }

    public long integer(String name) {
        Object v = get(name);
        if (v instanceof Long n) return n;
        if (v instanceof Integer n) return n;
        throw RuntimeFailure.invalid(owner + ": `" + name + "` is not an Int");
    }

    public long integer(String name, long fallback) {
        return has(name) ? integer(name) : fallback;
    }

    public boolean bool(String name, boolean fallback) {
        return has(name) ? (Boolean) get(name) : fallback;
    }

    public <T> T object(String name, Class<T> type) {
        Object v = get(name);
        if (!type.isInstance(v)) throw RuntimeFailure.invalid(owner + ": `" + name + "` is not a " + type.getSimpleName());
        return type.cast(v);
    }

    public <T> T object(String name, Class<T> type, T fallback) {
        return has(name) ? object(name, type) : fallback;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Props p && p.values.equals(values);
    }

    @Override
    public int hashCode() { return values.hashCode(); }

    @Override
    public String toString() { return owner + " " + values; }
}
